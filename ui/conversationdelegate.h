#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace troupe {

/**
 * Paints conversation rows: TALK as a bubble with the speaker's initials in a circle of
 * their colour and the listener named; an answer to a question likewise, as the agent
 * speaking, with the question and the typed value ("vote: 4 — because …"); THINK muted and italic; outside voices (a
 * moderator) as neutral bubbles; errors, interventions and pauses as coloured banners;
 * step headers as a rule with the simulation time; a reply streaming in as a dashed
 * bubble. Row heights are cached per event and width, so 100,000 rows lay out quickly.
 */
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void clearCache() { m_heights.clear(); }

private:
    struct Layout
    {
        QRect avatar;
        QRect bubble;
        QRect title;
        QRect text;
    };
    enum class Style { Header, Bubble, Answer, Voice, Thought, Banner, Muted, Typing };
    Style styleOf(const QModelIndex &index) const;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, Style style) const;
    QString titleOf(const QModelIndex &index, Style style) const;
    QString textOf(const QModelIndex &index, Style style) const;

    mutable QHash<qint64, QPair<int, int>> m_heights; // seq -> (width, height)
};

} // namespace troupe
