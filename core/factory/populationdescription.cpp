#include "populationdescription.h"

#include "util/jsonreader.h"
#include "util/textinput.h"

namespace troupe {

PopulationOutcome parsePopulationFile(const QString &path)
{
    Diagnostic problem;
    std::optional<QByteArray> text = readUserTextFile(path, &problem);
    if (!text)
        return {std::nullopt, {problem}};
    return parsePopulation(std::move(*text), path);
}

PopulationOutcome parsePopulation(QByteArray text, const QString &label)
{
    JsonReadOutcome read = readJson(std::move(text), label,
                                    builtinSchema(QStringLiteral(":/schemas/population.schema.json")));
    if (!read.document)
        return {std::nullopt, read.diagnostics};
    return {PopulationDescription(std::move(*read.document)), {}};
}

QString PopulationDescription::title() const
{
    return QString::fromStdString(m_document.at("title").get<std::string>());
}

QByteArray PopulationDescription::toJson() const
{
    return QByteArray::fromStdString(m_document.dump(4, ' ', false)) + '\n';
}

} // namespace troupe
