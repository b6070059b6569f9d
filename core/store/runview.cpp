#include "runview.h"

#include <QCoreApplication>

namespace troupe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunStatus)
};
} // namespace

QString runStatusText(const QString &status)
{
    if (status == QLatin1String("created"))
        return Tr::tr("created");
    if (status == QLatin1String("running"))
        return Tr::tr("running");
    if (status == QLatin1String("paused"))
        return Tr::tr("paused");
    if (status == QLatin1String("finished"))
        return Tr::tr("finished");
    if (status == QLatin1String("failed"))
        return Tr::tr("failed");
    if (status == QLatin1String("interrupted"))
        return Tr::tr("interrupted");
    return status;
}

QStringList runAgentNames(const nlohmann::json &scenario)
{
    QStringList out;
    if (!scenario.is_object() || !scenario.contains("agents") || !scenario.at("agents").is_array())
        return out;
    for (const auto &a : scenario.at("agents")) {
        if (!a.is_object())
            continue;
        const nlohmann::json spec = a.value("spec", nlohmann::json::object());
        const nlohmann::json persona = spec.is_object() ? spec.value("persona", nlohmann::json::object()) : nlohmann::json();
        std::string name;
        if (persona.is_object() && persona.contains("name") && persona.at("name").is_string())
            name = persona.at("name").get<std::string>();
        else if (a.contains("persona") && a.at("persona").is_string())
            name = a.at("persona").get<std::string>();
        if (!name.empty())
            out.append(QString::fromStdString(name));
    }
    return out;
}

} // namespace troupe
