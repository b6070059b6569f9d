#pragma once

#include <QString>

namespace troupe {

/** FNV-1a over UTF-16 code units: a stable hash, the same on every platform and run. */
inline quint64 fnv1aHash(const QString &s)
{
    quint64 h = 1469598103934665603ull;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace troupe
