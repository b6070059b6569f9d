#include "runrecords.h"

#include "util/simtime.h"

namespace troupe {

nlohmann::ordered_json RunEvent::toJson() const
{
    nlohmann::ordered_json j;
    j["seq"] = seq;
    j["step"] = step;
    j["time"] = simTimeText(time).toStdString();
    j["agent"] = agent.toStdString();
    j["kind"] = kind.toStdString();
    j["type"] = type.toStdString();
    j["source"] = source.toStdString();
    j["target"] = target.toStdString();
    j["content"] = content.toStdString();
    return j;
}

bool RunEvent::operator==(const RunEvent &o) const
{
    return seq == o.seq && step == o.step && time == o.time && agent == o.agent && kind == o.kind && type == o.type
           && source == o.source && target == o.target && content == o.content;
}

} // namespace troupe

namespace troupe {

QString LlmCallRecord::status() const
{
    if (!ok)
        return QStringLiteral("error");
    return usable ? QStringLiteral("ok") : QStringLiteral("invalid");
}

} // namespace troupe
