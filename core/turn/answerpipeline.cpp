#include "answerpipeline.h"

#include "structuredcall.h"
#include "agent/agent.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(World)
};

} // namespace

struct AnswerPipeline::Step
{
    std::vector<Agent *> agents;
    std::vector<Ask> asks;
    int step = 0;
    std::function<quint64(const Agent &, const Ask &)> seedFor;
    QString defaultModel;
    std::function<void(Outcome)> done;
    Outcome outcome;
    std::vector<QString> errors;
    int outstanding = 0;
};

AnswerPipeline::AnswerPipeline(llm::CallScheduler *scheduler, CallLog &log, QObject *context)
    : m_scheduler(scheduler), m_log(log), m_context(context)
{
}

void AnswerPipeline::start(std::vector<Agent *> agents, std::vector<Ask> asks, int step,
                           std::function<quint64(const Agent &, const Ask &)> seedFor, const QString &defaultModel,
                           std::function<void(Outcome)> done)
{
    auto s = std::make_shared<Step>();
    s->agents = std::move(agents);
    s->asks = std::move(asks);
    s->step = step;
    s->seedFor = std::move(seedFor);
    s->defaultModel = defaultModel;
    s->done = std::move(done);
    s->outcome.answers.resize(s->agents.size());
    s->errors.resize(s->agents.size());
    s->outstanding = int(s->agents.size()) + 1;
    for (size_t i = 0; i < s->agents.size(); ++i)
        next(s, i, 0);
    if (--s->outstanding == 0)
        s->done(std::move(s->outcome));
}

void AnswerPipeline::next(std::shared_ptr<Step> s, size_t index, size_t from)
{
    Agent &a = *s->agents[index];
    size_t k = from;
    const auto asked = [&](const Ask &ask) {
        if (!ask.targets.isEmpty() && !ask.targets.contains(a.name()))
            return false;
        if (ask.afterQuestion.isEmpty())
            return true;
        for (const AskAnswer &earlier : s->outcome.answers[index])
            if (earlier.askId == ask.afterQuestion)
                return earlier.mentions(ask.mentions);
        return false;
    };
    while (k < s->asks.size() && !asked(s->asks[k]))
        ++k;
    if (k >= s->asks.size() || !s->errors[index].isEmpty()) {
        if (--s->outstanding == 0) {
            for (const QString &e : s->errors)
                if (!e.isEmpty()) {
                    s->outcome.error = e;
                    break;
                }
            s->done(std::move(s->outcome));
        }
        return;
    }
    const Ask &ask = s->asks[k];
    StructuredCall call;
    const llm::Provider *provider = m_scheduler->provider();
    // Earlier answers of this step are in the prompt, not yet in memory: the step applies
    // whole or not at all.
    call.make = [agent = &a, ask, earlier = s->outcome.answers[index], asks = s->asks, step = s->step, seed = s->seedFor(a, ask),
                 model = s->defaultModel, hints = !provider || !provider->isLanguageModel()] {
        return agent->buildAnswerRequest(ask, earlier, asks, step, seed, model, hints);
    };
    call.schema = ask.check.get();
    call.maxAttempts = 2; // an invalid answer is repaired once, then recorded as missing
    const int step = s->step;
    runStructuredCall(
        *m_scheduler, std::move(call), m_context,
        [this, step](const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable) { m_log.chat(request, reply, usable, step); },
        [this, s, index, k](StructuredResult r) {
            Agent &a = *s->agents[index];
            if (r.callFailed) {
                s->errors[index] = Tr::tr("%1's answer to %2 failed: %3").arg(a.name(), s->asks[k].id, r.problem);
            } else {
                AskAnswer answer;
                answer.askId = s->asks[k].id;
                answer.value = std::move(r.value);
                if (!answer.value)
                    answer.missingReason = r.problem;
                s->outcome.answers[index].push_back(std::move(answer));
            }
            next(s, index, k + 1);
        });
}

} // namespace troupe
