// libFuzzer harness for the population readers: dimensions files, population descriptions
// (and the offline dimensions drawn from them, and a plan), and person replies checked
// against the person schema and a sample. Nothing may crash; every failure is an error.
#include "fuzzcheck.h"

#include "factory/dimension.h"
#include "factory/offlinedimensions.h"
#include "factory/personrequest.h"
#include "factory/samplingplan.h"
#include "turn/structuredcall.h"

#include <QByteArray>

#include <cstdint>

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const DimensionsOutcome dims = parseDimensions(bytes, QStringLiteral("fuzz.json"));
    if (dims.dimensions)
        (void)SamplingPlan::draw(*dims.dimensions, 7, 1);

    PopulationOutcome description = parsePopulation(bytes, QStringLiteral("fuzz.json"));
    fuzz::check(description.description.has_value() != !description.diagnostics.isEmpty(), "a description and diagnostics, or neither");
    for (const Diagnostic &d : description.diagnostics)
        fuzz::check(!d.message.isEmpty(), "a diagnostic without a message");
    if (description.description) {
        fuzz::check(parsePopulation(description.description->toJson(), QStringLiteral("again.json")).description.has_value(),
                    "what was read cannot be read back after writing");
        PopulationInput in;
        in.description = description.description;
        in.extra = QString::fromUtf8(bytes.left(200));
        const Dimensions found = offlineDimensions(in);
        (void)SamplingPlan::draw(found, 3, 2);
    }

    QString problem;
    if (const auto reply = replyObject(QString::fromUtf8(bytes), &problem)) {
        Sample sample;
        sample.attributes = {{"Age", "25-34"}, {"Gender", "Female"}, {"Country", "Brazil"}};
        Dimensions d;
        for (const char *name : {"Age", "Gender", "Country"}) {
            Dimension one;
            one.name = QString::fromLatin1(name);
            one.values = {{QString::fromStdString(sample.attributes.at(name).get<std::string>()), 1}};
            d.append(one);
        }
        (void)replyProblems(*reply, personReplySchema(), [&](const nlohmann::json &r) { return personProblem(r, sample, d, {}); });
        (void)agentDocument(*reply);
    }
    return 0;
}
