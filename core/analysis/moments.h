#pragma once

#include <algorithm>
#include <span>

namespace troupe::stats::detail {

/**
 * Mean and sum of squared deviations, accurate for data with many constant leading digits
 * (NIST's NumAcc4, SmLs09). Values are first taken relative to `shift` (a value of the
 * data: the differences of nearby doubles are exact), then summed in two passes with the
 * mean's rounding error folded back (Chan, Golub and LeVeque 1983). Boost.Math's one-pass
 * (Welford) moments lose digits on such data, and so does a mean taken on the raw values,
 * which cannot hold the decimals of 1000000000000.4.
 */
struct Moments
{
    double n = 0;
    double shift = 0;
    double shiftedMean = 0;   // mean - shift, to full precision
    double mean = 0;
    double sumSquares = 0;    // Σ (x - mean)²
};

inline Moments moments(std::span<const double> x, double shift)
{
    Moments m;
    m.n = double(x.size());
    m.shift = shift;
    if (x.empty())
        return m;
    double sum = 0;
    for (double v : x)
        sum += v - shift;
    double dm = sum / m.n;
    double correction = 0;
    for (double v : x)
        correction += (v - shift) - dm;
    dm += correction / m.n;
    double ss = 0;
    double comp = 0;
    for (double v : x) {
        const double d = (v - shift) - dm;
        ss += d * d;
        comp += d;
    }
    m.shiftedMean = dm;
    m.mean = shift + dm;
    m.sumSquares = std::max(0.0, ss - comp * comp / m.n);
    return m;
}

inline Moments moments(std::span<const double> x) { return moments(x, x.empty() ? 0.0 : x.front()); }

} // namespace troupe::stats::detail
