#pragma once

#include "world/runevent.h"

#include <QAbstractListModel>
#include <QColor>
#include <QSet>

#include <vector>

namespace troupe {

/**
 * A run's events as a flat list for the conversation view: a header row when a step
 * starts, one row per event, and at the end one "typing" row per agent whose reply is
 * streaming in. Events arrive in batches (one per step) and are inserted with one
 * beginInsertRows per batch; no widget per message. Stimuli that only echo something
 * already shown (a moderator's broadcast heard by five people, a TALK heard by its
 * listeners) are marked so the view can leave them out.
 */
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class RowType { StepHeader, Event, Typing };
    enum Role {
        RowTypeRole = Qt::UserRole + 1,
        KindRole,     // stimulus, action, state, feedback, intervention, error, world
        TypeRole,     // TALK, THINK, CONVERSATION, ...
        AgentRole,
        SourceRole,
        TargetRole,
        ContentRole,
        StepRole,
        TimeRole,
        SeqRole,
        EchoRole,     // a stimulus repeating what is already shown
        ColorRole,    // the agent's (or the outside voice's) stable colour
        InitialsRole,
        EventIndexRole, // index into events(), -1 for headers and typing rows
    };

    explicit ConversationModel(QObject *parent = nullptr);

    void clear();
    void appendEvents(const RunEvents &events);
    /** Shows (or, with empty text, removes) the reply `agent` is typing. */
    void setTyping(const QString &agent, const QString &textSoFar);
    void clearTyping();

    const RunEvents &events() const { return m_events; }
    const RunEvent *event(const QModelIndex &index) const;
    /** The row of the header of `step`, or -1. */
    int headerRow(int step) const;
    QStringList agents() const { return m_actorOrder; }
    int lastStep() const { return m_lastStep; }

    static QColor colorFor(const QString &name);
    static QString initialsOf(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void agentsChanged(const QStringList &agents);

private:
    struct Row
    {
        RowType type;
        int index; // event index, step number, or typing index
    };
    struct Typing
    {
        QString agent;
        QString text;
    };
    QString displayText(const Row &row) const;

    RunEvents m_events;
    std::vector<Row> m_rows;           // headers and events, then typing rows
    std::vector<Typing> m_typing;
    std::vector<bool> m_echo;          // per event
    QHash<int, int> m_headerRows;      // step -> row
    QSet<QString> m_actors;
    QStringList m_actorOrder;
    QSet<QString> m_stepVoices;        // source|content heard in the current step
    int m_lastStep = -1;
};

} // namespace troupe
