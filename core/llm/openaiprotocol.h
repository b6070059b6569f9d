#pragma once

#include "endpoint.h"
#include "llmtypes.h"

#include <QByteArray>

namespace troupe::llm {

/**
 * The OpenAI Chat Completions wire format, shared by OpenAI, Azure OpenAI and compatible
 * servers: request bodies, replies (whole or streamed), usage and error messages. Pure
 * functions, no networking.
 */
namespace openai {

/** The body of POST /chat/completions for `request` in `mode`. */
QByteArray chatBody(const Endpoint &endpoint, const ChatRequest &request, StructuredMode mode, bool stream);
/** The body of POST /embeddings. */
QByteArray embeddingsBody(const Endpoint &endpoint, const QStringList &texts);

/** `schema` made acceptable to strict structured outputs: closed objects, every property required (optional ones nullable). */
nlohmann::json strictSchema(const nlohmann::json &schema);
/** Removes null members of objects (what strict mode sends for optional fields). */
void dropNulls(nlohmann::json &value);

struct ChatResult
{
    bool ok = false;
    QString problem;      // why the body could not be read
    QString content;
    QString model;
    QString finishReason; // stop, length, content_filter, tool_calls
    QString refusal;      // the model's own refusal text, when it gave one
    Usage usage;
    bool hasUsage = false;
};

/** A complete (non-streamed) /chat/completions reply. */
ChatResult parseChatReply(const QByteArray &body);

/** Streamed chunks put back together. */
class StreamAccumulator
{
public:
    /** One SSE data payload; false when it is not a chunk (the problem is kept). */
    bool add(const QByteArray &data);
    bool done() const { return m_done; }
    const ChatResult &result() const { return m_result; }
    void reset() { *this = StreamAccumulator(); }

private:
    ChatResult m_result;
    bool m_done = false;
};

struct EmbeddingResult
{
    bool ok = false;
    QString problem;
    std::vector<std::vector<float>> vectors;
    Usage usage;
};
EmbeddingResult parseEmbeddings(const QByteArray &body, qsizetype expected);

/** The server's own words from an error body (OpenAI, Azure, Ollama, vLLM shapes). */
QString serverMessage(const QByteArray &body);
/** Whether a 400/422 says the server does not take this response_format. */
bool rejectsResponseFormat(int status, const QByteArray &body);
/** Whether a 400/422 says the server does not take `stream`. */
bool rejectsStreaming(int status, const QByteArray &body);
/** Whether an error body is a content-filter refusal (Azure: code content_filter). */
bool isContentFilter(const QByteArray &body);

QStringList parseModelList(const QByteArray &body);

} // namespace openai
} // namespace troupe::llm
