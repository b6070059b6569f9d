#pragma once

#include "llm/endpoint.h"
#include "world/runevent.h"
#include "store/runstatus.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <nlohmann/json.hpp>

#include <optional>

namespace troupe {

class RunWorker;

/** A fork to make: a new run repeating a stored run's first steps, then a change (session/runfork). */
struct ForkRequest
{
    qint64 parentRunId = 0;
    int atStep = 0;
    std::optional<int> stepsAfter; // default: up to the parent's length
    QByteArray change;             // a change as JSON (docs/experiments.md); empty or {}: none
};

/** What to run: a new run of a resolved scenario, a stored run to continue, or a fork of one. */
struct RunRequest
{
    QString projectPath;
    std::optional<nlohmann::ordered_json> scenario; // resolved (Scenario / ScenarioStore::resolve)
    qint64 resumeRunId = 0;                         // instead of scenario
    std::optional<ForkRequest> fork;                // instead of either; `endpoint` overrides the parent's engine
    int steps = -1;                                 // -1: the scenario's (resuming: what is left); else that many (more)
    llm::EndpointFlags endpoint;                    // provider, base URL, model, concurrency
    double budgetUsd = 0;                           // 0: no cap
    bool noCache = false;
    int paceMs = 0;                                 // the least time a step takes (0: as fast as the model)
};

/** Totals of a run so far, sent after every step. */
struct RunProgress
{
    int stepsDone = 0;
    int stepsPlanned = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    int calls = 0;
    int cacheHits = 0;
    double cost = 0;
    bool costComplete = true;
    bool tokensEstimated = false;
    qint64 activeMs = 0; // time spent running, pauses excluded
};

/**
 * A run on its own thread: the world, its provider and scheduler and a connection to the
 * project file live on a worker thread, so a heavy step never stutters the window. The
 * window sees the run only through queued, batched signals and queued commands. Everything
 * a step does is in the project once stepFinished() arrives; closing the session (or the
 * window) marks a running run as interrupted, and it can be resumed later.
 */
class RunSession final : public QObject
{
    Q_OBJECT
public:
    enum class State { Preparing, Ready, Running, Paused, Finished, Failed };
    Q_ENUM(State)

    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override;

    /** Prepares the run (probing a network provider first); opened() or failed() follows. */
    void open(RunRequest request);
    /** Runs the remaining planned steps (or at most `steps` of them, then pauses). */
    void run(int steps = -1);
    void stepOnce() { run(1); }
    /** Plans `moreSteps` more steps and runs them: the explicit way to continue a finished run. */
    void extend(int moreSteps);
    /** The least time a step takes from now on, so a demo runs at a readable pace (0: full speed). */
    void setPace(int msPerStep);
    /** Pauses after the step in progress; everything so far is saved. */
    void pause();
    /** Stops now: calls in flight are cancelled, the run is marked interrupted and can be resumed. */
    void stop();

    State state() const { return m_state; }
    qint64 runId() const { return m_runId; }
    const RunProgress &progress() const { return m_progress; }
    const QString &providerLabel() const { return m_providerLabel; }
    const QString &model() const { return m_model; }

Q_SIGNALS:
    void opened(qint64 runId, const QString &title, const QStringList &agents);
    /** A line for people: resuming after step k, an engine override. */
    void notice(const QString &text);
    void eventsAppended(const troupe::RunEvents &events);
    /** Text of a reply while it streams in ("typing"), at most every 40 ms per agent; empty when done. */
    void typing(const QString &agent, const QString &textSoFar);
    void progressed(const troupe::RunProgress &progress);
    void stateChanged(troupe::RunSession::State state, const QString &reason);
    void failed(const QString &error);

private:
    void setState(State state, const QString &reason = {});

    QThread m_thread;
    QPointer<RunWorker> m_worker;
    State m_state = State::Preparing;
    qint64 m_runId = 0;
    RunProgress m_progress;
    QString m_providerLabel;
    QString m_model;
};

} // namespace troupe

Q_DECLARE_METATYPE(troupe::RunProgress)
