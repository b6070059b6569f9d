#pragma once

#include "persona/personadocument.h"

#include <QString>

#include <optional>
#include <utility>

namespace troupe {

/**
 * The script and interventions in the scenario editor's Advanced tab, or nullopt with
 * `problem` set: the text must be an object whose "script" and "interventions" (both may be
 * missing) are lists of objects. Never throws, whatever the text.
 */
std::optional<std::pair<OrderedJson, OrderedJson>> parseScriptJson(const QString &json, QString *problem = nullptr);

} // namespace troupe
