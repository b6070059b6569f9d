#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace troupe {

/** The ticks of a chart axis: a range with round bounds and evenly spaced round values. */
struct AxisTicks
{
    double min = 0;        // the axis range: the data range widened to whole steps
    double max = 1;
    double step = 1;       // 1, 2 or 5 × 10^k (at least 1 on integer axes)
    int decimals = 0;      // digits after the point that every label needs
    QList<double> values;  // min, min + step, ... max

    /** The ticks that fall inside [lo, hi] (a caller keeping its own range, e.g. bars at 0.5..N+0.5). */
    QList<double> within(double lo, double hi) const;
    /** `value` as a tick label, with the locale's digits and group separators. */
    QString label(double value, const QLocale &locale = QLocale()) const;
};

/**
 * Round ticks for data from `min` to `max`: the smallest step of the form 1, 2 or 5 × 10^k
 * that needs at most `maxTicks` ticks (at least 2) from a multiple of the step at or below
 * `min` to one at or above `max`. With `integerOnly` the step is a whole number, so a step
 * axis of 1..5 reads 1 2 3 4 5 and 1..2 reads 1 2 (never 1 1 1 1 2). An empty range
 * (min == max) is widened by one unit (integers, or zero) or by a tenth of the value.
 * Non-finite input gives the range 0..1.
 */
AxisTicks niceTicks(double min, double max, int maxTicks = 6, bool integerOnly = false);

} // namespace troupe
