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

    explicit RunStore(ProjectFile &project) : m_project(project) {}

    Result<qint64> createRun(const QString &name, quint64 seed, const nlohmann::json &scenario,
                             const nlohmann::json &config);
    Status setStatus(qint64 runId, const QString &status, const nlohmann::json &summary = {});
    /** Events, model calls, new memories, agent and world state of one step, atomically. */
    Status commitStep(qint64 runId, const StepCommit &commit);

    Result<RunRecord> run(qint64 runId) const;
    /** The newest run's id, or 0 when the project has none. */
    Result<qint64> latestRun() const;
    Result<RunEvents> events(qint64 runId) const;
    /** Loads an agent's episodic and semantic memory of a run. */
    Status loadMemories(qint64 runId, Agent &agent) const;

private:
    ProjectFile &m_project;
};

} // namespace troupe
