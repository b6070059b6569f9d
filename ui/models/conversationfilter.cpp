#include "conversationfilter.h"

#include "conversationmodel.h"

namespace troupe {

ConversationFilter::ConversationFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void ConversationFilter::setHiddenAgents(const QSet<QString> &agents)
{
    m_hiddenAgents = agents;
    invalidateRowsFilter();
}

void ConversationFilter::setShown(int flags)
{
    m_shown = flags;
    invalidateRowsFilter();
}

void ConversationFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

bool ConversationFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto type = ConversationModel::RowType(i.data(ConversationModel::RowTypeRole).toInt());
    if (type == ConversationModel::RowType::StepHeader)
        return m_search.isEmpty();
    const QString agent = i.data(ConversationModel::AgentRole).toString();
    if (!agent.isEmpty() && m_hiddenAgents.contains(agent))
        return false;
    if (type == ConversationModel::RowType::Typing)
        return true;
    const QString kind = i.data(ConversationModel::KindRole).toString();
    const QString what = i.data(ConversationModel::TypeRole).toString();
    int flag = OtherActions;
    if (kind == QLatin1String("action"))
        flag = what == QLatin1String("TALK") ? Talk : what == QLatin1String("THINK") ? Thoughts : OtherActions;
    else if (kind == QLatin1String("stimulus"))
        flag = Stimuli;
    else if (kind == QLatin1String("state") || kind == QLatin1String("feedback"))
        flag = State;
    else
        flag = System;
    if (!(m_shown & flag))
        return false;
    if (what == QLatin1String("DONE"))
        return false;
    if (flag == Stimuli && !(m_shown & Echoes) && i.data(ConversationModel::EchoRole).toBool())
        return false;
    if (!m_search.isEmpty())
        return i.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive);
    return true;
}

} // namespace troupe
