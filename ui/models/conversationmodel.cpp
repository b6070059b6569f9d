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
    m_participants.clear();
    m_colourIndex.clear();
    m_stepVoices.clear();
    m_listeners.clear();
    m_receivers.clear();
    m_rowOfEvent.clear();
    m_lastStep = -1;
    m_forkParent = 0;
    m_forkStep = -1;
    endResetModel();
    emit agentsChanged({});
}

void ConversationModel::setParticipants(const QStringList &agents)
{
    m_participants = agents;
    m_participantSet = QSet<QString>(agents.cbegin(), agents.cend());
    m_colourIndex.clear();
    for (const QString &a : agents)
        m_colourIndex.insert(a, int(m_colourIndex.size()));
    for (const QString &a : std::as_const(m_actorOrder))
        if (!m_colourIndex.contains(a))
            m_colourIndex.insert(a, int(m_colourIndex.size()));
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void ConversationModel::setForkOrigin(qint64 parentRunId, int forkStep)
{
    m_forkParent = parentRunId;
    m_forkStep = parentRunId > 0 ? forkStep : -1;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

bool ConversationModel::isParticipant(const QString &name) const
{
    return m_participantSet.isEmpty() ? m_actors.contains(name) : m_participantSet.contains(name);
}

ConversationModel::Origin ConversationModel::originOf(const RunEvent &e) const
{
    if (e.kind == QLatin1String("stimulus")) {
        if (e.source.isEmpty())
            return Origin::World;
        return isParticipant(e.source) ? Origin::Agent : Origin::OutsideVoice;
    }
    if (e.kind == QLatin1String("action") || e.kind == QLatin1String("answer") || e.kind == QLatin1String("state")
        || e.kind == QLatin1String("feedback"))
        return Origin::Agent;
    return Origin::World;
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
    const int firstEvent = int(m_events.size());
    QList<int> grown; // earlier rows that more listeners heard
    beginInsertRows({}, first, first + newRows - 1);
    const int agentsBefore = int(m_actorOrder.size());
    for (const RunEvent &e : events) {
        if (e.step != m_lastStep) {
            m_lastStep = e.step;
            m_headerRows.insert(e.step, int(m_rows.size()));
            m_rows.push_back({RowType::StepHeader, e.step});
            m_stepVoices.clear();
        }
        const int at = int(m_events.size());
        bool echo = false;
        const bool acts = e.kind == QLatin1String("action") || e.kind == QLatin1String("answer"); // a respondent acts by answering
        if (acts && !e.agent.isEmpty() && !m_actors.contains(e.agent)) {
            m_actors.insert(e.agent);
            m_actorOrder.append(e.agent);
            if (!m_colourIndex.contains(e.agent))
                m_colourIndex.insert(e.agent, int(m_colourIndex.size()));
        }
        if (e.kind == QLatin1String("stimulus")) {
            // One broadcast is one stimulus per listener: the first row stands for all of them.
            m_receivers.insert(e.agent);
            const QString key = e.source + u'|' + e.type + u'|' + e.content;
            const auto firstHeard = m_stepVoices.constFind(key);
            echo = (!e.source.isEmpty() && isParticipant(e.source)) || firstHeard != m_stepVoices.cend();
            if (firstHeard != m_stepVoices.cend()) {
                m_listeners[*firstHeard].append(e.agent);
                if (*firstHeard < firstEvent && !grown.contains(*firstHeard))
                    grown.append(*firstHeard);
            } else {
                m_stepVoices.insert(key, at);
                m_listeners.insert(at, {e.agent});
            }
        }
        m_rowOfEvent.push_back(int(m_rows.size()));
        m_rows.push_back({RowType::Event, at});
        m_echo.push_back(echo);
        m_events.append(e);
    }
    endInsertRows();
    for (int e : std::as_const(grown)) {
        const QModelIndex i = index(m_rowOfEvent[size_t(e)]);
        emit dataChanged(i, i, {ListenersRole, EveryoneRole, Qt::DisplayRole});
    }
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

namespace {

// Tableau 10 without its grey (kept for voices from outside the run), then navy, olive and
// violet: neighbours differ in hue or lightness, and every one is dark enough to carry a
// readable initial and light enough to tint a bubble.
const QRgb kPalette[] = {0x4E79A7, 0xF28E2B, 0x59A14F, 0xE15759, 0xB07AA1, 0xEDC948,
                         0x76B7B2, 0xFF9DA7, 0x9C755F, 0x2F4B7C, 0xA0A31F, 0x7F3C8D};

} // namespace

int ConversationModel::paletteSize()
{
    return int(std::size(kPalette));
}

QColor ConversationModel::paletteColor(int index)
{
    return QColor(kPalette[size_t(std::abs(index) % paletteSize())]);
}

QColor ConversationModel::colorFor(const QString &name)
{
    return paletteColor(int(fnv1aHash(name) % quint64(paletteSize())));
}

QColor ConversationModel::colorOf(const QString &name) const
{
    const auto it = m_colourIndex.constFind(name);
    return it != m_colourIndex.cend() ? paletteColor(*it) : QColor(0x9e, 0x9e, 0x9e);
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
    if (e.kind == QLatin1String("answer"))
        return tr("%1 answers %2: %3").arg(e.agent, e.type, e.content);
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
            return colorOf(t.agent);
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
            const QString text = row.index == 0 ? tr("Before the first step")
                                                : tr("Step %1 · %2").arg(row.index).arg(time.toString(QStringLiteral("ddd HH:mm")));
            return row.index <= m_forkStep ? tr("%1 · as in run %2").arg(text).arg(m_forkParent) : text;
        }
        case InheritedRole:
            return row.index <= m_forkStep;
        case ForkDividerRole:
            return m_forkParent > 0 && row.index == m_forkStep + 1
                       ? tr("Forked from run %1 at step %2: the steps above repeat it, the change applies from here").arg(m_forkParent).arg(m_forkStep)
                       : QString();
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
        if (originOf(e) != Origin::Agent)
            return QColor(0x9e, 0x9e, 0x9e);
        return colorOf(e.kind == QLatin1String("stimulus") ? e.source : e.agent);
    }
    case InitialsRole: {
        const Origin origin = originOf(e);
        if (origin == Origin::World)
            return QString();
        return initialsOf(e.kind == QLatin1String("stimulus") ? e.source : e.agent);
    }
    case EventIndexRole:
        return row.index;
    case OriginRole:
        return int(originOf(e));
    case ListenersRole:
        return m_listeners.value(row.index);
    case InheritedRole:
        return e.step <= m_forkStep;
    case MissingReasonRole:
        return e.payload.is_object() && e.payload.contains("missing_reason") && e.payload["missing_reason"].is_string()
                   ? QString::fromStdString(e.payload["missing_reason"].get<std::string>())
                   : QString();
    case EveryoneRole: {
        const QStringList listeners = m_listeners.value(row.index);
        const qsizetype everyone = m_participants.isEmpty() ? m_receivers.size() : m_participants.size();
        return listeners.size() > 1 && listeners.size() >= everyone;
    }
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
