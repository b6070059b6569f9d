#include "projectexplorer.h"

#include "models/personalistmodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace troupe {

ProjectExplorer::ProjectExplorer(QWidget *parent)
    : QWidget(parent), m_model(new PersonaListModel(this)), m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(false);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Project explorer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (const StoredSpecInfo *e = m_model->entry(current.siblingAtColumn(0)))
                    emit specSelected(e->kind, e->name);
            });
}

void ProjectExplorer::setEntries(const QList<StoredSpecInfo> &entries)
{
    m_model->setEntries(entries);
    m_view->expandAll();
}

void ProjectExplorer::select(SpecKind kind, const QString &name)
{
    const QModelIndex group = m_model->index(kind == SpecKind::Agent ? 0 : 1, 0);
    for (int row = 0; row < m_model->rowCount(group); ++row) {
        const QModelIndex idx = m_model->index(row, 0, group);
        if (idx.data(PersonaListModel::NameRole).toString() == name) {
            m_view->setCurrentIndex(idx);
            return;
        }
    }
}

} // namespace troupe
