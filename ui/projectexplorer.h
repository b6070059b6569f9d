#pragma once

#include "models/projecttreemodel.h"

#include <QSet>
#include <QWidget>

class QTreeView;

namespace troupe {

/** The project's personas, fragments, scenarios, runs, populations and experiments; selecting one announces it. */
class ProjectExplorer final : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectExplorer(QWidget *parent = nullptr);

    void setEntries(const QList<ProjectEntry> &entries);
    ProjectTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /** Selects the entry, if present (runs by id). */
    bool select(ProjectEntry::Kind kind, const QString &name, qint64 id = 0);
    const ProjectEntry *current() const;

Q_SIGNALS:
    void entrySelected(const troupe::ProjectEntry &entry);
    /** The context menu asked for `command` ("new-persona", "duplicate", "delete", "resume"...). */
    void commandRequested(const QString &command, const troupe::ProjectEntry &entry);

private:
    void showMenu(const QPoint &pos);

    /** Everything open, except populations too long to list unasked (opened again if the user had opened them). */
    void expandEntries();

    ProjectTreeModel *m_model;
    QTreeView *m_view;
    QSet<QString> m_openPopulations; // opened by the user: they stay open when the tree is rebuilt
    bool m_expanding = false;
};

} // namespace troupe
