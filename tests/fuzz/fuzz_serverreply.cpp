// Whole replies from an OpenAI-compatible server: chat completions, embeddings, model lists
// and error bodies. A server can send anything.

#include "fuzzcheck.h"

#include "llm/openaiprotocol.h"

using namespace troupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const llm::openai::ChatResult chat = llm::openai::parseChatReply(body);
    fuzz::check(chat.ok || !chat.problem.isEmpty(), "an unusable reply without a problem");
    fuzz::check(chat.usage.promptTokens >= 0 && chat.usage.completionTokens >= 0, "negative token counts");
    for (qsizetype expected : {0, 1, 3}) {
        const llm::openai::EmbeddingResult e = llm::openai::parseEmbeddings(body, expected);
        fuzz::check(!e.ok || qsizetype(e.vectors.size()) == expected, "embeddings of the wrong count");
    }
    (void)llm::openai::parseModelList(body);
    (void)llm::openai::serverMessage(body);
    (void)llm::openai::rejectsResponseFormat(400, body);
    (void)llm::openai::isContentFilter(body);
    return 0;
}
