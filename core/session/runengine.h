#pragma once

#include "enginespec.h"
#include "modelstack.h"
#include "runwriter.h"
#include "config/config.h"
#include "store/runstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace troupe {

class World;

/**
 * The one run engine, driven by `troupe run` and by the studio's run thread alike. It
 * creates, resumes, records and finishes runs:
 * - a new run stores its scenario, engine and settings, then the provider gets ready (a
 *   network server is probed with the same retry policy as turns);
 * - a stored run is rebuilt exactly as it was after its last stored step, with the engine it
 *   was started with; flags given explicitly override it, and each override is logged;
 * - steps run one at a time, each stored in one transaction (model calls already made are
 *   stored while a step is in progress, so a crash does not lose what was paid for). The
 *   writes happen on a thread of their own (RunWriter), so storing a step overlaps the next
 *   one; stepFinished says a step is stored, and statusChanged comes only once everything
 *   before it is;
 * - the status follows: created → running → paused | finished | interrupted.
 * If the model cannot be reached the run pauses with the reason; it never falls back to
 * another engine. Lives on one thread; everything it does there is asynchronous.
 */
class RunEngine final : public QObject
{
    Q_OBJECT
public:
    /** A new run of a resolved scenario. */
    struct NewRun
    {
        nlohmann::ordered_json scenario;
        std::optional<int> steps;        // default: the scenario's
        std::optional<quint64> seed;     // default: the scenario's
        std::optional<double> budgetUsd; // default: [Simulation] RUN_BUDGET_USD
        QString name;                    // default: the scenario's
        qint64 parentRunId = 0;          // a fork: the run it was forked from
        int forkStep = 0;                // a fork: the parent's step it continues after
        std::optional<AgentSettings> settings; // default: from config.ini (a fork: its parent's)
    };
    /** A stored run to continue. */
    struct Continue
    {
        qint64 runId = 0;
        std::optional<int> moreSteps;    // run this many more steps (also after a finished run)
        std::optional<double> budgetUsd; // default: the run's
    };

    RunEngine(ProjectFile &project, Config config, QObject *parent = nullptr);
    ~RunEngine() override;

    /** The flags the user gave: a new run's engine, or explicit overrides of a stored run's. */
    void setFlags(const llm::EndpointFlags &flags, bool noCache);
    /** The least time a step takes, so a demo runs at a readable pace (0: as fast as the model). */
    void setPace(int msPerStep) { m_paceMs = std::max(0, msPerStep); }
    int pace() const { return m_paceMs; }

    /** Creates the run; ready() follows once the provider is ready, or the run pauses with the reason. */
    Status start(const NewRun &run);
    /**
     * Rebuilds a stored run. A finished run is refused unless more steps are asked for; a
     * paused, interrupted or crashed one continues where it stopped.
     */
    Status resume(const Continue &what);

    /** Runs the planned steps that are left, or at most `maxSteps` of them (then it pauses). */
    void run(int maxSteps = -1);
    /** Plans `moreSteps` beyond those planned (continuing a finished run is only this, explicitly). */
    Status extend(int moreSteps);
    /** Pauses once the step in progress is stored. */
    void pauseAfterStep();
    /** Stops once the step in progress is stored; the run is kept as interrupted. */
    void stopAfterStep(const QString &reason);
    /** Stops now: calls in flight are cancelled, nothing of the step is applied, the run is interrupted. */
    void stop(const QString &reason);
    /** Before the engine goes away with a run in progress: it is marked interrupted. */
    void shutdown();

    qint64 runId() const { return m_runId; }
    const QString &title() const { return m_title; }
    int stepsPlanned() const { return m_planned; }
    /** Steps the world has done (the one being written included). */
    int stepsDone() const;
    /** Steps in the project: stepFinished has been emitted for each. */
    int stepsStored() const { return m_announced; }
    RunStatus status() const { return m_status; }
    bool isRunning() const { return m_status == RunStatus::Running; }
    const EngineSpec &engine() const { return m_engine; }
    double budget() const { return m_budget; }
    World *world() const { return m_world.get(); }
    ModelStack *models() const { return m_models.get(); }
    RunStore &store() { return m_store; }
    /** Why the run paused (empty unless paused). */
    const QString &pauseReason() const { return m_reason; }
    /** What the run's record says about its calls and actions, as stored in runs.summary. */
    nlohmann::json summaryJson() const;

Q_SIGNALS:
    void ready();
    /** A line for people: "resuming run 3 after step 2", an engine override. */
    void notice(const QString &text);
    void eventsAppended(const troupe::RunEvents &events);
    void stepFinished(int stepsDone);
    void statusChanged(troupe::RunStatus status, const QString &reason);
    /** The run could not be set up at all (nothing to pause). */
    void failed(const QString &error);

private:
    Status setUp(const llm::EndpointFlags &flags, const AgentSettings &settings);
    void connectWorld();
    void prepare();
    void nextStep();
    void onWorldFinished();
    void onWorldPaused(const QString &reason);
    void setStatus(RunStatus status, QString reason = {});
    void addActiveTime();
    void flushCalls();
    void announceStored(int stepsDone);
    void onWriteFailed(const QString &reason);
    nlohmann::ordered_json storedConfig() const;

    ProjectFile &m_project;
    RunStore m_store;
    std::unique_ptr<RunWriter> m_writer; // made with the run, gone before the project
    int m_announced = 0; // the last step stepFinished was emitted for
    Config m_config;
    llm::EndpointFlags m_flags;
    bool m_noCache = false;
    std::unique_ptr<ModelStack> m_models;
    std::unique_ptr<World> m_world;
    EngineSpec m_engine;
    nlohmann::ordered_json m_overrides = nlohmann::ordered_json::array();
    qint64 m_runId = 0;
    QString m_title;
    int m_planned = 0;
    int m_stopAt = 0; // run() goes up to this step
    double m_budget = 0;
    RunStatus m_status = RunStatus::Created;
    QString m_reason;
    enum class After { Continue, Pause, Stop } m_after = After::Continue;
    QString m_stopReason;
    bool m_stopping = false;
    int m_paceMs = 0;
    QElapsedTimer m_active;
    QElapsedTimer m_stepClock;
    QTimer m_flushTimer;
    bool m_closing = false; // the destructor runs: callbacks of cancelled calls do nothing
};

} // namespace troupe

Q_DECLARE_METATYPE(troupe::RunStatus)
