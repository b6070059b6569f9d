#pragma once

#include "util/jsonschema.h"

#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>
#include <optional>

namespace troupe {

/**
 * A question put to agents in a step (a scenario's `"do": "ask"`): the text they read, the
 * JSON Schema their structured answer is asked for under (`schema`, in the subset strict
 * structured output accepts), and the schema it must pass (`check`: the same plus what strict
 * mode cannot say, such as unique items). Studies build these from their questionnaires;
 * the world only asks and checks.
 */
struct Ask
{
    QString id;
    QString text;
    QString source;                        // who asks ("Interviewer"); empty: the researcher
    QStringList targets;                   // empty: everyone
    nlohmann::json schema;
    std::shared_ptr<const JsonSchema> check; // compiled `check` (or `schema` when none)
    nlohmann::ordered_json entry;          // the script entry it came from, for saving a step in progress
    // A follow-up asked only of those whose answer to `afterQuestion` in the same step
    // mentions `mentions` (case-insensitive, in the value or the justification).
    QString afterQuestion;
    QString mentions;

    /** From a script entry; the problem when its question does not compile. */
    static std::optional<Ask> fromEntry(const nlohmann::ordered_json &entry, QString *problem);
};

/** What one agent answered to one Ask. */
struct AskAnswer
{
    QString askId;
    std::optional<nlohmann::json> value;   // the validated {"value", "justification"} object
    QString missingReason;                 // why there is none (the last reply's problem)

    /** Whether the value or the justification contains `phrase`, ignoring case. */
    bool mentions(const QString &phrase) const;
    /** "4 — It sounds healthy" / "(no valid answer)": how the agent remembers it. */
    QString line() const;
};

} // namespace troupe
