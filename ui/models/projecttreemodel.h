#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace troupe {

/** One row of the project explorer. */
struct ProjectEntry
{
    enum class Kind { Persona, Fragment, Scenario, Run, Population, Experiment };
    Kind kind = Kind::Persona;
    QString name;
    QString detail;  // summary, run status...
    QString tooltip;
    qint64 id = 0;   // run id, population id
    QList<ProjectEntry> children; // a population's people (Persona entries); a run's forks, an experiment's runs (Run entries)
    bool resumable = false;       // a run that Resume continues (paused, interrupted, crashed)
    qint64 parentId = 0;          // a fork: the run it was forked from
};

/**
 * The project as a tree: Personas, Fragments, Scenarios, Runs, Populations and Experiments
 * groups; a population's people, an experiment's runs and a run's forks are their children
 * (recursively).
 */
class ProjectTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, NameRole, IdRole, IsGroupRole };
    static constexpr int kGroups = 6;

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setEntries(const QList<ProjectEntry> &entries);
    const ProjectEntry *entry(const QModelIndex &index) const;
    QModelIndex find(ProjectEntry::Kind kind, const QString &name, qint64 id = 0) const;
    /** Adds a person under a population as they arrive (rows inserted, not a reset). */
    void appendMember(qint64 populationId, const ProjectEntry &person);
    /** The population a member row belongs to, or nullptr. */
    const ProjectEntry *populationOf(const QModelIndex &index) const;
    /** The entry a row is a child of (a population, a forked run), or nullptr for a group's own entries. */
    const ProjectEntry *parentEntry(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // An index's internal pointer is the list that holds its row: null for the group rows, a
    // group's list for its entries, an entry's children for theirs. Where each children list
    // sits (its owner's list and row) is noted as indexes are made, so parent() can find it.
    struct Owner
    {
        const QList<ProjectEntry> *list = nullptr; // null: the owner is group `row`
        int row = 0;
    };
    const QList<ProjectEntry> *listOf(const QModelIndex &index) const;
    QModelIndex findIn(const QList<ProjectEntry> &list, const QModelIndex &parent, ProjectEntry::Kind kind, const QString &name,
                       qint64 id) const;

    QList<ProjectEntry> m_groups[kGroups];
    mutable QHash<const QList<ProjectEntry> *, Owner> m_owners;
};

} // namespace troupe
