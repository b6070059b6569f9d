#pragma once

#include "experiment/empiricalcheck.h"
#include "intervalchart.h"

namespace troupe {

/**
 * The real distribution beside the simulated one, as shares with 95% Wilson intervals: per
 * category (choice, first choice, mention), per value of a small whole-number scale (a 1-5
 * vote), else per bin of round width.
 */
IntervalChartData empiricalChartData(const EmpiricalOutcome &outcome, const QString &questionLabel);

} // namespace troupe
