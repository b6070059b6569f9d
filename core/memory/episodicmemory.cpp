#include "episodicmemory.h"

#include <algorithm>

namespace troupe {

EpisodicMemory::Window EpisodicMemory::window(int prefix, int lookback) const
{
    Window w;
    const qsizetype n = size();
    const qsizetype first = std::min<qsizetype>(std::max(0, prefix), n);
    const qsizetype lastCount = std::min<qsizetype>(std::max(0, lookback), n - first);
    for (qsizetype i = 0; i < first; ++i)
        w.prefix.push_back(&m_items[size_t(i)]);
    w.omitted = n - first - lastCount;
    for (qsizetype i = n - lastCount; i < n; ++i)
        w.recent.push_back(&m_items[size_t(i)]);
    return w;
}

QStringList EpisodicMemory::renderWindow(int prefix, int lookback, int maxContent) const
{
    const Window w = window(prefix, lookback);
    QStringList lines;
    for (const MemoryItem *m : w.prefix)
        lines.append(m->render(maxContent));
    if (w.omitted > 0)
        lines.append(QStringLiteral("(… %1 earlier items omitted …)").arg(w.omitted));
    for (const MemoryItem *m : w.recent)
        lines.append(m->render(maxContent));
    return lines;
}

} // namespace troupe
