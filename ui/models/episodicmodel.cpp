#include "episodicmodel.h"

#include <QFont>
#include <QPalette>
#include <QGuiApplication>

namespace troupe {

EpisodicModel::EpisodicModel(QObject *parent) : QAbstractListModel(parent) {}

void EpisodicModel::setItems(std::vector<MemoryItem> items, qsizetype known, int prefix, int lookback, int maxContent)
{
    beginResetModel();
    m_items = std::move(items);
    m_known = std::clamp<qsizetype>(known, 0, qsizetype(m_items.size()));
    m_prefix = prefix;
    m_lookback = lookback;
    m_maxContent = maxContent;
    endResetModel();
}

bool EpisodicModel::inWindow(int row) const
{
    const int n = int(m_known);
    return row < n && (row < m_prefix || row >= n - m_lookback);
}

int EpisodicModel::inWindowCount() const
{
    int count = 0;
    for (int r = 0; r < int(m_items.size()); ++r)
        count += inWindow(r) ? 1 : 0;
    return count;
}

int EpisodicModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant EpisodicModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemoryItem &item = m_items[size_t(index.row())];
    const bool in = inWindow(index.row());
    const bool after = index.row() >= m_known;
    switch (role) {
    case Qt::DisplayRole:
        return QString((in ? QStringLiteral("● ") : after ? QStringLiteral("○ ") : QStringLiteral("   "))
                       + item.render(m_maxContent > 0 ? m_maxContent : 1024));
    case Qt::ToolTipRole:
        return in      ? tr("In the prompt of this turn")
            : after    ? tr("Not in this turn's prompt: the agent got it after the call (its reply, or what it heard later)")
                       : tr("Remembered, but outside the prompt window");
    case Qt::ForegroundRole:
        return in ? QVariant() : QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText));
    case Qt::FontRole: {
        QFont f;
        f.setBold(in && item.role == MemoryItem::Role::Action);
        f.setItalic(after);
        return f;
    }
    case AfterCallRole:
        return after;
    case InWindowRole:
        return in;
    case StepRole:
        return item.step;
    case RoleRole:
        return MemoryItem::roleName(item.role);
    default:
        return {};
    }
}

} // namespace troupe
