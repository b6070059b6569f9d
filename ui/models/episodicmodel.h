#pragma once

#include "memory/memoryitem.h"

#include <QAbstractListModel>

#include <vector>

namespace troupe {

/**
 * An agent's episodic memory at one turn, with the items inside the prompt window marked:
 * the fixed prefix and the lookback the turn's prompt showed; everything between them is
 * remembered but left out of the prompt. Items the agent only got after the call (its own
 * reply, what it heard later in the step) follow, marked as such.
 */
class EpisodicModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { InWindowRole = Qt::UserRole + 1, StepRole, RoleRole, AfterCallRole };

    explicit EpisodicModel(QObject *parent = nullptr);

    /** `items[0, known)` were in memory when the call was made; the rest came after it. */
    void setItems(std::vector<MemoryItem> items, qsizetype known, int prefix, int lookback, int maxContent);
    void clear() { setItems({}, 0, 0, 0, 0); }
    int inWindowCount() const;
    qsizetype knownAtCall() const { return m_known; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool inWindow(int row) const;

    std::vector<MemoryItem> m_items;
    qsizetype m_known = 0;
    int m_prefix = 0;
    int m_lookback = 0;
    int m_maxContent = 0;
};

} // namespace troupe
