#pragma once

#include "llm/llmtypes.h"
#include "store/runrecords.h"

#include <vector>

namespace troupe::llm {
class Provider;
}

namespace troupe {

/**
 * The model calls of a run as they are made, waiting to be stored: chat and embedding calls
 * with their request, reply, usage, cost and whether the reply was used. Keeps the run's
 * spending total for the budget.
 */
class CallLog final
{
public:
    explicit CallLog(const llm::Provider *provider) : m_provider(provider) {}

    void chat(const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable, int step);
    void embedding(const QString &purpose, const QString &agent, const QStringList &texts,
                   const llm::EmbeddingReply &reply, int step);

    /** The calls logged since the last take, oldest first. */
    std::vector<LlmCallRecord> take();
    bool isEmpty() const { return m_pending.empty(); }
    double spent() const { return m_spent; }
    void setSpent(double dollars) { m_spent = dollars; }

private:
    void add(LlmCallRecord record);

    const llm::Provider *m_provider;
    std::vector<LlmCallRecord> m_pending;
    double m_spent = 0;
};

} // namespace troupe
