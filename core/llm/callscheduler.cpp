#include "callscheduler.h"

#include <algorithm>

namespace troupe::llm {

Provider::~Provider() = default;

CallScheduler::CallScheduler(Provider *provider, QObject *parent) : QObject(parent), m_provider(provider) {}

void CallScheduler::chat(ChatRequest request, ChatCallback done)
{
    Job job;
    job.cancel = [done] {
        ChatReply r;
        r.error = tr("cancelled");
        done(std::move(r));
    };
    job.start = [this, request = std::move(request), done](std::function<void()> release) {
        m_provider->chat(request, [this, self = QPointer<CallScheduler>(this), done, release](ChatReply reply) {
            if (!self) { // the scheduler went first (a provider cancelling at shutdown)
                done(std::move(reply));
                return;
            }
            ++m_stats.chatCalls;
            if (!reply.ok)
                ++m_stats.failedCalls;
            count(reply.usage, reply.cost, reply.ok, reply.fromCache, reply.attempts, reply.model);
            release();
            done(std::move(reply));
        });
    };
    submit(std::move(job));
}

void CallScheduler::embed(QStringList texts, EmbeddingCallback done)
{
    Job job;
    job.cancel = [done] {
        EmbeddingReply r;
        r.error = tr("cancelled");
        done(std::move(r));
    };
    job.start = [this, texts = std::move(texts), done](std::function<void()> release) {
        m_provider->embed(texts, [this, self = QPointer<CallScheduler>(this), done, release](EmbeddingReply reply) {
            if (!self) {
                done(std::move(reply));
                return;
            }
            ++m_stats.embeddingCalls;
            if (!reply.ok)
                ++m_stats.failedCalls;
            count(reply.usage, reply.cost, reply.ok, reply.fromCache, reply.attempts, reply.model);
            release();
            done(std::move(reply));
        });
    };
    submit(std::move(job));
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
