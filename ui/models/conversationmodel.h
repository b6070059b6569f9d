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
 * listeners) are marked so the view can leave them out; the first of them knows everyone
 * who heard it, so it can read "Moderator to everyone" once.
 */
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class RowType { StepHeader, Event, Typing };
    enum Role {
        RowTypeRole = Qt::UserRole + 1,
        KindRole,     // stimulus, action, answer, state, feedback, intervention, error, world
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
        OriginRole,     // an Origin: who the event comes from
        ListenersRole,  // for the first row of something heard: everyone who heard it (QStringList)
        EveryoneRole,   // for that row: whether every participant heard it
        InheritedRole,  // a fork's event (or step header) that repeats its parent's
        ForkDividerRole, // on the header of a fork's first own step: "Forked from run N at step k"
        MissingReasonRole, // an answer event without a valid answer: why
    };
    /** Where an event comes from: an agent of the run, a voice from outside it (a moderator), or the world itself. */
    enum class Origin { Agent, OutsideVoice, World };

    explicit ConversationModel(QObject *parent = nullptr);

    void clear();
    /** The run's agents in scenario order: their colours, and who "everyone" is. */
    void setParticipants(const QStringList &agents);
    /** The run shown is a fork of `parentRunId` after `forkStep`: its steps up to there are the parent's (0: not a fork). */
    void setForkOrigin(qint64 parentRunId, int forkStep);
    qint64 forkParent() const { return m_forkParent; }
    int forkStep() const { return m_forkStep; }
    const QStringList &participants() const { return m_participants; }
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

    /** The colour of the i-th agent: neighbours differ clearly, up to 12 agents, then it repeats. */
    static QColor paletteColor(int index);
    static int paletteSize();
    /** A palette colour picked by the name alone, for views that do not know the run's order. */
    static QColor colorFor(const QString &name);
    /** The colour of an agent of this run (by its place in the run), or grey for anyone else. */
    QColor colorOf(const QString &name) const;
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
    Origin originOf(const RunEvent &e) const;
    bool isParticipant(const QString &name) const;

    RunEvents m_events;
    std::vector<Row> m_rows;           // headers and events, then typing rows
    std::vector<Typing> m_typing;
    std::vector<bool> m_echo;          // per event
    QHash<int, int> m_headerRows;      // step -> row
    QSet<QString> m_actors;
    QStringList m_actorOrder;
    QStringList m_participants;
    QSet<QString> m_participantSet;
    std::vector<int> m_rowOfEvent;     // per event: its row
    QHash<QString, int> m_colourIndex; // agent -> palette index
    QHash<QString, int> m_stepVoices;  // source|type|content heard in the current step -> its first event
    QHash<int, QStringList> m_listeners; // first event of something heard -> who heard it
    QSet<QString> m_receivers;         // everyone who received anything (when the participants are not known)
    int m_lastStep = -1;
    qint64 m_forkParent = 0;
    int m_forkStep = -1;
};

} // namespace troupe
