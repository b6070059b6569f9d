#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace troupe::llm {

struct ChatMessage
{
    QString role; // "system", "user" or "assistant"
    QString content;
};

/** One chat-completion call as the engine asks for it; providers translate it to their API. */
struct ChatRequest
{
    QString purpose;          // "turn", "condition": what the call is for, for logs and the cache
    QString agent;            // who it is for (empty for world-level calls)
    QString model;            // empty: the provider's default
    double temperature = 1.0;
    int maxTokens = 0;        // 0: the provider's default
    std::vector<ChatMessage> messages;
    nlohmann::json responseSchema; // null: free text; otherwise the JSON Schema of the reply
    QString schemaName;
    /**
     * The same inputs as the prompt, structured (persona, state, new stimuli...). Only the
     * offline engine reads them; network providers send the messages and ignore this.
     */
    nlohmann::json hints;
    quint64 seed = 0;

    /**
     * What the cache and the call log need, worked out ahead (on a worker thread) so the run's
     * thread does not have to: the cache key for `identity` and the logged JSON text.
     */
    struct Prepared
    {
        QString identity;
        QString hash;         // requestHash(*this, identity)
        std::string json;     // toJson().dump()
        std::string messages; // the messages as a JSON array, as toJson() and request bodies write them
        std::string schema;   // responseSchema as JSON text; empty without one
    };
    std::shared_ptr<const Prepared> prepared;

    /** The request as JSON, for the llm_calls log (hints excluded: they repeat the prompt). */
    nlohmann::json toJson() const;
    /**
     * Fills `prepared` for `identity`. The messages (most of a request: the persona, the
     * memories) are written out once; the logged text, the cache key and the request body
     * are put together from that text, byte for byte what writing each whole would give.
     */
    void prepare(const QString &identity);
    /** `prepared`, or the same worked out now when it is missing or for another identity. */
    std::shared_ptr<const Prepared> preparedFor(const QString &identity) const;
};

struct Usage
{
    int promptTokens = 0;
    int completionTokens = 0;
    int cachedTokens = 0;
    bool estimated = false; // counted by us (chars / 4), not reported by a model server
};

struct ChatReply
{
    bool ok = false;
    QString error;   // why the call failed, for people
    QString content; // the model's text (JSON text when a schema was given)
    QString model;   // the model that answered
    Usage usage;
    qint64 latencyMs = 0;
    int attempts = 1;
    std::optional<double> cost; // US dollars; nothing when the model has no price
    bool fromCache = false;     // answered from the project's cache: no call, no cost
    bool refused = false;       // a content filter or the model refused
    QString requestHash;        // requestHash() of the call, when the cache computed it
};

struct EmbeddingReply
{
    bool ok = false;
    QString error;
    std::vector<std::vector<float>> vectors; // one per input text, in order
    QString model;
    Usage usage;
    qint64 latencyMs = 0;
    int attempts = 1;
    std::optional<double> cost;
    bool fromCache = false;
    QString requestHash;
};

using ChatCallback = std::function<void(ChatReply)>;

/** `value` as nlohmann::json writes it (compact). */
std::string jsonText(const nlohmann::json &value);
/**
 * An object's compact JSON text from its members' texts, keys in the order nlohmann::json
 * keeps them (sorted): what dump() of that object gives, without writing its members again.
 */
std::string jsonObjectText(std::vector<std::pair<std::string, std::string>> members);
/** The messages as the JSON array toJson() holds: [{"content":...,"role":...},...]. */
std::string messagesText(const std::vector<ChatMessage> &messages);
using EmbeddingCallback = std::function<void(EmbeddingReply)>;

/**
 * The cache key of a call: SHA-256 (hex) of the canonical request — who answers
 * (`identity`), model, messages, parameters, schema and seed. Equal keys, equal replies.
 */
QString requestHash(const ChatRequest &request, const QString &identity);
/** The same key from `request.toJson()` already built (the call log has it). */
QString requestHash(nlohmann::json requestJson, quint64 seed, const QString &identity);
QString embeddingRequestHash(const QString &model, const QStringList &texts, const QString &identity);

/** Embedding vectors as compact text for the call log and cache (base64 of float32). */
QString encodeVectors(const std::vector<std::vector<float>> &vectors);
std::optional<std::vector<std::vector<float>>> decodeVectors(const QString &text);

/** A rough token count (4 characters per token) where no server reports one. */
int estimateTokens(const QString &text);

} // namespace troupe::llm
