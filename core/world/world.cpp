#include "world.h"

#include "llm/jsonrepair.h"
#include "util/fnvhash.h"
#include "util/jsonvalue.h"
#include "util/jsonschema.h"
#include "util/promptrenderer.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTimer>

#include <algorithm>
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

/** The JSON object in a model reply, repairing fences, prose, trailing commas and a cut-off tail. */
std::optional<nlohmann::json> extractJson(const QString &text, QString *problem)
{
    llm::RepairedJson r = llm::parseModelJson(text);
    if (!r.value) {
        *problem = r.problem;
        return std::nullopt;
    }
    if (!r.value->is_object()) {
        *problem = Tr::tr("the reply is JSON but not an object");
        return std::nullopt;
    }
    return std::move(r.value);
}

const JsonSchema &schemaFor(const Agent &agent)
{
    static QMutex mutex;
    static std::map<QString, JsonSchema> cache; // node-based: references stay valid
    QMutexLocker lock(&mutex);
    const QString key = agent.actionTypes().join(QLatin1Char(','));
    auto it = cache.find(key);
    if (it == cache.end()) {
        auto compiled = JsonSchema::fromJson(agent.turnSchema());
        if (!compiled)
            qFatal("turn schema does not compile: %s", qPrintable(compiled.error()));
        it = cache.emplace(key, std::move(compiled).value()).first;
    }
    return it->second;
}

} // namespace

struct World::Pending
{
    std::vector<size_t> active;
    std::vector<std::optional<nlohmann::json>> replies;
    int outstanding = 0;
    QString error;
};

World::World(QString name, llm::CallScheduler *scheduler, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_scheduler(scheduler)
{
    qRegisterMetaType<RunEvents>();
    m_start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    if (scheduler)
        m_defaultModel = scheduler->provider()->defaultModel();
}

World::~World() = default;

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
    m_agents.push_back(std::move(agent));
    if (m_everyoneAccessible)
        makeEveryoneAccessible();
    return *m_agents.back();
}

Agent *World::agent(const QString &name) const
{
    for (const auto &a : m_agents)
        if (a->name() == name)
            return a.get();
    return nullptr;
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
    if (m_budget > 0 && m_spent >= m_budget) {
        m_step = m_stepsDone + 1;
        pause(Tr::tr("the budget of $%1 for this run is reached ($%2 spent); raise the cap to continue")
                  .arg(QString::number(m_budget, 'f', 2), QString::number(m_spent, 'f', 4)));
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
    auto holds = std::make_shared<std::vector<bool>>(m_interventions.size(), true);
    auto outstanding = std::make_shared<int>(1);
    auto failure = std::make_shared<QString>();
    QPointer<World> self(this);
    auto finishOne = [self, this, candidates, holds, outstanding, failure] {
        if (!self || --*outstanding > 0)
            return;
        if (!failure->isEmpty()) {
            pause(m_interruptReason.isEmpty() ? *failure : m_interruptReason);
            return;
        }
        for (size_t i : candidates)
            if ((*holds)[i])
                fire(m_interventions[i]), m_fired[i] = true;
        m_preludeDone = true;
        prepareTurns();
    };
    for (size_t i : candidates) {
        const Intervention &iv = m_interventions[i];
        if (iv.textualCondition.isEmpty())
            continue;
        ++*outstanding;
        llm::ChatRequest r;
        r.purpose = QStringLiteral("condition");
        r.model = m_defaultModel;
        r.temperature = 0;
        r.seed = seedFor(m_step, iv.name);
        nlohmann::json recent = nlohmann::json::array();
        for (const QString &line : recentActivity())
            recent.push_back(line.toStdString());
        const nlohmann::json ctx = {{"condition", iv.textualCondition.toStdString()}, {"recent", recent}};
        r.messages.push_back({QStringLiteral("user"), renderPrompt(QStringLiteral("condition_check"), ctx)});
        r.hints = ctx;
        r.responseSchema = {{"type", "object"},
                            {"required", {"holds", "reason"}},
                            {"properties", {{"holds", {{"type", "boolean"}}}, {"reason", {{"type", "string"}}}}}};
        r.schemaName = QStringLiteral("condition_check");
        m_scheduler->chat(r, [self, this, r, i, holds, failure, finishOne](llm::ChatReply reply) {
            if (!self)
                return;
            const size_t logged = recordCall(r, reply);
            QString problem = reply.error;
            std::optional<nlohmann::json> answer;
            if (reply.ok)
                answer = extractJson(reply.content, &problem);
            if (reply.ok && !(answer && answer->contains("holds") && answer->at("holds").is_boolean()))
                m_calls[logged].usable = false;
            if (answer && answer->contains("holds") && answer->at("holds").is_boolean()) {
                (*holds)[i] = answer->at("holds").get<bool>();
                RunEvent e;
                e.kind = QStringLiteral("world");
                e.type = QStringLiteral("condition");
                e.content = Tr::tr("%1: \"%2\" %3 — %4")
                                .arg(m_interventions[i].name, m_interventions[i].textualCondition,
                                     (*holds)[i] ? Tr::tr("holds") : Tr::tr("does not hold"),
                                     jsonString(*answer, "reason"));
                log(std::move(e));
            } else if (failure->isEmpty()) {
                *failure = Tr::tr("checking the condition of intervention %1 failed: %2")
                               .arg(m_interventions[i].name, problem.isEmpty() ? Tr::tr("no \"holds\" in the reply") : problem);
            }
            finishOne();
        });
    }
    finishOne();
}

void World::prepareTurns()
{
    m_turns = std::make_unique<Pending>();
    m_turns->replies.resize(m_agents.size());
    for (size_t i = 0; i < m_agents.size(); ++i)
        if (m_onlyAgent.isEmpty() || m_agents[i]->name() == m_onlyAgent)
            m_turns->active.push_back(i);
    m_turns->outstanding = int(m_turns->active.size()) + 1;
    for (size_t i : m_turns->active)
        prepareAgent(i);
    turnDone(); // the +1 above: the step completes even with no agents
}

void World::prepareAgent(size_t index)
{
    Agent &a = *m_agents[index];
    QStringList recall = a.takeRecallQueries();
    const bool contextual = a.settings().contextualRetrieval;
    QStringList queries = recall;
    if (contextual)
        queries.append(a.contextQuery());
    if (queries.isEmpty() || a.semantic().size() == 0) {
        requestTurn(index, 1, {}, {});
        return;
    }
    QPointer<World> self(this);
    m_scheduler->embed(queries, [self, this, index, recall, contextual, queries](llm::EmbeddingReply reply) {
        if (!self)
            return;
        Agent &a = *m_agents[index];
        recordEmbedding(QStringLiteral("recall"), a.name(), queries, reply);
        if (!reply.ok) {
            if (m_turns->error.isEmpty())
                m_turns->error = Tr::tr("embedding for %1's memory search failed: %2").arg(a.name(), reply.error);
            turnDone();
            return;
        }
        for (qsizetype q = 0; q < recall.size() && size_t(q) < reply.vectors.size(); ++q) {
            QStringList found;
            for (const auto &hit : a.semantic().retrieve(reply.vectors[size_t(q)], a.settings().recallTopK))
                found.append(a.semantic().engram(hit.index).text);
            const QString text = found.isEmpty() ? Tr::tr("Nothing comes to mind about \"%1\".").arg(recall[q])
                                                 : Tr::tr("You recall about \"%1\": %2").arg(recall[q], found.join(QStringLiteral(" | ")));
            a.perceive({StimulusType::Thought, text, QString()}, m_step);
            logStimulus(a, {StimulusType::Thought, text, QString()});
        }
        if (contextual && reply.vectors.size() > size_t(recall.size())) {
            QStringList working;
            for (const auto &hit : a.semantic().retrieve(reply.vectors.back(), a.settings().contextualTopK))
                working.append(a.semantic().engram(hit.index).text);
            a.setWorkingMemory(working);
        }
        requestTurn(index, 1, {}, {});
    });
}

void World::requestTurn(size_t index, int attempt, QString previousReply, QString problem)
{
    Agent &a = *m_agents[index];
    llm::ChatRequest r = a.buildTurnRequest(m_step, seedFor(m_step, a.name()), m_defaultModel);
    if (attempt > 1) {
        r.messages.push_back({QStringLiteral("assistant"), previousReply});
        r.messages.push_back({QStringLiteral("user"),
                              renderPrompt(QStringLiteral("turn_repair"), {{"problem", problem.toStdString()}})});
    }
    QPointer<World> self(this);
    m_scheduler->chat(r, [self, this, r, index, attempt](llm::ChatReply reply) {
        if (!self)
            return;
        const size_t logged = recordCall(r, reply);
        Agent &a = *m_agents[index];
        if (!reply.ok) {
            if (m_turns->error.isEmpty())
                m_turns->error = Tr::tr("%1's turn failed: %2").arg(a.name(), reply.error);
            turnDone();
            return;
        }
        QString problem;
        std::optional<nlohmann::json> parsed = extractJson(reply.content, &problem);
        if (parsed) {
            const auto violations = schemaFor(a).validate(*parsed);
            QStringList messages;
            for (const auto &v : violations)
                if (messages.size() < 3)
                    messages.append(v.field.isEmpty() ? v.message : v.field + QStringLiteral(": ") + v.message);
            if (!violations.empty()) {
                problem = messages.join(QStringLiteral("; "));
                parsed.reset();
            }
        }
        if (!parsed) {
            m_calls[logged].usable = false;
            if (attempt < a.settings().maxAttempts) {
                requestTurn(index, attempt + 1, reply.content, problem);
                return;
            }
            if (m_turns->error.isEmpty())
                m_turns->error = Tr::tr("%1's reply was unusable after %2 attempts: %3").arg(a.name()).arg(attempt).arg(problem);
        } else {
            m_turns->replies[index] = std::move(parsed);
        }
        turnDone();
    });
}

void World::turnDone()
{
    if (--m_turns->outstanding == 0)
        applyStep();
}

void World::applyStep()
{
    if (!m_interruptReason.isEmpty()) {
        pause(m_interruptReason);
        return;
    }
    if (!m_turns->error.isEmpty()) {
        pause(m_turns->error);
        return;
    }
    // Seeded order, independent of which reply arrived first.
    std::vector<size_t> order = m_turns->active;
    std::mt19937_64 rng(mix(m_seed ^ mix(quint64(m_step) + 0x5151)));
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(rng() % i)]);
    for (size_t index : order) {
        Agent &a = *m_agents[index];
        const TurnResult result = a.applyTurn(*m_turns->replies[index], m_step);
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

void World::consolidate()
{
    struct Job
    {
        size_t agent;
        qsizetype from;
        qsizetype to;
        QStringList texts; // each item, then one digest per episode
        std::vector<Engram> engrams;
    };
    std::vector<Job> jobs;
    for (size_t i = 0; i < m_agents.size(); ++i) {
        Agent &a = *m_agents[i];
        const AgentSettings &s = a.settings();
        const qsizetype from = a.episodic().consolidatedUpTo();
        const qsizetype pending = a.episodic().size() - from;
        if (!s.consolidation || pending < s.minEpisodeLength)
            continue;
        Job job{i, from, a.episodic().size(), {}, {}};
        for (qsizetype begin = from; begin < job.to; begin += s.maxEpisodeLength) {
            const qsizetype end = std::min<qsizetype>(job.to, begin + s.maxEpisodeLength);
            QStringList digest;
            for (qsizetype k = begin; k < end; ++k) {
                const MemoryItem &m = a.episodic().items()[size_t(k)];
                if (m.content.isEmpty())
                    continue;
                const QString line = m.render(s.maxContentLength);
                job.texts.append(line);
                job.engrams.push_back({m.role == MemoryItem::Role::Action ? QStringLiteral("action") : QStringLiteral("stimulus"), line, m.step});
                if (m.type == actions::talk() || m.type == QLatin1String("CONVERSATION") || m.type == QLatin1String("VISUAL"))
                    digest.append((m.role == MemoryItem::Role::Action ? Tr::tr("I said") : m.source.isEmpty() ? m.type : m.source)
                                  + QStringLiteral(": ") + m.content.left(160));
            }
            if (!digest.isEmpty()) {
                const MemoryItem &first = a.episodic().items()[size_t(begin)];
                const QString text = Tr::tr("Episode at %1 (%2): %3")
                                         .arg(first.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                              a.state().location.isEmpty() ? m_name : a.state().location,
                                              digest.join(QStringLiteral(" / ")));
                job.texts.append(text);
                job.engrams.push_back({QStringLiteral("episode"), text, m_step});
            }
        }
        if (!job.texts.isEmpty())
            jobs.push_back(std::move(job));
        else
            a.episodic().setConsolidatedUpTo(job.to);
    }
    auto outstanding = std::make_shared<int>(int(jobs.size()) + 1);
    QPointer<World> self(this);
    auto doneOne = [self, this, outstanding] {
        if (self && --*outstanding == 0)
            commitStep();
    };
    for (Job &job : jobs) {
        m_scheduler->embed(job.texts, [self, this, job, doneOne](llm::EmbeddingReply reply) {
            if (!self)
                return;
            Agent &a = *m_agents[job.agent];
            recordEmbedding(QStringLiteral("consolidation"), a.name(), job.texts, reply);
            if (reply.ok && reply.vectors.size() == job.engrams.size()) {
                for (size_t k = 0; k < job.engrams.size(); ++k)
                    a.semantic().add(job.engrams[k], reply.vectors[k]);
                a.episodic().setConsolidatedUpTo(job.to);
            } else {
                // Not fatal: the episode stays pending and is tried again after the next step.
                RunEvent e;
                e.agent = a.name();
                e.kind = QStringLiteral("error");
                e.type = QStringLiteral("consolidation");
                e.content = Tr::tr("memory consolidation for %1 postponed: %2")
                                .arg(a.name(), reply.ok ? Tr::tr("wrong number of embeddings") : reply.error);
                log(std::move(e));
            }
            doneOne();
        });
    }
    doneOne();
}

bool World::commit(const QString &pauseReason)
{
    StepCommit c;
    c.stepsDone = m_stepsDone;
    c.events = m_pending;
    c.calls = std::move(m_calls);
    m_calls.clear();
    c.worldState = saveState();
    for (auto &a : m_agents)
        c.agents.push_back(a.get());
    c.pauseReason = pauseReason;
    if (m_recorder) {
        const Status s = m_recorder(c);
        if (!s) {
            m_pending.clear();
            m_state = RunState::Paused;
            m_pauseReason = Tr::tr("the run could not be saved: %1").arg(s.error());
            emit paused(m_pauseReason);
            return false;
        }
    }
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
    m_turns.reset();
    if (!commit(QString()))
        return;
    emit stepFinished(m_stepsDone);
    QTimer::singleShot(0, this, &World::beginStep);
}

void World::pause(QString reason) // by value: callers pass m_turns->error, reset below
{
    RunEvent e;
    e.kind = QStringLiteral("error");
    e.type = QStringLiteral("paused");
    e.content = reason;
    log(std::move(e));
    m_turns.reset();
    m_state = RunState::Paused;
    m_pauseReason = reason;
    if (commit(reason))
        emit paused(reason);
}

void World::finish()
{
    m_state = RunState::Finished;
    m_step = m_stepsDone;
    if (!m_pending.isEmpty() && !commit(QString()))
        return;
    emit finished();
}

size_t World::logCall(LlmCallRecord c, const QString &agent, const QString &purpose, const QString &model)
{
    c.step = m_step;
    c.agent = agent;
    c.purpose = purpose;
    c.provider = m_scheduler->provider()->name();
    if (c.model.isEmpty())
        c.model = model;
    m_spent += c.cost.value_or(0.0);
    m_calls.push_back(std::move(c));
    return m_calls.size() - 1;
}

size_t World::recordCall(const llm::ChatRequest &request, const llm::ChatReply &reply)
{
    LlmCallRecord c;
    c.model = reply.model;
    c.request = request.toJson();
    c.requestHash = reply.requestHash.isEmpty() ? llm::requestHash(c.request, request.seed, m_scheduler->provider()->identity())
                                                : reply.requestHash;
    c.response = reply.content;
    c.ok = reply.ok;
    c.error = reply.error;
    c.promptTokens = reply.usage.promptTokens;
    c.completionTokens = reply.usage.completionTokens;
    c.cachedTokens = reply.usage.cachedTokens;
    c.latencyMs = reply.latencyMs;
    c.attempts = reply.attempts;
    c.cost = reply.cost;
    c.fromCache = reply.fromCache;
    return logCall(std::move(c), request.agent, request.purpose, request.model);
}

void World::recordEmbedding(const QString &purpose, const QString &agent, const QStringList &texts, const llm::EmbeddingReply &reply)
{
    llm::Provider *provider = m_scheduler->provider();
    LlmCallRecord c;
    c.model = reply.model.isEmpty() ? provider->embeddingModel() : reply.model;
    nlohmann::json input = nlohmann::json::array();
    for (const QString &t : texts)
        input.push_back(t.toStdString());
    c.request = {{"model", c.model.toStdString()}, {"input", std::move(input)}};
    c.requestHash = reply.requestHash.isEmpty() ? llm::embeddingRequestHash(provider->embeddingModel(), texts, provider->identity())
                                                : reply.requestHash;
    if (reply.ok)
        c.response = llm::encodeVectors(reply.vectors);
    c.ok = reply.ok;
    c.error = reply.error;
    c.promptTokens = reply.usage.promptTokens;
    c.latencyMs = reply.latencyMs;
    c.attempts = reply.attempts;
    c.cost = reply.cost;
    c.fromCache = reply.fromCache;
    logCall(std::move(c), agent, purpose, {});
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
