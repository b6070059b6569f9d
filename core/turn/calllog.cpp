#include "calllog.h"

#include "llm/provider.h"

namespace troupe {

void CallLog::add(LlmCallRecord c)
{
    c.provider = m_provider ? m_provider->name() : QString();
    m_spent += c.cost.value_or(0.0);
    m_pending.push_back(std::move(c));
}

void CallLog::chat(const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable, int step)
{
    LlmCallRecord c;
    c.step = step;
    c.agent = request.agent;
    c.purpose = request.purpose;
    c.model = reply.model.isEmpty() ? request.model : reply.model;
    const QString identity = m_provider ? m_provider->identity() : QString();
    if (request.prepared && request.prepared->identity == identity) {
        c.requestText = std::shared_ptr<const std::string>(request.prepared, &request.prepared->json); // no copy
        c.requestHash = request.prepared->hash;
    } else {
        c.request = request.toJson();
        c.requestHash = !reply.requestHash.isEmpty() ? reply.requestHash : llm::requestHash(c.request, request.seed, identity);
    }
    c.response = reply.content;
    c.ok = reply.ok;
    c.usable = usable;
    c.error = reply.error;
    c.promptTokens = reply.usage.promptTokens;
    c.completionTokens = reply.usage.completionTokens;
    c.cachedTokens = reply.usage.cachedTokens;
    c.latencyMs = reply.latencyMs;
    c.attempts = reply.attempts;
    c.cost = reply.cost;
    c.fromCache = reply.fromCache;
    add(std::move(c));
}

void CallLog::embedding(const QString &purpose, const QString &agent, const QStringList &texts,
                        const llm::EmbeddingReply &reply, int step)
{
    const QString model = m_provider ? m_provider->embeddingModel() : QString();
    LlmCallRecord c;
    c.step = step;
    c.agent = agent;
    c.purpose = purpose;
    c.model = reply.model.isEmpty() ? model : reply.model;
    nlohmann::json input = nlohmann::json::array();
    for (const QString &t : texts)
        input.push_back(t.toStdString());
    c.request = {{"model", c.model.toStdString()}, {"input", std::move(input)}};
    c.requestHash = !reply.requestHash.isEmpty()
        ? reply.requestHash
        : llm::embeddingRequestHash(model, texts, m_provider ? m_provider->identity() : QString());
    if (reply.ok)
        c.response = llm::encodeVectors(reply.vectors);
    c.ok = reply.ok;
    c.error = reply.error;
    c.promptTokens = reply.usage.promptTokens;
    c.latencyMs = reply.latencyMs;
    c.attempts = reply.attempts;
    c.cost = reply.cost;
    c.fromCache = reply.fromCache;
    add(std::move(c));
}

std::vector<LlmCallRecord> CallLog::take()
{
    std::vector<LlmCallRecord> out;
    out.swap(m_pending);
    return out;
}

} // namespace troupe
