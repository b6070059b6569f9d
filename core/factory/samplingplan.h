#pragma once

#include "dimension.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace troupe {

/** One person to generate: the value of every dimension (a number for numeric ones). */
struct Sample
{
    nlohmann::ordered_json attributes; // {"Age": "25-34", "Gender": "Female", "Income": 41000, ...}
};

/** The count of one value in a plan against what its weight asks for. */
struct Quota
{
    QString dimension;
    QString value;
    double share = 0;     // requested share (weight / sum of weights)
    double exact = 0;     // share × N, before rounding
    int count = 0;        // samples with this value
};

/**
 * N samples drawn from dimensions without the model. Each categorical dimension's counts
 * are its weights × N rounded by largest remainder (ties: larger weight, then the value
 * listed first), so they always add up to N and every marginal is exact. The values of a
 * dimension are dealt to samples in a seeded random order, independently per dimension, so
 * every marginal holds while the combinations are those of independent draws. Numeric
 * dimensions are drawn by stratified quantiles (one per N-th of the distribution, in seeded
 * order). Same dimensions, N and seed: the same plan on every machine.
 */
class SamplingPlan final
{
public:
    static constexpr int kMaxPeople = 10000;

    /** Fails on N ≤ 0, N > kMaxPeople or a dimension that cannot be sampled (naming it). */
    static Result<SamplingPlan> draw(const Dimensions &dimensions, int count, quint64 seed);
    /** Exact largest-remainder counts of `weights` for `count`, in the order given. */
    static std::vector<int> largestRemainder(const std::vector<double> &weights, int count);

    const Dimensions &dimensions() const { return m_dimensions; }
    const std::vector<Sample> &samples() const { return m_samples; }
    int size() const { return int(m_samples.size()); }
    quint64 seed() const { return m_seed; }
    /** Every categorical value's requested share and count, dimension by dimension. */
    QList<Quota> quotas() const;

    /** {"dimensions": [...], "seed": S, "samples": [{"attributes": {...}}, ...]} */
    nlohmann::ordered_json toJson() const;
    static Result<SamplingPlan> fromJson(const nlohmann::ordered_json &json);

private:
    Dimensions m_dimensions;
    std::vector<Sample> m_samples;
    quint64 m_seed = 0;
};

/** "Age 25-34, Female, South, ..." for lists and prompts. */
QString sampleSummary(const Sample &sample);
QString attributeText(const nlohmann::ordered_json &value);

} // namespace troupe
