#include "runworker.h"

#include "runengine.h"
#include "config/config.h"
#include "experiment/runfork.h"
#include "world/world.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunSession)
};

} // namespace

RunWorker::RunWorker() : m_typingTimer(new QTimer(this)), m_eventTimer(new QTimer(this))
{
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(40); // bursts of streamed text reach the window at most 25 times a second
    connect(m_typingTimer, &QTimer::timeout, this, &RunWorker::flushTyping);
    // A run of thousands of agents reaches the window in batches, at most ten times a second.
    m_eventTimer->setSingleShot(true);
    m_eventTimer->setInterval(100);
    connect(m_eventTimer, &QTimer::timeout, this, &RunWorker::flushEvents);
}

RunWorker::~RunWorker()
{
    m_engine.reset(); // before the project it writes to
}

void RunWorker::open(const RunRequest &request)
{
    auto config = Config::load();
    if (!config) {
        emit failed(config.error());
        return;
    }
    auto project = ProjectFile::open(request.projectPath);
    if (!project) {
        emit failed(project.error());
        return;
    }
    m_project = std::move(project).value();
    m_engine = std::make_unique<RunEngine>(*m_project, config.value());
    m_flags = request.endpoint;
    m_engine->setFlags(request.endpoint, request.noCache);
    m_engine->setPace(request.paceMs);
    connect(m_engine.get(), &RunEngine::notice, this, &RunWorker::notice);
    connect(m_engine.get(), &RunEngine::eventsAppended, this, [this](const RunEvents &events) {
        dropTyping();
        m_events += events;
        if (!m_eventTimer->isActive())
            m_eventTimer->start();
    });
    connect(m_engine.get(), &RunEngine::stepFinished, this, [this] {
        m_progressDue = true;
        if (!m_eventTimer->isActive())
            m_eventTimer->start();
    });
    connect(m_engine.get(), &RunEngine::statusChanged, this, &RunWorker::onStatus);
    connect(m_engine.get(), &RunEngine::ready, this, [this] {
        QStringList agents;
        for (const auto &a : m_engine->world()->agents())
            agents.append(a->name());
        emit opened(m_engine->runId(), m_engine->title(), agents, m_engine->models()->provider().label(),
                    m_engine->engine().model, m_engine->stepsPlanned());
        emit progressed(progress());
    });

    Status s;
    if (request.fork) {
        s = startFork(*request.fork);
    } else if (request.resumeRunId > 0) {
        RunEngine::Continue c;
        c.runId = request.resumeRunId;
        if (request.steps >= 0)
            c.moreSteps = request.steps;
        if (request.budgetUsd > 0)
            c.budgetUsd = request.budgetUsd;
        s = m_engine->resume(c);
    } else if (request.scenario) {
        RunEngine::NewRun n;
        n.scenario = *request.scenario;
        if (request.steps >= 0)
            n.steps = request.steps;
        n.budgetUsd = request.budgetUsd;
        s = m_engine->start(n);
    } else {
        s = Status::failure(Tr::tr("nothing to run: choose a scenario or a stored run"));
    }
    if (!s) {
        emit failed(s.error());
        return;
    }
    connect(&m_engine->models()->provider(), &llm::Provider::streamed, this,
            [this](const QString &agent, const QString &, const QString &text) { onStreamed(agent, text); });
}

Status RunWorker::startFork(const ForkRequest &fork)
{
    const ForkChange::Outcome change = forkChangeFromText(fork.change, Tr::tr("the change"));
    if (!change.change) {
        QStringList problems;
        for (const Diagnostic &d : change.diagnostics)
            problems.append(d.toString());
        return Status::failure(problems.join(u'\n'));
    }
    auto plan = planFork(m_engine->store(), fork.parentRunId, fork.atStep, *change.change, fork.stepsAfter, m_flags);
    if (!plan)
        return Status::failure(plan.error());
    return troupe::startFork(*m_engine, plan.value());
}

void RunWorker::onStatus(RunStatus status, const QString &reason)
{
    flushEvents();
    emit progressed(progress());
    switch (status) {
    case RunStatus::Running:
        emit running();
        break;
    case RunStatus::Paused:
        // A run that could not start (its model cannot be reached) is opened all the same, paused.
        if (m_engine->stepsDone() == 0 && m_engine->world() && m_engine->world()->state() == World::RunState::Paused)
            emit opened(m_engine->runId(), m_engine->title(), {}, m_engine->models()->provider().label(),
                        m_engine->engine().model, m_engine->stepsPlanned());
        emit paused(reason);
        break;
    case RunStatus::Finished:
        emit finished(true);
        break;
    case RunStatus::Interrupted:
        emit finished(false);
        break;
    case RunStatus::Created:
    case RunStatus::Failed:
        break;
    }
}

void RunWorker::run(int steps)
{
    if (m_engine)
        m_engine->run(steps);
}

void RunWorker::extend(int moreSteps)
{
    if (!m_engine)
        return;
    if (const Status s = m_engine->extend(moreSteps); !s) {
        emit failed(s.error());
        return;
    }
    emit progressed(progress());
    m_engine->run();
}

void RunWorker::setPace(int msPerStep)
{
    if (m_engine)
        m_engine->setPace(msPerStep);
}

void RunWorker::pause()
{
    if (m_engine)
        m_engine->pauseAfterStep();
}

void RunWorker::stop(const QString &reason)
{
    if (m_engine)
        m_engine->stop(reason);
}

void RunWorker::shutdown()
{
    m_typingTimer->stop();
    m_eventTimer->stop();
    if (m_engine)
        m_engine->shutdown();
}

void RunWorker::onStreamed(const QString &agent, const QString &textSoFar)
{
    // Leading edge at once, then at most one update per agent every 40 ms.
    if (!m_typingTimer->isActive()) {
        emit typing(agent, textSoFar);
        m_typingTimer->start();
        return;
    }
    m_typing.insert(agent, textSoFar);
}

void RunWorker::flushTyping()
{
    if (m_typing.isEmpty())
        return;
    for (auto it = m_typing.cbegin(); it != m_typing.cend(); ++it)
        emit typing(it.key(), it.value());
    m_typing.clear();
    m_typingTimer->start();
}

void RunWorker::dropTyping()
{
    // The step's events are committed: what was still streaming is superseded by them.
    m_typingTimer->stop();
    m_typing.clear();
}

void RunWorker::flushEvents()
{
    m_eventTimer->stop();
    if (!m_events.isEmpty()) {
        RunEvents batch;
        batch.swap(m_events);
        emit eventsAppended(batch);
    }
    if (m_progressDue) {
        m_progressDue = false;
        emit progressed(progress());
    }
}

RunProgress RunWorker::progress() const
{
    RunProgress p;
    if (!m_engine)
        return p;
    p.stepsDone = m_engine->stepsStored();
    p.stepsPlanned = m_engine->stepsPlanned();
    if (auto rows = m_engine->store().usage(m_engine->runId(), RunStore::UsageBy::Run); rows && !rows.value().empty()) {
        const auto &r = rows.value().front();
        p.promptTokens = r.promptTokens;
        p.completionTokens = r.completionTokens;
        p.calls = r.calls;
        p.cacheHits = r.cacheHits;
        p.cost = r.cost;
        p.costComplete = r.unpriced == 0;
    }
    if (auto info = m_engine->store().runInfo(m_engine->runId()))
        p.activeMs = info.value().activeMs;
    p.tokensEstimated = !m_engine->models()->provider().isLanguageModel();
    return p;
}

} // namespace troupe
