// Fuzz harness for the study file reader: any bytes must give a study or diagnostics, never
// a crash, a hang or an uncaught exception. Seed it with resources/studies/*.study.json.
#include "study/studyfile.h"

#include <QDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto outcome = troupe::StudyFile::load(text, QStringLiteral("fuzz.study.json"), QDir::currentPath());
    if (!outcome.study && outcome.diagnostics.isEmpty())
        __builtin_trap(); // a refusal must say why
    return 0;
}
