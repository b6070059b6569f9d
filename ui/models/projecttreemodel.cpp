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

const ProjectEntry *ProjectTreeModel::parentEntry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() <= kGroups)
        return nullptr;
    const int v = int(index.internalId() - kGroups - 1);
    const auto &group = m_groups[v % kGroups];
    const int row = v / kGroups;
    return row < group.size() ? &group[row] : nullptr;
}

const ProjectEntry *ProjectTreeModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    if (index.internalId() > kGroups) {
        const ProjectEntry *parent = parentEntry(index);
        return parent && index.row() < parent->children.size() ? &parent->children[index.row()] : nullptr;
    }
    const auto &group = m_groups[index.internalId() - 1];
    return index.row() < group.size() ? &group[index.row()] : nullptr;
}

const ProjectEntry *ProjectTreeModel::populationOf(const QModelIndex &index) const
{
    const ProjectEntry *parent = parentEntry(index);
    return parent && parent->kind == ProjectEntry::Kind::Population ? parent : nullptr;
}

void ProjectTreeModel::appendMember(qint64 populationId, const ProjectEntry &person)
{
    auto &populations = m_groups[int(ProjectEntry::Kind::Population)];
    for (int p = 0; p < populations.size(); ++p) {
        if (populations[p].id != populationId)
            continue;
        const QModelIndex parent = index(p, 0, index(int(ProjectEntry::Kind::Population), 0));
        const int row = int(populations[p].children.size());
        beginInsertRows(parent, row, row);
        populations[p].children.append(person);
        endInsertRows();
        const QModelIndex detail = parent.siblingAtColumn(1);
        emit dataChanged(parent, detail);
        return;
    }
}

QModelIndex ProjectTreeModel::find(ProjectEntry::Kind kind, const QString &name, qint64 id) const
{
    const QModelIndex group = index(int(kind), 0);
    const auto &entries = m_groups[int(kind)];
    const bool byId = kind == ProjectEntry::Kind::Run;
    for (int row = 0; row < entries.size(); ++row)
        if (byId ? entries[row].id == id : entries[row].name == name)
            return index(row, 0, group);
    // People under their population, runs under their experiment.
    const ProjectEntry::Kind parentKind = kind == ProjectEntry::Kind::Persona ? ProjectEntry::Kind::Population
                                          : kind == ProjectEntry::Kind::Run   ? ProjectEntry::Kind::Experiment
                                                                              : kind;
    if (parentKind == kind)
        return {};
    const auto &parents = m_groups[int(parentKind)];
    for (int p = 0; p < parents.size(); ++p)
        for (int row = 0; row < parents[p].children.size(); ++row)
            if (byId ? parents[p].children[row].id == id : parents[p].children[row].name == name)
                return index(row, 0, index(p, 0, index(int(parentKind), 0)));
    return {};
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    if (parent.internalId() == kGroupId)
        return createIndex(row, column, quintptr(parent.row() + 1));
    return createIndex(row, column, childId(int(parent.internalId() - 1), parent.row())); // a person, an experiment's run
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    if (child.internalId() > kGroups) {
        const int v = int(child.internalId() - kGroups - 1);
        return createIndex(v / kGroups, 0, quintptr(v % kGroups + 1));
    }
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kGroups;
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == kGroupId)
        return int(m_groups[parent.row()].size());
    if (parent.internalId() > kGroups)
        return 0; // children have none
    const auto &group = m_groups[parent.internalId() - 1];
    return parent.row() < group.size() ? int(group[parent.row()].children.size()) : 0;
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
                                                 QT_TR_NOOP("Scenarios (%1)"), QT_TR_NOOP("Runs (%1)"),
                                                 QT_TR_NOOP("Populations (%1)"), QT_TR_NOOP("Experiments (%1)")};
            return tr(names[index.row()]).arg(m_groups[index.row()].size());
        }
        return {};
    }
    const ProjectEntry *e = entry(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1 && e->kind == ProjectEntry::Kind::Population)
            return QString(tr("%n people", nullptr, int(e->children.size())) + (e->detail.isEmpty() ? QString() : QStringLiteral(" · ") + e->detail));
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
