#include "callscheduler.h"

#include <algorithm>

namespace troupe::llm {

Provider::~Provider() = default;

CallScheduler::CallScheduler(Provider *provider, QObject *parent) : QObject(parent), m_provider(provider) {}

void CallScheduler::chat(ChatRequest request, ChatCallback done)
{
    submit([this, request = std::move(request), done = std::move(done)](std::function<void()> release) {
        m_provider->chat(request, [this, done, release](ChatReply reply) {
            ++m_stats.chatCalls;
            if (!reply.ok)
                ++m_stats.failedCalls;
            count(reply.usage);
            release();
            done(std::move(reply));
        });
    });
}

void CallScheduler::embed(QStringList texts, EmbeddingCallback done)
{
    submit([this, texts = std::move(texts), done = std::move(done)](std::function<void()> release) {
        m_provider->embed(texts, [this, done, release](EmbeddingReply reply) {
            ++m_stats.embeddingCalls;
            if (!reply.ok)
                ++m_stats.failedCalls;
            count(reply.usage);
            release();
            done(std::move(reply));
        });
    });
}

void CallScheduler::submit(std::function<void(std::function<void()>)> job)
{
    m_queue.push_back(std::move(job));
    pump();
}

void CallScheduler::pump()
{
    const int limit = std::max(1, m_provider ? m_provider->maxConcurrency() : 1);
    while (m_inFlight < limit && !m_queue.empty()) {
        auto job = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        m_stats.peakInFlight = std::max(m_stats.peakInFlight, m_inFlight);
        job([this] {
            --m_inFlight;
            // Start the next call after the current callback chain unwinds, not inside it.
            QMetaObject::invokeMethod(this, &CallScheduler::pump, Qt::QueuedConnection);
        });
    }
}

void CallScheduler::count(const Usage &usage)
{
    m_stats.promptTokens += usage.promptTokens;
    m_stats.completionTokens += usage.completionTokens;
    m_stats.tokensEstimated = m_stats.tokensEstimated || usage.estimated;
}

} // namespace troupe::llm
