// A model's reply to a turn: repair (fences, prose, trailing commas, a cut-off tail), the
// turn schema, and applying the turn to an agent, the path every reply takes.

#include "fuzzcheck.h"

#include "agent/agent.h"
#include "llm/jsonrepair.h"
#include "persona/personaparser.h"
#include "util/jsonschema.h"

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const PersonaDocument persona =
        *PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"Ada","age":40}})", QStringLiteral("ada.json")).document;
    static const JsonSchema schema = [] {
        Agent probe(persona, AgentSettings{});
        return JsonSchema::fromJson(probe.turnSchema()).value();
    }();

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const llm::RepairedJson repaired = llm::parseModelJson(text);
    fuzz::check(repaired.value.has_value() != !repaired.problem.isEmpty(), "a value and a problem, or neither");
    if (!repaired.value)
        return 0;
    const std::vector<SchemaViolation> violations = schema.validate(*repaired.value);
    for (const SchemaViolation &v : violations)
        fuzz::check(!v.message.isEmpty(), "a violation without a message");
    if (!violations.empty())
        return 0;
    Agent agent(persona, AgentSettings{});
    agent.setTemperature(0.5);
    const TurnResult turn = agent.applyTurn(*repaired.value, 1);
    fuzz::check(!turn.actions.empty(), "a turn without DONE");
    (void)agent.saveState();
    (void)agent.systemPrompt();
    return 0;
}
