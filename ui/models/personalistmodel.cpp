#include "personalistmodel.h"

namespace troupe {

PersonaListModel::PersonaListModel(QObject *parent) : QAbstractItemModel(parent) {}

void PersonaListModel::setEntries(const QList<StoredSpecInfo> &entries)
{
    beginResetModel();
    m_groups[0].clear();
    m_groups[1].clear();
    for (const StoredSpecInfo &e : entries)
        m_groups[e.kind == SpecKind::Agent ? 0 : 1] << e;
    endResetModel();
}

const StoredSpecInfo *PersonaListModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const auto &group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group[index.row()] : nullptr;
}

QModelIndex PersonaListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PersonaListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int PersonaListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 2;
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups[parent.row()].size());
}

int PersonaListModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant PersonaListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        if (role == IsGroupRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == 0)
            return (index.row() == 0 ? tr("Personas (%1)") : tr("Fragments (%1)")).arg(m_groups[index.row()].size());
        return {};
    }
    const StoredSpecInfo *e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? e->name : e->summary;
    case Qt::ToolTipRole:
        return e->sourceFile.isEmpty() ? e->summary : tr("%1\nImported from %2").arg(e->summary, e->sourceFile);
    case KindRole:
        return int(e->kind);
    case NameRole:
        return e->name;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant PersonaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Name") : tr("Summary");
}

} // namespace troupe
