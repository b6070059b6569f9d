#include "empiricalmapping.h"

#include "store/projectsettings.h"

namespace troupe {

namespace {

QString keyOf(const QString &which)
{
    return QStringLiteral("empirical_mapping:") + which;
}

QString text(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

nlohmann::ordered_json empiricalMappingToJson(const EmpiricalCheck &check)
{
    nlohmann::ordered_json j;
    j["csv"] = check.csvPath.toStdString();
    j["column"] = check.column.toStdString();
    j["question"] = check.questionId.toStdString();
    if (check.kind)
        j["kind"] = surveyValueKindName(*check.kind).toStdString();
    if (!check.option.isEmpty())
        j["option"] = check.option.toStdString();
    j["match"] = nlohmann::ordered_json::array();
    for (const AttributeMatch &m : check.matches)
        j["match"].push_back(QString(m.realColumn + u'=' + m.simAttribute).toStdString());
    return j;
}

std::optional<EmpiricalCheck> empiricalMappingFromJson(const nlohmann::json &j, const QString &which)
{
    if (!j.is_object())
        return std::nullopt;
    EmpiricalCheck check;
    check.which = which;
    check.csvPath = text(j, "csv");
    check.column = text(j, "column");
    check.questionId = text(j, "question");
    check.option = text(j, "option");
    if (const QString kind = text(j, "kind"); !kind.isEmpty()) {
        check.kind = surveyValueKindFromName(kind);
        if (!check.kind)
            return std::nullopt;
    }
    if (const auto it = j.find("match"); it != j.end() && it->is_array()) {
        for (const auto &m : *it) {
            if (!m.is_string())
                return std::nullopt;
            auto parsed = parseAttributeMatch(QString::fromStdString(m.get<std::string>()));
            if (!parsed)
                return std::nullopt;
            check.matches.push_back(parsed.value());
        }
    }
    return check;
}

Status saveEmpiricalMapping(ProjectFile &project, const EmpiricalCheck &check)
{
    return ProjectSettings(project).set(
        keyOf(check.which), QString::fromStdString(empiricalMappingToJson(check).dump()));
}

std::optional<EmpiricalCheck> savedEmpiricalMapping(ProjectFile &project, const QString &which)
{
    const auto stored = ProjectSettings(project).value(keyOf(which));
    if (!stored)
        return std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(stored->toStdString(), nullptr, false);
    if (j.is_discarded())
        return std::nullopt;
    return empiricalMappingFromJson(j, which);
}

} // namespace troupe
