#pragma once

#include "memory/memoryitem.h"

#include <QAbstractListModel>

#include <vector>

namespace troupe {

/**
 * An agent's episodic memory up to a moment, with the items inside the prompt window
 * marked: the fixed prefix and the lookback the next turn's prompt shows; everything
 * between them is remembered but left out of the prompt.
 */
class EpisodicModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { InWindowRole = Qt::UserRole + 1, StepRole, RoleRole };

    explicit EpisodicModel(QObject *parent = nullptr);

    void setItems(std::vector<MemoryItem> items, int prefix, int lookback, int maxContent);
    void clear() { setItems({}, 0, 0, 0); }
    int inWindowCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    bool inWindow(int row) const;

    std::vector<MemoryItem> m_items;
    int m_prefix = 0;
    int m_lookback = 0;
    int m_maxContent = 0;
};

} // namespace troupe
