#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace troupe {

/** One row of the project explorer. */
struct ProjectEntry
{
    enum class Kind { Persona, Fragment, Scenario, Run };
    Kind kind = Kind::Persona;
    QString name;
    QString detail;  // summary, run status...
    QString tooltip;
    qint64 id = 0;   // run id
};

/** The project as a two-level tree: Personas, Fragments, Scenarios and Runs groups. */
class ProjectTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, NameRole, IdRole, IsGroupRole };
    static constexpr int kGroups = 4;

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setEntries(const QList<ProjectEntry> &entries);
    const ProjectEntry *entry(const QModelIndex &index) const;
    QModelIndex find(ProjectEntry::Kind kind, const QString &name, qint64 id = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr kGroupId = 0; // internalId of group rows; children store group + 1
    QList<ProjectEntry> m_groups[kGroups];
};

} // namespace troupe
