#include "distributions.h"

#include "analysis/distributions.h"

#include <algorithm>
#include <cmath>

namespace troupe {

namespace {

/** Inverse CDF of N(mean, sd) cut to [lo, hi], at u; Boost.Math behind analysis/distributions.cpp. */
double truncatedNormal(double mean, double sd, double lo, double hi, double u)
{
    const double a = stats::normalCdf((lo - mean) / sd), b = stats::normalCdf((hi - mean) / sd);
    if (!(b > a) || !std::isfinite(a) || !std::isfinite(b))
        return lo + u * (hi - lo); // the range lies where the distribution has no mass: spread evenly
    const double p = std::clamp(a + u * (b - a), 1e-12, 1 - 1e-12);
    const double x = mean + sd * stats::normalQuantile(p);
    return std::isfinite(x) ? std::clamp(x, lo, hi) : lo + u * (hi - lo);
}

} // namespace

double numericQuantile(const Dimension &d, double u)
{
    const double lo = d.min, hi = d.max;
    if (hi <= lo)
        return d.integer ? std::round(lo) : lo;
    u = std::clamp(u, 0.0, 1.0 - 1e-12);
    const double width = hi - lo;
    const double mean = d.mean.value_or(lo + width / 2);
    const double sd = d.sd && *d.sd > 0 ? *d.sd : width / 6;
    double x = lo;
    switch (d.distribution) {
    case Dimension::Distribution::Uniform:
        x = lo + u * width;
        break;
    case Dimension::Distribution::Normal:
        x = truncatedNormal(mean, sd, lo, hi, u);
        break;
    case Dimension::Distribution::LogNormal: {
        // mean and sd describe the values themselves; on the log scale the variable is normal.
        const double m = std::max(mean, 1e-9);
        const double s2 = std::log(1 + (sd * sd) / (m * m));
        const double mu = std::log(m) - s2 / 2, sigma = std::sqrt(s2);
        const double logLo = std::log(std::max(lo, 1e-9)), logHi = std::log(std::max(hi, 1e-9));
        x = std::exp(truncatedNormal(mu, sigma, logLo, logHi, u));
        break;
    }
    case Dimension::Distribution::Triangular: {
        // Closed-form inverse CDF of the triangular distribution on [lo, hi] with its mode.
        const double c = std::clamp(d.mode.value_or(mean), lo, hi);
        const double split = (c - lo) / width;
        x = u < split ? lo + std::sqrt(u * width * (c - lo)) : hi - std::sqrt((1 - u) * width * (hi - c));
        break;
    }
    }
    x = std::clamp(x, lo, hi);
    if (d.integer)
        x = std::clamp(std::round(x), std::ceil(lo), std::floor(hi));
    return x;
}

} // namespace troupe
