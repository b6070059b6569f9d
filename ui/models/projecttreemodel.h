#pragma once

#include <QAbstractItemModel>
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
    QList<ProjectEntry> children; // a population's people (Persona entries), an experiment's runs (Run entries)
    bool resumable = false;       // a run that Resume continues (paused, interrupted, crashed)
};

/**
 * The project as a tree: Personas, Fragments, Scenarios, Runs, Populations and Experiments
 * groups; a population's people and an experiment's runs are their children.
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
    /** The entry (population, experiment) a child row is under, or nullptr. */
    const ProjectEntry *parentEntry(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // internalId: 0 for group rows; group + 1 for entries; for a child (a population's person,
    // an experiment's run) kGroups + 1 + parent row * kGroups + parent group.
    static constexpr quintptr kGroupId = 0;
    static quintptr childId(int group, int parentRow) { return quintptr(kGroups + 1 + parentRow * kGroups + group); }
    QList<ProjectEntry> m_groups[kGroups];
};

} // namespace troupe
