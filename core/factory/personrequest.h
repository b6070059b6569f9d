#pragma once

#include "dimension.h"
#include "populationinput.h"
#include "samplingplan.h"
#include "llm/llmtypes.h"
#include "util/jsonschema.h"

#include <QSet>

namespace troupe {

/** Purposes of the factory's model calls (llm_calls.purpose, and what the offline engine answers). */
inline constexpr const char *kDimensionsPurpose = "population_dimensions";
inline constexpr const char *kPersonPurpose = "population_person";

const JsonSchema &dimensionsReplySchema();
const JsonSchema &personReplySchema();

/** The dimensions call: the description (or context) and extra dimensions; hints carry the input. */
llm::ChatRequest dimensionsRequest(const PopulationInput &input, const QString &model);

/**
 * The person call for one sample; hints carry the input, the sample and its index.
 * `inputText` is input.toJson().dump() when the caller has it already (one per population).
 */
llm::ChatRequest personRequest(const PopulationInput &input, const SamplingPlan &plan, int index,
                               const QString &model, double temperature, const std::string &inputText = {});

/** The required attributes of a sample as the prompt shows them (one JSON line). */
nlohmann::json requiredAttributes(const Sample &sample, const Dimensions &dimensions);

/**
 * Why a person reply does not fit its sample, empty when it does: the age inside the
 * sampled band (or within a year of a sampled age), the sampled gender, the sampled
 * country as nationality or residence, and a name no one in the population or project has
 * (`taken`, lower-cased).
 */
QString personProblem(const nlohmann::json &reply, const Sample &sample, const Dimensions &dimensions,
                      const QSet<QString> &taken);

/** The person reply as a TinyTroupe agent document (every persona field, key order of the schema). */
nlohmann::ordered_json agentDocument(const nlohmann::json &reply);

} // namespace troupe
