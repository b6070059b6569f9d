#pragma once

#include "memoryitem.h"

#include <QStringList>

#include <vector>

namespace troupe {

/**
 * Everything an agent perceived and did, in order. Everything is kept; the prompt sees a
 * window: the first `prefix` items, a marker saying how many were left out, and the last
 * `lookback` items.
 */
class EpisodicMemory final
{
public:
    struct Window
    {
        std::vector<const MemoryItem *> prefix;
        qsizetype omitted = 0;
        std::vector<const MemoryItem *> recent;
    };

    void append(MemoryItem item) { m_items.push_back(std::move(item)); }
    const std::vector<MemoryItem> &items() const { return m_items; }
    qsizetype size() const { return qsizetype(m_items.size()); }

    Window window(int prefix, int lookback) const;
    /** The window as prompt lines, with "(… N earlier items omitted …)" between the parts. */
    QStringList renderWindow(int prefix, int lookback, int maxContent) const;

    /** Items not yet consolidated into semantic memory start here. */
    qsizetype consolidatedUpTo() const { return m_consolidated; }
    void setConsolidatedUpTo(qsizetype index) { m_consolidated = index; }
    /** Items not yet written to the project file start here. */
    qsizetype savedUpTo() const { return m_saved; }
    void setSavedUpTo(qsizetype index) { m_saved = index; }

private:
    std::vector<MemoryItem> m_items;
    qsizetype m_consolidated = 0;
    qsizetype m_saved = 0;
};

} // namespace troupe
