#pragma once

#include "diagnostic.h"
#include "result.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace troupe {

class JsonSchema;

/**
 * The deepest nesting of arrays and objects any reader accepts. Deeper text is refused
 * before it is parsed, so no recursive code that walks a document (nlohmann's dump and
 * copies, valijson, the locator, fragment merge) can run out of stack. Real persona and
 * scenario files nest fewer than 10 levels.
 */
inline constexpr int kMaxJsonDepth = 100;

/** Why text is not JSON we accept: the byte where it goes wrong and a message for people. */
struct JsonSyntaxError
{
    qsizetype offset = 0; // 0-based byte offset of the offending character
    QString message;      // "not valid JSON: ...", ready to show
};

/** Offset of the bracket that takes nesting past `maxDepth`, outside strings, or nullopt. */
std::optional<qsizetype> findExcessiveNesting(std::string_view text, int maxDepth = kMaxJsonDepth);

/**
 * The one place JSON text from outside is parsed. Never throws: syntax errors, numbers out
 * of range (1e999), invalid UTF-8, lone surrogates, control characters and nesting deeper
 * than kMaxJsonDepth all come back as a JsonSyntaxError with the byte offset.
 */
std::optional<nlohmann::ordered_json> parseOrderedJson(std::string_view text, JsonSyntaxError *error = nullptr);
std::optional<nlohmann::json> parsePlainJson(std::string_view text, JsonSyntaxError *error = nullptr);

/**
 * JSON kept in a project (a row written by us and read back). `where` names the table, row
 * and column ("runs row 3, world_state"); damage is an error naming it, never null.
 * Empty text is null: the column was never written.
 */
Result<nlohmann::json> parseStoredJson(const QString &text, const QString &where);
Result<nlohmann::ordered_json> parseStoredOrderedJson(const QString &text, const QString &where);

struct JsonReadOutcome
{
    std::optional<nlohmann::ordered_json> document; // key order as in the text
    Diagnostics diagnostics;                        // empty when document is set
};

/**
 * Parses user JSON text (size, emptiness and UTF-8 checked first) and validates it against
 * `schema`, with every problem located as file:line:column and, for shape errors, the field.
 */
JsonReadOutcome readJson(QByteArray text, const QString &label, const JsonSchema &schema);

/** The schema at a resource path, compiled once; a missing built-in schema is fatal. */
const JsonSchema &builtinSchema(const QString &resourcePath);

} // namespace troupe
