#pragma once

#include "provider.h"

#include <QPointer>

#include <optional>

namespace troupe::llm {

/** Where earlier replies are looked up by requestHash(): the project's call log. */
class CallCache
{
public:
    virtual ~CallCache();
    virtual std::optional<ChatReply> findChat(const QString &hash) = 0;
    virtual std::optional<EmbeddingReply> findEmbedding(const QString &hash) = 0;
    /** A reply that missed and came back (a project's cache fills from its call log instead). */
    virtual void remember(const QString &hash, const ChatReply &reply) { (void)hash, (void)reply; }
    virtual void remember(const QString &hash, const EmbeddingReply &reply) { (void)hash, (void)reply; }
};

/** A reply served from a cache: free, no attempts, marked as from the cache. */
ChatReply cachedChatReply(const QString &content, const QString &model);
/** The same for embeddings stored with encodeVectors(); nullopt when the text does not decode. */
std::optional<EmbeddingReply> cachedEmbeddingReply(const QString &encoded, const QString &model);

/**
 * A provider in front of another that answers repeated calls from the cache: same request,
 * same reply, no network, no cost. Misses go to the inner provider; the caller logs them,
 * which is what fills the cache. Counts hits and misses.
 */
class CachingProvider final : public Provider
{
    Q_OBJECT
public:
    CachingProvider(Provider *inner, CallCache *cache, QObject *parent = nullptr);

    QString name() const override { return m_inner->name(); }
    QString label() const override { return m_inner->label(); }
    bool isLanguageModel() const override { return m_inner->isLanguageModel(); }
    QString defaultModel() const override { return m_inner->defaultModel(); }
    QString embeddingModel() const override { return m_inner->embeddingModel(); }
    int maxConcurrency() const override { return m_inner->maxConcurrency(); }
    QString identity() const override { return m_inner->identity(); }

    void chat(const ChatRequest &request, ChatCallback done) override;
    void chatShared(std::shared_ptr<const ChatRequest> request, ChatCallback done) override;
    void embed(const QStringList &texts, EmbeddingCallback done) override;
    void prepare(std::function<void(QString)> done) override { m_inner->prepare(std::move(done)); }
    void cancelAll() override { m_inner->cancelAll(); }

    Provider *inner() const { return m_inner; }
    int hits() const { return m_hits; }
    int misses() const { return m_misses; }

private:
    /** True when the cache answered (`done` is called on the next event-loop turn); `hash` is the key. */
    bool answered(const ChatRequest &request, const ChatCallback &done, QString *hash);
    /** `done`, after the reply is remembered under `hash`. */
    ChatCallback remembering(const QString &hash, ChatCallback done);
    QPointer<Provider> m_inner;
    CallCache *m_cache;
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace troupe::llm
