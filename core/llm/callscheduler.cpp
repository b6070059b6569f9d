#include "callscheduler.h"

#include <algorithm>

namespace troupe::llm {

Provider::~Provider() = default;

CallScheduler::CallScheduler(Provider *provider, QObject *parent) : QObject(parent), m_provider(provider) {}

template <typename Reply>
void CallScheduler::dispatch(std::function<void(std::function<void(Reply)>)> call, std::function<void(Reply)> done, int Stats::*counter)
{
    Job job;
    job.cancel = [done] {
        Reply r;
        r.error = tr("cancelled");
        done(std::move(r));
    };
    job.start = [this, call = std::move(call), done, counter](std::function<void()> release) {
        call([this, self = QPointer<CallScheduler>(this), done, release, counter](Reply reply) {
            if (!self) { // the scheduler went first (a provider cancelling at shutdown)
                done(std::move(reply));
                return;
            }
            ++(m_stats.*counter);
            if (!reply.ok)
                ++m_stats.failedCalls;
            count(reply.usage, reply.cost, reply.ok, reply.fromCache, reply.attempts, reply.model);
            release();
            done(std::move(reply));
        });
    };
    submit(std::move(job));
}

void CallScheduler::chat(ChatRequest request, ChatCallback done)
{
    dispatch<ChatReply>([this, request = std::move(request)](ChatCallback cb) { m_provider->chat(request, std::move(cb)); },
                        std::move(done), &Stats::chatCalls);
}

void CallScheduler::embed(QStringList texts, EmbeddingCallback done)
{
    dispatch<EmbeddingReply>([this, texts = std::move(texts)](EmbeddingCallback cb) { m_provider->embed(texts, std::move(cb)); },
                             std::move(done), &Stats::embeddingCalls);
}

void CallScheduler::cancelAll()
{
    std::deque<Job> queued;
    queued.swap(m_queue);
    for (Job &job : queued)
        job.cancel();
    if (m_provider)
        m_provider->cancelAll();
}

void CallScheduler::submit(Job job)
{
    m_queue.push_back(std::move(job));
    pump();
}

void CallScheduler::pump()
{
    const int limit = std::max(1, m_provider ? m_provider->maxConcurrency() : 1);
    while (m_inFlight < limit && !m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        m_stats.peakInFlight = std::max(m_stats.peakInFlight, m_inFlight);
        job.start([this] {
            --m_inFlight;
            // Start the next call after the current callback chain unwinds, not inside it.
            QMetaObject::invokeMethod(this, &CallScheduler::pump, Qt::QueuedConnection);
        });
    }
}

void CallScheduler::count(const Usage &usage, const std::optional<double> &cost, bool ok, bool fromCache, int attempts, const QString &model)
{
    m_stats.promptTokens += usage.promptTokens;
    m_stats.completionTokens += usage.completionTokens;
    m_stats.tokensEstimated = m_stats.tokensEstimated || usage.estimated;
    m_stats.retries += std::max(0, attempts - 1);
    if (fromCache) {
        ++m_stats.cacheHits;
        return;
    }
    if (cost) {
        m_stats.cost += *cost;
    } else if (ok && m_provider && m_provider->isLanguageModel()) {
        ++m_stats.callsWithoutPrice;
        if (!model.isEmpty() && !m_stats.modelsWithoutPrice.contains(model))
            m_stats.modelsWithoutPrice.append(model);
    }
}

} // namespace troupe::llm
