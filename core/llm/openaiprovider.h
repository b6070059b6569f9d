#pragma once

#include "clock.h"
#include "endpoint.h"
#include "httpexchange.h"
#include "openaiprotocol.h"
#include "pricing.h"
#include "provider.h"
#include "ratelimiter.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <random>

namespace troupe::llm {

/**
 * OpenAI Chat Completions and Embeddings over QtNetwork, for OpenAI, Azure OpenAI and any
 * OpenAI-compatible server (Ollama, LM Studio, llama.cpp server, vLLM, OpenRouter).
 *
 * Structured output: json_schema (strict) where the server takes it, else json_object, else
 * an instruction in the prompt. The mode is found per model by a cheap probe (prepare()),
 * remembered through setModeMemory(), and stepped down by itself when the server rejects a
 * format. Replies stream when STREAM is on, falling back when the server cannot.
 * Timeouts, retries and rate limits are HttpExchange's; keys never appear in messages.
 */
class OpenAiProvider final : public Provider
{
    Q_OBJECT
public:
    OpenAiProvider(Endpoint endpoint, PriceTable prices, Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~OpenAiProvider() override;

    QString name() const override { return m_endpoint.preset; }
    QString label() const override { return m_endpoint.label; }
    bool isLanguageModel() const override { return true; }
    QString defaultModel() const override { return m_endpoint.model; }
    QString embeddingModel() const override { return m_endpoint.embeddingModel; }
    int maxConcurrency() const override { return m_endpoint.maxConcurrency; }
    QString identity() const override { return m_identity; }
    const Endpoint &endpoint() const { return m_endpoint; }

    void chat(const ChatRequest &request, ChatCallback done) override;
    void chatShared(std::shared_ptr<const ChatRequest> request, ChatCallback done) override;
    void embed(const QStringList &texts, EmbeddingCallback done) override;
    void prepare(std::function<void(QString error)> done) override;
    void cancelAll() override;

    /** Where the structured-output mode per model is kept between runs (the project). */
    using ModeGetter = std::function<std::optional<QString>(const QString &key)>;
    using ModeSetter = std::function<void(const QString &key, const QString &mode)>;
    void setModeMemory(ModeGetter get, ModeSetter set);
    std::optional<StructuredMode> knownMode(const QString &model) const;

    struct ProbeResult
    {
        bool ok = false;
        QString error;          // for people: why the server cannot be used
        StructuredMode mode = StructuredMode::Prompt;
        QString model;          // as the server names it
        qint64 latencyMs = 0;   // of the successful request
        QStringList notes;      // "json_schema rejected: ..."
    };
    /**
     * One tiny request per mode, best first, until one works; remembers the mode found.
     * `patient` (before a run) retries 5xx, 429, timeouts and refused connections as turns do,
     * so a server still loading its model does not fail the run; otherwise (a connection test)
     * it gives up after two attempts.
     */
    void probe(const QString &model, std::function<void(ProbeResult)> done, bool patient = false);
    /** GET /models: the server's model names, or the reason there are none. */
    void listModels(std::function<void(QStringList models, QString error)> done);

    /** A failed exchange in words, with the server's own message and no secrets. */
    QString describeFailure(const HttpOutcome &outcome, const QString &model) const;

private:
    using Exchanged = std::function<void(HttpOutcome, openai::ChatResult)>;
    void exchangeChat(const ChatRequest &request, StructuredMode mode, bool stream, const HttpSettings &settings, Exchanged done);
    /** Shared: a fallback to another mode or to no streaming sends the same request again. */
    void chatWith(std::shared_ptr<const ChatRequest> request, StructuredMode mode, bool stream, int extraAttempts, ChatCallback done);
    void embedBatch(std::shared_ptr<QStringList> texts, qsizetype from, std::shared_ptr<EmbeddingReply> total, EmbeddingCallback done);
    HttpExchange *newExchange(const HttpSettings &settings);
    QNetworkRequest request(const QUrl &url, bool stream) const;
    HttpSettings settings() const;
    /** For probes and model lists: at most two attempts, short backoff. */
    HttpSettings quickSettings() const;
    QString modeKey(const QString &model) const;
    void rememberMode(const QString &model, StructuredMode mode);
    std::optional<double> costOf(const QString &model, const Usage &usage) const;

    Endpoint m_endpoint;
    QString m_identity; // m_endpoint.identity(), asked for every call
    PriceTable m_prices;
    Clock &m_clock;
    RateLimiter m_limiter;
    std::mt19937_64 m_rng;
    std::unique_ptr<HttpTransport> m_transport;
    QHash<QString, StructuredMode> m_modes;
    ModeGetter m_getMode;
    ModeSetter m_setMode;
    bool m_streamRefused = false;
};

} // namespace troupe::llm
