#pragma once

#include "llm/offlineengine.h"

#include <memory>

namespace troupe {

/**
 * The offline engine as the person factory sees it: it answers the dimensions and person
 * calls (by ChatRequest::purpose) from the factory's own deterministic code, and passes
 * every other call to the plain offline engine. core/llm sits below core/factory and
 * cannot know samples or personas; wrapping it here lets the offline path go through the
 * very same scheduler, structured call, checks, repair and call log as a language model.
 * It is labelled "offline engine — not a language model" like the engine it wraps.
 */
class OfflineFactoryEngine final : public llm::Provider
{
    Q_OBJECT
public:
    explicit OfflineFactoryEngine(QObject *parent = nullptr);

    QString name() const override { return m_engine->name(); }
    QString label() const override { return m_engine->label(); }
    bool isLanguageModel() const override { return false; }
    QString defaultModel() const override { return m_engine->defaultModel(); }
    QString embeddingModel() const override { return m_engine->embeddingModel(); }
    int maxConcurrency() const override { return m_engine->maxConcurrency(); }

    void chat(const llm::ChatRequest &request, llm::ChatCallback done) override;
    void embed(const QStringList &texts, llm::EmbeddingCallback done) override;

    /** The reply, computed synchronously. */
    static llm::ChatReply reply(const llm::ChatRequest &request);

private:
    llm::OfflineEngine *m_engine;
};

} // namespace troupe
