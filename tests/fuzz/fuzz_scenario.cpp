// Scenario files, read from memory with the bundled examples as the folder they name files
// in. What loads is built into a world and every agent is prompted, as a run would.

#include "fuzzcheck.h"

#include "world/scenario.h"

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    // Relative paths in the bundled scenarios ("../examples/personas/...") resolve from here.
    static const QString baseDir = QStringLiteral(TROUPE_SOURCE_DIR "/resources/scenarios");
    const Scenario::Outcome outcome = Scenario::load(text, QStringLiteral("fuzz.scenario.json"), baseDir);
    fuzz::check(outcome.resolved.has_value() != !outcome.diagnostics.isEmpty(), "a scenario and diagnostics, or neither");
    for (const Diagnostic &d : outcome.diagnostics)
        fuzz::check(!d.message.isEmpty(), "a diagnostic without a message");
    if (!outcome.resolved)
        return 0;
    (void)Scenario::steps(*outcome.resolved);
    (void)Scenario::seed(*outcome.resolved);
    const std::unique_ptr<World> world = Scenario::build(*outcome.resolved, nullptr, Scenario::BuildOptions{});
    fuzz::check(world != nullptr, "no world");
    for (const auto &agent : world->agents())
        (void)agent->buildTurnRequest(1, 7, QStringLiteral("m"));
    return 0;
}
