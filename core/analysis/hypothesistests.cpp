// t tests, Mann-Whitney U, chi-square, Fisher's exact test, one-way ANOVA and Kruskal-Wallis.
// Each follows the named reference implementation (R's stats package unless said otherwise),
// so that its figures can be checked against published output.
#include "statistics.h"

#include "distributions.h"
#include "moments.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace troupe::stats {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)
};

using R = Result<TestResult>;

using detail::Moments;
using detail::moments;

QString finiteProblem(std::span<const double> x, const QString &label)
{
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!std::isfinite(x[i]))
            return Tr::tr("%1 has a value that is not a finite number (at position %2)").arg(label).arg(i + 1);
    }
    return {};
}

/** Mid-ranks (1-based) of the pooled values, and Σ (t³ - t) over groups of ties. */
struct Ranking
{
    std::vector<double> ranks; // in the order of `values`
    double tieTerm = 0;
};

Ranking rank(const std::vector<double> &values)
{
    Ranking r;
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    r.ranks.assign(n, 0);
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i + 1;
        while (j < n && values[order[j]] == values[order[i]])
            ++j;
        const double mid = (double(i + 1) + double(j)) / 2;
        for (std::size_t k = i; k < j; ++k)
            r.ranks[order[k]] = mid;
        const double t = double(j - i);
        r.tieTerm += t * t * t - t;
        i = j;
    }
    return r;
}

TestResult make(const char *name, double statistic, std::optional<double> df, double p,
                std::optional<double> effect, const char *effectName)
{
    TestResult t;
    t.name = QLatin1String(name);
    t.statistic = statistic;
    t.df = df;
    t.p = std::isnan(p) ? p : std::clamp(p, 0.0, 1.0);
    if (effect && std::isfinite(*effect)) {
        t.effect = effect;
        t.effectName = QLatin1String(effectName);
    }
    return t;
}

QString tableProblem(const Table &table, bool wholeCounts)
{
    if (table.size() < 2 || table.front().size() < 2)
        return Tr::tr("the table needs at least two rows and two columns");
    for (std::size_t r = 0; r < table.size(); ++r) {
        if (table[r].size() != table.front().size())
            return Tr::tr("row %1 has %2 cells but row 1 has %3").arg(r + 1).arg(table[r].size()).arg(table.front().size());
        for (std::size_t c = 0; c < table[r].size(); ++c) {
            const double v = table[r][c];
            if (!std::isfinite(v) || v < 0)
                return Tr::tr("cell (%1, %2) is not a count: %3").arg(r + 1).arg(c + 1).arg(v);
            if (wholeCounts && v != std::floor(v))
                return Tr::tr("cell (%1, %2) is not a whole count: %3").arg(r + 1).arg(c + 1).arg(v);
        }
    }
    return {};
}

} // namespace

// ---- t tests --------------------------------------------------------------------------

Result<TestResult> welchT(std::span<const double> x, std::span<const double> y)
{
    if (x.size() < 2 || y.size() < 2)
        return R::failure(Tr::tr("Welch's t test needs at least two values in each sample (%1 and %2)")
                              .arg(x.size()).arg(y.size()));
    for (const QString &p : {finiteProblem(x, Tr::tr("the first sample")), finiteProblem(y, Tr::tr("the second sample"))}) {
        if (!p.isEmpty())
            return R::failure(p);
    }
    const Moments cx = moments(x);
    const Moments cy = moments(y);
    const double vx = cx.sumSquares / (cx.n - 1) / cx.n;
    const double vy = cy.sumSquares / (cy.n - 1) / cy.n;
    const double se = std::sqrt(vx + vy);
    if (!(se > 0))
        return R::failure(Tr::tr("both samples are constant, so the t statistic is not defined"));
    const double t = (cx.mean - cy.mean) / se;
    const double df = (vx + vy) * (vx + vy) / (vx * vx / (cx.n - 1) + vy * vy / (cy.n - 1));
    return make(names::kWelchT, t, df, 2 * studentTSf(std::abs(t), df), cohensD(x, y), "cohens_d");
}

Result<TestResult> studentT(std::span<const double> x, std::span<const double> y)
{
    if (x.empty() || y.empty() || x.size() + y.size() < 3)
        return R::failure(Tr::tr("Student's t test needs a value in each sample and three in all (%1 and %2)")
                              .arg(x.size()).arg(y.size()));
    for (const QString &p : {finiteProblem(x, Tr::tr("the first sample")), finiteProblem(y, Tr::tr("the second sample"))}) {
        if (!p.isEmpty())
            return R::failure(p);
    }
    const Moments cx = moments(x);
    const Moments cy = moments(y);
    const double df = cx.n + cy.n - 2;
    const double pooled = (cx.sumSquares + cy.sumSquares) / df;
    const double se = std::sqrt(pooled * (1 / cx.n + 1 / cy.n));
    if (!(se > 0))
        return R::failure(Tr::tr("both samples are constant, so the t statistic is not defined"));
    const double t = (cx.mean - cy.mean) / se;
    return make(names::kStudentT, t, df, 2 * studentTSf(std::abs(t), df), cohensD(x, y), "cohens_d");
}

// ---- Mann-Whitney U -------------------------------------------------------------------

namespace {

/**
 * P(U ≤ u) and P(U ≥ u) under the null for samples of m and n without ties. Counts the
 * arrangements of m x's and n y's by U with a dynamic programme over (x's placed, U so far)
 * as the pooled ranks are walked in order; only additions, so no cancellation.
 */
std::pair<double, double> exactUTails(int m, int n, double u)
{
    // The distribution of U is symmetric in m and n, so the table needs only min(m, n) + 1 rows.
    if (m > n)
        std::swap(m, n);
    const int maxU = m * n;
    std::vector<std::vector<double>> count(std::size_t(m) + 1, std::vector<double>(std::size_t(maxU) + 1, 0.0));
    count[0][0] = 1;
    for (int k = 0; k < m + n; ++k) {
        // Element k joins either sample; walking j downwards lets the update run in place.
        for (int j = std::min(k, m); j >= 0; --j) {
            const int ys = k - j; // y's already placed
            if (ys > n)
                continue;
            auto &row = count[std::size_t(j)];
            if (j < m) {
                auto &next = count[std::size_t(j) + 1];
                for (int v = maxU - ys; v >= 0; --v) {
                    if (row[std::size_t(v)] != 0)
                        next[std::size_t(v + ys)] += row[std::size_t(v)];
                }
            }
            if (ys == n) // no y left: this state cannot take a y, so it only moved on
                std::fill(row.begin(), row.end(), 0.0);
        }
    }
    const auto &dist = count[std::size_t(m)];
    double total = 0;
    double below = 0;
    double above = 0;
    for (int v = 0; v <= maxU; ++v) {
        total += dist[std::size_t(v)];
        if (v <= u)
            below += dist[std::size_t(v)];
        if (v >= u)
            above += dist[std::size_t(v)];
    }
    return {below / total, above / total};
}

} // namespace

Result<TestResult> mannWhitneyU(std::span<const double> x, std::span<const double> y, Method method)
{
    if (x.empty() || y.empty())
        return R::failure(Tr::tr("the Mann-Whitney U test needs at least one value in each sample (%1 and %2)")
                              .arg(x.size()).arg(y.size()));
    for (const QString &p : {finiteProblem(x, Tr::tr("the first sample")), finiteProblem(y, Tr::tr("the second sample"))}) {
        if (!p.isEmpty())
            return R::failure(p);
    }
    std::vector<double> pooled(x.begin(), x.end());
    pooled.insert(pooled.end(), y.begin(), y.end());
    const Ranking r = rank(pooled);
    const double m = double(x.size());
    const double n = double(y.size());
    const double rankSumX = std::accumulate(r.ranks.begin(), r.ranks.begin() + std::ptrdiff_t(x.size()), 0.0);
    const double u = rankSumX - m * (m + 1) / 2;
    const double delta = 2 * u / (m * n) - 1;
    const bool ties = r.tieTerm > 0;

    bool exact = method == Method::Exact || (method == Method::Auto && x.size() < 50 && y.size() < 50 && !ties);
    if (exact && ties)
        return R::failure(Tr::tr("the exact Mann-Whitney distribution assumes no ties, and these samples have some"));
    // The exact table holds (min(m, n) + 1) × (m n + 1) counts: keep it within 32 MB.
    if (exact && (std::min(m, n) + 1) * (m * n + 1) > 4e6)
        return R::failure(Tr::tr("the samples are too large for the exact Mann-Whitney distribution (%1 × %2)")
                              .arg(x.size()).arg(y.size()));
    double p;
    if (exact) {
        const auto [below, above] = exactUTails(int(m), int(n), u);
        p = std::min(1.0, 2 * (u > m * n / 2 ? above : below));
    } else {
        const double total = m + n;
        const double sigma = std::sqrt(m * n / 12 * ((total + 1) - r.tieTerm / (total * (total - 1))));
        if (!(sigma > 0))
            return R::failure(Tr::tr("all values are equal, so the Mann-Whitney U test is not defined"));
        const double diff = u - m * n / 2;
        const double correction = diff > 0 ? 0.5 : diff < 0 ? -0.5 : 0.0;
        const double z = (diff - correction) / sigma;
        p = 2 * std::min(normalCdf(z), normalSf(z));
    }
    return make(names::kMannWhitneyU, u, std::nullopt, p, delta, "cliffs_delta");
}

// ---- Chi-square -----------------------------------------------------------------------

Result<TestResult> chiSquareIndependence(const Table &table, bool yates2x2)
{
    if (const QString problem = tableProblem(table, false); !problem.isEmpty())
        return R::failure(problem);
    const std::size_t rows = table.size();
    const std::size_t cols = table.front().size();
    std::vector<double> rowSum(rows, 0.0);
    std::vector<double> colSum(cols, 0.0);
    double total = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < cols; ++c) {
            rowSum[r] += table[r][c];
            colSum[c] += table[r][c];
            total += table[r][c];
        }
    }
    for (std::size_t r = 0; r < rows; ++r) {
        if (rowSum[r] <= 0)
            return R::failure(Tr::tr("row %1 of the table is empty").arg(r + 1));
    }
    for (std::size_t c = 0; c < cols; ++c) {
        if (colSum[c] <= 0)
            return R::failure(Tr::tr("column %1 of the table is empty").arg(c + 1));
    }
    // Yates's correction as R applies it: the smallest |O - E| (all equal in a 2×2 table), capped at 0.5.
    double yates = 0;
    if (yates2x2 && rows == 2 && cols == 2) {
        yates = 0.5;
        for (std::size_t r = 0; r < 2; ++r) {
            for (std::size_t c = 0; c < 2; ++c)
                yates = std::min(yates, std::abs(table[r][c] - rowSum[r] * colSum[c] / total));
        }
    }
    double statistic = 0;
    double uncorrected = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        for (std::size_t c = 0; c < cols; ++c) {
            const double expected = rowSum[r] * colSum[c] / total;
            const double dev = std::abs(table[r][c] - expected);
            statistic += (dev - yates) * (dev - yates) / expected;
            uncorrected += dev * dev / expected;
        }
    }
    const double df = double((rows - 1) * (cols - 1));
    const double v = std::sqrt(uncorrected / (total * double(std::min(rows, cols) - 1)));
    return make(names::kChiSquare, statistic, df, chiSquaredSf(statistic, df), v, "cramers_v");
}

Result<TestResult> chiSquareGoodnessOfFit(std::span<const double> observed, std::span<const double> expectedProportions)
{
    if (observed.size() != expectedProportions.size())
        return R::failure(Tr::tr("there are %1 observed counts but %2 expected proportions")
                              .arg(observed.size()).arg(expectedProportions.size()));
    double total = 0;
    double shares = 0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        if (!std::isfinite(observed[i]) || observed[i] < 0)
            return R::failure(Tr::tr("category %1: the observed count is not a count: %2").arg(i + 1).arg(observed[i]));
        if (!std::isfinite(expectedProportions[i]) || expectedProportions[i] < 0)
            return R::failure(Tr::tr("category %1: the expected proportion is negative or not a number").arg(i + 1));
        total += observed[i];
        shares += expectedProportions[i];
    }
    if (!(total > 0))
        return R::failure(Tr::tr("there are no observations"));
    if (!(shares > 0))
        return R::failure(Tr::tr("the expected proportions are all zero"));
    double statistic = 0;
    int categories = 0;
    for (std::size_t i = 0; i < observed.size(); ++i) {
        const double share = expectedProportions[i] / shares;
        if (share == 0) {
            if (observed[i] > 0)
                return R::failure(Tr::tr("category %1 has %2 observations but an expected share of zero")
                                      .arg(i + 1).arg(observed[i]));
            continue; // nobody expected, nobody seen: not a category of this test
        }
        const double expected = total * share;
        statistic += (observed[i] - expected) * (observed[i] - expected) / expected;
        ++categories;
    }
    if (categories < 2)
        return R::failure(Tr::tr("a goodness-of-fit test needs at least two categories with an expected share"));
    const double df = categories - 1;
    return make(names::kChiSquare, statistic, df, chiSquaredSf(statistic, df), std::sqrt(statistic / total), "cohens_w");
}

// ---- Fisher's exact test --------------------------------------------------------------

Result<TestResult> fisherExact(const Table &table)
{
    if (table.size() != 2 || table[0].size() != 2 || table[1].size() != 2)
        return R::failure(Tr::tr("Fisher's exact test takes a 2×2 table"));
    if (const QString problem = tableProblem(table, true); !problem.isEmpty())
        return R::failure(problem);
    const double a = table[0][0], b = table[0][1], c = table[1][0], d = table[1][1];
    const double total = a + b + c + d;
    if (total > double(std::numeric_limits<unsigned>::max()))
        return R::failure(Tr::tr("the counts are too large for Fisher's exact test; use chi-square"));
    if (total == 0)
        return R::failure(Tr::tr("the table is empty"));
    const auto row1 = static_cast<long long>(a + b);
    const auto col1 = static_cast<long long>(a + c);
    const auto n = static_cast<long long>(total);
    const long long lo = std::max(0LL, row1 + col1 - n);
    const long long hi = std::min(row1, col1);
    if (hi - lo > 1000000)
        return R::failure(Tr::tr("the counts are too large for Fisher's exact test; use chi-square"));
    // The probabilities of every table with these margins: Boost.Math's at the mode, the
    // others by the ratio of neighbouring hypergeometric terms (one Boost call per table
    // took seconds for a table of 20,000). The ratios add a relative error of about
    // 1e-16 per step, far inside the tolerance below.
    const long long rest = n - row1 - col1; // d = rest + a
    const long long mode = std::clamp((row1 + 1) * (col1 + 1) / (n + 2), lo, hi);
    std::vector<double> prob(std::size_t(hi - lo + 1), 0.0);
    prob[std::size_t(mode - lo)] = hypergeometricPdf(mode, col1, row1, n);
    if (!(prob[std::size_t(mode - lo)] > 0))
        return R::failure(Tr::tr("the hypergeometric probabilities could not be computed for this table"));
    for (long long k = mode; k < hi; ++k)
        prob[std::size_t(k + 1 - lo)] = prob[std::size_t(k - lo)] * double(row1 - k) * double(col1 - k)
            / (double(k + 1) * double(rest + k + 1));
    for (long long k = mode; k > lo; --k)
        prob[std::size_t(k - 1 - lo)] = prob[std::size_t(k - lo)] * double(k) * double(rest + k)
            / (double(row1 - k + 1) * double(col1 - k + 1));
    // R's fisher.test: tables whose probability is within a relative 1e-7 of the observed one
    // count as "as extreme", so that rounding cannot drop a table of equal probability.
    const double threshold = prob[std::size_t(static_cast<long long>(a) - lo)] * (1 + 1e-7);
    double p = 0;
    double all = 0;
    for (double pk : prob) {
        all += pk;
        if (pk <= threshold)
            p += pk;
    }
    p /= all; // the terms sum to 1 up to rounding; dividing keeps p within [0, 1]
    const double num = a * d;
    const double den = b * c;
    const double oddsRatio = den > 0 ? num / den : num > 0 ? std::numeric_limits<double>::infinity() : kNaN;
    TestResult t = make(names::kFisherExact, oddsRatio, std::nullopt, p, std::nullopt, "");
    t.effect = oddsRatio; // kept even when infinite: "one cell is empty" is itself the finding
    t.effectName = QStringLiteral("odds_ratio");
    return t;
}

// ---- ANOVA and Kruskal-Wallis ---------------------------------------------------------

namespace {

QString groupsProblem(const std::vector<std::vector<double>> &groups)
{
    if (groups.size() < 2)
        return Tr::tr("the test needs at least two groups (got %1)").arg(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].empty())
            return Tr::tr("group %1 has no values").arg(g + 1);
        if (const QString p = finiteProblem(groups[g], Tr::tr("group %1").arg(g + 1)); !p.isEmpty())
            return p;
    }
    return {};
}

} // namespace

Result<TestResult> anova(const std::vector<std::vector<double>> &groups)
{
    if (const QString problem = groupsProblem(groups); !problem.isEmpty())
        return R::failure(problem);
    std::vector<double> all;
    for (const auto &g : groups)
        all.insert(all.end(), g.begin(), g.end());
    const double k = double(groups.size());
    const double n = double(all.size());
    if (n <= k)
        return R::failure(Tr::tr("one-way ANOVA needs more values (%1) than groups (%2)").arg(all.size()).arg(groups.size()));
    // One shift for every group, so that the group means are compared to full precision.
    const double shift = all.front();
    const Moments grand = moments(all, shift);
    double between = 0;
    double within = 0;
    for (const auto &g : groups) {
        const Moments c = moments(g, shift);
        const double d = c.shiftedMean - grand.shiftedMean;
        between += c.n * d * d;
        within += c.sumSquares;
    }
    if (!(within > 0))
        return R::failure(Tr::tr("every group is constant, so the F statistic is not defined"));
    const double df1 = k - 1;
    const double df2 = n - k;
    const double f = (between / df1) / (within / df2);
    TestResult t = make(names::kAnova, f, df1, fisherFSf(f, df1, df2), between / (between + within), "eta_squared");
    return t;
}

Result<TestResult> kruskalWallis(const std::vector<std::vector<double>> &groups)
{
    if (const QString problem = groupsProblem(groups); !problem.isEmpty())
        return R::failure(problem);
    std::vector<double> all;
    for (const auto &g : groups)
        all.insert(all.end(), g.begin(), g.end());
    const double n = double(all.size());
    const double k = double(groups.size());
    const Ranking r = rank(all);
    double h = 0;
    std::size_t offset = 0;
    for (const auto &g : groups) {
        const double sum = std::accumulate(r.ranks.begin() + std::ptrdiff_t(offset),
                                           r.ranks.begin() + std::ptrdiff_t(offset + g.size()), 0.0);
        h += sum * sum / double(g.size());
        offset += g.size();
    }
    h = 12 / (n * (n + 1)) * h - 3 * (n + 1);
    const double correction = 1 - r.tieTerm / (n * n * n - n);
    if (!(correction > 0))
        return R::failure(Tr::tr("all values are equal, so the Kruskal-Wallis test is not defined"));
    h /= correction;
    const double df = k - 1;
    const std::optional<double> effect = n > k ? std::optional<double>((h - k + 1) / (n - k)) : std::nullopt;
    return make(names::kKruskalWallis, h, df, chiSquaredSf(h, df), effect, "eta_squared_h");
}

} // namespace troupe::stats
