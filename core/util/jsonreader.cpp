#include "jsonreader.h"

#include "jsonlocator.h"
#include "jsonschema.h"
#include "textinput.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace troupe {
namespace {

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 3,
// column 5: syntax error while parsing object - unexpected ...". Keep the useful tail.
QString cleanParseMessage(const std::string &what)
{
    QString m = QString::fromStdString(what);
    const qsizetype colon = m.indexOf(QStringLiteral(": "), m.indexOf(QStringLiteral("parse error")));
    if (colon >= 0)
        m = m.mid(colon + 2);
    m.replace(QStringLiteral("syntax error while parsing "), QString());
    return QCoreApplication::translate("JsonReader", "not valid JSON: %1").arg(m);
}

} // namespace

const JsonSchema &builtinSchema(const QString &resourcePath)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<JsonSchema>> cache;
    QMutexLocker lock(&mutex);
    auto &slot = cache[resourcePath];
    if (!slot) {
        auto loaded = JsonSchema::fromFile(resourcePath);
        if (!loaded) // schemas ship inside the binary: failing here is a build defect
            qFatal("%s", qPrintable(loaded.error()));
        slot = std::make_shared<JsonSchema>(std::move(loaded).value());
    }
    return *slot;
}

JsonReadOutcome readJson(QByteArray text, const QString &label, const JsonSchema &schema)
{
    Diagnostic problem;
    if (!checkUserText(text, label, &problem))
        return {std::nullopt, {problem}};

    nlohmann::ordered_json doc;
    try {
        doc = nlohmann::ordered_json::parse(text.constBegin(), text.constEnd());
    } catch (const nlohmann::ordered_json::parse_error &e) {
        // e.byte is 1-based and points just past the offending character.
        const TextPosition pos = positionAt(text, e.byte > 0 ? qsizetype(e.byte) - 1 : 0);
        return {std::nullopt, {Diagnostic{label, pos.line, pos.column, {}, cleanParseMessage(e.what())}}};
    }

    // valijson reads nlohmann::json; key order does not matter for validation.
    const nlohmann::json plain = nlohmann::json::parse(doc.dump());
    Diagnostics diagnostics;
    for (const SchemaViolation &v : schema.validate(plain)) {
        const TextPosition pos = positionAt(text, locateJsonValue(text, v.path));
        diagnostics << Diagnostic{label, pos.line, pos.column, v.field, v.message};
    }
    if (!diagnostics.isEmpty())
        return {std::nullopt, diagnostics};
    return {std::move(doc), {}};
}

} // namespace troupe
