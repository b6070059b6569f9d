#pragma once

#include "projectfile.h"
#include "requestprefixes.h"
#include "runrecords.h"
#include "runstatus.h"

#include <map>

namespace troupe {

/**
 * Runs in a project file: the run row, its event log (one transaction per step), model
 * calls, agent memories and states. Everything needed to resume a run after a stop or a
 * crash is written with each step. It takes and returns plain values (runrecords.h), never
 * world objects.
 */
class RunStore final
{
public:
    /** The new run's row. */
    struct NewRun
    {
        QString name;
        quint64 seed = 0;
        nlohmann::ordered_json scenario; // the resolved scenario, in its own key order
        nlohmann::ordered_json config;   // the engine and run settings (see session/EngineSpec)
        qint64 parentRunId = 0;          // a fork's parent, or 0
        int forkStep = 0;                // the parent's step it was forked after
    };

    /** Everything needed to rebuild a run where it stopped. */
    struct RunRecord
    {
        qint64 id = 0;
        QString name;
        RunStatus status = RunStatus::Created;
        quint64 seed = 0;
        int stepsDone = 0;
        nlohmann::ordered_json scenario;   // the resolved scenario the run was started from
        nlohmann::ordered_json config;     // the engine and run settings it was started with
        nlohmann::ordered_json worldState; // null until the first step is stored
        std::map<QString, nlohmann::ordered_json> agentStates;
        qint64 parentRunId = 0;
        int forkStep = 0;
    };

    /** One agent's stored memories, in order. */
    struct AgentMemories
    {
        std::vector<nlohmann::json> episodic;
        std::vector<StoredEngram> semantic;
    };

    /** Model-call usage summed over a group of calls. */
    struct UsageRow
    {
        QString key;           // the agent, the step number, the model; "" for world calls or the whole run
        int calls = 0;
        int cacheHits = 0;
        int failed = 0;
        int retries = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        qint64 cachedTokens = 0;
        double cost = 0;       // known costs only
        int unpriced = 0;      // network calls without a price
        qint64 latencyMs = 0;
    };
    enum class UsageBy { Run, Agent, Step, Model };

    /** A row of the project's run list. */
    struct RunInfo
    {
        qint64 id = 0;
        QString name;
        RunStatus status = RunStatus::Created;
        int stepsDone = 0;
        QDateTime createdAt;
        QDateTime startedAt;
        QDateTime endedAt;
        qint64 activeMs = 0;           // time spent running, pauses and stops excluded
        nlohmann::ordered_json config; // engine (provider, base URL, model, ...), steps, budget
        qint64 parentRunId = 0;
        int forkStep = 0;
    };

    explicit RunStore(ProjectFile &project) : m_project(project) {}

    Result<qint64> createRun(const NewRun &run);
    /** Sets the status; `summary` (when not null) replaces the stored summary. */
    Status setStatus(qint64 runId, RunStatus status, const nlohmann::json &summary = {});
    /** Adds running time (the engine counts it while a step is in progress). */
    Status addActiveTime(qint64 runId, qint64 ms);
    /** Replaces the run's settings (an explicit override at resume, the steps planned). */
    Status setConfig(qint64 runId, const nlohmann::ordered_json &config);
    /** Events, model calls, new memories, agent and world state of one step, atomically. */
    Status commitStep(qint64 runId, const StepCommit &commit);
    /**
     * Model calls stored before their step ends, so calls already paid for survive a crash in
     * the middle of a step (and answer the resumed step from the cache).
     */
    Status storeCalls(qint64 runId, const std::vector<LlmCallRecord> &calls);

    Result<RunRecord> run(qint64 runId) const;
    /** Every run of the project, newest first. */
    Result<QList<RunInfo>> runs() const;
    Result<RunInfo> runInfo(qint64 runId) const;
    Status removeRun(qint64 runId);
    /** The model calls of one agent (empty: the world's) at one step (or every step when step < 0). */
    Result<std::vector<LlmCallRecord>> calls(qint64 runId, const QString &agent, int step) const;
    /** The newest run's id, or 0 when the project has none. */
    Result<qint64> latestRun() const;
    Result<RunEvents> events(qint64 runId) const;
    /** Events with seq in [fromSeq, toSeq) (toSeq 0: to the end), for loading long runs in parts. */
    Result<RunEvents> events(qint64 runId, qint64 fromSeq, qint64 toSeq) const;
    /** The events of one agent and kind ("state", "action"...), in order. */
    Result<RunEvents> events(qint64 runId, const QString &agent, const QString &kind) const;
    /** Usage per agent, step or model (or one row for the run), from the call log. */
    Result<std::vector<UsageRow>> usage(qint64 runId, UsageBy by) const;
    /** Known cost of the run's calls so far, for the budget when resuming. */
    Result<double> spent(qint64 runId) const;
    /** Every agent's stored memories, by agent name. */
    Result<std::map<QString, AgentMemories>> memories(qint64 runId) const;

private:
    ProjectFile &m_project;
    RequestPrefixes m_prefixes; // what this store's calls share with earlier ones
};

} // namespace troupe
