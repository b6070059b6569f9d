#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

// Plain values a run hands to storage and reads back. The store takes these and nothing
// of the world, so world/ and session/ depend on store/, never the other way round.

namespace troupe {

/**
 * One entry of a run's event log: a stimulus an agent received, an action it took, a change
 * of its cognitive state, a note it got, an intervention that fired, an error, or a world
 * message. The log in the project file holds exactly these, in `seq` order.
 */
struct RunEvent
{
    qint64 seq = 0;
    int step = 0;
    QDateTime time;  // simulation time
    QString agent;   // whose event (receiver of a stimulus, actor of an action)
    QString kind;    // stimulus, action, state, feedback, intervention, error, world
    QString type;    // CONVERSATION, TALK, ... ; the intervention's name; error class
    QString source;
    QString target;
    QString content;
    nlohmann::json payload; // details (changed state fields, ...); null when none

    /** `{seq, step, time, agent, kind, type, source, target, content}`: the --json line. */
    nlohmann::ordered_json toJson() const;
    bool operator==(const RunEvent &other) const;
};

using RunEvents = QList<RunEvent>;

/** One model call of a run, as logged in llm_calls. */
struct LlmCallRecord
{
    int step = 0;
    QString agent;
    QString purpose;
    QString provider;
    QString model;
    nlohmann::json request;
    std::shared_ptr<const std::string> requestText; // the request already as JSON text (shared, not copied); used instead of `request` when set
    QString requestHash;   // the cache key (llm::requestHash)
    QString response;
    bool ok = false;
    bool usable = true;    // false: the reply arrived but failed validation (never served from the cache)
    QString error;
    int promptTokens = 0;
    int completionTokens = 0;
    int cachedTokens = 0;
    qint64 latencyMs = 0;
    int attempts = 1;
    std::optional<double> cost;
    bool fromCache = false;

    QString status() const;
};

/** A semantic memory entry as stored: its text, where it came from, and its embedding. */
struct StoredEngram
{
    qsizetype seq = 0;
    QString kind;
    QString text;
    int step = 0;
    std::vector<float> vector;
};

/** What one agent adds to storage at a step: new memories and its whole current state. */
struct AgentSnapshot
{
    QString name;
    nlohmann::json state;                                       // turn state (plain JSON: stored with its keys sorted, as before)
    std::optional<nlohmann::ordered_json> persona;              // key order kept; only when it changed since the last save
    std::vector<std::pair<qsizetype, nlohmann::json>> episodic; // new episodic items: (seq, item)
    std::vector<StoredEngram> engrams;                          // new semantic memory
    /**
     * Set instead of `state` and `episodic` by a run between its steps: makes them from
     * copies of the agent's values, on the thread that stores the step, so the run's own
     * thread only copies (at 10,000 agents making the JSON there held up every step by
     * ~0.1 s). Storage uses what it makes in their place.
     */
    std::function<void(nlohmann::json &state, std::vector<std::pair<qsizetype, nlohmann::json>> &episodic)> deferred;
};

/** What one finished (or paused) step hands to storage, in one transaction. */
struct StepCommit
{
    int stepsDone = 0;
    RunEvents events;
    std::vector<LlmCallRecord> calls;
    nlohmann::ordered_json worldState;
    std::vector<AgentSnapshot> agents;
    QString pauseReason; // empty unless the step paused
};

} // namespace troupe

Q_DECLARE_METATYPE(troupe::RunEvents)
