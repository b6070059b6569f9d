#pragma once

#include "analysis/observation.h"
#include "analysis/statistics.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

/**
 * Validation against real data: the distribution of a simulated question compared with the
 * same question asked of real people, overall and per subgroup (an age range, a gender).
 *
 * The real distribution is the reference: chi-square is a goodness-of-fit test of the
 * simulated counts against the real shares, the mean difference is simulated minus real.
 */
namespace troupe {

/** Which real column is compared with which simulated attribute ("Age Range=age"). */
struct AttributeMatch
{
    QString realColumn;
    QString simAttribute;
};
/** Parses "Real Column=sim_attribute" (both sides trimmed; neither may be empty). */
Result<AttributeMatch> parseAttributeMatch(const QString &spec);

/**
 * A real attribute value read as a rule for simulated values. Numeric forms (ages, incomes):
 * "25-34" (also "25–34", "25 to 34"; whole-number ends cover up to the next whole number, so
 * an age of 34.5 is in 25-34), "65+", "65 and over", "65 or older", "over 65", "under 18",
 * "18 or younger", "<18", "<=17", ">64", ">=65", and a plain number; an optional "years" or
 * "years old" after it. Anything else is text, matched case-insensitively with runs of white
 * space taken as one space.
 */
class AttributeBucket final
{
public:
    static AttributeBucket parse(const QString &realValue);

    bool matches(const QString &simValue) const;
    bool isNumeric() const { return m_numeric; }
    /** Lower bound for ordering numeric buckets (-inf for "under N"). */
    double lower() const { return m_lo; }
    QString label() const { return m_label; }

private:
    QString m_label;
    QString m_key;              // text form for text matching
    bool m_numeric = false;
    double m_lo = 0;            // the value must be >= lo (or > lo when m_loOpen)
    double m_hi = 0;            // and < hi (or <= hi when m_hiClosed)
    bool m_loOpen = false;
    bool m_hiClosed = false;
};

enum class Scale { Numeric, Categorical };

struct EmpiricalOptions
{
    double level = 0.95;
    /**
     * A numeric question whose values are all whole numbers with at most this many distinct
     * values (a 1-5 scale) also gets the chi-square test over its values as categories.
     */
    int maxCategoriesForChiSquare = 20;
};

/** One comparison: overall, or one subgroup. */
struct EmpiricalComparison
{
    QString column;             // the real column and value that define the subgroup (empty: overall)
    QString value;
    QString attribute;          // the simulated attribute matched against it
    int nSim = 0;
    int nReal = 0;
    std::vector<stats::TestResult> tests;          // ks_2samp, chi_square, wasserstein: those that apply
    std::optional<stats::MeanDifference> meanDifference; // simulated - real (numeric)
    QStringList skipped;        // "chi_square: why it was not computed"

    const stats::TestResult *test(const QString &name) const;
    /** {"n_sim", "n_real", "tests": [...], "mean_difference", "skipped"}, with column/value/attribute for a subgroup. */
    nlohmann::ordered_json toJson() const;
};

struct EmpiricalReport
{
    QString question;
    Scale scale = Scale::Numeric;
    EmpiricalComparison overall;
    std::vector<EmpiricalComparison> subgroups;  // per match, per real value
    /** Per match ("Age Range=age"): simulated respondents that fit none of the real values. */
    std::vector<std::pair<QString, int>> unmatched;

    /** overall's fields at the top level, then "question", "scale", "subgroups", "unmatched". */
    nlohmann::ordered_json toJson() const;
};

/** The tests for two samples of a numeric question. */
EmpiricalComparison compareNumeric(std::span<const double> simulated, std::span<const double> real,
                                   const EmpiricalOptions &options = {});
/** The chi-square test for two samples of a categorical question (categories matched case-insensitively). */
EmpiricalComparison compareCategorical(const QStringList &simulated, const QStringList &real);

/**
 * Compares simulated with real observations, overall and for every value of every matched
 * real column. Observations without a value (NaN number, empty category) are left out.
 * Fails only when there is nothing to compare (no simulated or no real values).
 */
Result<EmpiricalReport> compareEmpirical(const QString &question, Scale scale, const std::vector<Observation> &simulated,
                                         const std::vector<Observation> &real, const std::vector<AttributeMatch> &matches,
                                         const EmpiricalOptions &options = {});

} // namespace troupe
