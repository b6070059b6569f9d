#include "jsonreader.h"

#include "jsonlocator.h"
#include "jsonschema.h"
#include "textinput.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace troupe {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

// nlohmann's messages read "[json.exception.parse_error.101] parse error at line 3,
// column 5: syntax error while parsing object - unexpected ...". Keep the useful tail.
QString cleanParseMessage(const std::string &what)
{
    QString m = QString::fromStdString(what);
    const qsizetype colon = m.indexOf(QStringLiteral(": "), m.indexOf(QStringLiteral("parse error")));
    if (colon >= 0)
        m = m.mid(colon + 2);
    m.replace(QStringLiteral("syntax error while parsing "), QString());
    return Tr::tr("not valid JSON: %1").arg(m);
}

/**
 * nlohmann's DOM builder, told not to throw, that also keeps where and why parsing stopped.
 * Every error the parser can meet (syntax, number overflow, invalid UTF-8) passes through
 * parse_error, with the position the lexer had reached.
 */
template<class BasicJson>
class LocatingDomParser final : public nlohmann::detail::json_sax_dom_parser<BasicJson>
{
    using Base = nlohmann::detail::json_sax_dom_parser<BasicJson>;

public:
    explicit LocatingDomParser(BasicJson &root) : Base(root, false) {}

    template<class Exception>
    bool parse_error(std::size_t position, const std::string &token, const Exception &ex)
    {
        m_failed = true;
        m_position = position;
        m_token = token;
        m_id = ex.id;
        m_what = ex.what();
        return Base::parse_error(position, token, ex);
    }

    bool failed() const { return m_failed; }

    JsonSyntaxError error() const
    {
        JsonSyntaxError e;
        if (m_id == 406) { // number overflow: the lexer stands just past the number
            e.offset = qsizetype(m_position >= m_token.size() ? m_position - m_token.size() : 0);
            e.message = Tr::tr("the number %1 is too large to read").arg(QString::fromStdString(m_token));
        } else { // the position is 1-based, just past the offending character
            e.offset = m_position > 0 ? qsizetype(m_position) - 1 : 0;
            e.message = cleanParseMessage(m_what);
        }
        return e;
    }

private:
    bool m_failed = false;
    std::size_t m_position = 0;
    std::string m_token;
    int m_id = 0;
    std::string m_what;
};

template<class BasicJson>
std::optional<BasicJson> parseJsonText(std::string_view text, JsonSyntaxError *error)
{
    if (const auto deep = findExcessiveNesting(text)) {
        if (error)
            *error = {*deep, Tr::tr("nested more than %1 levels deep").arg(kMaxJsonDepth)};
        return std::nullopt;
    }
    // nlohmann takes a NUL byte for the end of the input and would ignore what follows it.
    if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
        if (error)
            *error = {qsizetype(nul), Tr::tr("not valid JSON: a raw NUL byte (U+0000)")};
        return std::nullopt;
    }
    BasicJson root;
    LocatingDomParser<BasicJson> sax(root);
    bool ok = false;
    try {
        ok = BasicJson::sax_parse(text.begin(), text.end(), &sax) && !sax.failed();
    } catch (const std::exception &e) { // not expected from text input; never let one escape
        if (error)
            *error = {0, Tr::tr("not valid JSON: %1").arg(QString::fromUtf8(e.what()))};
        return std::nullopt;
    }
    if (!ok) {
        if (error)
            *error = sax.failed() ? sax.error() : JsonSyntaxError{0, Tr::tr("not valid JSON")};
        return std::nullopt;
    }
    return root;
}

template<class BasicJson>
Result<BasicJson> parseStored(const QString &text, const QString &where)
{
    if (text.isEmpty())
        return BasicJson();
    const QByteArray bytes = text.toUtf8();
    JsonSyntaxError e;
    auto parsed = parseJsonText<BasicJson>(std::string_view(bytes.constData(), size_t(bytes.size())), &e);
    if (!parsed) {
        const TextPosition pos = positionAt(bytes, e.offset);
        return Result<BasicJson>::failure(Tr::tr("the project is damaged: %1 at %2:%3: %4")
                                              .arg(where).arg(pos.line).arg(pos.column).arg(e.message));
    }
    return std::move(*parsed);
}

} // namespace

std::optional<qsizetype> findExcessiveNesting(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escape = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return qsizetype(i);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

std::optional<nlohmann::ordered_json> parseOrderedJson(std::string_view text, JsonSyntaxError *error)
{
    return parseJsonText<nlohmann::ordered_json>(text, error);
}

std::optional<nlohmann::json> parsePlainJson(std::string_view text, JsonSyntaxError *error)
{
    return parseJsonText<nlohmann::json>(text, error);
}

Result<nlohmann::json> parseStoredJson(const QString &text, const QString &where)
{
    return parseStored<nlohmann::json>(text, where);
}

Result<nlohmann::ordered_json> parseStoredOrderedJson(const QString &text, const QString &where)
{
    return parseStored<nlohmann::ordered_json>(text, where);
}

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

    JsonSyntaxError error;
    std::optional<nlohmann::ordered_json> doc =
        parseOrderedJson(std::string_view(text.constData(), size_t(text.size())), &error);
    if (!doc) {
        const TextPosition pos = positionAt(text, error.offset);
        return {std::nullopt, {Diagnostic{label, pos.line, pos.column, {}, error.message}}};
    }

    // valijson reads nlohmann::json; key order does not matter for validation.
    const nlohmann::json plain = nlohmann::json::parse(doc->dump());
    // Each problem is located by a scan of the text; a file with thousands of wrong values
    // gets the first kMaxReported and a count of the rest, not minutes of scanning.
    constexpr size_t kMaxReported = 50;
    const std::vector<SchemaViolation> violations = schema.validate(plain);
    Diagnostics diagnostics;
    for (size_t i = 0; i < violations.size() && i < kMaxReported; ++i) {
        const SchemaViolation &v = violations[i];
        const TextPosition pos = positionAt(text, locateJsonValue(text, v.path));
        diagnostics << Diagnostic{label, pos.line, pos.column, v.field, v.message};
    }
    if (violations.size() > kMaxReported)
        diagnostics << Diagnostic{label, 0, 0, {}, Tr::tr("and %1 more problems").arg(violations.size() - kMaxReported)};
    if (!diagnostics.isEmpty())
        return {std::nullopt, diagnostics};
    return {std::move(doc), {}};
}

} // namespace troupe
