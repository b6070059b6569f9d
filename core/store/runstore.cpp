#include "runstore.h"

#include "util/jsonreader.h"
#include "util/jsonvalue.h"
#include "util/simtime.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)
};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString jsonText(const nlohmann::json &j)
{
    return j.is_null() ? QString() : QString::fromStdString(j.dump());
}

// A damaged row is an error naming its table, row and column (the first one found goes to
// `damage`), never a silent null.
nlohmann::json parseJson(const QVariant &v, const QString &where, QString *damage)
{
    auto parsed = parseStoredJson(v.toString(), where);
    if (parsed)
        return std::move(parsed).value();
    if (damage->isEmpty())
        *damage = parsed.error();
    return nullptr;
}

QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

QByteArray blob(const float *v, int n)
{
    return QByteArray(reinterpret_cast<const char *>(v), qsizetype(n) * qsizetype(sizeof(float)));
}

} // namespace

Result<qint64> RunStore::createRun(const QString &name, quint64 seed, const nlohmann::json &scenario,
                                   const nlohmann::json &config)
{
    qint64 id = 0;
    const Status s = m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT INTO runs (name, status, seed, scenario_snapshot, config, created_at) "
                                 "VALUES (?, 'created', ?, ?, ?, ?)"));
        q.addBindValue(name);
        q.addBindValue(qint64(seed));
        q.addBindValue(jsonText(scenario));
        q.addBindValue(jsonText(config));
        q.addBindValue(nowText());
        if (!q.exec())
            return Status::failure(sqlError(q));
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status RunStore::setStatus(qint64 runId, const QString &status, const nlohmann::json &summary)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        const bool ended = status == QLatin1String("finished") || status == QLatin1String("failed")
                           || status == QLatin1String("interrupted");
        q.prepare(QStringLiteral("UPDATE runs SET status = ?, "
                                 "started_at = CASE WHEN ? = 'running' AND started_at IS NULL THEN ? ELSE started_at END, "
                                 "ended_at = CASE WHEN ? THEN ? ELSE ended_at END, "
                                 "summary = COALESCE(?, summary) WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(status);
        q.addBindValue(nowText());
        q.addBindValue(ended);
        q.addBindValue(nowText());
        q.addBindValue(summary.is_null() ? QVariant() : QVariant(jsonText(summary)));
        q.addBindValue(runId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        return {};
    });
}

Status RunStore::commitStep(qint64 runId, const StepCommit &c)
{
    const Status s = m_project.transaction([&]() -> Status {
        QSqlDatabase db = m_project.database();
        QSqlQuery ev(db);
        ev.prepare(QStringLiteral("INSERT INTO events (run_id, seq, step, sim_time, agent, kind, type, source, target, "
                                  "content, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const RunEvent &e : c.events) {
            ev.addBindValue(runId);
            ev.addBindValue(e.seq);
            ev.addBindValue(e.step);
            ev.addBindValue(simTimeText(e.time));
            ev.addBindValue(nullable(e.agent));
            ev.addBindValue(e.kind);
            ev.addBindValue(nullable(e.type));
            ev.addBindValue(nullable(e.source));
            ev.addBindValue(nullable(e.target));
            ev.addBindValue(nullable(e.content));
            ev.addBindValue(e.payload.is_null() ? QVariant() : QVariant(jsonText(e.payload)));
            if (!ev.exec())
                return Status::failure(sqlError(ev));
        }
        QSqlQuery call(db);
        call.prepare(QStringLiteral(
            "INSERT INTO llm_calls (run_id, step, agent, purpose, provider, model, request_hash, request, response, "
            "status, error, prompt_tokens, completion_tokens, cached_tokens, latency_ms, attempts, cost, from_cache, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const LlmCallRecord &r : c.calls) {
            call.addBindValue(runId);
            call.addBindValue(r.step);
            call.addBindValue(nullable(r.agent));
            call.addBindValue(r.purpose);
            call.addBindValue(r.provider);
            call.addBindValue(r.model);
            call.addBindValue(r.requestHash);
            call.addBindValue(QString::fromStdString(r.request.dump()));
            call.addBindValue(nullable(r.response));
            call.addBindValue(r.status());
            call.addBindValue(nullable(r.error));
            call.addBindValue(r.promptTokens);
            call.addBindValue(r.completionTokens);
            call.addBindValue(r.cachedTokens);
            call.addBindValue(r.latencyMs);
            call.addBindValue(r.attempts);
            call.addBindValue(r.cost ? QVariant(*r.cost) : QVariant(QMetaType(QMetaType::Double)));
            call.addBindValue(r.fromCache ? 1 : 0);
            call.addBindValue(nowText());
            if (!call.exec())
                return Status::failure(sqlError(call));
        }
        QSqlQuery mem(db);
        mem.prepare(QStringLiteral("INSERT INTO memories (run_id, agent, kind, seq, step, content, embedding) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery st(db);
        st.prepare(QStringLiteral("INSERT INTO agent_states (run_id, agent, step, state) VALUES (?, ?, ?, ?) "
                                  "ON CONFLICT (run_id, agent) DO UPDATE SET step = excluded.step, state = excluded.state"));
        for (const Agent *a : c.agents) {
            const auto &items = a->episodic().items();
            for (qsizetype i = a->episodic().savedUpTo(); i < a->episodic().size(); ++i) {
                const MemoryItem &m = items[size_t(i)];
                mem.addBindValue(runId);
                mem.addBindValue(a->name());
                mem.addBindValue(QStringLiteral("episodic"));
                mem.addBindValue(i);
                mem.addBindValue(m.step);
                mem.addBindValue(QString::fromStdString(m.toJson().dump()));
                mem.addBindValue(QVariant(QMetaType(QMetaType::QByteArray)));
                if (!mem.exec())
                    return Status::failure(sqlError(mem));
            }
            const SemanticMemory &sem = a->semantic();
            for (qsizetype i = sem.savedUpTo(); i < sem.size(); ++i) {
                const Engram &g = sem.engram(i);
                mem.addBindValue(runId);
                mem.addBindValue(a->name());
                mem.addBindValue(QStringLiteral("semantic"));
                mem.addBindValue(i);
                mem.addBindValue(g.step);
                mem.addBindValue(QString::fromStdString(
                    nlohmann::json{{"kind", g.kind.toStdString()}, {"text", g.text.toStdString()}}.dump()));
                mem.addBindValue(blob(sem.vector(i), sem.dimensions()));
                if (!mem.exec())
                    return Status::failure(sqlError(mem));
            }
            st.addBindValue(runId);
            st.addBindValue(a->name());
            st.addBindValue(c.stepsDone);
            nlohmann::json state = a->saveState();
            state["persona"] = nlohmann::json::parse(a->persona().persona().dump());
            st.addBindValue(QString::fromStdString(state.dump()));
            if (!st.exec())
                return Status::failure(sqlError(st));
        }
        QSqlQuery run(db);
        run.prepare(QStringLiteral("UPDATE runs SET steps_done = ?, world_state = ?, "
                                   "status = CASE WHEN ? THEN 'paused' ELSE status END WHERE id = ?"));
        run.addBindValue(c.stepsDone);
        run.addBindValue(jsonText(c.worldState));
        run.addBindValue(!c.pauseReason.isEmpty());
        run.addBindValue(runId);
        if (!run.exec())
            return Status::failure(sqlError(run));
        return {};
    });
    if (s) {
        for (Agent *a : c.agents) {
            a->episodic().setSavedUpTo(a->episodic().size());
            a->semantic().setSavedUpTo(a->semantic().size());
        }
    }
    return s;
}

Result<RunStore::RunRecord> RunStore::run(qint64 runId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT id, name, status, seed, steps_done, scenario_snapshot, world_state FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<RunRecord>::failure(sqlError(q));
    if (!q.next())
        return Result<RunRecord>::failure(Tr::tr("%1 has no run %2").arg(m_project.path()).arg(runId));
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.status = q.value(2).toString();
    r.seed = quint64(q.value(3).toLongLong());
    r.stepsDone = q.value(4).toInt();
    QString damage;
    r.scenario = parseJson(q.value(5), Tr::tr("runs row %1, scenario_snapshot").arg(runId), &damage);
    r.worldState = parseJson(q.value(6), Tr::tr("runs row %1, world_state").arg(runId), &damage);
    QSqlQuery st(m_project.database());
    st.prepare(QStringLiteral("SELECT agent, state FROM agent_states WHERE run_id = ?"));
    st.addBindValue(runId);
    if (!st.exec())
        return Result<RunRecord>::failure(sqlError(st));
    while (st.next())
        r.agentStates[st.value(0).toString()] =
            parseJson(st.value(1), Tr::tr("agent_states of run %1, agent \"%2\"").arg(runId).arg(st.value(0).toString()), &damage);
    if (!damage.isEmpty())
        return Result<RunRecord>::failure(damage);
    return r;
}

namespace {

const char *const kRunInfoColumns = "SELECT id, name, status, steps_done, created_at, started_at, ended_at, config FROM runs ";

RunStore::RunInfo readRunInfo(const QSqlQuery &q, QString *damage)
{
    RunStore::RunInfo r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.status = q.value(2).toString();
    r.stepsDone = q.value(3).toInt();
    r.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.startedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.endedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    r.config = parseJson(q.value(7), Tr::tr("runs row %1, config").arg(r.id), damage);
    return r;
}

} // namespace

Result<QList<RunStore::RunInfo>> RunStore::runs() const
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QLatin1String(kRunInfoColumns) + QStringLiteral("ORDER BY id DESC")))
        return Result<QList<RunInfo>>::failure(sqlError(q));
    QList<RunInfo> out;
    QString damage;
    while (q.next())
        out.append(readRunInfo(q, &damage));
    if (!damage.isEmpty())
        return Result<QList<RunInfo>>::failure(damage);
    return out;
}

Result<RunStore::RunInfo> RunStore::runInfo(qint64 runId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QLatin1String(kRunInfoColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<RunInfo>::failure(sqlError(q));
    if (!q.next())
        return Result<RunInfo>::failure(Tr::tr("%1 has no run %2").arg(m_project.path()).arg(runId));
    QString damage;
    RunInfo info = readRunInfo(q, &damage);
    if (!damage.isEmpty())
        return Result<RunInfo>::failure(damage);
    return info;
}

Status RunStore::removeRun(qint64 runId)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
        q.addBindValue(runId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        return {};
    });
}

Result<std::vector<LlmCallRecord>> RunStore::calls(qint64 runId, const QString &agent, int step) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT step, agent, purpose, provider, model, request, request_hash, response, status, error, "
                             "prompt_tokens, completion_tokens, cached_tokens, latency_ms, attempts, cost, from_cache "
                             "FROM llm_calls WHERE run_id = ? AND COALESCE(agent, '') = ? AND (? < 0 OR step = ?) ORDER BY id"));
    q.addBindValue(runId);
    q.addBindValue(agent);
    q.addBindValue(step);
    q.addBindValue(step);
    if (!q.exec())
        return Result<std::vector<LlmCallRecord>>::failure(sqlError(q));
    std::vector<LlmCallRecord> out;
    QString damage;
    while (q.next()) {
        LlmCallRecord c;
        c.step = q.value(0).toInt();
        c.agent = q.value(1).toString();
        c.purpose = q.value(2).toString();
        c.provider = q.value(3).toString();
        c.model = q.value(4).toString();
        c.request = parseJson(q.value(5), Tr::tr("llm_calls of run %1, step %2, request").arg(runId).arg(c.step), &damage);
        c.requestHash = q.value(6).toString();
        c.response = q.value(7).toString();
        const QString status = q.value(8).toString();
        c.ok = status != QLatin1String("error");
        c.usable = status == QLatin1String("ok");
        c.error = q.value(9).toString();
        c.promptTokens = q.value(10).toInt();
        c.completionTokens = q.value(11).toInt();
        c.cachedTokens = q.value(12).toInt();
        c.latencyMs = q.value(13).toLongLong();
        c.attempts = q.value(14).toInt();
        if (!q.value(15).isNull())
            c.cost = q.value(15).toDouble();
        c.fromCache = q.value(16).toInt() != 0;
        out.push_back(std::move(c));
    }
    if (!damage.isEmpty())
        return Result<std::vector<LlmCallRecord>>::failure(damage);
    return out;
}

Result<qint64> RunStore::latestRun() const
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM runs")) || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong();
}

namespace {

Result<RunEvents> readEvents(QSqlQuery &q, qint64 runId)
{
    RunEvents out;
    QString damage;
    while (q.next()) {
        RunEvent e;
        e.seq = q.value(0).toLongLong();
        e.step = q.value(1).toInt();
        e.time = parseSimTime(q.value(2).toString());
        e.agent = q.value(3).toString();
        e.kind = q.value(4).toString();
        e.type = q.value(5).toString();
        e.source = q.value(6).toString();
        e.target = q.value(7).toString();
        e.content = q.value(8).toString();
        e.payload = parseJson(q.value(9), Tr::tr("events of run %1, seq %2, payload").arg(runId).arg(e.seq), &damage);
        out.append(std::move(e));
    }
    if (!damage.isEmpty())
        return Result<RunEvents>::failure(damage);
    return out;
}

const char *const kEventColumns = "SELECT seq, step, sim_time, agent, kind, type, source, target, content, payload FROM events ";

} // namespace

Result<RunEvents> RunStore::events(qint64 runId) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kEventColumns) + QStringLiteral("WHERE run_id = ? ORDER BY seq"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<RunEvents>::failure(sqlError(q));
    return readEvents(q, runId);
}

Result<RunEvents> RunStore::events(qint64 runId, const QString &agent, const QString &kind) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kEventColumns) + QStringLiteral("WHERE run_id = ? AND agent = ? AND kind = ? ORDER BY seq"));
    q.addBindValue(runId);
    q.addBindValue(agent);
    q.addBindValue(kind);
    if (!q.exec())
        return Result<RunEvents>::failure(sqlError(q));
    return readEvents(q, runId);
}

Status RunStore::loadMemories(qint64 runId, Agent &agent) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, content, embedding, step FROM memories WHERE run_id = ? AND agent = ? "
                             "ORDER BY kind, seq"));
    q.addBindValue(runId);
    q.addBindValue(agent.name());
    if (!q.exec())
        return Status::failure(sqlError(q));
    QString damage;
    while (q.next()) {
        const nlohmann::json content =
            parseJson(q.value(1), Tr::tr("memories of run %1, agent \"%2\", content").arg(runId).arg(agent.name()), &damage);
        if (!damage.isEmpty())
            return Status::failure(damage);
        if (q.value(0).toString() == QLatin1String("episodic")) {
            agent.episodic().append(MemoryItem::fromJson(content));
        } else {
            const QByteArray bytes = q.value(2).toByteArray();
            std::vector<float> v(size_t(bytes.size()) / sizeof(float));
            if (!v.empty())
                memcpy(v.data(), bytes.constData(), v.size() * sizeof(float));
            agent.semantic().add({jsonString(content, "kind"), jsonString(content, "text"), q.value(3).toInt()}, std::move(v));
        }
    }
    agent.episodic().setSavedUpTo(agent.episodic().size());
    agent.semantic().setSavedUpTo(agent.semantic().size());
    return {};
}

Result<std::vector<RunStore::UsageRow>> RunStore::usage(qint64 runId, UsageBy by) const
{
    const QString key = by == UsageBy::Agent ? QStringLiteral("COALESCE(agent, '')")
        : by == UsageBy::Step                ? QStringLiteral("CAST(step AS TEXT)")
        : by == UsageBy::Model               ? QStringLiteral("COALESCE(model, '')")
                                             : QStringLiteral("''");
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT %1 AS k, COUNT(*), SUM(from_cache), SUM(status = 'error'), SUM(MAX(attempts - 1, 0)), "
                             "SUM(COALESCE(prompt_tokens, 0)), SUM(COALESCE(completion_tokens, 0)), SUM(COALESCE(cached_tokens, 0)), "
                             "SUM(COALESCE(cost, 0)), SUM(cost IS NULL AND from_cache = 0 AND provider != 'offline' AND status != 'error'), "
                             "SUM(COALESCE(latency_ms, 0)) FROM llm_calls WHERE run_id = ? GROUP BY k ORDER BY %2")
                  .arg(key, by == UsageBy::Step ? QStringLiteral("MIN(step)") : QStringLiteral("k")));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<std::vector<UsageRow>>::failure(sqlError(q));
    std::vector<UsageRow> rows;
    while (q.next()) {
        UsageRow r;
        r.key = q.value(0).toString();
        r.calls = q.value(1).toInt();
        r.cacheHits = q.value(2).toInt();
        r.failed = q.value(3).toInt();
        r.retries = q.value(4).toInt();
        r.promptTokens = q.value(5).toLongLong();
        r.completionTokens = q.value(6).toLongLong();
        r.cachedTokens = q.value(7).toLongLong();
        r.cost = q.value(8).toDouble();
        r.unpriced = q.value(9).toInt();
        r.latencyMs = q.value(10).toLongLong();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<double> RunStore::spent(qint64 runId) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(cost), 0) FROM llm_calls WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return Result<double>::failure(sqlError(q));
    return q.value(0).toDouble();
}

} // namespace troupe
