#pragma once

#include "persona/personadocument.h"

#include <QWidget>

class QTreeView;

namespace troupe {

class PersonaListModel;
struct StoredSpecInfo;

/** The project's agents and fragments; selecting one announces it. */
class ProjectExplorer final : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectExplorer(QWidget *parent = nullptr);

    void setEntries(const QList<StoredSpecInfo> &entries);
    PersonaListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /** Selects the entry with this kind and name, if present. */
    void select(SpecKind kind, const QString &name);

signals:
    void specSelected(troupe::SpecKind kind, const QString &name);

private:
    PersonaListModel *m_model;
    QTreeView *m_view;
};

} // namespace troupe
