#include "runworker.h"

#include "runengine.h"
#include "config/config.h"
#include "store/runstore.h"
#include "world/runresume.h"
#include "world/scenario.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunSession)
};

} // namespace

RunWorker::RunWorker() : m_typingTimer(new QTimer(this))
{
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(40); // bursts of streamed text reach the window at most 25 times a second
    connect(m_typingTimer, &QTimer::timeout, this, &RunWorker::flushTyping);
}

RunWorker::~RunWorker()
{
    m_world.reset(); // before the engine whose scheduler it uses
    m_engine.reset();
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
    m_agentSettings = AgentSettings::fromConfig(config.value());
    m_store = std::make_unique<RunStore>(*m_project);
    auto engine = RunEngine::create(m_project.get(), request.endpoint, config.value(), request.noCache);
    if (!engine) {
        emit failed(engine.error());
        return;
    }
    m_engine = std::move(engine).value();
    connect(&m_engine->provider(), &llm::Provider::streamed, this,
            [this](const QString &agent, const QString &, const QString &text) { onStreamed(agent, text); });
    if (!m_engine->provider().isLanguageModel()) {
        build(request);
        return;
    }
    m_engine->provider().prepare([this, request](const QString &error) {
        if (!error.isEmpty())
            emit failed(Tr::tr("%1 cannot be used: %2").arg(m_engine->provider().label(), error));
        else
            build(request);
    });
}

void RunWorker::build(const RunRequest &request)
{
    Scenario::BuildOptions options;
    options.settings = m_agentSettings;
    options.defaultModel = m_engine->defaultModel();
    QString title;
    int planned = 0;
    if (request.resumeRunId > 0) {
        auto record = m_store->run(request.resumeRunId);
        if (!record) {
            emit failed(record.error());
            return;
        }
        auto resumed = resumeRun(*m_store, request.resumeRunId, &m_engine->scheduler(), options);
        if (!resumed) {
            emit failed(resumed.error());
            return;
        }
        m_world = std::move(resumed).value();
        m_runId = request.resumeRunId;
        title = record.value().name;
        planned = Scenario::steps(nlohmann::ordered_json::parse(record.value().scenario.dump()));
        if (request.steps >= 0)
            planned = m_world->stepsDone() + request.steps;
        if (auto spent = m_store->spent(m_runId))
            m_world->setSpent(spent.value());
    } else if (request.scenario) {
        const nlohmann::ordered_json &resolved = *request.scenario;
        m_world = Scenario::build(resolved, &m_engine->scheduler(), options);
        planned = request.steps >= 0 ? request.steps : Scenario::steps(resolved);
        title = QString::fromStdString(resolved.value("name", std::string()));
        const nlohmann::json configJson = {{"provider", m_engine->provider().name().toStdString()},
                                           {"endpoint", m_engine->provider().identity().toStdString()},
                                           {"model", m_engine->defaultModel().toStdString()},
                                           {"steps", planned},
                                           {"budget_usd", request.budgetUsd}};
        auto created = m_store->createRun(title, m_world->seed(), nlohmann::json::parse(resolved.dump()), configJson);
        if (!created) {
            emit failed(created.error());
            return;
        }
        m_runId = created.value();
    } else {
        emit failed(Tr::tr("nothing to run: choose a scenario or a stored run"));
        return;
    }
    m_planned = planned;
    m_world->setBudget(request.budgetUsd);
    m_world->setRecorder([this](const StepCommit &c) { return m_store->commitStep(m_runId, c); });
    connect(m_world.get(), &World::eventsAppended, this, [this](const RunEvents &events) {
        dropTyping();
        emit eventsAppended(events);
    });
    connect(m_world.get(), &World::stepFinished, this, [this] { emit progressed(progress()); });
    connect(m_world.get(), &World::paused, this, [this](const QString &reason) {
        setStatus(m_stopping ? QStringLiteral("interrupted") : QStringLiteral("paused"));
        emit progressed(progress());
        if (m_stopping)
            emit finished(false);
        else
            emit paused(reason);
    });
    connect(m_world.get(), &World::finished, this, [this] {
        emit progressed(progress());
        if (m_stopping) {
            setStatus(QStringLiteral("interrupted"));
            emit finished(false);
        } else if (m_world->stepsDone() >= m_planned) {
            setStatus(QStringLiteral("finished"));
            emit finished(true);
        } else {
            setStatus(QStringLiteral("paused"));
            emit paused(m_stopReason);
        }
        m_stopReason.clear();
    });
    QStringList agents;
    for (const auto &a : m_world->agents())
        agents.append(a->name());
    emit opened(m_runId, title, agents, m_engine->provider().label(), m_engine->defaultModel(), planned);
    emit progressed(progress());
}

void RunWorker::run(int steps)
{
    if (!m_world || m_world->state() == World::RunState::Running)
        return;
    const int remaining = steps >= 0 ? steps : std::max(0, m_planned - m_world->stepsDone());
    if (m_world->stepsDone() + remaining > m_planned)
        m_planned = m_world->stepsDone() + remaining;
    setStatus(QStringLiteral("running"));
    emit running();
    m_world->run(remaining);
}

void RunWorker::pause()
{
    if (!m_world || m_world->state() != World::RunState::Running)
        return;
    m_stopReason = Tr::tr("paused after step %1").arg(m_world->stepsDone() + 1);
    m_world->requestStop();
}

void RunWorker::stop(const QString &reason)
{
    if (!m_world)
        return;
    m_stopping = true;
    if (m_world->state() == World::RunState::Running) {
        m_world->interrupt(reason);
    } else {
        setStatus(QStringLiteral("interrupted"));
        emit finished(false);
    }
}

void RunWorker::shutdown()
{
    m_typingTimer->stop();
    if (m_world && m_world->state() == World::RunState::Running) {
        m_world->disconnect(this);
        m_engine->scheduler().cancelAll();
        setStatus(QStringLiteral("interrupted"));
    }
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

RunProgress RunWorker::progress() const
{
    RunProgress p;
    p.stepsDone = m_world ? m_world->stepsDone() : 0;
    p.stepsPlanned = m_planned;
    if (auto rows = m_store->usage(m_runId, RunStore::UsageBy::Run); rows && !rows.value().empty()) {
        const auto &r = rows.value().front();
        p.promptTokens = r.promptTokens;
        p.completionTokens = r.completionTokens;
        p.calls = r.calls;
        p.cacheHits = r.cacheHits;
        p.cost = r.cost;
        p.costComplete = r.unpriced == 0;
    }
    p.tokensEstimated = m_engine && !m_engine->provider().isLanguageModel();
    return p;
}

void RunWorker::setStatus(const QString &status)
{
    if (m_store && m_runId > 0)
        (void)m_store->setStatus(m_runId, status);
}

} // namespace troupe
