#pragma once

#include "util/result.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <vector>

/**
 * The statistics library: descriptives, hypothesis tests and effect sizes for comparing arms
 * of an experiment and simulated answers with real ones.
 *
 * Conventions:
 * - Samples are spans of doubles; NaN values are not allowed (filter missing values first).
 * - Every test is two-sided and returns a TestResult whose `name` is one of the names below;
 *   a test that cannot be computed for its input (too few values, constant samples, an empty
 *   row in a table) returns a failure that says why.
 * - p-values come from Boost.Math distributions; exact small-sample distributions (Mann-Whitney,
 *   Kolmogorov-Smirnov, Fisher) are computed here as the common packages do, and each says
 *   which package's behaviour it follows.
 */
namespace troupe::stats {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/** The test names used in TestResult::name and in the CLI's JSON. */
namespace names {
inline constexpr char kWelchT[] = "welch_t";
inline constexpr char kStudentT[] = "student_t";
inline constexpr char kMannWhitneyU[] = "mann_whitney_u";
inline constexpr char kChiSquare[] = "chi_square";
inline constexpr char kFisherExact[] = "fisher_exact";
inline constexpr char kKs2Samp[] = "ks_2samp";
inline constexpr char kAnova[] = "anova";
inline constexpr char kKruskalWallis[] = "kruskal_wallis";
inline constexpr char kWasserstein[] = "wasserstein";
} // namespace names

/** A confidence interval; both ends NaN when it cannot be computed. */
struct Interval
{
    double lo = kNaN;
    double hi = kNaN;
    bool valid() const { return !std::isnan(lo) && !std::isnan(hi); }
};

// ---- Descriptives ---------------------------------------------------------------------

/** Summary of one sample. Undefined figures are NaN (sd and ci need n ≥ 2). */
struct Descriptives
{
    int n = 0;
    double mean = kNaN;
    double sd = kNaN;       // sample standard deviation (denominator n - 1)
    double median = kNaN;
    double min = kNaN;
    double max = kNaN;
    double level = 0.95;
    Interval ci;            // t interval of the mean at `level`
};

/**
 * n, mean, sd, median, range and the t interval of the mean. Mean and sd are taken relative
 * to the first value, in a corrected two-pass sum, so that data with many constant leading
 * digits (NIST NumAcc4) keep their accuracy.
 */
Descriptives describe(std::span<const double> x, double level = 0.95);

double mean(std::span<const double> x);
/** Sample variance (denominator n - 1); NaN for n < 2. */
double variance(std::span<const double> x);
/** Quantile by linear interpolation between order statistics (R's type 7, numpy's default). */
double quantile(std::span<const double> x, double p);
double median(std::span<const double> x);

/** The t interval of the mean. */
Interval meanCi(std::span<const double> x, double level = 0.95);

/**
 * Percentile bootstrap interval of `statistic` over `resamples` resamples with replacement.
 * Deterministic for a given seed on every platform (a 64-bit Mersenne Twister and an
 * unbiased bounded draw of our own, not std::uniform_int_distribution, whose algorithm
 * differs between standard libraries).
 */
Interval bootstrapCi(std::span<const double> x, const std::function<double(std::span<const double>)> &statistic,
                     std::uint64_t seed, int resamples = 10000, double level = 0.95);
/** bootstrapCi of the mean. */
Interval bootstrapMeanCi(std::span<const double> x, std::uint64_t seed, int resamples = 10000, double level = 0.95);

/** A proportion with its Wilson score interval (no continuity correction). */
struct Proportion
{
    long long successes = 0;
    long long n = 0;
    double estimate = kNaN;
    double level = 0.95;
    Interval ci;
};
Proportion wilson(long long successes, long long n, double level = 0.95);

// ---- Tests ----------------------------------------------------------------------------

/** One test's outcome, in the shape the CLI prints. */
struct TestResult
{
    QString name;                   // one of names::
    double statistic = kNaN;
    std::optional<double> df;       // degrees of freedom, when the test has them
    double p = kNaN;                // two-sided; NaN for measures without a p-value (wasserstein)
    std::optional<double> effect;
    QString effectName;             // cohens_d, cliffs_delta, cramers_v, cohens_w, odds_ratio, eta_squared, ...

    /**
     * {"name", "statistic", "df", "p", "effect", "effect_name"}: df and effect are null when
     * absent, and any figure that is not finite (an infinite odds ratio, a missing p) is null,
     * because JSON has no NaN or infinity.
     */
    nlohmann::ordered_json toJson() const;
    static Result<TestResult> fromJson(const nlohmann::json &json);
};

/** Welch's t test (unequal variances, Welch-Satterthwaite df), with Cohen's d. */
Result<TestResult> welchT(std::span<const double> x, std::span<const double> y);
/** Student's t test (pooled variance), with Cohen's d. */
Result<TestResult> studentT(std::span<const double> x, std::span<const double> y);

enum class Method { Auto, Exact, Asymptotic };

/**
 * Mann-Whitney U (Wilcoxon rank-sum). `statistic` is U for x: the number of pairs with
 * x > y plus half the ties (R's W, scipy's U1). Auto follows R's wilcox.test: the exact
 * distribution when both samples have fewer than 50 values and there are no ties, otherwise
 * the normal approximation with tie correction and continuity correction. Effect: Cliff's delta.
 * Exact with ties is refused (the exact distribution assumes none).
 */
Result<TestResult> mannWhitneyU(std::span<const double> x, std::span<const double> y, Method method = Method::Auto);

/** A contingency table of counts: table[row][column]. */
using Table = std::vector<std::vector<double>>;

/**
 * Pearson's chi-square test of independence on an r×c table, with Cramér's V (from the
 * uncorrected statistic). As R's chisq.test and scipy's chi2_contingency do by default, a
 * 2×2 table gets Yates's continuity correction unless `yates2x2` is false.
 */
Result<TestResult> chiSquareIndependence(const Table &table, bool yates2x2 = true);

/**
 * Chi-square goodness of fit of `observed` counts to `expectedProportions` (rescaled to sum
 * to 1), df = categories - 1, with Cohen's w. Categories with zero expected share and zero
 * count are left out; a count in a category with zero expected share is an error.
 */
Result<TestResult> chiSquareGoodnessOfFit(std::span<const double> observed, std::span<const double> expectedProportions);

/**
 * Fisher's exact test on a 2×2 table of whole counts. Two-sided as R and scipy: the sum of
 * the probabilities of all tables (with the same margins) no more likely than the one
 * observed, with a relative tolerance of 1e-7. `statistic` and `effect` are the sample odds
 * ratio (a·d)/(b·c) (scipy's statistic; infinite when b·c = 0, NaN when both products are 0).
 */
Result<TestResult> fisherExact(const Table &table);

/**
 * Two-sample Kolmogorov-Smirnov test, two-sided. `statistic` is D = sup |F_x - F_y|.
 * Auto follows scipy's ks_2samp: the exact distribution when neither sample has more than
 * 10,000 values (computed as the share of lattice paths leaving the band, in the recursion
 * for 1 - p that keeps small p-values accurate; ties are not accounted for, as in scipy),
 * otherwise the asymptotic Kolmogorov distribution of sqrt(mn/(m+n))·D (R's exact = FALSE).
 * No effect size (D itself is one).
 */
Result<TestResult> ks2Samp(std::span<const double> x, std::span<const double> y, Method method = Method::Auto);

/** One-way ANOVA F test over two or more groups, with eta-squared. */
Result<TestResult> anova(const std::vector<std::vector<double>> &groups);

/**
 * Kruskal-Wallis H test with the tie correction (R's kruskal.test), df = groups - 1, with
 * eta-squared of H, (H - k + 1) / (n - k).
 */
Result<TestResult> kruskalWallis(const std::vector<std::vector<double>> &groups);

/**
 * The 1-D Wasserstein (earth mover's) distance between the two samples' empirical
 * distributions, as a TestResult with no df and no p-value. Weights, when given, must be
 * non-negative with a positive sum, one per value.
 */
Result<TestResult> wasserstein(std::span<const double> x, std::span<const double> y,
                               std::span<const double> xWeights = {}, std::span<const double> yWeights = {});
/** The distance itself; NaN when an input is empty or a weight is invalid. */
double wassersteinDistance(std::span<const double> x, std::span<const double> y,
                           std::span<const double> xWeights = {}, std::span<const double> yWeights = {});

/** mean(x) - mean(y) with its Welch interval. */
struct MeanDifference
{
    double estimate = kNaN;
    double se = kNaN;
    double df = kNaN;       // Welch-Satterthwaite
    double level = 0.95;
    Interval ci;

    /** {"estimate", "ci": [lo, hi], "se", "df", "level"} (non-finite figures as null). */
    nlohmann::ordered_json toJson() const;
};
Result<MeanDifference> meanDifference(std::span<const double> x, std::span<const double> y, double level = 0.95);

// ---- Effect sizes ---------------------------------------------------------------------
// NaN when undefined (too few values, zero spread, an empty table).

/** (mean x - mean y) / pooled sd. */
double cohensD(std::span<const double> x, std::span<const double> y);
/** Cohen's d times the small-sample correction 1 - 3 / (4 (nx + ny) - 9) (as effsize and pingouin). */
double hedgesG(std::span<const double> x, std::span<const double> y);
/** (#(x > y) - #(x < y)) / (nx ny), in O((nx + ny) log) time. */
double cliffsDelta(std::span<const double> x, std::span<const double> y);
/** sqrt(chi² / (n (min(r, c) - 1))) from the uncorrected Pearson statistic. */
double cramersV(const Table &table);
/** Between-groups sum of squares over the total. */
double etaSquared(const std::vector<std::vector<double>> &groups);

/**
 * Holm's step-down adjustment of p-values, in the input order (R's p.adjust(p, "holm")).
 * NaN values are left out of the family and stay NaN.
 */
std::vector<double> holm(std::span<const double> p);

/** JSON number, or null when not finite. */
nlohmann::ordered_json jsonNumber(double value);

} // namespace troupe::stats
