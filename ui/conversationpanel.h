#pragma once

#include "world/runevent.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTimer;
class QLineEdit;
class QListView;
class QSpinBox;
class QTimer;
class QToolButton;

namespace troupe {

class ConversationDelegate;
class ConversationFilter;
class ConversationModel;
class ReplayBar;
class RunLoader;

/**
 * The conversation: a live run's events as they happen, or a stored run loaded in the
 * background and replayed step by step; with filters by agent and kind, and search. New
 * events reach the view at most every 100 ms, in one batch.
 */
class ConversationPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationPanel(QWidget *parent = nullptr);

    ConversationModel *model() const { return m_model; }
    ConversationFilter *filter() const { return m_filter; }
    QListView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QCheckBox *followTail() const { return m_follow; }
    QToolButton *agentsButton() const { return m_agents; }
    ReplayBar *replayBar() const { return m_replay; }
    /** The switch for a kind of event (ConversationFilter::Show). */
    QToolButton *kindButton(int flag) const;

    void setTitle(const QString &title);
    /** Starts showing a live run of these agents (in scenario order), replacing what was shown. */
    void startLive(const QStringList &participants);
    /** Whether events still arrive from a running run (no replay then). */
    void setLive(bool live);
    /** Loads a stored run in the background (own connection to the project) and offers its replay. */
    void showStoredRun(const QString &projectPath, qint64 runId, const QStringList &participants);
    bool isLoading() const;
    /** Shows these events at once, replacing what was shown. */
    void showEvents(const RunEvents &events);
    /** New events of the live run: shown within 100 ms, in one batch with any others. */
    void appendEvents(const RunEvents &events);
    /** Puts events still waiting for the next batch into the view now. */
    void flushPending();
    void setTyping(const QString &agent, const QString &textSoFar);
    void clear();
    /** Scrolls to the start of `step`; false when the step is not in the view. */
    bool jumpToStep(int step);
    /** Selects the event with this sequence number (and announces it). */
    bool selectEvent(qint64 seq);
    /** The run shown is a fork: its steps up to `forkStep` are marked as its parent's (0: not a fork). */
    void setForkOrigin(qint64 parentRunId, int forkStep);
    /** Whether right-clicking an event offers "Fork from Here…" (a stored or paused run is shown). */
    void setForkable(bool forkable) { m_forkable = forkable; }
    bool isForkable() const { return m_forkable; }

Q_SIGNALS:
    void eventSelected(const troupe::RunEvent &event);
    /** A stored run finished loading (error empty) or could not be loaded. */
    void loadFinished(qint64 runId, const QString &error);
    /** "Fork from Here…" was chosen on an event of `step`. */
    void forkRequested(int step);

private:
    void rebuildAgentMenu(const QStringList &agents);
    QToolButton *makeKindButton(const QString &text, const QString &tip, int flag, bool on);
    void selectSourceRow(int sourceRow);
    void finishLoad();
    void showMenu(const QPoint &pos);
    static constexpr int kMaxBatch = 4000; // events put into the view at one time

    ConversationModel *m_model;
    ConversationFilter *m_filter;
    ConversationDelegate *m_delegate;
    QListView *m_view;
    QLabel *m_title;
    QToolButton *m_agents;
    QLineEdit *m_search;
    QCheckBox *m_follow;
    QSpinBox *m_step;
    QTimer *m_searchTimer;
    ReplayBar *m_replay;
    RunLoader *m_loader;
    QTimer *m_flushTimer;
    RunEvents m_pending;
    RunEvents m_backlog; // a resumed run's new events while its stored ones still load
    QHash<int, QToolButton *> m_kindButtons;
    bool m_live = false;
    bool m_forkable = false;
    bool m_finishing = false; // the loader is done; the last batches are still going in
    qint64 m_loadedRun = 0;
    QString m_loadError;
};

} // namespace troupe
