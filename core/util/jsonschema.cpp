#include "jsonschema.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QFile>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <optional>
#include <set>

namespace troupe {

struct JsonSchema::Impl
{
    nlohmann::json source;
    valijson::Schema compiled;
};

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)
};

/** Array index in a path segment; nullopt for anything that is not a plain number. */
std::optional<size_t> arrayIndex(const std::string &seg)
{
    bool ok = false;
    const qulonglong i = QString::fromStdString(seg).toULongLong(&ok);
    return ok ? std::optional<size_t>(size_t(i)) : std::nullopt;
}

QString describeType(const std::string &type)
{
    if (type == "string") return Tr::tr("text");
    if (type == "integer") return Tr::tr("a whole number");
    if (type == "number") return Tr::tr("a number");
    if (type == "boolean") return Tr::tr("true or false");
    if (type == "array") return Tr::tr("a list");
    if (type == "object") return Tr::tr("an object");
    if (type == "null") return Tr::tr("null");
    return QString::fromStdString(type);
}

QString describeValue(const nlohmann::json &v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::string: return describeType("string");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return describeType("integer");
    case nlohmann::json::value_t::number_float: return describeType("number");
    case nlohmann::json::value_t::boolean: return describeType("boolean");
    case nlohmann::json::value_t::array: return describeType("array");
    case nlohmann::json::value_t::object: return describeType("object");
    default: return describeType("null");
    }
}

const nlohmann::json *resolve(const nlohmann::json &root, const nlohmann::json *node)
{
    for (int guard = 0; node && node->is_object() && node->contains("$ref") && guard < 16; ++guard) {
        const std::string ref = (*node)["$ref"].get<std::string>();
        if (ref.rfind("#", 0) != 0)
            return nullptr;
        try {
            node = &root.at(nlohmann::json::json_pointer(ref.substr(1)));
        } catch (const std::exception &) {
            return nullptr;
        }
    }
    return node;
}

// The schema node that governs the value at `path`, or nullptr.
const nlohmann::json *schemaAt(const nlohmann::json &root, const std::vector<std::string> &path)
{
    const nlohmann::json *node = resolve(root, &root);
    for (const std::string &seg : path) {
        if (!node || !node->is_object())
            return nullptr;
        if (node->contains("properties") && (*node)["properties"].contains(seg))
            node = &(*node)["properties"][seg];
        else if (node->contains("items") && (*node)["items"].is_object())
            node = &(*node)["items"];
        else if (node->contains("additionalProperties") && (*node)["additionalProperties"].is_object())
            node = &(*node)["additionalProperties"];
        else
            return nullptr;
        node = resolve(root, node);
    }
    return node;
}

void collectTypes(const nlohmann::json &root, const nlohmann::json *node, std::vector<std::string> &out)
{
    node = resolve(root, node);
    if (!node || !node->is_object())
        return;
    auto add = [&](const std::string &t) {
        if (std::find(out.begin(), out.end(), t) == out.end())
            out.push_back(t);
    };
    if (node->contains("type")) {
        const auto &t = (*node)["type"];
        if (t.is_string())
            add(t.get<std::string>());
        else if (t.is_array())
            for (const auto &e : t)
                add(e.get<std::string>());
    }
    for (const char *key : {"anyOf", "oneOf"})
        if (node->contains(key))
            for (const auto &sub : (*node)[key])
                collectTypes(root, &sub, out);
}

QString expectation(const nlohmann::json &root, const std::vector<std::string> &path)
{
    const nlohmann::json *node = schemaAt(root, path);
    if (node && node->contains("enum")) {
        QStringList options;
        for (const auto &e : (*node)["enum"])
            options << QString::fromStdString(e.is_string() ? e.get<std::string>() : e.dump());
        return Tr::tr("one of: %1").arg(options.join(QStringLiteral(", ")));
    }
    std::vector<std::string> types;
    collectTypes(root, node, types);
    QStringList words;
    for (const auto &t : types)
        words << describeType(t);
    return words.join(Tr::tr(" or "));
}

const nlohmann::json *valueAt(const nlohmann::json &doc, const std::vector<std::string> &path)
{
    const nlohmann::json *node = &doc;
    for (const std::string &seg : path) {
        if (node->is_object() && node->contains(seg))
            node = &(*node)[seg];
        else if (node->is_array()) {
            const auto i = arrayIndex(seg);
            if (!i || *i >= node->size())
                return nullptr;
            node = &(*node)[*i];
        } else
            return nullptr;
    }
    return node;
}

/** "must be at most 10" for valijson's "Expected number less than or equal to 10.000000". */
std::optional<QString> boundMessage(const std::string &d)
{
    static const std::pair<const char *, const char *> bounds[] = {
        {"Expected number less than or equal to ", QT_TRANSLATE_NOOP("JsonSchema", "must be at most %1")},
        {"Expected number less than ", QT_TRANSLATE_NOOP("JsonSchema", "must be less than %1")},
        {"Expected number greater than or equal to ", QT_TRANSLATE_NOOP("JsonSchema", "must be at least %1")},
        {"Expected number greater than ", QT_TRANSLATE_NOOP("JsonSchema", "must be more than %1")},
    };
    for (const auto &[prefix, message] : bounds) {
        if (d.rfind(prefix, 0) == 0) {
            const double bound = QString::fromStdString(d.substr(strlen(prefix))).toDouble();
            return Tr::tr(message).arg(QString::number(bound, 'g', 15));
        }
    }
    return std::nullopt;
}

bool isUmbrella(const std::string &description)
{
    // Covers anyOf/oneOf/allOf and "... schema associated with property ..." summaries.
    return description.rfind("Failed to validate against", 0) == 0
        || description.rfind("Failed to validate item", 0) == 0;
}

} // namespace

JsonSchema::JsonSchema(std::shared_ptr<const Impl> impl) : m_impl(std::move(impl)) {}

Result<JsonSchema> JsonSchema::fromJson(const nlohmann::json &schema)
{
    auto impl = std::make_shared<Impl>();
    impl->source = schema;
    try {
        valijson::SchemaParser parser;
        valijson::adapters::NlohmannJsonAdapter adapter(impl->source);
        parser.populateSchema(adapter, impl->compiled);
    } catch (const std::exception &e) {
        return Result<JsonSchema>::failure(Tr::tr("invalid JSON Schema: %1").arg(QString::fromUtf8(e.what())));
    }
    return JsonSchema(std::move(impl));
}

Result<JsonSchema> JsonSchema::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<JsonSchema>::failure(Tr::tr("cannot read schema %1: %2").arg(path, file.errorString()));
    const std::optional<nlohmann::json> schema = parsePlainJson(file.readAll().toStdString());
    if (!schema)
        return Result<JsonSchema>::failure(Tr::tr("schema %1 is not valid JSON").arg(path));
    return fromJson(*schema);
}

std::vector<SchemaViolation> JsonSchema::validate(const nlohmann::json &document) const
{
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    if (validator.validate(m_impl->compiled, target, &results))
        return {};

    // valijson reports every failed branch plus umbrella errors for anyOf and containers;
    // keep one message per offending value, the most specific one.
    std::map<std::vector<std::string>, QString> byPath;
    std::set<std::vector<std::string>> missingParents;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (isUmbrella(error.description))
            continue;
        std::vector<std::string> path;
        for (size_t i = 1; i < error.context.size(); ++i) { // context[0] is "<root>"
            const std::string &c = error.context[i];
            path.push_back(c.size() >= 2 && c.front() == '[' && c.back() == ']' ? c.substr(1, c.size() - 2) : c);
        }
        QString message;
        const std::string &d = error.description;
        if (d.rfind("Missing required property '", 0) == 0) {
            const auto start = d.find('\'') + 1;
            path.push_back(d.substr(start, d.rfind('\'') - start));
            message = Tr::tr("required field is missing");
        } else if (d.find("'type' constraint") != std::string::npos) {
            const nlohmann::json *value = valueAt(document, path);
            message = Tr::tr("expected %1, found %2")
                          .arg(expectation(m_impl->source, path), value ? describeValue(*value) : Tr::tr("nothing"));
        } else if (d.find("enum") != std::string::npos) {
            message = Tr::tr("expected %1").arg(expectation(m_impl->source, path));
        } else if (d.find("fewer than 1 characters") != std::string::npos) {
            message = Tr::tr("must not be empty");
        } else if (const auto bound = boundMessage(d)) {
            message = *bound;
        } else {
            message = QString::fromStdString(d);
        }
        byPath.try_emplace(path, message);
    }

    std::vector<SchemaViolation> out;
    for (auto &[path, message] : byPath) {
        // A type error on a value makes errors inside it noise. Look up each shorter prefix
        // (at most kMaxJsonDepth of them) rather than compare with every other violation:
        // a list of 30,000 wrong items made that quadratic.
        bool shadowed = false;
        std::vector<std::string> prefix;
        for (size_t n = 0; n + 1 < path.size() && !shadowed; ++n) {
            prefix.push_back(path[n]);
            shadowed = byPath.count(prefix) > 0;
        }
        if (!shadowed)
            out.push_back({path, fieldName(path, document), message});
    }
    // Indices in numeric order (items[2] before items[10]), so the first problems reported
    // are the first in the list; keys stay in alphabetical order.
    auto segmentLess = [](const std::string &a, const std::string &b) {
        const bool na = !a.empty() && std::all_of(a.begin(), a.end(), ::isdigit);
        const bool nb = !b.empty() && std::all_of(b.begin(), b.end(), ::isdigit);
        if (na && nb && a.size() != b.size())
            return a.size() < b.size();
        return a < b;
    };
    std::stable_sort(out.begin(), out.end(), [&](const SchemaViolation &x, const SchemaViolation &y) {
        return std::lexicographical_compare(x.path.begin(), x.path.end(), y.path.begin(), y.path.end(), segmentLess);
    });
    return out;
}

QString JsonSchema::fieldName(const std::vector<std::string> &path, const nlohmann::json &document)
{
    QString out;
    const nlohmann::json *node = &document;
    for (const std::string &seg : path) {
        const bool index = node && node->is_array();
        const QString s = QString::fromStdString(seg);
        if (index) {
            out += u'[' + s + u']';
        } else {
            bool plain = !s.isEmpty();
            for (QChar c : s)
                plain = plain && (c.isLetterOrNumber() || c == u'_');
            out += plain ? (out.isEmpty() ? s : u'.' + s) : QStringLiteral("[\"") + s + QStringLiteral("\"]");
        }
        if (node && node->is_object() && node->contains(seg))
            node = &(*node)[seg];
        else if (const auto i = index ? arrayIndex(seg) : std::nullopt; i && *i < node->size())
            node = &(*node)[*i];
        else
            node = nullptr;
    }
    return out;
}

} // namespace troupe
