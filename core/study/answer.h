#pragma once

#include "question.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace troupe {

/**
 * The JSON Schema of one structured answer to `question`:
 * `{"value": <constrained by the type>, "justification": string}`, both required, no other
 * keys. It is accepted by OpenAI's strict json_schema mode as it is: every property
 * required, additionalProperties false, and only keywords that mode supports (type, enum,
 * minimum, maximum, minItems, maxItems, description). What JSON Schema cannot say in that
 * subset (multi: no option twice; ranking: every option exactly once) is said in the
 * description for the model and checked by validateAnswer().
 *
 * Values by type: likert an integer in [min, max]; numeric a number (an integer when the
 * question says "integer") in [min, max]; choice one option's exact text; multi a list of
 * options' texts; ranking a list of every option, most preferred first; yes_no the text
 * "yes" or "no" (text rather than a boolean so that the stored value, the CSV and the
 * model's reply read the same); open non-empty text.
 */
nlohmann::ordered_json answerSchema(const Question &question);

/** A checked answer: the value in its normal form and the respondent's justification. */
struct ValidAnswer
{
    nlohmann::json value;
    QString justification;
};

/**
 * Checks a structured answer (`{"value", "justification"}`) against its question. Nothing
 * is coerced and nothing is defaulted: "4" is not the likert value 4, "Yes" is not the
 * option "yes", a missing justification is an error. The one rule beyond the schema's
 * letter is JSON's own: a number with no fractional part (4.0) is a whole number, as JSON
 * Schema's "integer" also holds. Normal form: whole numbers as integers, multi options in
 * the question's order, everything else as given. The error says what is wrong, for the
 * one repair request and, if that fails too, for the missing reason.
 */
Result<ValidAnswer> validateAnswer(const Question &question, const nlohmann::json &answer);

/** The same checks for a value alone (no justification); returns the normal form. */
Result<nlohmann::json> validateValue(const Question &question, const nlohmann::json &value);

/**
 * A valid value as one text cell (tidy CSV, tables): likert and numeric as numbers, choice
 * the option, multi the options joined by "; ", ranking the options in order of preference
 * joined by " > ", yes_no "yes"/"no", open the text.
 */
QString answerText(const Question &question, const nlohmann::json &value);

/**
 * A valid value as a number for statistics packages: likert and numeric their value,
 * choice the option's position 1..k, yes_no 1 (yes) or 0 (no); nullopt for the rest.
 */
std::optional<double> answerCode(const Question &question, const nlohmann::json &value);

/** Rank (1 = most preferred) of option `index` in a ranking value; 0 when it is absent. */
int rankOf(const Question &question, const nlohmann::json &value, int index);
/** Whether option `index` is among a multi value's choices. */
bool chose(const Question &question, const nlohmann::json &value, int index);

} // namespace troupe
