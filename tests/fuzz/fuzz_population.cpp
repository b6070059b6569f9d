// Population descriptions (the person factory's input).

#include "fuzzcheck.h"

#include "factory/populationdescription.h"

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const PopulationOutcome outcome = parsePopulation(text, QStringLiteral("fuzz.json"));
    fuzz::check(outcome.description.has_value() != !outcome.diagnostics.isEmpty(), "a description and diagnostics, or neither");
    for (const Diagnostic &d : outcome.diagnostics)
        fuzz::check(!d.message.isEmpty(), "a diagnostic without a message");
    if (outcome.description) {
        (void)outcome.description->title();
        fuzz::check(parsePopulation(outcome.description->toJson(), QStringLiteral("again.json")).description.has_value(),
                    "what was read cannot be read back after writing");
    }
    return 0;
}
