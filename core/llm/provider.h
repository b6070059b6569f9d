#pragma once

#include "llmtypes.h"

#include <QObject>

namespace troupe::llm {

/**
 * Where model calls go: the offline engine here; OpenAI, Azure OpenAI and
 * OpenAI-compatible servers as further implementations. Calls are asynchronous: the
 * callback runs later on the caller's thread, exactly once, whatever happens.
 */
class Provider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Provider() override;

    /** Short id: "offline", "openai", "azure". */
    virtual QString name() const = 0;
    /** What people see next to its output ("offline engine — not a language model"). */
    virtual QString label() const = 0;
    virtual bool isLanguageModel() const = 0;
    virtual QString defaultModel() const = 0;
    /** How many calls may be in flight at once. */
    virtual int maxConcurrency() const = 0;

    virtual QString embeddingModel() const = 0;
    /** Who answers, without secrets ("offline", "openai https://api.openai.com/v1"): part of cache keys. */
    virtual QString identity() const { return name(); }

    virtual void chat(const ChatRequest &request, ChatCallback done) = 0;
    /**
     * The same for a request the caller holds shared: a provider that keeps the request while
     * the call is in flight takes this one instead of copying it (a request's schema is a
     * JSON tree, and copying and freeing it cost the run's thread ~10% at 10,000 agents).
     */
    virtual void chatShared(std::shared_ptr<const ChatRequest> request, ChatCallback done) { chat(*request, std::move(done)); }
    virtual void embed(const QStringList &texts, EmbeddingCallback done) = 0;

    /**
     * Gets ready for a run (network providers find out which structured-output mode the
     * server takes); `done` gets the reason when it cannot. The default is ready at once.
     */
    virtual void prepare(std::function<void(QString error)> done) { done({}); }
    /** Ends every call in flight now; their callbacks get ok = false, "cancelled". */
    virtual void cancelAll() {}

Q_SIGNALS:
    /** Text of a streamed reply so far, for showing an agent "typing". */
    void streamed(const QString &agent, const QString &purpose, const QString &textSoFar);
};

} // namespace troupe::llm
