#pragma once

#include "samplingplan.h"
#include "persona/personadocument.h"
#include "util/result.h"

namespace troupe {

/** Writes one TinyTroupe `<name>.agent.json` per person into `dir` (created when missing); returns the count. */
Result<int> exportAgents(const QList<std::pair<int, PersonaDocument>> &people, const QString &dir);

/**
 * Writes `population.csv` into `dir`: one row per person with the sample index, every
 * dimension's sampled value, and the persona's name, age, gender, nationality, residence,
 * education and occupation (RFC 4180 quoting, UTF-8).
 */
Result<int> exportCsv(const SamplingPlan &plan, const QList<std::pair<int, PersonaDocument>> &people,
                      const QMap<int, QString> &bios, const QString &path);

/** A file name for a person: "Amara Okafor" → "amara_okafor". */
QString personFileStem(const QString &name);

} // namespace troupe
