// Agent and fragment files: the reader must give a document or diagnostics, never throw or
// crash, and whatever it accepts must survive what the studio does with it next.

#include "fuzzcheck.h"

#include "agent/agent.h"
#include "persona/fragmentmerge.h"
#include "persona/personaparser.h"

#include <QByteArray>

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const PersonaParser::Outcome outcome = PersonaParser::parse(text, QStringLiteral("fuzz.agent.json"), QStringLiteral("fuzz"));
    fuzz::check(outcome.document.has_value() != !outcome.diagnostics.isEmpty(), "a document and diagnostics, or neither");
    for (const Diagnostic &d : outcome.diagnostics)
        fuzz::check(!d.toString().isEmpty() && !d.message.isEmpty(), "a diagnostic without a message");
    if (!outcome.document)
        return 0;

    const PersonaDocument &doc = *outcome.document;
    (void)doc.summary();
    const QByteArray written = doc.toJson();
    const PersonaParser::Outcome again = PersonaParser::parse(written, QStringLiteral("again.json"), QStringLiteral("fuzz"));
    fuzz::check(again.document.has_value(), "what was read cannot be read back after writing");

    // A fragment is merged into an agent; an agent is prompted.
    if (doc.kind() == SpecKind::Fragment) {
        const auto base = PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"Ada","age":40,"beliefs":["x"]}})",
                                               QStringLiteral("base.json"));
        if (auto merged = applyFragment(*base.document, doc))
            (void)removeFragment(merged.value(), doc);
    } else {
        Agent agent(doc, AgentSettings{});
        (void)agent.systemPrompt();
        (void)agent.buildTurnRequest(1, 42, QStringLiteral("m"));
        (void)applyFragment(doc, doc);
    }
    return 0;
}
