// Fork change files: any bytes give a change or diagnostics that name the file, never a
// crash, a hang or an uncaught exception.
#include "fuzzcheck.h"

#include "experiment/runfork.h"

#include <QDir>

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const ForkChange::Outcome o = ForkChange::load(text, QStringLiteral("fuzz.json"), QDir::currentPath());
    if (!o.change) {
        fuzz::check(!o.diagnostics.isEmpty(), "a refusal that does not say why");
        for (const Diagnostic &d : o.diagnostics)
            fuzz::check(d.toString().startsWith(QLatin1String("fuzz.json")), "a problem that does not name the file");
        return 0;
    }
    (void)o.change->toJson().dump();
    return 0;
}
