#include "callscheduler.h"

#include <algorithm>

namespace troupe::llm {

Provider::~Provider() = default;

struct CallScheduler::Making
{
    std::function<ChatRequest()> make;
    std::optional<ChatRequest> made;
    std::atomic<bool> cancelled{false};
    bool started = false;
};

CallScheduler::CallScheduler(Provider *provider, QObject *parent) : QObject(parent), m_provider(provider)
{
    m_pool.setObjectName(QStringLiteral("requests"));
}

CallScheduler::~CallScheduler()
{
    drain();
}

int CallScheduler::limit() const
{
    const int provider = std::max(1, m_provider ? m_provider->maxConcurrency() : 1);
    return m_cap > 0 ? std::min(provider, m_cap) : provider;
}

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

void CallScheduler::chatLater(std::function<ChatRequest()> make, std::function<void(const ChatRequest &, ChatReply)> done,
                              std::function<void(const ChatReply &)> digest)
{
    auto making = std::make_shared<Making>();
    making->make = std::move(make);
    Job job;
    job.making = making;
    job.cancel = [done, making] {
        making->cancelled = true;
        ChatReply r;
        r.error = tr("cancelled");
        done(making->made.value_or(ChatRequest()), std::move(r));
    };
    job.start = [this, done, making, digest](std::function<void()> release) {
        // Shared with the callback, not copied into it: a request is mostly its prompt.
        auto request = std::make_shared<const ChatRequest>(std::move(*making->made));
        making->made.reset();
        m_provider->chatShared(request, [this, self = QPointer<CallScheduler>(this), done, release, request, digest](ChatReply reply) {
            if (!self) {
                done(*request, std::move(reply));
                return;
            }
            ++m_stats.chatCalls;
            if (!reply.ok)
                ++m_stats.failedCalls;
            count(reply.usage, reply.cost, reply.ok, reply.fromCache, reply.attempts, reply.model);
            release();
            if (reply.fromCache) {
                done(*request, std::move(reply));
                return;
            }
            // Read later: the replies of a wave arrive together, and every slot they free is
            // filled first; read at once, each would hold back the next slot by the time it
            // takes to parse and check (a 128-wide wave then lost ~20 ms a step).
            auto deliver = [done, request](ChatReply r) { done(*request, std::move(r)); };
            if (digest && reply.ok) {
                m_pool.start([this, digest, deliver, reply = std::move(reply)]() mutable {
                    digest(reply);
                    digest = nullptr; // what the callbacks hold is let go on this thread only once they are done
                    QMetaObject::invokeMethod(
                        this, [deliver = std::move(deliver), reply = std::move(reply)]() mutable { deliver(std::move(reply)); },
                        Qt::QueuedConnection);
                });
                return;
            }
            QMetaObject::invokeMethod(this, [deliver, reply = std::move(reply)]() mutable { deliver(std::move(reply)); },
                                      Qt::QueuedConnection);
        });
    };
    submit(std::move(job));
}

void CallScheduler::cancelAll()
{
    std::deque<Job> queued;
    queued.swap(m_queue);
    m_lookedAhead = 0;
    for (Job &job : queued)
        job.cancel();
    if (m_provider)
        m_provider->cancelAll();
}

void CallScheduler::drain()
{
    for (Job &job : m_queue)
        if (job.making)
            job.making->cancelled = true;
    m_pool.waitForDone();
}

void CallScheduler::makeAhead()
{
    // Requests are made a little ahead of their turn: enough that a freed slot never waits,
    // few enough that what they read is still current. The first m_lookedAhead jobs of the
    // queue are started already: each pump looks only at the new ones.
    const size_t ahead = std::min(size_t(limit()) * 2, m_queue.size());
    const QString identity = m_provider ? m_provider->identity() : QString();
    for (; m_lookedAhead < ahead; ++m_lookedAhead) {
        Job &job = m_queue[m_lookedAhead];
        if (!job.making || job.making->started)
            continue;
        job.making->started = true;
        std::shared_ptr<Making> making = job.making;
        QPointer<CallScheduler> self(this);
        m_pool.start([self, making, identity] {
            if (making->cancelled)
                return;
            ChatRequest request = making->make();
            request.prepare(identity);
            QMetaObject::invokeMethod(self, [self, making, request = std::move(request)]() mutable {
                if (!self || making->cancelled)
                    return;
                making->made = std::move(request);
                self->pump();
            }, Qt::QueuedConnection);
        });
    }
}

void CallScheduler::submit(Job job)
{
    m_queue.push_back(std::move(job));
    pump();
}

void CallScheduler::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        pumpOnce();
    } while (m_pumpAgain);
    m_pumping = false;
}

void CallScheduler::pumpOnce()
{
    const int most = limit();
    while (m_inFlight < most && !m_queue.empty()) {
        if (m_queue.front().making && !m_queue.front().making->made)
            break; // its request is still being made; it goes out first once it is
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (m_lookedAhead > 0)
            --m_lookedAhead;
        ++m_inFlight;
        m_stats.peakInFlight = std::max(m_stats.peakInFlight, m_inFlight);
        job.start([this] {
            --m_inFlight;
            // The freed slot is filled at once, before this reply is handled: were it filled
            // from the event queue, it would wait behind every other reply of the wave already
            // queued there, and the waves of a step would go out one after another instead of
            // overlapping. A provider answering at once (the cache) calls back inside start():
            // pump() then only notes that it must look again, so the stack never grows.
            pump();
        });
    }
    makeAhead();
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
