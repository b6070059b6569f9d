#pragma once

#include "ask.h"
#include "calllog.h"
#include "llm/callscheduler.h"

#include <QPointer>

#include <functional>
#include <vector>

namespace troupe {

class Agent;

/**
 * The questions of one step: every target agent answers each question in turn, as one
 * structured call per question under the question's schema (repaired once), with its
 * earlier answers of the step in the prompt. An answer that is still invalid is reported as
 * missing with the reason, never dropped or coerced; a call that fails pauses the step. The
 * world applies what came back, in agent order.
 */
class AnswerPipeline final
{
public:
    struct Outcome
    {
        std::vector<std::vector<AskAnswer>> answers; // per agent given, per question asked of it, in order
        QString error;                               // a failed call, by agent order; empty otherwise
    };

    AnswerPipeline(llm::CallScheduler *scheduler, CallLog &log, QObject *context);

    void start(std::vector<Agent *> agents, std::vector<Ask> asks, int step, std::function<quint64(const Agent &, const Ask &)> seedFor,
               const QString &defaultModel, std::function<void(Outcome)> done);

private:
    struct Step;
    void next(std::shared_ptr<Step> step, size_t agent, size_t ask);

    llm::CallScheduler *m_scheduler; // null for a world that is only rebuilt, never run
    CallLog &m_log;
    QPointer<QObject> m_context;
};

} // namespace troupe
