#include "memoryitem.h"

#include "util/simtime.h"

namespace troupe {

namespace {
QString str(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
} // namespace

QString MemoryItem::render(int maxContent) const
{
    QString body = content;
    if (maxContent > 0 && body.size() > maxContent)
        body = body.left(maxContent) + QStringLiteral("…");
    const QString when = time.isValid() ? simTimeText(time, true) : QStringLiteral("?");
    switch (role) {
    case Role::Stimulus:
        return QStringLiteral("[%1] %2%3: %4")
            .arg(when, type, source.isEmpty() ? QString() : QStringLiteral(" from ") + source, body);
    case Role::Action:
        return QStringLiteral("[%1] you %2%3: %4")
            .arg(when, type, target.isEmpty() ? QString() : QStringLiteral(" to ") + target, body);
    case Role::Feedback:
        return QStringLiteral("[%1] NOTE: %2").arg(when, body);
    }
    return {};
}

QString MemoryItem::roleName(Role role)
{
    switch (role) {
    case Role::Stimulus: return QStringLiteral("stimulus");
    case Role::Action: return QStringLiteral("action");
    case Role::Feedback: return QStringLiteral("feedback");
    }
    return {};
}

nlohmann::json MemoryItem::toJson() const
{
    return {{"role", roleName(role).toStdString()},
            {"type", type.toStdString()},
            {"source", source.toStdString()},
            {"target", target.toStdString()},
            {"content", content.toStdString()},
            {"step", step},
            {"time", simTimeText(time).toStdString()}};
}

MemoryItem MemoryItem::fromJson(const nlohmann::json &json)
{
    MemoryItem m;
    const QString role = str(json, "role");
    m.role = role == QLatin1String("action") ? Role::Action
             : role == QLatin1String("feedback") ? Role::Feedback
                                                 : Role::Stimulus;
    m.type = str(json, "type");
    m.source = str(json, "source");
    m.target = str(json, "target");
    m.content = str(json, "content");
    m.step = json.value("step", 0);
    m.time = parseSimTime(str(json, "time"));
    return m;
}

} // namespace troupe
