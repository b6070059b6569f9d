#pragma once

#include "intervention.h"
#include "runevent.h"
#include "socialnetwork.h"
#include "agent/agent.h"
#include "llm/callscheduler.h"
#include "turn/calllog.h"
#include "turn/answerpipeline.h"
#include "turn/turnpipeline.h"
#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace troupe {

class World;

/**
 * TinyTroupe's TinyWorld (and TinySocialNetwork, when a network is set): agents, a clock,
 * interventions and a scripted set of events. A step advances the clock, applies the
 * script and interventions, sends every agent's turn to the model at once (bounded by the
 * scheduler; see TurnPipeline), then applies the replies in a seeded order that does not depend
 * on which reply came first, routes TALK and REACH_OUT, consolidates memory, and commits the
 * step's events. Every event's place in the log is decided by the world's own order (agents,
 * interventions), never by when a reply arrived, so a run replays and resumes exactly.
 *
 * Runs are asynchronous: call run() and wait for finished() or paused(). The world lives on
 * one thread; it never blocks it.
 */
class World final : public QObject
{
    Q_OBJECT
public:
    enum class RunState { Idle, Running, Paused, Finished };

    World(QString name, llm::CallScheduler *scheduler, QObject *parent = nullptr);
    ~World() override;

    const QString &name() const { return m_name; }
    void setStart(const QDateTime &start);
    const QDateTime &start() const { return m_start; }
    void setStepDuration(qint64 seconds) { m_stepSeconds = std::max<qint64>(1, seconds); }
    qint64 stepDuration() const { return m_stepSeconds; }
    void setSeed(quint64 seed) { m_seed = seed; }
    quint64 seed() const { return m_seed; }
    /** TALK with an empty or unknown target goes to everyone else (default) or nobody. */
    void setBroadcastIfNoTarget(bool on) { m_broadcastIfNoTarget = on; }
    void setDefaultModel(const QString &model) { m_defaultModel = model; }
    /**
     * Storage for each finished step; without one, events only go to eventsAppended(). It may
     * queue the write (a failure it reports later has to stop the world); a failure it returns
     * pauses the run at once.
     */
    void setRecorder(std::function<Status(StepCommit)> recorder) { m_recorder = std::move(recorder); }

    Agent &addAgent(std::unique_ptr<Agent> agent);
    Agent *agent(const QString &name) const;
    const std::vector<std::unique_ptr<Agent>> &agents() const { return m_agents; }

    void setNetwork(SocialNetwork network);
    const std::optional<SocialNetwork> &network() const { return m_network; }
    void addIntervention(Intervention intervention);
    const std::vector<Intervention> &interventions() const { return m_interventions; }
    /** Runs `action` at the start of `step` (before interventions and turns). */
    void scheduleAt(int step, std::function<void(World &)> action);

    // What the world does to its agents; logged at the current step.
    void broadcast(const QString &speech, const QString &source = {});
    void broadcastThought(const QString &thought);
    void broadcastInternalGoal(const QString &goal);
    void broadcastContextChange(const QStringList &context);
    void broadcastVisual(const QString &description, const QString &source = {});
    /** A stimulus to one agent; false (with an error event) when there is no such agent. */
    bool deliver(const QString &agentName, const Stimulus &stimulus);
    bool moveAgent(const QString &agentName, const QString &location, const QStringList &context);
    bool setGoal(const QString &agentName, const QString &goal);
    Status applyFragment(const QString &agentName, const PersonaDocument &fragment);
    void makeEveryoneAccessible();
    /** Applies one effect to `targets` (everyone when empty): what scripts and interventions do. */
    void apply(const InterventionEffect &effect, QStringList targets);
    /**
     * Puts a question to agents in the current step: instead of a turn, each target answers
     * the step's questions in order (AnswerPipeline), and the answers are logged as "answer"
     * events in agent order.
     */
    void ask(Ask ask);

    // Running.
    void run(int steps);
    void runMinutes(int minutes) { run(stepsFor(qint64(minutes) * 60)); }
    void runHours(int hours) { run(stepsFor(qint64(hours) * 3600)); }
    void runDays(int days) { run(stepsFor(qint64(days) * 86400)); }
    /** Advances the clock by `steps` without anyone acting. */
    void skip(int steps);
    void skipMinutes(int minutes) { skip(stepsFor(qint64(minutes) * 60)); }
    void skipHours(int hours) { skip(stepsFor(qint64(hours) * 3600)); }
    void skipDays(int days) { skip(stepsFor(qint64(days) * 86400)); }
    /** One turn of one agent right after a stimulus (TinyTroupe's listen_and_act & co.). */
    void listenAndAct(const QString &agentName, const QString &speech, const QString &source = {});
    void seeAndAct(const QString &agentName, const QString &description, const QString &source = {});
    void thinkAndAct(const QString &agentName, const QString &thought);
    /** Stops after the current step; everything done so far is committed. */
    void requestStop() { m_stopRequested = true; }
    /**
     * Pauses now: calls in flight are cancelled and the step's replies discarded (replies
     * that did arrive are in the call log, so running again gets them from the cache).
     */
    void interrupt(const QString &reason);
    /** Pauses a run that is not running, with the reason logged (a model server that cannot be reached). */
    void pauseWith(const QString &reason);
    /** A world message in the log at the current step (an engine change at resume, ...). */
    void logNotice(const QString &type, const QString &content);
    /** Stores events logged between steps now, instead of with the next step. */
    bool commitPending();
    /** Pauses before a step once the run's model calls cost `dollars` (0: no cap). */
    void setBudget(double dollars) { m_budget = dollars; }
    double budget() const { return m_budget; }
    /** What the run's calls cost so far; set when resuming from the call log. */
    void setSpent(double dollars) { m_log.setSpent(dollars); }
    double spent() const { return m_log.spent(); }
    /** Model calls made and not yet stored; the run engine may store them before the step ends. */
    CallLog &callLog() { return m_log; }

    RunState state() const { return m_state; }
    const QString &pauseReason() const { return m_pauseReason; }
    int stepsDone() const { return m_stepsDone; }
    QDateTime now() const;
    /** Contents of recent TALK actions and stimuli, "Name: text", newest last. */
    QStringList recentActivity(int count = 30) const;
    /** Whether anyone said `phrase` (case-insensitive) in this run. */
    bool mentioned(const QString &phrase) const;
    const std::map<QString, int> &actionCounts() const { return m_actionCounts; }

    /** Clock, step and intervention bookkeeping, for saving and resuming a run. */
    nlohmann::json saveState() const;
    void restoreState(const nlohmann::json &state);
    /** Rebuilds what the world derives from its log (recent talk, counts) after a restore. */
    void replayLog(const RunEvents &events);

Q_SIGNALS:
    /** The events of one step (or of world actions between steps), once they are stored. */
    void eventsAppended(const troupe::RunEvents &events);
    void stepFinished(int step);
    void finished();
    void paused(const QString &reason);

private:
    int stepsFor(qint64 seconds) const;
    void actAfter(const QString &agentName, const Stimulus &stimulus);
    quint64 seedFor(int step, const QString &agent) const;
    void log(RunEvent event);
    void observe(const RunEvent &event);
    void logStimulus(const Agent &agent, const Stimulus &s);
    /** A NOTE the engine gives an agent about its own turn, as a feedback event. */
    void logNote(const Agent &agent, const QString &text);
    void beginStep();
    void evaluateInterventions();
    void fire(Intervention &intervention);
    void prepareTurns();
    void applyStep(TurnPipeline::Outcome outcome);
    void applyAnswers(AnswerPipeline::Outcome outcome);
    void route(Agent &actor, const Action &action);
    void consolidate();
    void commitStep();
    void pause(QString reason);
    void finish();
    void updateAccessibility();
    /** Every agent's snapshot for storage, in agent order. */
    std::vector<AgentSnapshot> snapshots() const;
    bool commit(const QString &pauseReason);

    QString m_name;
    QPointer<llm::CallScheduler> m_scheduler;
    QDateTime m_start;
    qint64 m_stepSeconds = 60;
    quint64 m_seed = 0;
    bool m_broadcastIfNoTarget = true;
    bool m_everyoneAccessible = false;
    QString m_defaultModel;
    std::function<Status(StepCommit)> m_recorder;

    std::vector<std::unique_ptr<Agent>> m_agents;
    QHash<QString, Agent *> m_byName; // the first agent of each name
    std::optional<SocialNetwork> m_network;
    std::vector<Intervention> m_interventions;
    std::vector<bool> m_fired;
    std::multimap<int, std::function<void(World &)>> m_script;

    RunState m_state = RunState::Idle;
    QString m_pauseReason;
    int m_stepsDone = 0;
    int m_stepsToRun = 0;
    int m_step = 0; // the step being run (stepsDone + 1 while running)
    qint64 m_skippedSeconds = 0;
    bool m_preludeDone = false;
    int m_scriptStep = 0;
    bool m_stopRequested = false;
    QString m_interruptReason;
    double m_budget = 0;
    QString m_onlyAgent; // set for a single agent's turn (listenAndAct & co.)
    qint64 m_nextSeq = 1;
    RunEvents m_pending;
    CallLog m_log;
    TurnPipeline m_pipeline;
    AnswerPipeline m_answers;
    std::vector<Ask> m_asks; // questions of the step in progress
    std::vector<size_t> m_acting; // agents taking a turn in the step in progress
    QStringList m_recent;
    QStringList m_allTalk;
    std::map<QString, int> m_actionCounts;
};

} // namespace troupe
