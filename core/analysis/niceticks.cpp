#include "niceticks.h"

#include <cmath>

namespace troupe {

namespace {

// Tolerance for "is this already a multiple of the step": data such as 0.3 / 0.1 is not
// exactly 3 in binary floating point.
constexpr double kSlack = 1e-9;

} // namespace

QList<double> AxisTicks::within(double lo, double hi) const
{
    QList<double> out;
    const double eps = step * kSlack * 10;
    for (double v : values)
        if (v >= lo - eps && v <= hi + eps)
            out.append(v);
    return out;
}

QString AxisTicks::label(double value, const QLocale &locale) const
{
    if (std::abs(value) < step * kSlack)
        value = 0; // no "-0"
    return locale.toString(value, 'f', decimals);
}

AxisTicks niceTicks(double min, double max, int maxTicks, bool integerOnly)
{
    if (!std::isfinite(min) || !std::isfinite(max)) {
        min = 0;
        max = 1;
    }
    if (max < min)
        std::swap(min, max);
    if (max == min) {
        if (integerOnly || min == 0)
            max = min + 1;
        else {
            const double pad = std::abs(min) / 10;
            min -= pad;
            max += pad;
        }
    }
    maxTicks = std::max(2, maxTicks);

    AxisTicks t;
    const double span = max - min;
    // Start one decade below the raw step so that the smallest fitting step is found.
    int exponent = int(std::floor(std::log10(span / (maxTicks - 1)))) - 1;
    for (;; ++exponent) {
        const double decade = std::pow(10.0, exponent);
        for (double m : {1.0, 2.0, 5.0}) {
            const double step = m * decade;
            if (integerOnly && step < 1)
                continue;
            const double lo = std::floor(min / step + kSlack) * step;
            const double hi = std::ceil(max / step - kSlack) * step;
            const int count = int(std::llround((hi - lo) / step)) + 1;
            if (count > maxTicks)
                continue;
            t.min = lo;
            t.max = hi;
            t.step = step;
            t.decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - kSlack));
            const double first = std::round(lo / step);
            for (int i = 0; i < count; ++i)
                t.values.append((first + i) * step); // a multiple of the step, not a running sum
            return t;
        }
    }
}

} // namespace troupe
