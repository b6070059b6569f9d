#pragma once

#include "provider.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
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
    ~CallScheduler() override;

    Provider *provider() const { return m_provider; }
    void chat(ChatRequest request, ChatCallback done);
    void embed(QStringList texts, EmbeddingCallback done);
    /**
     * A call whose request is made when its turn is near: `make` runs on a worker thread a
     * little ahead of sending (it may only read what stays unchanged until the call is
     * answered), the request is prepared there for the cache and the log (ChatRequest::prepare),
     * then it goes out from this thread. `done` gets the request that was made (empty when the
     * call was cancelled before that) and the reply. `digest`, when given, sees a reply that
     * came from the network first, on a worker thread (to parse and check it there: the
     * run's thread has every other reply to take in); it must not touch what `done` reads
     * before `done` is called.
     */
    void chatLater(std::function<ChatRequest()> make, std::function<void(const ChatRequest &, ChatReply)> done,
                   std::function<void(const ChatReply &)> digest = {});

    /** Fails every queued call and cancels those in flight (their callbacks say "cancelled"). */
    void cancelAll();
    /**
     * Cancels requests not yet made and waits for those being made on worker threads: call it
     * before what their `make` reads goes away.
     */
    void drain();
    /** At most this many calls in flight, below the provider's limit (PARALLEL_AGENT_ACTIONS off: 1). */
    void setConcurrencyCap(int cap) { m_cap = cap; }

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    const Stats &stats() const { return m_stats; }

private:
    struct Making; // a request being made ahead on a worker thread
    struct Job
    {
        std::function<void(std::function<void()>)> start; // gets the release function
        std::function<void()> cancel;                      // fails it without calling the provider
        std::shared_ptr<Making> making;                    // null: the request is there already
    };
    /** Queues one call: `call(reply)` asks the provider; `counter` is the Stats field it counts in. */
    template <typename Reply>
    void dispatch(std::function<void(std::function<void(Reply)>)> call, std::function<void(Reply)> done, int Stats::*counter);
    void submit(Job job);
    void pump();
    void pumpOnce();
    void makeAhead();
    int limit() const;
    void count(const Usage &usage, const std::optional<double> &cost, bool ok, bool fromCache, int attempts, const QString &model);

    QPointer<Provider> m_provider;
    std::deque<Job> m_queue;
    size_t m_lookedAhead = 0; // jobs at the front of m_queue that makeAhead() has seen
    int m_inFlight = 0;
    int m_cap = 0;
    bool m_pumping = false;  // inside pump(): a nested call only asks it to look again
    bool m_pumpAgain = false;
    Stats m_stats;
    QThreadPool m_pool; // where requests are made ahead of sending
};

} // namespace troupe::llm
