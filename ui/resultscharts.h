#pragma once

#include "analysis/niceticks.h"
#include "analysis/runsummary.h"

class QChart;
class QValueAxis;

namespace troupe {

/** The studio's charts of a run, drawn by Qt Charts with the reports' round ticks (niceTicks). */
void fillActionsChart(QChart *chart, const RunSummary &summary);
void fillTokensChart(QChart *chart, const RunSummary &summary);

/**
 * Puts `ticks` on a value axis: its range, ticks every `ticks.step` from a multiple of the
 * step, and whole-number labels when `integer`.
 */
void applyTicks(QValueAxis *axis, const AxisTicks &ticks, bool integer);

} // namespace troupe
