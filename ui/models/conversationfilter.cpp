#include "conversationfilter.h"

#include "conversationmodel.h"

#include <algorithm>

namespace troupe {

ConversationFilter::ConversationFilter(QObject *parent) : QAbstractProxyModel(parent) {}

void ConversationFilter::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    beginResetModel();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        connect(source, &QAbstractItemModel::rowsInserted, this, &ConversationFilter::sourceInserted);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &ConversationFilter::sourceRemoved);
        connect(source, &QAbstractItemModel::dataChanged, this, &ConversationFilter::sourceChanged);
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ConversationFilter::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            m_rows.clear();
            m_limit = -1;
            rebuild();
            endResetModel();
        });
        connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    }
    m_rows.clear();
    rebuild();
    endResetModel();
}

void ConversationFilter::setHiddenAgents(const QSet<QString> &agents)
{
    beginResetModel();
    m_hiddenAgents = agents;
    rebuild();
    endResetModel();
}

void ConversationFilter::setShown(int flags)
{
    beginResetModel();
    m_shown = flags;
    rebuild();
    endResetModel();
}

void ConversationFilter::setSearch(const QString &text)
{
    beginResetModel();
    m_search = text.trimmed();
    rebuild();
    endResetModel();
}

void ConversationFilter::rebuild()
{
    m_rows.clear();
    if (!sourceModel())
        return;
    const int n = sourceModel()->rowCount();
    m_rows.reserve(size_t(n));
    for (int r = 0; r < n; ++r)
        if (accepts(r))
            m_rows.push_back(r);
}

void ConversationFilter::setRevealLimit(int sourceRows)
{
    if (!sourceModel() || sourceRows == m_limit)
        return;
    const int total = sourceModel()->rowCount();
    const int from = m_limit < 0 ? total : std::min(m_limit, total);
    const int to = sourceRows < 0 ? total : std::min(sourceRows, total);
    m_limit = sourceRows;
    if (to > from) {
        std::vector<int> accepted;
        for (int r = from; r < to; ++r)
            if (acceptsIgnoringLimit(r))
                accepted.push_back(r);
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), from);
        const int position = int(at - m_rows.begin());
        if (!accepted.empty()) {
            beginInsertRows({}, position, position + int(accepted.size()) - 1);
            m_rows.insert(m_rows.begin() + position, accepted.begin(), accepted.end());
            endInsertRows();
        }
    } else if (to < from) {
        const auto begin = std::lower_bound(m_rows.begin(), m_rows.end(), to);
        const auto end = std::lower_bound(begin, m_rows.end(), from);
        if (end > begin) {
            const int first = int(begin - m_rows.begin());
            beginRemoveRows({}, first, int(end - m_rows.begin()) - 1);
            m_rows.erase(begin, end);
            endRemoveRows();
        }
    }
}

bool ConversationFilter::accepts(int sourceRow) const
{
    return (m_limit < 0 || sourceRow < m_limit) && acceptsIgnoringLimit(sourceRow);
}

bool ConversationFilter::acceptsIgnoringLimit(int sourceRow) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0);
    const auto type = ConversationModel::RowType(i.data(ConversationModel::RowTypeRole).toInt());
    if (type == ConversationModel::RowType::StepHeader)
        return m_search.isEmpty();
    const QString agent = i.data(ConversationModel::AgentRole).toString();
    const QString kind = i.data(ConversationModel::KindRole).toString();
    const bool echo = i.data(ConversationModel::EchoRole).toBool();
    if (!agent.isEmpty() && m_hiddenAgents.contains(agent)) {
        // Something many heard is shown once: hidden only when everyone who heard it is.
        const QStringList listeners = kind == QLatin1String("stimulus") && !echo ? i.data(ConversationModel::ListenersRole).toStringList()
                                                                               : QStringList();
        if (std::all_of(listeners.cbegin(), listeners.cend(), [this](const QString &l) { return m_hiddenAgents.contains(l); }))
            return false;
    }
    if (type == ConversationModel::RowType::Typing)
        return true;
    const QString what = i.data(ConversationModel::TypeRole).toString();
    if (what == QLatin1String("DONE"))
        return false;
    int flag = OtherActions;
    if (kind == QLatin1String("action"))
        flag = what == QLatin1String("TALK") ? Talk : what == QLatin1String("THINK") ? Thoughts : OtherActions;
    else if (kind == QLatin1String("stimulus"))
        flag = ConversationModel::Origin(i.data(ConversationModel::OriginRole).toInt()) == ConversationModel::Origin::OutsideVoice ? Voices : Stimuli;
    else if (kind == QLatin1String("state") || kind == QLatin1String("feedback"))
        flag = State;
    else if (kind == QLatin1String("answer"))
        flag = Talk; // an answer is the agent speaking
    else
        flag = System;
    if (!(m_shown & flag))
        return false;
    if ((flag == Stimuli || flag == Voices) && !(m_shown & Echoes) && echo)
        return false;
    if (!m_search.isEmpty())
        return i.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive);
    return true;
}

void ConversationFilter::sourceInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    const int position = int(at - m_rows.begin());
    for (auto it = at; it != m_rows.end(); ++it) // rows after the insertion (typing rows) move down
        *it += count;
    std::vector<int> accepted;
    for (int r = first; r <= last; ++r)
        if (accepts(r))
            accepted.push_back(r);
    if (accepted.empty())
        return;
    beginInsertRows({}, position, position + int(accepted.size()) - 1);
    m_rows.insert(m_rows.begin() + position, accepted.begin(), accepted.end());
    endInsertRows();
}

void ConversationFilter::sourceRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), first);
    const auto to = std::upper_bound(from, m_rows.end(), last);
    const int begin = int(from - m_rows.begin());
    const int end = int(to - m_rows.begin());
    if (end > begin) {
        beginRemoveRows({}, begin, end - 1);
        m_rows.erase(m_rows.begin() + begin, m_rows.begin() + end);
        endRemoveRows();
    }
    for (auto it = m_rows.begin() + begin; it != m_rows.end(); ++it)
        *it -= count;
}

void ConversationFilter::sourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), topLeft.row());
    const auto to = std::upper_bound(from, m_rows.end(), bottomRight.row());
    if (to > from)
        emit dataChanged(index(int(from - m_rows.begin()), 0), index(int(to - m_rows.begin()) - 1, 0), roles);
}

QModelIndex ConversationFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], 0);
}

QModelIndex ConversationFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sourceIndex.row());
    if (it == m_rows.end() || *it != sourceIndex.row())
        return {};
    return index(int(it - m_rows.begin()), 0);
}

QModelIndex ConversationFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column != 0 || row >= int(m_rows.size()))
        return {};
    return createIndex(row, column);
}

QModelIndex ConversationFilter::parent(const QModelIndex &) const
{
    return {};
}

int ConversationFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

} // namespace troupe
