#include "relationsgraph.h"

#include "models/conversationmodel.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsSimpleTextItem>
#include <QtMath>

namespace troupe {

RelationsGraph::RelationsGraph(QWidget *parent) : QGraphicsView(new QGraphicsScene, parent)
{
    scene()->setParent(this);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setAccessibleName(tr("Social network graph"));
}

void RelationsGraph::setGraph(const QStringList &agents, const QList<Relation> &relations, bool everyoneAccessible)
{
    QGraphicsScene *s = scene();
    s->clear();
    m_edges = 0;
    const int n = int(agents.size());
    const double radius = std::max(90.0, 26.0 * n);
    QHash<QString, QPointF> at;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * i / std::max(1, n) - M_PI / 2;
        at.insert(agents[i], QPointF(radius * std::cos(a), radius * std::sin(a)));
    }
    auto edge = [&](const QString &a, const QString &b, const QString &label, bool dashed) {
        if (!at.contains(a) || !at.contains(b) || a == b)
            return;
        QPen pen(palette().color(QPalette::Mid), dashed ? 1 : 2);
        if (dashed)
            pen.setStyle(Qt::DashLine);
        s->addLine(QLineF(at[a], at[b]), pen)->setZValue(-1);
        if (!label.isEmpty()) {
            auto *t = s->addSimpleText(label);
            t->setBrush(palette().color(QPalette::PlaceholderText));
            t->setPos((at[a] + at[b]) / 2 - QPointF(t->boundingRect().width() / 2, t->boundingRect().height() / 2));
        }
        ++m_edges;
    };
    if (everyoneAccessible) {
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                edge(agents[i], agents[j], {}, true);
    }
    for (const Relation &r : relations)
        for (int i = 0; i < r.between.size(); ++i)
            for (int j = i + 1; j < r.between.size(); ++j)
                edge(r.between[i], r.between[j], r.name, false);
    for (int i = 0; i < n; ++i) {
        const QString &a = agents[i];
        const QPointF p = at[a];
        // The colour the agent has in the conversation: its place in the scenario.
        const QColor colour = ConversationModel::paletteColor(i);
        auto *dot = s->addEllipse(QRectF(p - QPointF(16, 16), QSizeF(32, 32)), QPen(Qt::NoPen), colour);
        auto *initials = s->addSimpleText(ConversationModel::initialsOf(a));
        initials->setBrush(qGray(colour.rgb()) > 165 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white));
        initials->setPos(p - QPointF(initials->boundingRect().width() / 2, initials->boundingRect().height() / 2));
        auto *name = s->addSimpleText(a);
        name->setPos(p + QPointF(-name->boundingRect().width() / 2, 18));
        dot->setToolTip(a);
    }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    fitInView(s->sceneRect(), Qt::KeepAspectRatio);
}

void RelationsGraph::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

} // namespace troupe
