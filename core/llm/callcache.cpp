#include "callcache.h"

#include <QPointer>
#include <QTimer>

namespace troupe::llm {

CallCache::~CallCache() = default;

ChatReply cachedChatReply(const QString &content, const QString &model)
{
    ChatReply r;
    r.ok = true;
    r.content = content;
    r.model = model;
    r.fromCache = true;
    r.cost = 0.0;
    r.attempts = 0;
    return r;
}

std::optional<EmbeddingReply> cachedEmbeddingReply(const QString &encoded, const QString &model)
{
    auto vectors = decodeVectors(encoded);
    if (!vectors)
        return std::nullopt;
    EmbeddingReply r;
    r.ok = true;
    r.vectors = std::move(*vectors);
    r.model = model;
    r.fromCache = true;
    r.cost = 0.0;
    r.attempts = 0;
    return r;
}

CachingProvider::CachingProvider(Provider *inner, CallCache *cache, QObject *parent)
    : Provider(parent), m_inner(inner), m_cache(cache)
{
    connect(inner, &Provider::streamed, this, &Provider::streamed);
}

bool CachingProvider::answered(const ChatRequest &request, const ChatCallback &done, QString *hash)
{
    const QString identity = m_inner->identity();
    *hash = request.prepared && request.prepared->identity == identity ? request.prepared->hash : requestHash(request, identity);
    if (auto hit = m_cache->findChat(*hash)) {
        ++m_hits;
        hit->requestHash = *hash;
        QTimer::singleShot(0, this, [reply = std::move(*hit), done]() mutable { done(std::move(reply)); });
        return true;
    }
    ++m_misses;
    return false;
}

ChatCallback CachingProvider::remembering(const QString &hash, ChatCallback done)
{
    return [self = QPointer<CachingProvider>(this), hash, done = std::move(done)](ChatReply reply) {
        reply.requestHash = hash;
        if (self)
            self->m_cache->remember(hash, reply);
        done(std::move(reply));
    };
}

void CachingProvider::chat(const ChatRequest &request, ChatCallback done)
{
    QString hash;
    if (!answered(request, done, &hash))
        m_inner->chat(request, remembering(hash, std::move(done)));
}

void CachingProvider::chatShared(std::shared_ptr<const ChatRequest> request, ChatCallback done)
{
    QString hash;
    if (!answered(*request, done, &hash))
        m_inner->chatShared(std::move(request), remembering(hash, std::move(done)));
}

void CachingProvider::embed(const QStringList &texts, EmbeddingCallback done)
{
    const QString hash = embeddingRequestHash(m_inner->embeddingModel(), texts, m_inner->identity());
    if (auto hit = m_cache->findEmbedding(hash); hit && hit->vectors.size() == size_t(texts.size())) {
        ++m_hits;
        hit->requestHash = hash;
        QTimer::singleShot(0, this, [reply = std::move(*hit), done = std::move(done)]() mutable { done(std::move(reply)); });
        return;
    }
    ++m_misses;
    m_inner->embed(texts, [self = QPointer<CachingProvider>(this), hash, done = std::move(done)](EmbeddingReply reply) {
        reply.requestHash = hash;
        if (self)
            self->m_cache->remember(hash, reply);
        done(std::move(reply));
    });
}

} // namespace troupe::llm
