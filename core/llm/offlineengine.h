#pragma once

#include "provider.h"

namespace troupe::llm {

/**
 * The built-in stand-in for a language model: deterministic and persona-aware, so every
 * part of the studio can be tried without an account. It reads the structured `hints` of a
 * request (persona, cognitive state, new stimuli), not the prompt text, and composes turns
 * from the persona's occupation, interests, likes, dislikes, beliefs and style and the topic
 * it heard. Embeddings are hashed bags of words. Same request and seed, same reply.
 * Everything it writes is labelled "offline engine — not a language model".
 */
class OfflineEngine final : public Provider
{
    Q_OBJECT
public:
    using Provider::Provider;

    static QString modelName() { return QStringLiteral("offline-engine-1"); }

    QString name() const override { return QStringLiteral("offline"); }
    QString label() const override;
    bool isLanguageModel() const override { return false; }
    QString defaultModel() const override { return modelName(); }
    QString embeddingModel() const override { return QStringLiteral("hashed-words-256"); }
    int maxConcurrency() const override { return 64; }

    void chat(const ChatRequest &request, ChatCallback done) override;
    void embed(const QStringList &texts, EmbeddingCallback done) override;

    /** The reply, computed synchronously (chat() delivers it asynchronously). */
    static ChatReply reply(const ChatRequest &request);
    /** The embeddings, computed synchronously (embed() delivers them asynchronously). */
    static EmbeddingReply embeddings(const QStringList &texts);
};

} // namespace troupe::llm
