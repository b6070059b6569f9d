#pragma once

#include "calllog.h"
#include "structuredcall.h"

#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

namespace troupe {

class Agent;

/**
 * The turns of one step: for each agent, memory retrieval when it is due (RECALL queries and
 * contextual retrieval, one embedding call), then its turn as one structured call under the
 * agent's turn schema, repaired and asked again up to the agent's MAX_ATTEMPTS. Every call
 * goes to the CallLog. The world decides who acts and applies the replies; this unit only
 * gets them, with what each agent recalled, so the world logs it in agent order whatever
 * order the replies came in.
 */
class TurnPipeline final
{
public:
    struct Outcome
    {
        std::vector<std::optional<nlohmann::json>> replies; // one per agent given, in that order
        std::vector<QStringList> recalled;                   // THOUGHTs each agent perceived from RECALL
        QString error;                                       // the first failure by agent order; empty when all replied
    };

    TurnPipeline(llm::CallScheduler *scheduler, CallLog &log, QObject *context);

    void start(std::vector<Agent *> agents, int step, std::function<quint64(const Agent &)> seedFor,
               const QString &defaultModel, std::function<void(Outcome)> done);

    /** The compiled turn schema for an agent's action types (compiled once per set of types). */
    static const JsonSchema &schemaFor(const Agent &agent);

private:
    struct Step;
    void retrieve(std::shared_ptr<Step> step, size_t index);
    void requestTurn(std::shared_ptr<Step> step, size_t index);
    void oneDone(const std::shared_ptr<Step> &step);

    llm::CallScheduler *m_scheduler; // null for a world that is only rebuilt, never run
    CallLog &m_log;
    QPointer<QObject> m_context;
};

} // namespace troupe
