#include "turnpipeline.h"

#include "agent/agent.h"

#include <QCoreApplication>
#include <QMutex>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(World)
};

} // namespace

struct TurnPipeline::Step
{
    std::vector<Agent *> agents;
    int step = 0;
    std::function<quint64(const Agent &)> seedFor;
    QString defaultModel;
    std::function<void(Outcome)> done;
    Outcome outcome;
    std::vector<QString> errors; // per agent, so the reported failure does not depend on arrival order
    int outstanding = 0;
};

TurnPipeline::TurnPipeline(llm::CallScheduler *scheduler, CallLog &log, QObject *context)
    : m_scheduler(scheduler), m_log(log), m_context(context)
{
}

const JsonSchema &TurnPipeline::schemaFor(const Agent &agent)
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

void TurnPipeline::start(std::vector<Agent *> agents, int step, std::function<quint64(const Agent &)> seedFor,
                         const QString &defaultModel, std::function<void(Outcome)> done)
{
    auto s = std::make_shared<Step>();
    s->agents = std::move(agents);
    s->step = step;
    s->seedFor = std::move(seedFor);
    s->defaultModel = defaultModel;
    s->done = std::move(done);
    s->outcome.replies.resize(s->agents.size());
    s->outcome.recalled.resize(s->agents.size());
    s->errors.resize(s->agents.size());
    s->outstanding = int(s->agents.size()) + 1;
    for (size_t i = 0; i < s->agents.size(); ++i)
        retrieve(s, i);
    oneDone(s); // the +1 above: the step completes even with no agents
}

void TurnPipeline::retrieve(std::shared_ptr<Step> s, size_t index)
{
    Agent &a = *s->agents[index];
    const QStringList recall = a.takeRecallQueries();
    const bool contextual = a.settings().contextualRetrieval;
    QStringList queries = recall;
    if (contextual)
        queries.append(a.contextQuery());
    if (queries.isEmpty() || a.semantic().size() == 0) {
        requestTurn(s, index);
        return;
    }
    QPointer<QObject> context = m_context;
    m_scheduler->embed(queries, [this, context, s, index, recall, contextual, queries](llm::EmbeddingReply reply) {
        if (!context)
            return;
        Agent &a = *s->agents[index];
        m_log.embedding(QStringLiteral("recall"), a.name(), queries, reply, s->step);
        if (!reply.ok) {
            s->errors[index] = Tr::tr("embedding for %1's memory search failed: %2").arg(a.name(), reply.error);
            oneDone(s);
            return;
        }
        for (qsizetype q = 0; q < recall.size() && size_t(q) < reply.vectors.size(); ++q) {
            QStringList found;
            for (const auto &hit : a.semantic().retrieve(reply.vectors[size_t(q)], a.settings().recallTopK))
                found.append(a.semantic().engram(hit.index).text);
            const QString thought = found.isEmpty()
                ? QStringLiteral("Nothing comes to mind about \"%1\".").arg(recall[q])
                : QStringLiteral("You recall about \"%1\": %2").arg(recall[q], found.join(QStringLiteral(" | ")));
            a.perceive({StimulusType::Thought, thought, QString()}, s->step);
            s->outcome.recalled[index].append(thought);
        }
        if (contextual && reply.vectors.size() > size_t(recall.size())) {
            QStringList working;
            for (const auto &hit : a.semantic().retrieve(reply.vectors.back(), a.settings().contextualTopK))
                working.append(a.semantic().engram(hit.index).text);
            a.setWorkingMemory(working);
        }
        requestTurn(s, index);
    });
}

void TurnPipeline::requestTurn(std::shared_ptr<Step> s, size_t index)
{
    Agent &a = *s->agents[index];
    StructuredCall call;
    const llm::Provider *provider = m_scheduler->provider();
    // Made when its turn is near, on a worker thread: nothing the prompt reads changes until
    // every reply of the step is in.
    call.make = [agent = &a, step = s->step, seed = s->seedFor(a), model = s->defaultModel,
                 hints = !provider || !provider->isLanguageModel()] { return agent->buildTurnRequest(step, seed, model, hints); };
    call.schema = &schemaFor(a);
    call.maxAttempts = a.settings().maxAttempts;
    const int step = s->step;
    runStructuredCall(
        *m_scheduler, std::move(call), m_context,
        [this, step](const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable) {
            m_log.chat(request, reply, usable, step);
        },
        [this, s, index](StructuredResult r) {
            Agent &a = *s->agents[index];
            if (r.value)
                s->outcome.replies[index] = std::move(r.value);
            else
                s->errors[index] = r.callFailed ? Tr::tr("%1's turn failed: %2").arg(a.name(), r.problem)
                                                : Tr::tr("%1's reply was unusable after %2 attempts: %3").arg(a.name()).arg(r.attempts).arg(r.problem);
            oneDone(s);
        });
}

void TurnPipeline::oneDone(const std::shared_ptr<Step> &s)
{
    if (--s->outstanding > 0)
        return;
    for (const QString &e : s->errors)
        if (!e.isEmpty()) {
            s->outcome.error = e;
            break;
        }
    s->done(std::move(s->outcome));
}

} // namespace troupe
