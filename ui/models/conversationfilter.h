#pragma once

#include <QAbstractProxyModel>
#include <QSet>

#include <vector>

namespace troupe {

class ConversationModel;

/**
 * What the conversation view shows: by agent, by kind of event, and text search. A proxy
 * written for an append-mostly list: a batch of new events is filtered and inserted in
 * time proportional to the batch (QSortFilterProxyModel's mapping grows with the whole
 * list on every insertion, which made 100,000 events quadratic).
 */
class ConversationFilter final : public QAbstractProxyModel
{
    Q_OBJECT
public:
    /** Voices: what someone outside the run says (a moderator's questions): the thread of the
     *  conversation, shown on its own switch so turning "Heard" off keeps it. */
    enum Show { Talk = 1, Thoughts = 2, Stimuli = 4, System = 8, State = 16, Echoes = 32, OtherActions = 64, Voices = 128 };

    explicit ConversationFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setHiddenAgents(const QSet<QString> &agents);
    const QSet<QString> &hiddenAgents() const { return m_hiddenAgents; }
    void setShown(int flags);
    int shown() const { return m_shown; }
    void setShown(Show flag, bool on) { setShown(on ? (m_shown | flag) : (m_shown & ~flag)); }
    void setSearch(const QString &text);
    const QString &search() const { return m_search; }
    /**
     * Shows only the first `sourceRows` rows of the model (a replay in progress), or all of
     * them (-1). Moving the limit inserts or removes rows at the end, never resets.
     */
    void setRevealLimit(int sourceRows);
    int revealLimit() const { return m_limit; }
    /** Whether a source row passes the filters, the reveal limit aside. */
    bool wouldShow(int sourceRow) const { return acceptsIgnoringLimit(sourceRow); }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

private:
    bool accepts(int sourceRow) const;
    bool acceptsIgnoringLimit(int sourceRow) const;
    void rebuild();
    void sourceInserted(const QModelIndex &parent, int first, int last);
    void sourceRemoved(const QModelIndex &parent, int first, int last);
    void sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    std::vector<int> m_rows; // accepted source rows, ascending
    QSet<QString> m_hiddenAgents;
    int m_shown = Talk | Thoughts | Voices | Stimuli | System | OtherActions;
    QString m_search;
    int m_limit = -1;
};

} // namespace troupe
