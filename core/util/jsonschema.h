#pragma once

#include "result.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace troupe {

/** One way a document breaks its schema. */
struct SchemaViolation
{
    std::vector<std::string> path; // keys and indices from the root to the offending value
    QString field;                  // the same path for people: persona.relationships[1].name
    QString message;                // "expected a whole number, found a list"
};

/**
 * A compiled JSON Schema (draft 7) with messages written for people rather than for schema
 * authors. This file is the only translation unit that includes valijson: it is heavy to
 * compile.
 */
class JsonSchema final
{
public:
    static Result<JsonSchema> fromJson(const nlohmann::json &schema);
    /** Loads a schema from a Qt resource or file path. */
    static Result<JsonSchema> fromFile(const QString &path);

    std::vector<SchemaViolation> validate(const nlohmann::json &document) const;

    /** "persona.relationships[1].name" for {"persona","relationships","1","name"}. */
    static QString fieldName(const std::vector<std::string> &path, const nlohmann::json &document);

private:
    struct Impl;
    explicit JsonSchema(std::shared_ptr<const Impl> impl);
    std::shared_ptr<const Impl> m_impl;
};

} // namespace troupe
