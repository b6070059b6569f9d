#pragma once

#include "analysis/reportdocument.h"

class QChart;

namespace troupe {

/**
 * Draws a report chart of a study question with Qt Charts: bars (upright or, for long
 * option texts, along the side) labelled with counts and shares, and histograms as
 * touching bars labelled by their bin. The same chart the report prints, so the panel and
 * the report agree.
 */
void fillStudyChart(QChart *chart, const report::Chart &data);

} // namespace troupe
