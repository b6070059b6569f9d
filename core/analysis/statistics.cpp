// Descriptives, intervals, effect sizes, Holm's correction and the JSON form of results.
// The tests themselves are in hypothesistests.cpp and ecdftests.cpp; distribution
// functions come from distributions.cpp (Boost.Math).
#include "statistics.h"

#include "distributions.h"
#include "moments.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace troupe::stats {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

using detail::Moments;
using detail::moments;

std::vector<double> sortedCopy(std::span<const double> x)
{
    std::vector<double> s(x.begin(), x.end());
    std::sort(s.begin(), s.end());
    return s;
}

double quantileOfSorted(const std::vector<double> &s, double p)
{
    if (s.empty() || !(p >= 0 && p <= 1))
        return kNaN;
    const double h = (double(s.size()) - 1) * p;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= s.size())
        return s.back();
    return s[lo] + (h - double(lo)) * (s[lo + 1] - s[lo]);
}

bool validLevel(double level) { return level > 0 && level < 1; }

// An unbiased draw in [0, n) from the generator's raw output, the same on every platform.
std::uint64_t boundedDraw(std::mt19937_64 &rng, std::uint64_t n)
{
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max()
        - std::numeric_limits<std::uint64_t>::max() % n;
    std::uint64_t r;
    do {
        r = rng();
    } while (r >= limit);
    return r % n;
}

} // namespace

nlohmann::ordered_json jsonNumber(double value)
{
    if (std::isfinite(value))
        return value;
    return nullptr;
}

// ---- Descriptives ---------------------------------------------------------------------

double mean(std::span<const double> x) { return moments(x).mean; }

double variance(std::span<const double> x)
{
    if (x.size() < 2)
        return kNaN;
    return moments(x).sumSquares / double(x.size() - 1);
}

double quantile(std::span<const double> x, double p) { return quantileOfSorted(sortedCopy(x), p); }

double median(std::span<const double> x) { return quantile(x, 0.5); }

Interval meanCi(std::span<const double> x, double level)
{
    if (x.size() < 2 || !validLevel(level))
        return {};
    const Moments m = moments(x);
    const double n = double(x.size());
    const double se = std::sqrt(m.sumSquares / (n - 1) / n);
    const double t = studentTQuantile(1 - (1 - level) / 2, n - 1);
    return {m.mean - t * se, m.mean + t * se};
}

Descriptives describe(std::span<const double> x, double level)
{
    Descriptives d;
    d.level = level;
    d.n = int(x.size());
    if (x.empty())
        return d;
    const std::vector<double> s = sortedCopy(x);
    const Moments m = moments(x);
    d.mean = m.mean;
    if (x.size() >= 2)
        d.sd = std::sqrt(m.sumSquares / double(x.size() - 1));
    d.median = quantileOfSorted(s, 0.5);
    d.min = s.front();
    d.max = s.back();
    d.ci = meanCi(x, level);
    return d;
}

Interval bootstrapCi(std::span<const double> x, const std::function<double(std::span<const double>)> &statistic,
                     std::uint64_t seed, int resamples, double level)
{
    if (x.empty() || resamples < 1 || !validLevel(level) || !statistic)
        return {};
    std::mt19937_64 rng(seed);
    std::vector<double> sample(x.size());
    std::vector<double> stats;
    stats.reserve(std::size_t(resamples));
    for (int r = 0; r < resamples; ++r) {
        for (double &v : sample)
            v = x[boundedDraw(rng, x.size())];
        const double s = statistic(sample);
        if (std::isfinite(s))
            stats.push_back(s);
    }
    std::sort(stats.begin(), stats.end());
    const double alpha = 1 - level;
    return {quantileOfSorted(stats, alpha / 2), quantileOfSorted(stats, 1 - alpha / 2)};
}

Interval bootstrapMeanCi(std::span<const double> x, std::uint64_t seed, int resamples, double level)
{
    return bootstrapCi(x, [](std::span<const double> s) { return mean(s); }, seed, resamples, level);
}

Proportion wilson(long long successes, long long n, double level)
{
    Proportion p;
    p.successes = successes;
    p.n = n;
    p.level = level;
    if (n <= 0 || successes < 0 || successes > n || !validLevel(level))
        return p;
    const double nn = double(n);
    const double phat = double(successes) / nn;
    const double z = normalQuantile(1 - (1 - level) / 2);
    const double z2 = z * z;
    const double denom = 1 + z2 / nn;
    const double centre = (phat + z2 / (2 * nn)) / denom;
    const double half = z / denom * std::sqrt(phat * (1 - phat) / nn + z2 / (4 * nn * nn));
    p.estimate = phat;
    p.ci = {std::max(0.0, centre - half), std::min(1.0, centre + half)};
    return p;
}

// ---- Mean difference ------------------------------------------------------------------

nlohmann::ordered_json MeanDifference::toJson() const
{
    nlohmann::ordered_json j;
    j["estimate"] = jsonNumber(estimate);
    j["ci"] = nlohmann::ordered_json::array({jsonNumber(ci.lo), jsonNumber(ci.hi)});
    j["se"] = jsonNumber(se);
    j["df"] = jsonNumber(df);
    j["level"] = level;
    return j;
}

Result<MeanDifference> meanDifference(std::span<const double> x, std::span<const double> y, double level)
{
    if (x.size() < 2 || y.size() < 2)
        return Result<MeanDifference>::failure(
            Tr::tr("a mean difference interval needs at least two values in each sample (%1 and %2)")
                .arg(x.size()).arg(y.size()));
    if (!validLevel(level))
        return Result<MeanDifference>::failure(Tr::tr("the confidence level must be between 0 and 1"));
    const Moments mx = moments(x);
    const Moments my = moments(y);
    const double nx = double(x.size());
    const double ny = double(y.size());
    const double vx = mx.sumSquares / (nx - 1) / nx;
    const double vy = my.sumSquares / (ny - 1) / ny;
    MeanDifference d;
    d.level = level;
    d.estimate = mx.mean - my.mean;
    d.se = std::sqrt(vx + vy);
    if (d.se == 0) {
        d.ci = {d.estimate, d.estimate};
        return d;
    }
    d.df = (vx + vy) * (vx + vy) / (vx * vx / (nx - 1) + vy * vy / (ny - 1));
    const double t = studentTQuantile(1 - (1 - level) / 2, d.df);
    d.ci = {d.estimate - t * d.se, d.estimate + t * d.se};
    return d;
}

// ---- Effect sizes ---------------------------------------------------------------------

double cohensD(std::span<const double> x, std::span<const double> y)
{
    if (x.empty() || y.empty() || x.size() + y.size() < 3)
        return kNaN;
    const Moments mx = moments(x);
    const Moments my = moments(y);
    const double pooled = std::sqrt((mx.sumSquares + my.sumSquares) / double(x.size() + y.size() - 2));
    if (!(pooled > 0))
        return kNaN;
    return (mx.mean - my.mean) / pooled;
}

double hedgesG(std::span<const double> x, std::span<const double> y)
{
    const double d = cohensD(x, y);
    const double n = double(x.size() + y.size());
    return d * (1 - 3 / (4 * n - 9));
}

double cliffsDelta(std::span<const double> x, std::span<const double> y)
{
    if (x.empty() || y.empty())
        return kNaN;
    const std::vector<double> ys = sortedCopy(y);
    double dominance = 0; // Σ (#y below x - #y above x)
    for (double v : x) {
        const auto below = std::lower_bound(ys.begin(), ys.end(), v) - ys.begin();
        const auto above = ys.end() - std::upper_bound(ys.begin(), ys.end(), v);
        dominance += double(below - above);
    }
    return dominance / (double(x.size()) * double(y.size()));
}

double cramersV(const Table &table)
{
    const auto r = chiSquareIndependence(table, false);
    if (!r)
        return kNaN;
    double n = 0;
    for (const auto &row : table)
        n = std::accumulate(row.begin(), row.end(), n);
    const double k = double(std::min(table.size(), table.front().size())) - 1;
    return std::sqrt(r.value().statistic / (n * k));
}

double etaSquared(const std::vector<std::vector<double>> &groups)
{
    const auto r = anova(groups);
    return r && r.value().effect ? *r.value().effect : kNaN;
}

std::vector<double> holm(std::span<const double> p)
{
    std::vector<double> adjusted(p.size(), kNaN);
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (!std::isnan(p[i]))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] < p[b]; });
    const double m = double(order.size());
    double running = 0;
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        running = std::max(running, std::min(1.0, (m - double(rank)) * p[order[rank]]));
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

// ---- JSON -----------------------------------------------------------------------------

nlohmann::ordered_json TestResult::toJson() const
{
    nlohmann::ordered_json j;
    j["name"] = name.toStdString();
    j["statistic"] = jsonNumber(statistic);
    j["df"] = df ? jsonNumber(*df) : nlohmann::ordered_json(nullptr);
    j["p"] = jsonNumber(p);
    j["effect"] = effect ? jsonNumber(*effect) : nlohmann::ordered_json(nullptr);
    j["effect_name"] = effectName.isEmpty() ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(effectName.toStdString());
    return j;
}

Result<TestResult> TestResult::fromJson(const nlohmann::json &json)
{
    using R = Result<TestResult>;
    if (!json.is_object())
        return R::failure(Tr::tr("a test result must be a JSON object"));
    auto number = [&](const char *key, bool optional, double *out, bool *present) -> QString {
        const auto it = json.find(key);
        if (it == json.end() || it->is_null()) {
            *out = kNaN;
            *present = false;
            return optional || it != json.end() ? QString() : Tr::tr("%1: missing").arg(QLatin1String(key));
        }
        if (!it->is_number())
            return Tr::tr("%1: expected a number or null").arg(QLatin1String(key));
        *out = it->get<double>();
        *present = true;
        return {};
    };
    TestResult t;
    const auto name = json.find("name");
    if (name == json.end() || !name->is_string())
        return R::failure(Tr::tr("name: expected the test's name"));
    t.name = QString::fromStdString(name->get<std::string>());
    bool present = false;
    double df = kNaN;
    double effect = kNaN;
    for (const QString &problem : {number("statistic", false, &t.statistic, &present),
                                   number("p", false, &t.p, &present)}) {
        if (!problem.isEmpty())
            return R::failure(problem);
    }
    if (const QString problem = number("df", true, &df, &present); !problem.isEmpty())
        return R::failure(problem);
    if (present)
        t.df = df;
    if (const QString problem = number("effect", true, &effect, &present); !problem.isEmpty())
        return R::failure(problem);
    if (present)
        t.effect = effect;
    if (const auto en = json.find("effect_name"); en != json.end() && !en->is_null()) {
        if (!en->is_string())
            return R::failure(Tr::tr("effect_name: expected text or null"));
        t.effectName = QString::fromStdString(en->get<std::string>());
    }
    return t;
}

} // namespace troupe::stats
