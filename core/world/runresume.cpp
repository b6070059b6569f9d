#include "runresume.h"

#include <QCoreApplication>

namespace troupe {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunResume)
};
} // namespace

Result<std::unique_ptr<World>> resumeRun(const RunStore &store, qint64 runId, llm::CallScheduler *scheduler,
                                         const Scenario::BuildOptions &options, QObject *parent)
{
    using R = Result<std::unique_ptr<World>>;
    auto record = store.run(runId);
    if (!record)
        return R::failure(record.error());
    const RunStore::RunRecord &run = record.value();
    if (!run.scenario.is_object() || !run.scenario.contains("agents"))
        return R::failure(Tr::tr("run %1 has no scenario stored; it cannot be resumed").arg(runId));
    Scenario::BuildOptions o = options;
    if (!o.seed)
        o.seed = run.seed;
    std::unique_ptr<World> world = Scenario::build(nlohmann::ordered_json::parse(run.scenario.dump()), scheduler, o, parent);
    for (const auto &agent : world->agents()) {
        const auto it = run.agentStates.find(agent->name());
        if (it == run.agentStates.end())
            continue; // never stored: the run stopped before its first step
        const nlohmann::json &state = it->second;
        if (state.contains("persona")) {
            nlohmann::ordered_json doc = agent->persona().document();
            doc["persona"] = nlohmann::ordered_json::parse(state.at("persona").dump());
            agent->setPersona(PersonaDocument(SpecKind::Agent, doc, agent->name()));
        }
        agent->restoreState(state);
        if (const Status s = store.loadMemories(runId, *agent); !s)
            return R::failure(s.error());
    }
    if (run.worldState.is_object())
        world->restoreState(run.worldState);
    auto events = store.events(runId);
    if (!events)
        return R::failure(events.error());
    world->replayLog(events.value());
    return world;
}

} // namespace troupe
