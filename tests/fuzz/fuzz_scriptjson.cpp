// Fuzzes the scenario editor's Advanced tab: any text typed there is either refused with a
// reason or gives a script and interventions whose entries are all objects. Never throws.
#include "scriptjson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString problem;
    const auto parsed = troupe::parseScriptJson(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), &problem);
    if (!parsed)
        return problem.isEmpty() ? (std::abort(), 0) : 0;
    for (const auto *list : {&parsed->first, &parsed->second}) {
        if (!list->is_array())
            std::abort();
        for (const auto &entry : *list)
            if (!entry.is_object())
                std::abort();
    }
    return 0;
}
