#include "runengine.h"

#include "runrebuild.h"
#include "llm/provider.h"
#include "store/projectcallcache.h"
#include "world/scenario.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunEngine)
};

/** Why a run paused when its storage failed. */
QString notSaved(const QString &error)
{
    return Tr::tr("the run could not be saved: %1").arg(error);
}

/** Runs stored before engines were remembered kept only {provider, endpoint, model}. */
EngineSpec legacyEngine(const nlohmann::ordered_json &config)
{
    EngineSpec e;
    e.provider = QString::fromStdString(config.value("provider", std::string("offline")));
    e.model = QString::fromStdString(config.value("model", std::string()));
    const QString endpoint = QString::fromStdString(config.value("endpoint", std::string()));
    if (!e.isOffline() && endpoint.contains(QLatin1Char(' ')))
        e.baseUrl = endpoint.section(QLatin1Char(' '), 1);
    return e;
}

} // namespace

RunEngine::RunEngine(ProjectFile &project, Config config, QObject *parent)
    : QObject(parent), m_project(project), m_store(project), m_writer(std::make_unique<RunWriter>(project)),
      m_config(std::move(config))
{
    qRegisterMetaType<RunStatus>();
    connect(m_writer.get(), &RunWriter::stepStored, this, &RunEngine::announceStored);
    connect(m_writer.get(), &RunWriter::failed, this, &RunEngine::onWriteFailed);
    // Calls already paid for reach the project while a step is still in progress.
    m_flushTimer.setInterval(250);
    connect(&m_flushTimer, &QTimer::timeout, this, &RunEngine::flushCalls);
}

RunEngine::~RunEngine()
{
    m_closing = true;
    m_flushTimer.stop();
    m_world.reset(); // before the models whose scheduler it uses
    m_models.reset();
    m_writer.reset(); // what was posted is written
}

void RunEngine::setFlags(const llm::EndpointFlags &flags, bool noCache)
{
    m_flags = flags;
    m_noCache = noCache;
}

int RunEngine::stepsDone() const
{
    return m_world ? m_world->stepsDone() : 0;
}

Status RunEngine::setUp(const llm::EndpointFlags &flags, const AgentSettings &settings)
{
    auto models = ModelStack::create(&m_project, flags, m_config, m_noCache);
    if (!models)
        return Status::failure(models.error());
    m_models = std::move(models).value();
    m_engine = EngineSpec::describe(m_models->provider(), m_models->defaultModel(), settings);
    return {};
}

nlohmann::ordered_json RunEngine::storedConfig() const
{
    nlohmann::ordered_json c;
    // The first keys are those of earlier versions, which the run list reads.
    c["provider"] = m_engine.provider.toStdString();
    c["endpoint"] = m_models ? m_models->provider().identity().toStdString() : std::string();
    c["model"] = m_engine.model.toStdString();
    c["steps"] = m_planned;
    c["budget_usd"] = m_budget;
    c["engine"] = m_engine.toJson();
    if (!m_overrides.empty())
        c["overrides"] = m_overrides;
    return c;
}

Status RunEngine::start(const NewRun &run)
{
    if (const Status s = setUp(m_flags, run.settings.value_or(AgentSettings::fromConfig(m_config))); !s)
        return s;
    Scenario::BuildOptions options;
    options.settings = m_engine.agentSettings;
    options.seed = run.seed;
    options.defaultModel = m_models->defaultModel();
    m_world = Scenario::build(run.scenario, &m_models->scheduler(), options);
    m_planned = run.steps.value_or(Scenario::steps(run.scenario));
    m_budget = run.budgetUsd.value_or(
        m_config.value(QStringLiteral("Simulation"), QStringLiteral("RUN_BUDGET_USD"), 0).toDouble());
    m_title = run.name.isEmpty() ? QString::fromStdString(run.scenario.value("name", std::string())) : run.name;
    RunStore::NewRun row;
    row.name = m_title;
    row.seed = m_world->seed();
    row.scenario = run.scenario;
    row.config = storedConfig();
    row.parentRunId = run.parentRunId;
    row.forkStep = run.forkStep;
    auto created = m_store.createRun(row);
    if (!created)
        return Status::failure(created.error());
    m_runId = created.value();
    connectWorld();
    prepare();
    return {};
}

Status RunEngine::resume(const Continue &what)
{
    auto record = m_store.run(what.runId);
    if (!record)
        return Status::failure(record.error());
    const RunStore::RunRecord &r = record.value();
    const int planned = r.config.value("steps", Scenario::steps(r.scenario));
    if (r.status == RunStatus::Finished && !what.moreSteps)
        return Status::failure(Tr::tr("run %1 already ran all %2 steps; ask for more steps to continue it").arg(r.id).arg(r.stepsDone));
    if (r.status == RunStatus::Failed)
        return Status::failure(Tr::tr("run %1 failed and cannot be continued").arg(r.id));

    EngineSpec stored;
    if (const auto it = r.config.find("engine"); it != r.config.end()) {
        auto spec = EngineSpec::fromJson(*it);
        if (!spec)
            return Status::failure(Tr::tr("run %1: %2").arg(r.id).arg(spec.error()));
        stored = std::move(spec).value();
    } else {
        stored = legacyEngine(r.config);
        stored.agentSettings = AgentSettings::fromConfig(m_config);
    }
    std::vector<EngineOverride> changes;
    const EngineSpec wanted = applyOverrides(stored, m_flags, &changes);
    if (const Status s = setUp(wanted.flags(), wanted.agentSettings); !s)
        return Status::failure(Tr::tr("run %1 was made with %2 (%3), which cannot be used now: %4")
                                   .arg(r.id)
                                   .arg(wanted.label.isEmpty() ? wanted.provider : wanted.label, wanted.model, s.error()));
    if (!wanted.structuredMode.isEmpty() && m_engine.structuredMode.isEmpty())
        m_engine.structuredMode = wanted.structuredMode;
    if (const auto it = r.config.find("overrides"); it != r.config.end() && it->is_array())
        m_overrides = *it;

    Scenario::BuildOptions options;
    options.settings = m_engine.agentSettings;
    options.defaultModel = m_engine.model;
    auto world = rebuildRun(m_store, r, &m_models->scheduler(), options);
    if (!world)
        return Status::failure(world.error());
    m_world = std::move(world).value();
    m_runId = r.id;
    m_title = r.name;
    m_planned = what.moreSteps ? m_world->stepsDone() + *what.moreSteps : std::max(planned, m_world->stepsDone());
    m_budget = what.budgetUsd.value_or(r.config.value("budget_usd", 0.0));
    if (auto spent = m_store.spent(m_runId))
        m_world->setSpent(spent.value());
    connectWorld();

    emit notice(Tr::tr("resuming run %1 (\"%2\") after step %3").arg(m_runId).arg(m_title).arg(m_world->stepsDone()));
    for (const EngineOverride &c : changes) {
        const QString line = Tr::tr("engine changed for the rest of run %1: %2 %3 → %4 (given explicitly)")
                                 .arg(m_runId)
                                 .arg(c.field, c.from.isEmpty() ? Tr::tr("(none)") : c.from, c.to);
        emit notice(line);
        m_world->logNotice(QStringLiteral("engine_override"), line);
        m_overrides.push_back({{"after_step", m_world->stepsDone()},
                               {"field", c.field.toStdString()},
                               {"from", c.from.toStdString()},
                               {"to", c.to.toStdString()}});
    }
    if (const Status s = m_store.setConfig(m_runId, storedConfig()); !s)
        return s;
    if (!m_world->commitPending())
        return Status::failure(m_world->pauseReason());
    if (const Status s = m_writer->drain(); !s) // the override events are in the project when resume returns
        return Status::failure(notSaved(s.error()));
    prepare();
    return {};
}

void RunEngine::connectWorld()
{
    m_world->setBudget(m_budget);
    m_announced = m_world->stepsDone();
    m_world->setRecorder([this](StepCommit c) {
        const int done = c.stepsDone;
        if (ProjectCallCache *cache = m_models->projectCache())
            cache->addUnwritten(c.calls);
        return m_writer->post([runId = m_runId, c = std::move(c)](RunStore &store) { return store.commitStep(runId, c); }, done);
    });
    connect(m_world.get(), &World::eventsAppended, this, &RunEngine::eventsAppended);
    // stepFinished follows from the writer, once the step is stored.
    connect(m_world.get(), &World::stepFinished, this, [this] { addActiveTime(); });
    connect(m_world.get(), &World::finished, this, &RunEngine::onWorldFinished);
    connect(m_world.get(), &World::paused, this, &RunEngine::onWorldPaused);
}

void RunEngine::prepare()
{
    llm::Provider &provider = m_models->provider();
    if (!provider.isLanguageModel()) {
        QTimer::singleShot(0, this, &RunEngine::ready);
        return;
    }
    QPointer<RunEngine> self(this);
    provider.prepare([self, this](const QString &error) {
        if (!self || m_closing)
            return;
        if (!error.isEmpty()) {
            // The run keeps its engine: it waits, paused with the reason, until it can be reached.
            m_world->pauseWith(Tr::tr("%1 cannot be used: %2").arg(m_models->provider().label(), error));
            return;
        }
        const EngineSpec found = EngineSpec::describe(m_models->provider(), m_engine.model, m_engine.agentSettings);
        if (!found.structuredMode.isEmpty() && found.structuredMode != m_engine.structuredMode) {
            m_engine.structuredMode = found.structuredMode;
            (void)m_store.setConfig(m_runId, storedConfig());
        }
        emit ready();
    });
}

Status RunEngine::extend(int moreSteps)
{
    if (moreSteps <= 0 || !m_world)
        return {};
    m_planned = std::max(m_planned, m_world->stepsDone()) + moreSteps;
    return m_store.setConfig(m_runId, storedConfig());
}

void RunEngine::run(int maxSteps)
{
    if (!m_world || m_status == RunStatus::Running)
        return;
    if (const QString failed = m_writer->failure(); !failed.isEmpty()) {
        // The world is ahead of what is stored: going on would pay for steps that are never
        // kept. Opening the run again continues from its last stored step.
        setStatus(RunStatus::Paused, Tr::tr("the run could not be saved: %1; open it again to continue from step %2")
                                         .arg(failed).arg(stepsStored() + 1));
        return;
    }
    m_stopAt = maxSteps >= 0 ? std::min(m_planned, m_world->stepsDone() + maxSteps) : m_planned;
    m_after = After::Continue;
    m_stopping = false;
    m_reason.clear();
    setStatus(RunStatus::Running);
    m_active.start();
    m_flushTimer.start();
    nextStep();
}

void RunEngine::nextStep()
{
    if (m_world->stepsDone() >= m_stopAt) {
        onWorldFinished();
        return;
    }
    // Storage may run a step behind, not more: a crash then loses at most the step before,
    // and memory holds one step being written, not a queue of them.
    if (const Status written = m_writer->waitForSteps(1); !written) {
        addActiveTime();
        setStatus(RunStatus::Paused, notSaved(written.error()));
        return;
    }
    m_stepClock.start();
    m_world->run(1);
}

void RunEngine::onWorldFinished()
{
    if (m_status != RunStatus::Running)
        return;
    if (m_after == After::Stop || m_stopping) {
        addActiveTime();
        setStatus(RunStatus::Interrupted, m_stopReason);
        return;
    }
    if (m_world->stepsDone() >= m_planned) {
        addActiveTime();
        setStatus(RunStatus::Finished);
        return;
    }
    if (m_after == After::Pause || m_world->stepsDone() >= m_stopAt) {
        addActiveTime();
        setStatus(RunStatus::Paused, Tr::tr("paused after step %1").arg(m_world->stepsDone()));
        return;
    }
    addActiveTime(); // after every step: the studio's clock reads it, and a crash keeps it
    const qint64 wait = m_paceMs > 0 ? std::max<qint64>(0, m_paceMs - m_stepClock.elapsed()) : 0;
    QTimer::singleShot(int(wait), this, [this] {
        if (m_status == RunStatus::Running)
            nextStep();
    });
}

void RunEngine::onWorldPaused(const QString &reason)
{
    addActiveTime();
    if (m_stopping)
        setStatus(RunStatus::Interrupted, m_stopReason);
    else
        setStatus(RunStatus::Paused, reason);
}

void RunEngine::pauseAfterStep()
{
    if (m_status == RunStatus::Running)
        m_after = After::Pause;
}

void RunEngine::stopAfterStep(const QString &reason)
{
    if (m_status != RunStatus::Running)
        return;
    m_after = After::Stop;
    m_stopReason = reason;
}

void RunEngine::stop(const QString &reason)
{
    m_stopReason = reason;
    if (m_status == RunStatus::Running && m_world && m_world->state() == World::RunState::Running) {
        m_stopping = true;
        m_world->interrupt(reason);
    } else if (m_status == RunStatus::Running || m_status == RunStatus::Paused || m_status == RunStatus::Created) {
        addActiveTime();
        setStatus(RunStatus::Interrupted, reason);
    }
}

void RunEngine::shutdown()
{
    if (m_status != RunStatus::Running || !m_world)
        return;
    m_world->disconnect(this);
    m_models->scheduler().cancelAll();
    flushCalls();
    addActiveTime();
    setStatus(RunStatus::Interrupted, Tr::tr("the program was closed during step %1").arg(m_world->stepsDone() + 1));
}

void RunEngine::setStatus(RunStatus status, QString reason)
{
    if (status != RunStatus::Running)
        m_flushTimer.stop();
    // Everything before the change is stored (and said) before it is: whoever reads the
    // project on statusChanged finds every step and call. A run whose last writes failed is
    // not finished: it pauses where its storage ends.
    const Status written = m_writer->drain();
    announceStored(m_writer->stepsStored());
    if (!written && status != RunStatus::Running && !reason.contains(written.error())) {
        if (status == RunStatus::Finished || status == RunStatus::Paused) {
            status = RunStatus::Paused;
            reason = notSaved(written.error());
        } else {
            reason = Tr::tr("%1; the run could not be saved after step %2: %3").arg(reason).arg(stepsStored()).arg(written.error());
        }
    }
    m_status = status;
    m_reason = status == RunStatus::Paused ? reason : QString();
    if (m_runId > 0)
        (void)m_store.setStatus(m_runId, status, runHasEnded(status) || status == RunStatus::Paused ? summaryJson() : nlohmann::json());
    emit statusChanged(status, reason);
}

void RunEngine::addActiveTime()
{
    if (!m_active.isValid())
        return;
    const qint64 ms = m_active.restart();
    if (m_runId > 0 && ms > 0)
        (void)m_writer->post([runId = m_runId, ms](RunStore &store) { return store.addActiveTime(runId, ms); });
    if (m_status != RunStatus::Running)
        m_active.invalidate();
}

void RunEngine::flushCalls()
{
    if (!m_world || m_world->callLog().isEmpty() || m_runId <= 0)
        return;
    std::vector<LlmCallRecord> calls = m_world->callLog().take();
    if (ProjectCallCache *cache = m_models->projectCache())
        cache->addUnwritten(calls);
    (void)m_writer->post([runId = m_runId, calls = std::move(calls)](RunStore &store) { return store.storeCalls(runId, calls); });
}

void RunEngine::announceStored(int stepsDone)
{
    if (stepsDone > m_announced && m_models)
        if (ProjectCallCache *cache = m_models->projectCache())
            cache->forgetWrittenUpTo(stepsDone);
    while (m_announced < stepsDone) // each step once, in order
        emit stepFinished(++m_announced);
}

void RunEngine::onWriteFailed(const QString &reason)
{
    if (m_status != RunStatus::Running || !m_world)
        return;
    // The step in progress cannot be stored either: the world stops and pauses with the
    // reason (its own commit then fails with it), or, between steps, the run pauses here.
    if (m_world->state() == World::RunState::Running) {
        m_world->interrupt(reason);
        return;
    }
    addActiveTime();
    setStatus(RunStatus::Paused, notSaved(reason));
}

nlohmann::json RunEngine::summaryJson() const
{
    nlohmann::json counts = nlohmann::json::object();
    if (m_world)
        for (const auto &[type, n] : m_world->actionCounts())
            counts[type.toStdString()] = n;
    nlohmann::json j = {{"steps", stepsStored()}, {"actions", counts}, {"provider", m_engine.provider.toStdString()},
                        {"model", m_engine.model.toStdString()}};
    if (auto rows = m_store.usage(m_runId, RunStore::UsageBy::Run); rows && !rows.value().empty()) {
        const auto &u = rows.value().front();
        j["model_calls"] = u.calls;
        j["cache_hits"] = u.cacheHits;
        j["failed_calls"] = u.failed;
        j["prompt_tokens"] = u.promptTokens;
        j["completion_tokens"] = u.completionTokens;
        j["cost_usd"] = u.cost;
        j["cost_complete"] = u.unpriced == 0;
    }
    return j;
}

} // namespace troupe
