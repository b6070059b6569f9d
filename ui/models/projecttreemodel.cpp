#include "projecttreemodel.h"

namespace troupe {

ProjectTreeModel::ProjectTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ProjectTreeModel::setEntries(const QList<ProjectEntry> &entries)
{
    beginResetModel();
    for (auto &g : m_groups)
        g.clear();
    for (const ProjectEntry &e : entries)
        m_groups[int(e.kind)] << e;
    endResetModel();
}

const ProjectEntry *ProjectTreeModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const auto &group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group[index.row()] : nullptr;
}

QModelIndex ProjectTreeModel::find(ProjectEntry::Kind kind, const QString &name, qint64 id) const
{
    const QModelIndex group = index(int(kind), 0);
    const auto &entries = m_groups[int(kind)];
    for (int row = 0; row < entries.size(); ++row)
        if (kind == ProjectEntry::Kind::Run ? entries[row].id == id : entries[row].name == name)
            return index(row, 0, group);
    return {};
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kGroups;
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups[parent.row()].size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId) {
        if (role == IsGroupRole)
            return true;
        if (role == KindRole)
            return index.row();
        if (role == Qt::DisplayRole && index.column() == 0) {
            static const char *names[kGroups] = {QT_TR_NOOP("Personas (%1)"), QT_TR_NOOP("Fragments (%1)"),
                                                 QT_TR_NOOP("Scenarios (%1)"), QT_TR_NOOP("Runs (%1)")};
            return tr(names[index.row()]).arg(m_groups[index.row()].size());
        }
        return {};
    }
    const ProjectEntry *e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? e->name : e->detail;
    case Qt::ToolTipRole:
        return e->tooltip.isEmpty() ? e->detail : e->tooltip;
    case KindRole:
        return int(e->kind);
    case NameRole:
        return e->name;
    case IdRole:
        return e->id;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Name") : tr("Details");
}

} // namespace troupe
