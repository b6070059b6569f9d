#include "projecttreemodel.h"

#include <functional>

namespace troupe {

ProjectTreeModel::ProjectTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ProjectTreeModel::setEntries(const QList<ProjectEntry> &entries)
{
    beginResetModel();
    for (auto &g : m_groups)
        g.clear();
    m_owners.clear();
    for (const ProjectEntry &e : entries)
        m_groups[int(e.kind)] << e;
    for (int g = 0; g < kGroups; ++g)
        m_owners.insert(&m_groups[g], {nullptr, g});
    endResetModel();
}

const QList<ProjectEntry> *ProjectTreeModel::listOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const QList<ProjectEntry> *>(index.internalPointer()) : nullptr;
}

const ProjectEntry *ProjectTreeModel::entry(const QModelIndex &index) const
{
    const QList<ProjectEntry> *list = listOf(index);
    if (!list || index.row() >= list->size())
        return nullptr;
    return &(*list)[index.row()];
}

const ProjectEntry *ProjectTreeModel::parentEntry(const QModelIndex &index) const
{
    const QList<ProjectEntry> *list = listOf(index);
    if (!list)
        return nullptr;
    const auto it = m_owners.constFind(list);
    if (it == m_owners.cend() || !it->list)
        return nullptr;
    return it->row < it->list->size() ? &(*it->list)[it->row] : nullptr;
}

const ProjectEntry *ProjectTreeModel::populationOf(const QModelIndex &index) const
{
    const ProjectEntry *owner = parentEntry(index);
    return owner && owner->kind == ProjectEntry::Kind::Population ? owner : nullptr;
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

QModelIndex ProjectTreeModel::findIn(const QList<ProjectEntry> &list, const QModelIndex &parent, ProjectEntry::Kind kind,
                                     const QString &name, qint64 id) const
{
    const bool byId = kind == ProjectEntry::Kind::Run;
    for (int row = 0; row < list.size(); ++row) {
        const ProjectEntry &e = list[row];
        if (e.kind == kind && (byId ? e.id == id : e.name == name))
            return index(row, 0, parent);
    }
    for (int row = 0; row < list.size(); ++row)
        if (!list[row].children.isEmpty())
            if (QModelIndex found = findIn(list[row].children, index(row, 0, parent), kind, name, id); found.isValid())
                return found;
    return {};
}

QModelIndex ProjectTreeModel::find(ProjectEntry::Kind kind, const QString &name, qint64 id) const
{
    // A group's own entries first (a hand-made persona before a generated one of the same name).
    if (QModelIndex found = findIn(m_groups[int(kind)], index(int(kind), 0), kind, name, id); found.isValid())
        return found;
    // People under their population, runs under their experiment.
    if (kind == ProjectEntry::Kind::Persona || kind == ProjectEntry::Kind::Run) {
        const int g = int(kind == ProjectEntry::Kind::Persona ? ProjectEntry::Kind::Population : ProjectEntry::Kind::Experiment);
        return findIn(m_groups[g], index(g, 0), kind, name, id);
    }
    return {};
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    if (!listOf(parent))
        return createIndex(row, column, &m_groups[parent.row()]);
    const QList<ProjectEntry> *list = listOf(parent);
    const QList<ProjectEntry> *children = &(*list)[parent.row()].children;
    m_owners.insert(children, {list, parent.row()});
    return createIndex(row, column, children);
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    const QList<ProjectEntry> *list = listOf(child);
    if (!list)
        return {};
    const auto it = m_owners.constFind(list);
    if (it == m_owners.cend())
        return {};
    if (!it->list)
        return createIndex(it->row, 0, nullptr);
    return createIndex(it->row, 0, it->list);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kGroups;
    if (parent.column() != 0)
        return 0;
    if (!listOf(parent))
        return int(m_groups[parent.row()].size());
    const ProjectEntry *e = entry(parent);
    return e ? int(e->children.size()) : 0;
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!listOf(index)) {
        if (role == IsGroupRole)
            return true;
        if (role == KindRole)
            return index.row();
        if (role == Qt::DisplayRole && index.column() == 0) {
            static const char *names[kGroups] = {QT_TR_NOOP("Personas (%1)"), QT_TR_NOOP("Fragments (%1)"),
                                                 QT_TR_NOOP("Scenarios (%1)"), QT_TR_NOOP("Runs (%1)"),
                                                 QT_TR_NOOP("Populations (%1)"), QT_TR_NOOP("Experiments (%1)")};
            qsizetype count = m_groups[index.row()].size();
            if (index.row() == int(ProjectEntry::Kind::Run)) { // forks count as runs too
                std::function<qsizetype(const QList<ProjectEntry> &)> forks = [&forks](const QList<ProjectEntry> &list) {
                    qsizetype n = 0;
                    for (const ProjectEntry &e : list)
                        n += e.children.size() + forks(e.children);
                    return n;
                };
                count += forks(m_groups[index.row()]);
            }
            return tr(names[index.row()]).arg(count);
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
