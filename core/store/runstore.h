#pragma once

#include "projectfile.h"
#include "world/world.h"

#include <map>

namespace troupe {

/**
 * Runs in a project file: the run row, its event log (one transaction per step), model
 * calls, agent memories and states. Everything needed to resume a run after a stop or a
 * crash is written with each step.
 */
class RunStore final
{
public:
    struct RunRecord
    {
        qint64 id = 0;
        QString name;
        QString status;
        quint64 seed = 0;
        int stepsDone = 0;
        nlohmann::json scenario;   // the resolved scenario the run was started from
        nlohmann::json worldState; // null until the first step is stored
        std::map<QString, nlohmann::json> agentStates;
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
        QString status;
        int stepsDone = 0;
        QDateTime createdAt;
        QDateTime startedAt;
        QDateTime endedAt;
        nlohmann::json config; // provider, endpoint, model, steps, budget_usd
    };

    explicit RunStore(ProjectFile &project) : m_project(project) {}

    Result<qint64> createRun(const QString &name, quint64 seed, const nlohmann::json &scenario,
                             const nlohmann::json &config);
    Status setStatus(qint64 runId, const QString &status, const nlohmann::json &summary = {});
    /** Events, model calls, new memories, agent and world state of one step, atomically. */
    Status commitStep(qint64 runId, const StepCommit &commit);

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
    /** The events of one agent and kind ("state", "action"...), in order. */
    Result<RunEvents> events(qint64 runId, const QString &agent, const QString &kind) const;
    /** Usage per agent, step or model (or one row for the run), from the call log. */
    Result<std::vector<UsageRow>> usage(qint64 runId, UsageBy by) const;
    /** Known cost of the run's calls so far, for the budget when resuming. */
    Result<double> spent(qint64 runId) const;
    /** Loads an agent's episodic and semantic memory of a run. */
    Status loadMemories(qint64 runId, Agent &agent) const;

private:
    ProjectFile &m_project;
};

} // namespace troupe
