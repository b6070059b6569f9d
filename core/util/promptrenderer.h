#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace troupe {

/**
 * Renders a mustache template from resources/prompts/ (`:/prompts/<name>.mustache`) with a
 * JSON context. Nothing is HTML-escaped: prompts are plain text. This is the only
 * translation unit that includes mstch (and so Boost.Variant). A missing template is a
 * build error, so it aborts.
 */
QString renderPrompt(const QString &name, const nlohmann::json &context);

} // namespace troupe
