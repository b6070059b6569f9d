#include "runsummary.h"

#include "store/runstore.h"
#include "util/jsonvalue.h"

#include <QSet>

namespace troupe {

int RunSummary::actionCount(const QString &agent, const QString &type) const
{
    const auto a = actions.find(agent);
    if (a == actions.end())
        return 0;
    const auto t = a->second.find(type);
    return t == a->second.end() ? 0 : t->second;
}

int RunSummary::talkCount(const QString &from, const QString &to) const
{
    const auto a = talk.find(from);
    if (a == talk.end())
        return 0;
    const auto t = a->second.find(to);
    return t == a->second.end() ? 0 : t->second;
}

RunSummary summarizeEvents(const RunEvents &events)
{
    RunSummary s;
    QSet<QString> types;
    for (const RunEvent &e : events) {
        if (!e.agent.isEmpty() && e.kind != QLatin1String("error") && !s.agents.contains(e.agent))
            s.agents.append(e.agent);
        s.steps = std::max(s.steps, e.step);
        if (e.kind != QLatin1String("action") || e.type == QLatin1String("DONE"))
            continue;
        types.insert(e.type);
        ++s.actions[e.agent][e.type];
        if (e.step > 0) {
            if (s.actionsPerStep.size() < size_t(e.step))
                s.actionsPerStep.resize(size_t(e.step), 0);
            ++s.actionsPerStep[size_t(e.step - 1)];
        }
        if (e.type == QLatin1String("TALK"))
            ++s.talk[e.agent][e.target.isEmpty() ? QStringLiteral("everyone") : e.target];
    }
    s.actionsPerStep.resize(size_t(s.steps), 0);
    s.actionTypes = QStringList(types.cbegin(), types.cend());
    s.actionTypes.sort();
    return s;
}

Result<RunSummary> summarizeRun(const RunStore &store, qint64 runId)
{
    auto events = store.events(runId);
    if (!events)
        return Result<RunSummary>::failure(events.error());
    RunSummary s = summarizeEvents(events.value());
    auto record = store.run(runId);
    if (!record)
        return Result<RunSummary>::failure(record.error());
    s.runId = runId;
    s.name = record.value().name;
    s.status = runStatusLabel(record.value().status);
    s.steps = std::max(s.steps, record.value().stepsDone);
    s.actionsPerStep.resize(size_t(s.steps), 0);
    if (auto info = store.runInfo(runId)) {
        const auto &r = info.value();
        s.provider = jsonString(r.config, "provider");
        s.model = jsonString(r.config, "model");
        if (r.startedAt.isValid())
            s.durationSeconds = r.startedAt.secsTo(r.endedAt.isValid() ? r.endedAt : QDateTime::currentDateTimeUtc());
    }
    s.tokensEstimated = s.provider == QLatin1String("offline");
    auto total = store.usage(runId, RunStore::UsageBy::Run);
    if (!total)
        return Result<RunSummary>::failure(total.error());
    if (!total.value().empty()) {
        const auto &t = total.value().front();
        s.promptTokens = t.promptTokens;
        s.completionTokens = t.completionTokens;
        s.calls = t.calls;
        s.cacheHits = t.cacheHits;
        s.cost = t.cost;
        s.costComplete = t.unpriced == 0;
    }
    s.tokensPerStep.assign(size_t(s.steps), 0);
    if (auto bySteps = store.usage(runId, RunStore::UsageBy::Step)) {
        for (const auto &row : bySteps.value()) {
            const int step = row.key.toInt();
            if (step >= 1 && step <= s.steps)
                s.tokensPerStep[size_t(step - 1)] = row.promptTokens + row.completionTokens;
        }
    }
    return s;
}

} // namespace troupe
