#include "conversationmodel.h"

#include "util/fnvhash.h"

namespace troupe {

ConversationModel::ConversationModel(QObject *parent) : QAbstractListModel(parent) {}

void ConversationModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_rows.clear();
    m_typing.clear();
    m_echo.clear();
    m_headerRows.clear();
    m_actors.clear();
    m_actorOrder.clear();
    m_stepVoices.clear();
    m_lastStep = -1;
    endResetModel();
    emit agentsChanged({});
}

void ConversationModel::appendEvents(const RunEvents &events)
{
    if (events.isEmpty())
        return;
    clearTyping(); // a step's events replace what was streaming
    // Count the rows first so the view gets one insertion for the whole batch.
    int newRows = 0;
    int step = m_lastStep;
    for (const RunEvent &e : events) {
        if (e.step != step) {
            step = e.step;
            ++newRows;
        }
        ++newRows;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + newRows - 1);
    const int agentsBefore = int(m_actorOrder.size());
    for (const RunEvent &e : events) {
        if (e.step != m_lastStep) {
            m_lastStep = e.step;
            m_headerRows.insert(e.step, int(m_rows.size()));
            m_rows.push_back({RowType::StepHeader, e.step});
            m_stepVoices.clear();
        }
        bool echo = false;
        if (e.kind == QLatin1String("action") && !e.agent.isEmpty() && !m_actors.contains(e.agent)) {
            m_actors.insert(e.agent);
            m_actorOrder.append(e.agent);
        }
        if (e.kind == QLatin1String("stimulus")) {
            const QString key = e.source + u'|' + e.type + u'|' + e.content;
            echo = m_actors.contains(e.source) || m_stepVoices.contains(key);
            m_stepVoices.insert(key);
        }
        m_rows.push_back({RowType::Event, int(m_events.size())});
        m_echo.push_back(echo);
        m_events.append(e);
    }
    endInsertRows();
    if (int(m_actorOrder.size()) != agentsBefore)
        emit agentsChanged(m_actorOrder);
}

void ConversationModel::setTyping(const QString &agent, const QString &textSoFar)
{
    const int base = int(m_rows.size());
    for (size_t i = 0; i < m_typing.size(); ++i) {
        if (m_typing[i].agent != agent)
            continue;
        const int row = base + int(i);
        if (textSoFar.isEmpty()) {
            beginRemoveRows({}, row, row);
            m_typing.erase(m_typing.begin() + qsizetype(i));
            endRemoveRows();
        } else {
            m_typing[i].text = textSoFar;
            emit dataChanged(index(row), index(row));
        }
        return;
    }
    if (textSoFar.isEmpty())
        return;
    const int row = base + int(m_typing.size());
    beginInsertRows({}, row, row);
    m_typing.push_back({agent, textSoFar});
    endInsertRows();
}

void ConversationModel::clearTyping()
{
    if (m_typing.empty())
        return;
    const int base = int(m_rows.size());
    beginRemoveRows({}, base, base + int(m_typing.size()) - 1);
    m_typing.clear();
    endRemoveRows();
}

const RunEvent *ConversationModel::event(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return nullptr;
    const Row &r = m_rows[size_t(index.row())];
    return r.type == RowType::Event ? &m_events[r.index] : nullptr;
}

int ConversationModel::headerRow(int step) const
{
    return m_headerRows.value(step, -1);
}

QColor ConversationModel::colorFor(const QString &name)
{
    // A stable hue per name; saturation and value chosen to stay readable on light and dark.
    const quint64 h = fnv1aHash(name);
    return QColor::fromHsv(int(h % 360), 140 + int((h >> 12) % 60), 170 + int((h >> 20) % 40));
}

QString ConversationModel::initialsOf(const QString &name)
{
    const QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
    QString out;
    for (const QString &p : parts) {
        if (p.front().isLetter())
            out += p.front().toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_typing.size());
}

QString ConversationModel::displayText(const Row &row) const
{
    const RunEvent &e = m_events[row.index];
    QString who = e.agent;
    if (e.kind == QLatin1String("stimulus") && !e.source.isEmpty())
        who = e.source;
    if (!e.target.isEmpty() && e.kind == QLatin1String("action"))
        who += QStringLiteral(" → ") + e.target;
    return who.isEmpty() ? e.content : who + QStringLiteral(": ") + e.content;
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = index.row();
    if (r >= int(m_rows.size())) {
        const Typing &t = m_typing[size_t(r - int(m_rows.size()))];
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1: %2").arg(t.agent, t.text);
        case RowTypeRole:
            return int(RowType::Typing);
        case AgentRole:
            return t.agent;
        case ContentRole:
            return t.text;
        case ColorRole:
            return colorFor(t.agent);
        case InitialsRole:
            return initialsOf(t.agent);
        case EventIndexRole:
            return -1;
        default:
            return {};
        }
    }
    const Row &row = m_rows[size_t(r)];
    if (row.type == RowType::StepHeader) {
        switch (role) {
        case RowTypeRole:
            return int(RowType::StepHeader);
        case StepRole:
            return row.index;
        case Qt::DisplayRole: {
            const int next = r + 1 < int(m_rows.size()) ? r + 1 : -1;
            const QDateTime time = next >= 0 && m_rows[size_t(next)].type == RowType::Event ? m_events[m_rows[size_t(next)].index].time : QDateTime();
            return row.index == 0 ? tr("Before the first step")
                                  : tr("Step %1 · %2").arg(row.index).arg(time.toString(QStringLiteral("ddd HH:mm")));
        }
        case EventIndexRole:
            return -1;
        default:
            return {};
        }
    }
    const RunEvent &e = m_events[row.index];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row);
    case Qt::ToolTipRole:
        return e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case RowTypeRole:
        return int(RowType::Event);
    case KindRole:
        return e.kind;
    case TypeRole:
        return e.type;
    case AgentRole:
        return e.agent;
    case SourceRole:
        return e.source;
    case TargetRole:
        return e.target;
    case ContentRole:
        return e.content;
    case StepRole:
        return e.step;
    case TimeRole:
        return e.time;
    case SeqRole:
        return e.seq;
    case EchoRole:
        return bool(m_echo[size_t(row.index)]);
    case ColorRole: {
        const QString who = e.kind == QLatin1String("stimulus") && !e.source.isEmpty() ? e.source : e.agent;
        return who.isEmpty() ? QColor(Qt::gray) : colorFor(who);
    }
    case InitialsRole:
        return initialsOf(e.kind == QLatin1String("stimulus") && !e.source.isEmpty() ? e.source : e.agent);
    case EventIndexRole:
        return row.index;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(TypeRole, "type");
    names.insert(AgentRole, "agent");
    names.insert(ContentRole, "content");
    names.insert(StepRole, "step");
    return names;
}

} // namespace troupe
