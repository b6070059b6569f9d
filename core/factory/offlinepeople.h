#pragma once

#include <nlohmann/json.hpp>

namespace troupe {

/**
 * The offline engine's person: deterministic from the sample's attributes, its index, the
 * plan's seed and the attempt (a repair asks again, and a taken name is replaced by the
 * next one in a seeded order, so names within a population never clash), yet varied and
 * believable: a name fitting the nationality (and, in the United States, the stated
 * ethnicity), an occupation and education fitting the sample and the age, Big Five levels
 * with reasons, interests taken from the description's own list when it has one, beliefs
 * from the sample's opinion dimensions, routines and a speaking style. Every person says in
 * other_facts and the bio that it comes from the offline engine, not a language model.
 * `hints` is the person request's: {"input", "sample", "index", "seed"}.
 */
nlohmann::json offlinePerson(const nlohmann::json &hints, int attempt);

/** The offline engine's answer to the dimensions call: {"dimensions": [...]} from the input's figures. */
nlohmann::json offlineDimensionsReply(const nlohmann::json &hints);

} // namespace troupe
