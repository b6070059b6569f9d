#include "populationinput.h"

namespace troupe {

namespace {

QString findCountry(const nlohmann::ordered_json &j)
{
    if (!j.is_object())
        return {};
    for (auto it = j.begin(); it != j.end(); ++it) {
        if ((it.key() == "Country" || it.key() == "Nationality") && it.value().is_string())
            return QString::fromStdString(it.value().get<std::string>());
    }
    for (auto it = j.begin(); it != j.end(); ++it)
        if (const QString c = findCountry(it.value()); !c.isEmpty())
            return c;
    return {};
}

} // namespace

QString PopulationInput::title() const
{
    if (description)
        return description->title();
    const QString line = context.simplified();
    return line.size() > 60 ? line.left(57) + QStringLiteral("...") : line;
}

QString PopulationInput::promptText() const
{
    if (description)
        return QString::fromStdString(description->document().dump(1));
    return context.trimmed();
}

QString PopulationInput::country() const
{
    return description ? findCountry(description->document().value("content", nlohmann::ordered_json::object())) : QString();
}

nlohmann::ordered_json PopulationInput::toJson() const
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (description)
        j["description"] = description->document();
    else
        j["context"] = context.toStdString();
    if (!extra.isEmpty())
        j["extra"] = extra.toStdString();
    return j;
}

PopulationInput PopulationInput::fromJson(const nlohmann::ordered_json &json)
{
    PopulationInput in;
    if (json.contains("description") && json.at("description").is_object())
        in.description = PopulationDescription(json.at("description"));
    if (json.contains("context") && json.at("context").is_string())
        in.context = QString::fromStdString(json.at("context").get<std::string>());
    if (json.contains("extra") && json.at("extra").is_string())
        in.extra = QString::fromStdString(json.at("extra").get<std::string>());
    return in;
}

} // namespace troupe
