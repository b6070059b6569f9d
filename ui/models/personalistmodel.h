#pragma once

#include "store/personastore.h"

#include <QAbstractItemModel>

namespace troupe {

/** The project's agents and fragments as a two-level tree: "Personas" and "Fragments" groups. */
class PersonaListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, NameRole, IsGroupRole };

    explicit PersonaListModel(QObject *parent = nullptr);

    void setEntries(const QList<StoredSpecInfo> &entries);
    const StoredSpecInfo *entry(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr kGroupId = 0; // internalId of group rows; children store group + 1
    QList<StoredSpecInfo> m_groups[2];
};

} // namespace troupe
