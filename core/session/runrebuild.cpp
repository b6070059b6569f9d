#include "runrebuild.h"

#include <QCoreApplication>

namespace troupe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunResume)
};
} // namespace

Result<std::unique_ptr<World>> rebuildRun(const RunStore &store, const RunStore::RunRecord &run,
                                          llm::CallScheduler *scheduler, const Scenario::BuildOptions &options,
                                          QObject *parent)
{
    using R = Result<std::unique_ptr<World>>;
    if (!run.scenario.is_object() || !run.scenario.contains("agents"))
        return R::failure(Tr::tr("run %1 has no scenario stored; it cannot be resumed").arg(run.id));
    Scenario::BuildOptions o = options;
    if (!o.seed)
        o.seed = run.seed;
    std::unique_ptr<World> world = Scenario::build(run.scenario, scheduler, o, parent);
    auto memories = store.memories(run.id);
    if (!memories)
        return R::failure(memories.error());
    for (const auto &agent : world->agents()) {
        const auto it = run.agentStates.find(agent->name());
        if (it == run.agentStates.end())
            continue; // never stored: the run stopped before its first step
        const RunStore::AgentMemories &m = memories.value()[agent->name()];
        if (const Status s = agent->restore(it->second, m.episodic, m.semantic); !s)
            return R::failure(s.error());
    }
    if (run.worldState.is_object())
        world->restoreState(nlohmann::json(run.worldState));
    auto events = store.events(run.id);
    if (!events)
        return R::failure(events.error());
    world->replayLog(events.value());
    return world;
}

} // namespace troupe
