#include "projectexplorer.h"

#include "experiment/experiment.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace troupe {

ProjectExplorer::ProjectExplorer(QWidget *parent)
    : QWidget(parent), m_model(new ProjectTreeModel(this)), m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Project explorer"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    setMinimumWidth(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const ProjectEntry *e = m_model->entry(current.siblingAtColumn(0)))
            emit entrySelected(*e);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProjectExplorer::showMenu);
    auto remember = [this](const QModelIndex &index, bool open) {
        const ProjectEntry *e = m_model->entry(index);
        if (m_expanding || !e || e->kind != ProjectEntry::Kind::Population)
            return;
        if (open)
            m_openPopulations.insert(e->name);
        else
            m_openPopulations.remove(e->name);
    };
    connect(m_view, &QTreeView::expanded, this, [remember](const QModelIndex &i) { remember(i, true); });
    connect(m_view, &QTreeView::collapsed, this, [remember](const QModelIndex &i) { remember(i, false); });
}

void ProjectExplorer::expandEntries()
{
    // A population of fifty people listed in full pushes the experiments out of sight: long
    // ones stay closed until opened (their people are in the Population Builder anyway).
    constexpr int kListedUnasked = 12;
    m_expanding = true;
    m_view->expandAll();
    const QModelIndex group = m_model->index(int(ProjectEntry::Kind::Population), 0);
    for (int row = 0; row < m_model->rowCount(group); ++row) {
        const QModelIndex population = m_model->index(row, 0, group);
        const ProjectEntry *e = m_model->entry(population);
        if (e && e->children.size() > kListedUnasked && !m_openPopulations.contains(e->name))
            m_view->collapse(population);
    }
    m_expanding = false;
}

void ProjectExplorer::setEntries(const QList<ProjectEntry> &entries)
{
    const ProjectEntry *was = current();
    const std::optional<ProjectEntry> keep = was ? std::optional<ProjectEntry>(*was) : std::nullopt;
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_model->setEntries(entries);
        expandEntries();
        if (keep) {
            const QModelIndex again = m_model->find(keep->kind, keep->name, keep->id);
            if (again.parent().isValid())
                m_view->expand(again.parent()); // what was selected stays in sight
            m_view->setCurrentIndex(again);
        }
    }
}

bool ProjectExplorer::select(ProjectEntry::Kind kind, const QString &name, qint64 id)
{
    const QModelIndex idx = m_model->find(kind, name, id);
    if (!idx.isValid())
        return false;
    if (idx.parent().isValid())
        m_view->expand(idx.parent());
    m_view->setCurrentIndex(idx);
    return true;
}

const ProjectEntry *ProjectExplorer::current() const
{
    return m_model->entry(m_view->currentIndex().siblingAtColumn(0));
}

void ProjectExplorer::showMenu(const QPoint &pos)
{
    const QModelIndex idx = m_view->indexAt(pos).siblingAtColumn(0);
    if (!idx.isValid())
        return;
    ProjectEntry e;
    if (const ProjectEntry *entry = m_model->entry(idx))
        e = *entry;
    else
        e.kind = ProjectEntry::Kind(idx.data(ProjectTreeModel::KindRole).toInt());
    const bool isEntry = m_model->entry(idx) != nullptr;
    QMenu menu(this);
    auto add = [&](const QString &text, const QString &command) {
        menu.addAction(text, this, [this, command, e] { emit commandRequested(command, e); });
    };
    switch (e.kind) {
    case ProjectEntry::Kind::Persona:
        add(tr("New Persona"), QStringLiteral("new-persona"));
        if (isEntry) {
            add(tr("Duplicate"), QStringLiteral("duplicate"));
            add(tr("Talk to This Persona…"), QStringLiteral("talk"));
            add(tr("Export…"), QStringLiteral("export"));
            add(tr("Delete"), QStringLiteral("delete"));
        }
        break;
    case ProjectEntry::Kind::Fragment:
        if (isEntry) {
            add(tr("Duplicate"), QStringLiteral("duplicate"));
            add(tr("Export…"), QStringLiteral("export"));
            add(tr("Delete"), QStringLiteral("delete"));
        }
        break;
    case ProjectEntry::Kind::Scenario:
        add(tr("New Scenario"), QStringLiteral("new-scenario"));
        if (isEntry) {
            add(tr("Run"), QStringLiteral("run"));
            add(tr("Duplicate"), QStringLiteral("duplicate"));
            add(tr("Delete"), QStringLiteral("delete"));
        }
        break;
    case ProjectEntry::Kind::Run:
        if (const ProjectEntry *owner = isEntry ? m_model->parentEntry(idx) : nullptr; owner && owner->kind == ProjectEntry::Kind::Experiment) {
            // A run of an experiment is continued as its job: Run / Continue on the experiment.
            add(tr("Delete"), QStringLiteral("delete"));
        } else if (isEntry) {
            // A finished run is continued only on request, for a number of steps the user gives.
            if (e.resumable)
                add(tr("Resume"), QStringLiteral("resume"));
            else
                add(tr("Continue for More Steps…"), QStringLiteral("continue"));
            add(tr("Fork…"), QStringLiteral("fork"));
            add(tr("Extract Results…"), QStringLiteral("extract"));
            add(tr("Delete"), QStringLiteral("delete"));
        }
        break;
    case ProjectEntry::Kind::Population:
        add(tr("New Population…"), QStringLiteral("new-population"));
        if (isEntry)
            add(tr("Delete Population and Its People"), QStringLiteral("delete-population"));
        break;
    case ProjectEntry::Kind::Experiment:
        if (isEntry) {
            add(tr("Edit"), QStringLiteral("edit-experiment"));
            add(tr("Run / Continue"), QStringLiteral("run-experiment"));
            add(tr("Compare Arms"), QStringLiteral("compare-experiment"));
            add(tr("Delete…"), QStringLiteral("delete-experiment"));
            menu.addSeparator();
        }
        add(tr("New Experiment"), QStringLiteral("new-experiment"));
        for (const QString &name : ExperimentFile::bundledNames())
            add(tr("New from Bundled %1").arg(name), QStringLiteral("new-experiment-from:") + name);
        break;
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace troupe
