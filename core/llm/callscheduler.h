#pragma once

#include "provider.h"

#include <QObject>
#include <QPointer>

#include <deque>

namespace troupe::llm {

/**
 * Sends calls to a provider with at most `maxConcurrency()` in flight and queues the rest,
 * so every call of a step is issued at once and the provider's limit is still respected.
 * Counts calls and tokens for run summaries.
 */
class CallScheduler final : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        int chatCalls = 0;
        int embeddingCalls = 0;
        int failedCalls = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        bool tokensEstimated = false;
        int peakInFlight = 0;
    };

    explicit CallScheduler(Provider *provider, QObject *parent = nullptr);

    Provider *provider() const { return m_provider; }
    void chat(ChatRequest request, ChatCallback done);
    void embed(QStringList texts, EmbeddingCallback done);

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    const Stats &stats() const { return m_stats; }

private:
    void submit(std::function<void(std::function<void()>)> job);
    void pump();
    void count(const Usage &usage);

    QPointer<Provider> m_provider;
    std::deque<std::function<void(std::function<void()>)>> m_queue;
    int m_inFlight = 0;
    Stats m_stats;
};

} // namespace troupe::llm
