#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

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

} // namespace troupe

Q_DECLARE_METATYPE(troupe::RunEvents)
