// JSON read back from a project, where no schema checks it: a run's scenario snapshot built
// into a world, an agent's and the world's state restored, memories read. Damaged rows are
// refused by the parse; rows that parse but have any shape at all must not throw.

#include "fuzzcheck.h"

#include "agent/agent.h"
#include "persona/personaparser.h"
#include "util/jsonreader.h"
#include "world/scenario.h"

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto snapshot = parseStoredOrderedJson(text, QStringLiteral("run_scenarios row of run 1, snapshot"));
    const auto state = parseStoredJson(text, QStringLiteral("agent_states"));
    fuzz::check(snapshot.ok() == state.ok(), "the two parses disagree");
    if (!snapshot) {
        fuzz::check(snapshot.error().startsWith(QLatin1String("the project is damaged: ")), "an unnamed damage");
        return 0;
    }
    (void)Scenario::steps(snapshot.value());
    (void)Scenario::seed(snapshot.value());
    const std::unique_ptr<World> world = Scenario::build(snapshot.value(), nullptr, Scenario::BuildOptions{});
    world->restoreState(state.value());
    for (const auto &agent : world->agents()) {
        agent->restoreState(state.value());
        (void)agent->buildTurnRequest(2, 1, QStringLiteral("m"));
    }
    static const PersonaDocument ada =
        *PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"Ada"}})", QStringLiteral("ada")).document;
    Agent agent(ada, AgentSettings{});
    agent.restoreState(state.value());
    agent.episodic().append(MemoryItem::fromJson(state.value()));
    (void)CognitiveState::fromJson(state.value());
    (void)agent.buildTurnRequest(2, 1, QStringLiteral("m"));
    (void)agent.saveState();
    return 0;
}
