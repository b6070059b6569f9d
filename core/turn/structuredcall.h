#pragma once

#include "llm/callscheduler.h"
#include "util/jsonschema.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace troupe {

/** One model call whose reply must be a JSON object of a given shape. */
struct StructuredCall
{
    llm::ChatRequest request;     // responseSchema and schemaName set
    /**
     * Instead of `request`: makes it when the call's turn is near, on a worker thread
     * (CallScheduler::chatLater). It may only read what stays unchanged until the reply.
     */
    std::function<llm::ChatRequest()> make;
    const JsonSchema *schema = nullptr; // the compiled responseSchema; must outlive the call
    /** A check beyond the schema (a person must match its sample, ...): empty when fine, else the problem. */
    std::function<QString(const nlohmann::json &)> check;
    int maxAttempts = 2;          // [ActionGenerator] MAX_ATTEMPTS; at least 1
};

/** How a structured call ended. */
struct StructuredResult
{
    std::optional<nlohmann::json> value; // the reply as validated
    QString problem;                     // why there is no value: the provider's error, or the last reply's problem
    bool callFailed = false;             // the provider failed (network, refusal), not the reply
    int attempts = 0;                    // model calls made
};

/** Every attempt is reported, with whether its reply was used, so callers log each call. */
using CallRecorder = std::function<void(const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable)>;

/** The JSON object in a model reply, repairing fences, prose, trailing commas and a cut-off tail. */
std::optional<nlohmann::json> replyObject(const QString &text, QString *problem);

/** The first problems of a reply against its schema and check ("field: message; ..."); empty when fine. */
QString replyProblems(const nlohmann::json &reply, const JsonSchema &schema,
                      const std::function<QString(const nlohmann::json &)> &check);

/**
 * Sends the call through `scheduler`, parses and repairs the reply, validates it against the
 * schema and the check, and asks again with the problem quoted (reply_repair.mustache) up to
 * `maxAttempts` times. A bad reply is never turned into an empty one: after the last attempt
 * the result carries the problem. Nothing is called back once `context` is gone.
 */
void runStructuredCall(llm::CallScheduler &scheduler, StructuredCall call, QObject *context, CallRecorder record,
                       std::function<void(StructuredResult)> done);

} // namespace troupe
