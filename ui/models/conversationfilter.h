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
    enum Show { Talk = 1, Thoughts = 2, Stimuli = 4, System = 8, State = 16, Echoes = 32, OtherActions = 64 };

    explicit ConversationFilter(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setHiddenAgents(const QSet<QString> &agents);
    const QSet<QString> &hiddenAgents() const { return m_hiddenAgents; }
    void setShown(int flags);
    int shown() const { return m_shown; }
    void setShown(Show flag, bool on) { setShown(on ? (m_shown | flag) : (m_shown & ~flag)); }
    void setSearch(const QString &text);
    const QString &search() const { return m_search; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

private:
    bool accepts(int sourceRow) const;
    void rebuild();
    void sourceInserted(const QModelIndex &parent, int first, int last);
    void sourceRemoved(const QModelIndex &parent, int first, int last);
    void sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    std::vector<int> m_rows; // accepted source rows, ascending
    QSet<QString> m_hiddenAgents;
    int m_shown = Talk | Thoughts | Stimuli | System | OtherActions;
    QString m_search;
};

} // namespace troupe
