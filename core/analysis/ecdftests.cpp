// Comparisons of two empirical distribution functions: the two-sample Kolmogorov-Smirnov
// test and the 1-D Wasserstein distance.
#include "statistics.h"

#include "distributions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace troupe::stats {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

using R = Result<TestResult>;

// scipy's ks_2samp switches from the exact distribution to the asymptotic one above this size.
constexpr std::size_t kMaxExactKs = 10000;

std::vector<double> sortedCopy(std::span<const double> x)
{
    std::vector<double> s(x.begin(), x.end());
    std::sort(s.begin(), s.end());
    return s;
}

/**
 * P(D ≥ h / lcm(m, n)) for samples of m and n values without ties: the share of monotone
 * lattice paths from (0, 0) to (m, n) that touch |i (n/g) - j (m/g)| ≥ h (g = gcd(m, n)).
 * Computed as Q(i, j), the probability that a random path to (i, j) has already left the
 * band: Q = 1 outside it, and inside Q(i, j) = (i Q(i-1, j) + j Q(i, j-1)) / (i + j). This
 * is the recursion for 1 - p of Viehmann (2021, arXiv:2102.08037), which sums only positive
 * terms and so keeps tiny p-values accurate, where counting the paths inside and
 * subtracting from 1 would not. Only the band is visited; it moves right as i grows.
 */
double exactKsPValue(long long m, long long n, long long h)
{
    const long long g = std::gcd(m, n);
    const long long mg = m / g;
    const long long ng = n / g;
    std::vector<double> q(std::size_t(n) + 1, 1.0);
    long long previousLo = 0;
    for (long long i = 0; i <= m; ++i) {
        // Inside: (i ng - h) / mg < j < (i ng + h) / mg.
        const long long a = i * ng - h;
        long long lo = a < 0 ? 0 : a / mg + 1;
        const long long b = i * ng + h;
        long long hi = (b + mg - 1) / mg - 1;
        hi = std::min(hi, n);
        lo = std::min(lo, n + 1);
        for (long long j = previousLo; j < lo && j <= n; ++j)
            q[std::size_t(j)] = 1.0; // left behind by the band: outside from now on
        previousLo = lo;
        for (long long j = lo; j <= hi; ++j) {
            if (i == 0 && j == 0) {
                q[0] = 0.0;
                continue;
            }
            const double left = j > 0 ? q[std::size_t(j - 1)] : 0.0; // Q(i, j-1), already this row
            q[std::size_t(j)] = (double(i) * q[std::size_t(j)] + double(j) * left) / double(i + j);
        }
        // Right of the band q is still 1: hi never decreases, so the band has not been there.
    }
    return q[std::size_t(n)];
}

QString finiteProblem(std::span<const double> x, const QString &label)
{
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!std::isfinite(x[i]))
            return Tr::tr("%1 has a value that is not a finite number (at position %2)").arg(label).arg(i + 1);
    }
    return {};
}

} // namespace

Result<TestResult> ks2Samp(std::span<const double> x, std::span<const double> y, Method method)
{
    if (x.empty() || y.empty())
        return R::failure(Tr::tr("the Kolmogorov-Smirnov test needs at least one value in each sample (%1 and %2)")
                              .arg(x.size()).arg(y.size()));
    for (const QString &p : {finiteProblem(x, Tr::tr("the first sample")), finiteProblem(y, Tr::tr("the second sample"))}) {
        if (!p.isEmpty())
            return R::failure(p);
    }
    const std::vector<double> xs = sortedCopy(x);
    const std::vector<double> ys = sortedCopy(y);
    const auto m = static_cast<long long>(xs.size());
    const auto n = static_cast<long long>(ys.size());
    const long long g = std::gcd(m, n);
    // With F_x = i/m and F_y = j/n after each distinct value, |F_x - F_y| = |i (n/g) - j (m/g)| / lcm:
    // D is found in whole numbers, so the exact p-value is read at exactly D.
    long long h = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < xs.size() || j < ys.size()) {
        const double v = j >= ys.size() || (i < xs.size() && xs[i] <= ys[j]) ? xs[i] : ys[j];
        while (i < xs.size() && xs[i] == v)
            ++i;
        while (j < ys.size() && ys[j] == v)
            ++j;
        h = std::max(h, std::abs(static_cast<long long>(i) * (n / g) - static_cast<long long>(j) * (m / g)));
    }
    const double lcm = double(m / g) * double(n);
    const double d = double(h) / lcm;

    double p = std::numeric_limits<double>::quiet_NaN();
    const bool exact = method == Method::Exact
        || (method == Method::Auto && xs.size() <= kMaxExactKs && ys.size() <= kMaxExactKs);
    if (h == 0) {
        p = 1.0;
    } else if (exact && double(m) * double(n) <= 1e9) {
        p = exactKsPValue(m, n, h);
    }
    if (!(p >= 0 && p <= 1)) { // asymptotic, or the exact sum did not hold up
        const double en = double(m) * double(n) / double(m + n);
        p = kolmogorovSf(std::sqrt(en) * d);
    }
    TestResult t;
    t.name = QLatin1String(names::kKs2Samp);
    t.statistic = d;
    t.p = std::clamp(p, 0.0, 1.0);
    return t;
}

double wassersteinDistance(std::span<const double> x, std::span<const double> y,
                           std::span<const double> xWeights, std::span<const double> yWeights)
{
    if (x.empty() || y.empty())
        return kNaN;
    // Sort each sample with its weights, then walk the pooled values: the distance is
    // ∫ |F_x - F_y| dt, a sum of |F_x - F_y| times the gap to the next pooled value.
    auto prepare = [](std::span<const double> v, std::span<const double> w,
                      std::vector<std::pair<double, double>> *out) {
        if (!w.empty() && w.size() != v.size())
            return false;
        out->reserve(v.size());
        double sum = 0;
        for (std::size_t k = 0; k < v.size(); ++k) {
            const double weight = w.empty() ? 1.0 : w[k];
            if (!std::isfinite(v[k]) || !std::isfinite(weight) || weight < 0)
                return false;
            sum += weight;
            out->emplace_back(v[k], weight);
        }
        if (!(sum > 0))
            return false;
        std::sort(out->begin(), out->end());
        for (auto &entry : *out)
            entry.second /= sum;
        return true;
    };
    std::vector<std::pair<double, double>> a;
    std::vector<std::pair<double, double>> b;
    if (!prepare(x, xWeights, &a) || !prepare(y, yWeights, &b))
        return kNaN;
    double fa = 0;
    double fb = 0;
    double distance = 0;
    std::size_t i = 0;
    std::size_t j = 0;
    double current = std::min(a.front().first, b.front().first);
    while (i < a.size() || j < b.size()) {
        while (i < a.size() && a[i].first == current)
            fa += a[i++].second;
        while (j < b.size() && b[j].first == current)
            fb += b[j++].second;
        if (i >= a.size() && j >= b.size())
            break;
        const double next = j >= b.size() || (i < a.size() && a[i].first <= b[j].first) ? a[i].first : b[j].first;
        distance += std::abs(fa - fb) * (next - current);
        current = next;
    }
    return distance;
}

Result<TestResult> wasserstein(std::span<const double> x, std::span<const double> y,
                               std::span<const double> xWeights, std::span<const double> yWeights)
{
    if (x.empty() || y.empty())
        return R::failure(Tr::tr("the Wasserstein distance needs at least one value in each sample (%1 and %2)")
                              .arg(x.size()).arg(y.size()));
    if ((!xWeights.empty() && xWeights.size() != x.size()) || (!yWeights.empty() && yWeights.size() != y.size()))
        return R::failure(Tr::tr("there must be one weight per value"));
    const double distance = wassersteinDistance(x, y, xWeights, yWeights);
    if (std::isnan(distance))
        return R::failure(Tr::tr("the values must be finite numbers and the weights non-negative with a positive sum"));
    TestResult t;
    t.name = QLatin1String(names::kWasserstein);
    t.statistic = distance;
    return t;
}

} // namespace troupe::stats
