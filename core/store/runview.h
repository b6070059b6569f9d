#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace troupe {

/**
 * A run's status as people read it, in the interface language ("finished" -> "finished" /
 * "завершён"). The project keeps the English keyword; views translate it when they show it.
 */
QString runStatusText(const QString &status);

/** The agents of a run's stored scenario, in scenario order (their colours, and who "everyone" is). */
QStringList runAgentNames(const nlohmann::json &scenario);

} // namespace troupe
