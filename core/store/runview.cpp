#include "runview.h"

#include "util/jsonvalue.h"

namespace troupe {

QStringList runAgentNames(const nlohmann::ordered_json &scenario)
{
    QStringList out;
    for (const auto &a : jsonArray(scenario, "agents")) {
        QString name = jsonString(jsonObject(jsonObject(a, "spec"), "persona"), "name");
        if (name.isEmpty())
            name = jsonString(a, "persona");
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

} // namespace troupe
