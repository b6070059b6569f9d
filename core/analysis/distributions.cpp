#include "distributions.h"

// The only file that includes Boost.Math: the headers are large, and keeping them here keeps
// the rest of the statistics code quick to compile.
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/hypergeometric.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace troupe::stats {

namespace {

namespace bp = boost::math::policies;

// Errors become NaN or infinity instead of exceptions: callers check the result, and no
// input may take the program down.
using Policy = bp::policy<bp::domain_error<bp::ignore_error>, bp::overflow_error<bp::ignore_error>,
                          bp::underflow_error<bp::ignore_error>, bp::pole_error<bp::ignore_error>,
                          bp::evaluation_error<bp::ignore_error>, bp::rounding_error<bp::ignore_error>,
                          bp::indeterminate_result_error<bp::ignore_error>>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

template<typename F>
double guarded(F &&f)
{
    try {
        return f();
    } catch (...) { // belt and braces: the policy above should already prevent throws
        return kNaN;
    }
}

bool positive(double df) { return df > 0; } // false for NaN

} // namespace

double normalCdf(double z)
{
    if (std::isnan(z))
        return kNaN;
    return guarded([&] { return boost::math::cdf(boost::math::normal_distribution<double, Policy>(), z); });
}

double normalSf(double z)
{
    if (std::isnan(z))
        return kNaN;
    return guarded([&] {
        return boost::math::cdf(boost::math::complement(boost::math::normal_distribution<double, Policy>(), z));
    });
}

double normalQuantile(double p)
{
    if (!(p > 0 && p < 1))
        return kNaN;
    return guarded([&] { return boost::math::quantile(boost::math::normal_distribution<double, Policy>(), p); });
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !positive(df))
        return kNaN;
    return guarded([&] { return boost::math::cdf(boost::math::students_t_distribution<double, Policy>(df), t); });
}

double studentTSf(double t, double df)
{
    if (std::isnan(t) || !positive(df))
        return kNaN;
    return guarded([&] {
        return boost::math::cdf(boost::math::complement(boost::math::students_t_distribution<double, Policy>(df), t));
    });
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0 && p < 1) || !positive(df))
        return kNaN;
    return guarded([&] { return boost::math::quantile(boost::math::students_t_distribution<double, Policy>(df), p); });
}

double chiSquaredSf(double x, double df)
{
    if (std::isnan(x) || !(df > 0) || !std::isfinite(df))
        return kNaN;
    if (x <= 0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return guarded([&] {
        return boost::math::cdf(boost::math::complement(boost::math::chi_squared_distribution<double, Policy>(df), x));
    });
}

double fisherFSf(double f, double df1, double df2)
{
    if (std::isnan(f) || !(df1 > 0) || !(df2 > 0) || !std::isfinite(df1) || !std::isfinite(df2))
        return kNaN;
    if (f <= 0)
        return 1.0;
    if (std::isinf(f))
        return 0.0;
    return guarded([&] {
        return boost::math::cdf(boost::math::complement(boost::math::fisher_f_distribution<double, Policy>(df1, df2), f));
    });
}

double hypergeometricPdf(long long k, long long successes, long long draws, long long population)
{
    if (successes < 0 || draws < 0 || population < 0 || successes > population || draws > population)
        return kNaN;
    if (k < 0 || k > successes || k > draws || draws - k > population - successes)
        return 0.0;
    return guarded([&] {
        const boost::math::hypergeometric_distribution<double, Policy> d(
            static_cast<unsigned>(successes), static_cast<unsigned>(draws), static_cast<unsigned>(population));
        return boost::math::pdf(d, static_cast<unsigned>(k));
    });
}

double kolmogorovSf(double z)
{
    if (std::isnan(z))
        return kNaN;
    if (z <= 0)
        return 1.0;
    if (std::isinf(z))
        return 0.0;
    constexpr double pi = std::numbers::pi;
    if (z < 1.0) {
        // Jacobi's form of the CDF converges in a handful of terms for small z.
        const double w = -pi * pi / (8 * z * z);
        double sum = 0;
        for (int k = 1; k <= 100; ++k) {
            const double term = std::exp(double((2 * k - 1) * (2 * k - 1)) * w);
            sum += term;
            if (term < 1e-17 * sum)
                break;
        }
        return 1.0 - std::sqrt(2 * pi) / z * sum;
    }
    double sum = 0;
    for (int k = 1; k <= 100; ++k) {
        const double term = std::exp(-2.0 * k * k * z * z);
        sum += (k % 2 == 1) ? term : -term;
        if (term < 1e-17 * std::abs(sum))
            break;
    }
    return std::clamp(2 * sum, 0.0, 1.0);
}

double logBinomial(double n, double k)
{
    if (k < 0 || k > n || std::isnan(n) || std::isnan(k))
        return -std::numeric_limits<double>::infinity();
    return guarded([&] {
        return boost::math::lgamma(n + 1, Policy()) - boost::math::lgamma(k + 1, Policy())
            - boost::math::lgamma(n - k + 1, Policy());
    });
}

} // namespace troupe::stats
