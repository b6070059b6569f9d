#pragma once

#include <QGraphicsView>

namespace troupe {

/** The scenario's social network drawn as a graph: agents on a circle, relations as labelled edges. */
class RelationsGraph final : public QGraphicsView
{
    Q_OBJECT
public:
    struct Relation
    {
        QString name;
        QStringList between;
    };

    explicit RelationsGraph(QWidget *parent = nullptr);
    void setGraph(const QStringList &agents, const QList<Relation> &relations, bool everyoneAccessible);
    int edgeCount() const { return m_edges; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_edges = 0;
};

} // namespace troupe
