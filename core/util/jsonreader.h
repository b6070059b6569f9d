#pragma once

#include "diagnostic.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

#include <optional>

namespace troupe {

class JsonSchema;

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
