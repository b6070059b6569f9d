// Experiment files: any bytes give an experiment or diagnostics that name the file, never a
// crash, a hang or an uncaught exception. Seed it with resources/experiments/*.json.
#include "fuzzcheck.h"

#include "experiment/experiment.h"

#include <QDir>

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const ExperimentFile::Outcome o = ExperimentFile::load(text, QStringLiteral("fuzz.experiment.json"), QDir::currentPath());
    if (!o.experiment) {
        fuzz::check(!o.diagnostics.isEmpty(), "a refusal that does not say why");
        return 0;
    }
    (void)experimentJobs(*o.experiment);
    for (const ExperimentArm &arm : o.experiment->arms)
        (void)armStudy(*o.experiment, arm);
    return 0;
}
