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

/**
 * One of the two parts of template `name` split before the line that starts with `marker`:
 * the part before it (`first`) or the rest. No section may span the split, so the parts
 * rendered with one context put together are renderPrompt's text, byte for byte; a part that
 * changes rarely can then be rendered once and kept. A marker that is not at the start of a
 * line of the template aborts, like a missing template.
 */
QString renderPromptPart(const QString &name, const std::string &marker, bool first, const nlohmann::json &context);

} // namespace troupe
