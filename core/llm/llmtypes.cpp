#include "llmtypes.h"

namespace troupe::llm {

nlohmann::json ChatRequest::toJson() const
{
    nlohmann::json messagesJson = nlohmann::json::array();
    for (const ChatMessage &m : messages)
        messagesJson.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    nlohmann::json j = {{"purpose", purpose.toStdString()},
                        {"model", model.toStdString()},
                        {"temperature", temperature},
                        {"messages", std::move(messagesJson)}};
    if (maxTokens > 0)
        j["max_tokens"] = maxTokens;
    if (!responseSchema.is_null())
        j["response_schema"] = {{"name", schemaName.toStdString()}, {"schema", responseSchema}};
    return j;
}

int estimateTokens(const QString &text)
{
    return int((text.size() + 3) / 4);
}

} // namespace troupe::llm
