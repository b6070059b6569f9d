#pragma once

#include "experiment/empiricalcheck.h"

namespace troupe {

/**
 * The Empirical tab's last mapping for a run or an experiment (the CSV, its question column
 * and kind, the option, the attribute matches), kept in the project's settings under
 * "empirical_mapping:" + which, so that opening the tab again shows what was compared.
 */
Status saveEmpiricalMapping(ProjectFile &project, const EmpiricalCheck &check);
/** The saved mapping of `which`, or nullopt when none was saved or it no longer reads. */
std::optional<EmpiricalCheck> savedEmpiricalMapping(ProjectFile &project, const QString &which);

/** {"csv", "column", "question", "kind", "option", "match": ["Real=sim", ...]}. */
nlohmann::ordered_json empiricalMappingToJson(const EmpiricalCheck &check);
std::optional<EmpiricalCheck> empiricalMappingFromJson(const nlohmann::json &json, const QString &which);

} // namespace troupe
