#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

namespace troupe {

/** The agents of a run's stored scenario, in scenario order (their colours, and who "everyone" is). */
QStringList runAgentNames(const nlohmann::ordered_json &scenario);

} // namespace troupe
