#include "world.h"

#include "memory/consolidation.h"
#include "turn/structuredcall.h"
#include "util/fnvhash.h"
#include "util/jsonvalue.h"
#include "util/jsonschema.h"
#include "util/promptrenderer.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <random>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(World)
};

quint64 mix(quint64 x)
{
    // splitmix64: a good spread from small inputs, the same on every platform.
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

const JsonSchema &conditionSchema()
{
    static const JsonSchema schema = [] {
        auto compiled = JsonSchema::fromJson({{"type", "object"},
                                              {"required", {"holds", "reason"}},
                                              {"properties", {{"holds", {{"type", "boolean"}}}, {"reason", {{"type", "string"}}}}}});
        if (!compiled)
            qFatal("condition schema does not compile: %s", qPrintable(compiled.error()));
        return std::move(compiled).value();
    }();
    return schema;
}

} // namespace

World::World(QString name, llm::CallScheduler *scheduler, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_scheduler(scheduler), m_log(scheduler ? scheduler->provider() : nullptr),
      m_pipeline(scheduler, m_log, this), m_answers(scheduler, m_log, this)
{
    qRegisterMetaType<RunEvents>();
    m_start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    if (scheduler)
        m_defaultModel = scheduler->provider()->defaultModel();
}

World::~World()
{
    // Turn requests may be being made from the agents on worker threads.
    if (m_scheduler)
        m_scheduler->drain();
}

void World::setStart(const QDateTime &start)
{
    m_start = start;
    for (auto &a : m_agents)
        a->state().datetime = now();
}

QDateTime World::now() const
{
    const int step = m_step > m_stepsDone ? m_step : m_stepsDone;
    return m_start.addSecs(qint64(std::max(0, step - 1)) * m_stepSeconds + m_skippedSeconds);
}

int World::stepsFor(qint64 seconds) const
{
    return int((seconds + m_stepSeconds - 1) / m_stepSeconds);
}

quint64 World::seedFor(int step, const QString &agent) const
{
    return mix(m_seed ^ mix(quint64(step)) ^ fnv1aHash(agent));
}

Agent &World::addAgent(std::unique_ptr<Agent> agent)
{
    agent->state().datetime = now();
    if (!m_byName.contains(agent->name()))
        m_byName.insert(agent->name(), agent.get());
    m_agents.push_back(std::move(agent));
    if (m_everyoneAccessible)
        makeEveryoneAccessible();
    return *m_agents.back();
}

Agent *World::agent(const QString &name) const
{
    // Every talk and stimulus looks its agent up (or finds that a voice is no agent's):
    // a scan made a step O(agents²). Agents keep their names: a fragment never changes one.
    return m_byName.value(name);
}

void World::setNetwork(SocialNetwork network)
{
    m_network = std::move(network);
    updateAccessibility();
}

void World::addIntervention(Intervention intervention)
{
    m_interventions.push_back(std::move(intervention));
    m_fired.push_back(false);
}

void World::scheduleAt(int step, std::function<void(World &)> action)
{
    m_script.emplace(std::max(1, step), std::move(action));
}

// ---- running ---------------------------------------------------------------------------

void World::run(int steps)
{
    if (m_state == RunState::Running)
        return;
    m_stepsToRun = std::max(0, steps);
    m_stopRequested = false;
    m_interruptReason.clear();
    m_pauseReason.clear();
    m_state = RunState::Running;
    QTimer::singleShot(0, this, &World::beginStep);
}

void World::skip(int steps)
{
    m_skippedSeconds += qint64(std::max(0, steps)) * m_stepSeconds;
    for (auto &a : m_agents)
        a->state().datetime = now();
}

void World::listenAndAct(const QString &agentName, const QString &speech, const QString &source)
{
    actAfter(agentName, {StimulusType::Conversation, speech, source});
}

void World::seeAndAct(const QString &agentName, const QString &description, const QString &source)
{
    actAfter(agentName, {StimulusType::Visual, description, source});
}

void World::thinkAndAct(const QString &agentName, const QString &thought)
{
    actAfter(agentName, {StimulusType::Thought, thought, QString()});
}

void World::actAfter(const QString &agentName, const Stimulus &stimulus)
{
    m_onlyAgent = agentName;
    ++m_step; // the stimulus belongs to the step about to run
    deliver(agentName, stimulus);
    --m_step;
    run(1);
}

void World::beginStep()
{
    if (m_stopRequested || m_stepsToRun <= 0) {
        finish();
        return;
    }
    if (m_budget > 0 && m_log.spent() >= m_budget) {
        m_step = m_stepsDone + 1;
        pause(Tr::tr("the budget of $%1 for this run is reached ($%2 spent); raise the cap to continue")
                  .arg(QString::number(m_budget, 'f', 2), QString::number(m_log.spent(), 'f', 4)));
        return;
    }
    m_step = m_stepsDone + 1;
    for (auto &a : m_agents)
        a->state().datetime = now();
    if (m_preludeDone) { // resuming a step whose turns failed
        prepareTurns();
        return;
    }
    if (m_scriptStep != m_step) { // not again when resuming after a failed condition check
        m_scriptStep = m_step;
        auto [first, last] = m_script.equal_range(m_step);
        for (auto it = first; it != last; ++it)
            it->second(*this);
    }
    updateAccessibility();
    evaluateInterventions();
}

void World::evaluateInterventions()
{
    std::vector<size_t> candidates;
    for (size_t i = 0; i < m_interventions.size(); ++i) {
        const Intervention &iv = m_interventions[i];
        if ((iv.once && m_fired[i]) || m_step < iv.firstStep)
            continue;
        if (iv.precondition && !iv.precondition(*this))
            continue;
        candidates.push_back(i);
    }
    struct Checks
    {
        std::vector<std::optional<nlohmann::json>> answers; // per intervention: the judge's verdict
        std::vector<QString> failures;
        int outstanding = 1;
    };
    auto checks = std::make_shared<Checks>();
    checks->answers.resize(m_interventions.size());
    checks->failures.resize(m_interventions.size());
    QPointer<World> self(this);
    auto finishOne = [self, this, candidates, checks] {
        if (!self || --checks->outstanding > 0)
            return;
        // Verdicts are logged in the interventions' order, not in the order they arrived.
        for (size_t i : candidates) {
            if (!checks->failures[i].isEmpty()) {
                pause(m_interruptReason.isEmpty() ? checks->failures[i] : m_interruptReason);
                return;
            }
        }
        for (size_t i : candidates) {
            if (const auto &answer = checks->answers[i]) {
                RunEvent e;
                e.kind = QStringLiteral("world");
                e.type = QStringLiteral("condition");
                e.content = Tr::tr("%1: \"%2\" %3 — %4")
                                .arg(m_interventions[i].name, m_interventions[i].textualCondition,
                                     answer->at("holds").get<bool>() ? Tr::tr("holds") : Tr::tr("does not hold"),
                                     jsonString(*answer, "reason"));
                log(std::move(e));
            }
        }
        for (size_t i : candidates)
            if (!checks->answers[i] || checks->answers[i]->at("holds").get<bool>())
                fire(m_interventions[i]), m_fired[i] = true;
        m_preludeDone = true;
        prepareTurns();
    };
    for (size_t i : candidates) {
        const Intervention &iv = m_interventions[i];
        if (iv.textualCondition.isEmpty())
            continue;
        ++checks->outstanding;
        StructuredCall call;
        call.request.purpose = QStringLiteral("condition");
        call.request.model = m_defaultModel;
        call.request.temperature = 0;
        call.request.seed = seedFor(m_step, iv.name);
        nlohmann::json recent = nlohmann::json::array();
        for (const QString &line : recentActivity())
            recent.push_back(line.toStdString());
        const nlohmann::json ctx = {{"condition", iv.textualCondition.toStdString()}, {"recent", recent}};
        call.request.messages.push_back({QStringLiteral("user"), renderPrompt(QStringLiteral("condition_check"), ctx)});
        call.request.hints = ctx;
        call.request.responseSchema = {{"type", "object"},
                                       {"required", {"holds", "reason"}},
                                       {"properties", {{"holds", {{"type", "boolean"}}}, {"reason", {{"type", "string"}}}}}};
        call.request.schemaName = QStringLiteral("condition_check");
        call.schema = &conditionSchema();
        call.maxAttempts = 1;
        const int step = m_step;
        runStructuredCall(
            *m_scheduler, std::move(call), this,
            [this, step](const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable) {
                m_log.chat(request, reply, usable, step);
            },
            [this, i, checks, finishOne](StructuredResult r) {
                if (r.value)
                    checks->answers[i] = std::move(r.value);
                else
                    checks->failures[i] = Tr::tr("checking the condition of intervention %1 failed: %2")
                                              .arg(m_interventions[i].name, r.problem);
                finishOne();
            });
    }
    finishOne();
}

void World::ask(Ask ask)
{
    m_asks.push_back(std::move(ask));
}

void World::prepareTurns()
{
    if (!m_asks.empty()) {
        m_acting.clear();
        std::vector<Agent *> asked;
        for (size_t i = 0; i < m_agents.size(); ++i) {
            const bool targeted = std::any_of(m_asks.begin(), m_asks.end(), [&](const Ask &a) {
                return a.targets.isEmpty() || a.targets.contains(m_agents[i]->name());
            });
            if (targeted && (m_onlyAgent.isEmpty() || m_agents[i]->name() == m_onlyAgent)) {
                m_acting.push_back(i);
                asked.push_back(m_agents[i].get());
            }
        }
        QPointer<World> self(this);
        m_answers.start(
            std::move(asked), m_asks, m_step,
            [this](const Agent &a, const Ask &q) { return seedFor(m_step, a.name() + QLatin1Char('/') + q.id); }, m_defaultModel,
            [self, this](AnswerPipeline::Outcome outcome) {
                if (self)
                    applyAnswers(std::move(outcome));
            });
        return;
    }
    m_acting.clear();
    std::vector<Agent *> acting;
    for (size_t i = 0; i < m_agents.size(); ++i) {
        if (m_onlyAgent.isEmpty() || m_agents[i]->name() == m_onlyAgent) {
            m_acting.push_back(i);
            acting.push_back(m_agents[i].get());
        }
    }
    QPointer<World> self(this);
    m_pipeline.start(
        std::move(acting), m_step, [this](const Agent &a) { return seedFor(m_step, a.name()); }, m_defaultModel,
        [self, this](TurnPipeline::Outcome outcome) {
            if (self)
                applyStep(std::move(outcome));
        });
}

void World::applyStep(TurnPipeline::Outcome outcome)
{
    for (size_t k = 0; k < m_acting.size(); ++k)
        for (const QString &thought : outcome.recalled[k])
            logStimulus(*m_agents[m_acting[k]], {StimulusType::Thought, thought, QString()});
    if (!m_interruptReason.isEmpty()) {
        pause(m_interruptReason);
        return;
    }
    if (!outcome.error.isEmpty()) {
        pause(outcome.error);
        return;
    }
    // Seeded order, independent of which reply arrived first.
    std::vector<size_t> order(m_acting.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::mt19937_64 rng(mix(m_seed ^ mix(quint64(m_step) + 0x5151)));
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(rng() % i)]);
    for (size_t k : order) {
        Agent &a = *m_agents[m_acting[k]];
        const TurnResult result = a.applyTurn(*outcome.replies[k], m_step);
        if (!result.changedState.isEmpty()) {
            RunEvent e;
            e.agent = a.name();
            e.kind = QStringLiteral("state");
            e.type = QStringLiteral("cognitive_state");
            QStringList parts;
            const CognitiveState &s = a.state();
            for (const QString &f : result.changedState)
                parts.append(f + QStringLiteral(": ")
                             + (f == QLatin1String("goals") ? s.goals
                                : f == QLatin1String("attention") ? s.attention
                                : f == QLatin1String("emotions") ? s.emotions
                                                                 : s.context.join(QStringLiteral("; "))));
            e.content = parts.join(QStringLiteral(" | "));
            e.payload = s.toJson();
            log(std::move(e));
        }
        for (const Action &action : result.actions) {
            RunEvent e;
            e.agent = a.name();
            e.kind = QStringLiteral("action");
            e.type = action.type;
            e.source = a.name();
            e.target = action.target;
            e.content = action.content;
            log(std::move(e));
            route(a, action);
        }
        for (const QString &note : result.feedback)
            logNote(a, note);
    }
    consolidate();
}

void World::applyAnswers(AnswerPipeline::Outcome outcome)
{
    if (!m_interruptReason.isEmpty()) {
        pause(m_interruptReason);
        return;
    }
    if (!outcome.error.isEmpty()) {
        pause(outcome.error);
        return;
    }
    for (size_t k = 0; k < m_acting.size(); ++k) {
        Agent &a = *m_agents[m_acting[k]];
        for (const AskAnswer &answer : outcome.answers[k]) {
            const auto q = std::find_if(m_asks.begin(), m_asks.end(), [&](const Ask &x) { return x.id == answer.askId; });
            if (q == m_asks.end())
                continue;
            logStimulus(a, {StimulusType::Conversation, q->text, q->source});
            a.rememberAnswer(*q, answer, m_step);
            RunEvent e;
            e.agent = a.name();
            e.kind = QStringLiteral("answer");
            e.type = answer.askId;
            e.source = a.name();
            e.target = q->source;
            e.content = answer.line();
            e.payload = {{"question", answer.askId.toStdString()},
                         {"value", answer.value ? answer.value->value("value", nlohmann::json()) : nlohmann::json()},
                         {"justification", answer.value ? answer.value->value("justification", std::string()) : std::string()}};
            if (!answer.value)
                e.payload["missing_reason"] = answer.missingReason.toStdString();
            log(std::move(e));
        }
    }
    m_asks.clear();
    consolidate();
}

void World::consolidate()
{
    struct Job
    {
        size_t agent;
        ConsolidationJob job;
    };
    // Shared by every callback below: a copy in each would make a step cost O(agents²).
    auto jobs = std::make_shared<std::vector<Job>>();
    for (size_t i = 0; i < m_agents.size(); ++i) {
        Agent &a = *m_agents[i];
        const AgentSettings &s = a.settings();
        const ConsolidationSettings settings{s.consolidation, s.minEpisodeLength, s.maxEpisodeLength, s.maxContentLength};
        auto job = planConsolidation(a.episodic(), settings, a.state().location.isEmpty() ? m_name : a.state().location, m_step);
        if (!job)
            continue;
        if (job->texts.isEmpty())
            finishConsolidation(a.episodic(), a.semantic(), *job, {});
        else
            jobs->push_back({i, std::move(*job)});
    }
    // Failures are logged in agent order once every job is back.
    auto failures = std::make_shared<std::vector<QString>>(jobs->size());
    auto outstanding = std::make_shared<int>(int(jobs->size()) + 1);
    QPointer<World> self(this);
    auto doneOne = [self, this, outstanding, failures, jobs] {
        if (!self || --*outstanding > 0)
            return;
        for (size_t k = 0; k < jobs->size(); ++k) {
            if ((*failures)[k].isEmpty())
                continue;
            // Not fatal: the episode stays pending and is tried again after the next step.
            const QString name = m_agents[(*jobs)[k].agent]->name();
            RunEvent e;
            e.agent = name;
            e.kind = QStringLiteral("error");
            e.type = QStringLiteral("consolidation");
            e.content = Tr::tr("memory consolidation for %1 postponed: %2").arg(name, (*failures)[k]);
            log(std::move(e));
        }
        commitStep();
    };
    for (size_t k = 0; k < jobs->size(); ++k) {
        const int step = m_step;
        m_scheduler->embed((*jobs)[k].job.texts, [self, this, k, step, jobs, failures, doneOne](llm::EmbeddingReply reply) {
            if (!self)
                return;
            const Job &job = (*jobs)[k];
            Agent &a = *m_agents[job.agent];
            m_log.embedding(QStringLiteral("consolidation"), a.name(), job.job.texts, reply, step);
            if (!reply.ok)
                (*failures)[k] = reply.error;
            else if (!finishConsolidation(a.episodic(), a.semantic(), job.job, reply.vectors))
                (*failures)[k] = Tr::tr("wrong number of embeddings");
            doneOne();
        });
    }
    doneOne();
}

std::vector<AgentSnapshot> World::snapshots() const
{
    // Between steps nothing changes an agent, and a snapshot only reads its own: with
    // thousands of agents they are taken on every core (10,000 took ~0.3 s on one).
    std::vector<AgentSnapshot> out(m_agents.size());
    constexpr size_t batch = 64;
    std::atomic<size_t> next{0};
    auto work = [this, &out, &next] {
        for (size_t from; (from = next.fetch_add(batch)) < out.size();)
            for (size_t i = from; i < std::min(from + batch, out.size()); ++i)
                out[i] = m_agents[i]->snapshot();
    };
    const int helpers = out.size() >= 4 * batch ? std::clamp(QThread::idealThreadCount() - 1, 0, 7) : 0;
    QSemaphore finished;
    for (int h = 0; h < helpers; ++h)
        QThreadPool::globalInstance()->start([&work, &finished] {
            work();
            finished.release();
        });
    work();
    finished.acquire(helpers);
    return out;
}

bool World::commit(const QString &pauseReason)
{
    StepCommit c;
    c.calls = m_log.take();
    if (m_recorder) { // with nothing to store it in, a step is not copied
        c.stepsDone = m_stepsDone;
        c.events = m_pending;
        c.worldState = saveState();
        c.agents = snapshots();
        c.pauseReason = pauseReason;
        const Status s = m_recorder(std::move(c));
        if (!s) {
            m_pending.clear();
            m_state = RunState::Paused;
            m_pauseReason = Tr::tr("the run could not be saved: %1").arg(s.error());
            emit paused(m_pauseReason);
            return false;
        }
    }
    for (auto &a : m_agents)
        a->markSaved();
    RunEvents batch;
    batch.swap(m_pending);
    if (!batch.isEmpty())
        emit eventsAppended(batch);
    return true;
}

void World::commitStep()
{
    ++m_stepsDone;
    --m_stepsToRun;
    m_preludeDone = false;
    m_onlyAgent.clear();
    m_asks.clear();
    if (!commit(QString()))
        return;
    emit stepFinished(m_stepsDone);
    QTimer::singleShot(0, this, &World::beginStep);
}

void World::pause(QString reason) // by value: callers may pass a member that log() changes
{
    RunEvent e;
    e.kind = QStringLiteral("error");
    e.type = QStringLiteral("paused");
    e.content = reason;
    log(std::move(e));
    m_state = RunState::Paused;
    m_pauseReason = reason;
    if (commit(reason))
        emit paused(reason);
}

void World::pauseWith(const QString &reason)
{
    if (m_state != RunState::Running)
        pause(reason);
}

void World::logNotice(const QString &type, const QString &content)
{
    RunEvent e;
    e.kind = QStringLiteral("world");
    e.type = type;
    e.content = content;
    log(std::move(e));
}

bool World::commitPending()
{
    return m_pending.isEmpty() || commit(QString());
}

void World::finish()
{
    m_state = RunState::Finished;
    m_step = m_stepsDone;
    if (!m_pending.isEmpty() && !commit(QString()))
        return;
    emit finished();
}

void World::interrupt(const QString &reason)
{
    if (m_state != RunState::Running)
        return;
    m_interruptReason = reason;
    m_stopRequested = true;
    m_scheduler->cancelAll();
}

} // namespace troupe
