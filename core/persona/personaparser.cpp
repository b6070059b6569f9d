#include "personaparser.h"

#include "util/jsonreader.h"
#include "util/textinput.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace troupe {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonaParser)
};

} // namespace

QString PersonaParser::nameFromFileName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const QString &suffix : {QStringLiteral(".agent.fragment.json"), QStringLiteral(".fragment.json"),
                                  QStringLiteral(".agent.json"), QStringLiteral(".json")}) {
        if (name.endsWith(suffix, Qt::CaseInsensitive)) {
            name.chop(suffix.size());
            break;
        }
    }
    return name;
}

PersonaParser::Outcome PersonaParser::parseFile(const QString &path)
{
    Diagnostic problem;
    std::optional<QByteArray> text = readUserTextFile(path, &problem);
    if (!text)
        return {std::nullopt, {problem}};
    return parse(std::move(*text), path, nameFromFileName(path));
}

PersonaParser::Outcome PersonaParser::parse(QByteArray text, const QString &label, const QString &fallbackName)
{
    JsonReadOutcome read = readJson(std::move(text), label,
                                    builtinSchema(QStringLiteral(":/schemas/persona.schema.json")));
    if (!read.document)
        return {std::nullopt, read.diagnostics};
    OrderedJson doc = std::move(*read.document);

    const SpecKind kind = doc["type"] == "TinyPerson" ? SpecKind::Agent : SpecKind::Fragment;
    QString name = kind == SpecKind::Agent ? QString::fromStdString(doc["persona"]["name"].get<std::string>())
                                           : fallbackName;
    if (name.trimmed().isEmpty())
        name = kind == SpecKind::Agent ? QString() : Tr::tr("unnamed fragment");
    return {PersonaDocument(kind, std::move(doc), name), {}};
}

} // namespace troupe
