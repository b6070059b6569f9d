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
        int cacheHits = 0;            // answered from the project's cache
        double cost = 0;              // US dollars, calls with a known price
        int callsWithoutPrice = 0;    // calls whose model has no [Prices] entry
        QStringList modelsWithoutPrice;
        int retries = 0;              // extra attempts beyond the first
    };

    explicit CallScheduler(Provider *provider, QObject *parent = nullptr);

    Provider *provider() const { return m_provider; }
    void chat(ChatRequest request, ChatCallback done);
    void embed(QStringList texts, EmbeddingCallback done);

    /** Fails every queued call and cancels those in flight (their callbacks say "cancelled"). */
    void cancelAll();

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    const Stats &stats() const { return m_stats; }

private:
    struct Job
    {
        std::function<void(std::function<void()>)> start; // gets the release function
        std::function<void()> cancel;                      // fails it without calling the provider
    };
    /** Queues one call: `call(reply)` asks the provider; `counter` is the Stats field it counts in. */
    template <typename Reply>
    void dispatch(std::function<void(std::function<void(Reply)>)> call, std::function<void(Reply)> done, int Stats::*counter);
    void submit(Job job);
    void pump();
    void count(const Usage &usage, const std::optional<double> &cost, bool ok, bool fromCache, int attempts, const QString &model);

    QPointer<Provider> m_provider;
    std::deque<Job> m_queue;
    int m_inFlight = 0;
    Stats m_stats;
};

} // namespace troupe::llm
