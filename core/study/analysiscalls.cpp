#include "analysiscalls.h"

#include "llm/provider.h"
#include "store/runstore.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisCalls)
};

} // namespace

AnalysisCalls::AnalysisCalls(const llm::Provider *provider)
    : m_log(provider), m_offline(provider && provider->name() == QLatin1String("offline"))
{
}

CallRecorder AnalysisCalls::recorder()
{
    return [this](const llm::ChatRequest &request, const llm::ChatReply &reply, bool usable) {
        ++m_calls;
        if (reply.cost)
            m_cost += *reply.cost;
        else if (!reply.fromCache && reply.ok && !m_offline)
            ++m_unpriced;
        m_log.chat(request, reply, usable, 0);
    };
}

Status AnalysisCalls::store(ProjectFile &project, qint64 runId)
{
    if (m_log.isEmpty())
        return {};
    return RunStore(project).storeCalls(runId, m_log.take());
}

QString AnalysisCalls::summary(qint64 runId) const
{
    if (m_offline)
        return Tr::tr("%n call(s) to the offline engine, at no cost (run %1's tokens count them)", nullptr, m_calls).arg(runId);
    const QString cost = costKnown() ? QStringLiteral("$%1").arg(m_cost, 0, 'f', 4)
                                     : Tr::tr("$%1 and calls without a known price").arg(m_cost, 0, 'f', 4);
    return Tr::tr("%n model call(s), %1 (counted in run %2's cost)", nullptr, m_calls).arg(cost).arg(runId);
}

} // namespace troupe
