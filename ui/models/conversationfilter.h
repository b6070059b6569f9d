#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace troupe {

/** What the conversation view shows: by agent, by kind of event, and text search. */
class ConversationFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Show { Talk = 1, Thoughts = 2, Stimuli = 4, System = 8, State = 16, Echoes = 32, OtherActions = 64 };

    explicit ConversationFilter(QObject *parent = nullptr);

    void setHiddenAgents(const QSet<QString> &agents);
    const QSet<QString> &hiddenAgents() const { return m_hiddenAgents; }
    void setShown(int flags);
    int shown() const { return m_shown; }
    void setShown(Show flag, bool on) { setShown(on ? (m_shown | flag) : (m_shown & ~flag)); }
    void setSearch(const QString &text);
    const QString &search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_hiddenAgents;
    int m_shown = Talk | Thoughts | Stimuli | System | OtherActions;
    QString m_search;
};

} // namespace troupe
