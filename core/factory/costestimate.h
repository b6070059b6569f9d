#pragma once

#include "populationinput.h"
#include "samplingplan.h"
#include "llm/pricing.h"

#include <optional>

namespace troupe {

/** What generating the people of a plan should cost, shown before anything is spent. */
struct CostEstimate
{
    int people = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    std::optional<double> dollars; // nothing when the model has no [Prices] entry
    QString model;
    bool languageModel = true;

    /** "50 people · about 31,000 prompt + 45,000 completion tokens · about $0.42 on gpt-4.1-mini" */
    QString toText() const;
};

/**
 * Prompt tokens are those of the real prompts (4 characters a token); a reply is taken as
 * 900 completion tokens (a full persona with every field and a bio), plus one repair round
 * for one person in ten. The offline engine costs nothing.
 */
CostEstimate estimatePeopleCost(const PopulationInput &input, const SamplingPlan &plan, const QString &model,
                                const llm::PriceTable &prices, bool languageModel);

} // namespace troupe
