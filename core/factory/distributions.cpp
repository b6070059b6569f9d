#include "distributions.h"

#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/triangular.hpp>
#include <boost/math/distributions/uniform.hpp>

#include <algorithm>
#include <cmath>

namespace troupe {

namespace {

template <typename Dist>
double truncatedQuantile(const Dist &dist, double lo, double hi, double u)
{
    const double a = boost::math::cdf(dist, lo), b = boost::math::cdf(dist, hi);
    if (!(b > a))
        return lo + u * (hi - lo); // the range lies where the distribution has no mass: spread evenly
    const double p = std::clamp(a + u * (b - a), 1e-12, 1 - 1e-12);
    return std::clamp(boost::math::quantile(dist, p), lo, hi);
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
    try {
        switch (d.distribution) {
        case Dimension::Distribution::Uniform:
            x = lo + u * width;
            break;
        case Dimension::Distribution::Normal:
            x = truncatedQuantile(boost::math::normal_distribution<double>(mean, sd), lo, hi, u);
            break;
        case Dimension::Distribution::LogNormal: {
            // mean and sd describe the values themselves; convert them to the log scale.
            const double m = std::max(mean, 1e-9);
            const double s2 = std::log(1 + (sd * sd) / (m * m));
            const boost::math::lognormal_distribution<double> dist(std::log(m) - s2 / 2, std::sqrt(s2));
            x = truncatedQuantile(dist, std::max(lo, 0.0), hi, u);
            break;
        }
        case Dimension::Distribution::Triangular: {
            const double mode = std::clamp(d.mode.value_or(mean), lo, hi);
            x = boost::math::quantile(boost::math::triangular_distribution<double>(lo, mode, hi), u);
            break;
        }
        }
    } catch (const std::exception &) {
        x = lo + u * width; // parameters Boost refuses: fall back to an even spread, still inside the range
    }
    x = std::clamp(x, lo, hi);
    if (d.integer)
        x = std::clamp(std::round(x), std::ceil(lo), std::floor(hi));
    return x;
}

} // namespace troupe
