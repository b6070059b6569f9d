#include "runstore.h"

#include "sqlitestatement.h"

#include "util/jsonreader.h"
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

template <typename J>
QString jsonText(const J &j)
{
    return j.is_null() ? QString() : QString::fromStdString(j.dump());
}

/**
 * A JSON column of a stored row; a damaged one is an error naming the table, row and column.
 * `where` is only worked out for damage: replay reads every event through here.
 */
template <typename J = nlohmann::ordered_json, typename Where>
Result<J> storedJson(const QVariant &v, Where where)
{
    const QByteArray text = v.toString().toUtf8();
    if (text.isEmpty())
        return J();
    std::optional<J> parsed;
    if constexpr (std::is_same_v<J, nlohmann::ordered_json>)
        parsed = parseOrderedJson(std::string_view(text.constData(), size_t(text.size())));
    else
        parsed = parsePlainJson(std::string_view(text.constData(), size_t(text.size())));
    if (parsed)
        return std::move(*parsed);
    if constexpr (std::is_same_v<J, nlohmann::ordered_json>)
        return parseStoredOrderedJson(v.toString(), where());
    else
        return parseStoredJson(v.toString(), where());
}

RunStatus statusOf(const QVariant &v)
{
    return runStatusFromKey(v.toString()).value_or(RunStatus::Failed);
}

} // namespace

Result<qint64> RunStore::createRun(const NewRun &run)
{
    qint64 id = 0;
    const Status s = m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT INTO runs (name, status, seed, config, parent_run_id, fork_step, created_at) "
                                 "VALUES (?, 'created', ?, ?, ?, ?, ?)"));
        q.addBindValue(run.name);
        q.addBindValue(qint64(run.seed));
        q.addBindValue(jsonText(run.config));
        q.addBindValue(run.parentRunId > 0 ? QVariant(run.parentRunId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(run.parentRunId > 0 ? QVariant(run.forkStep) : QVariant(QMetaType(QMetaType::Int)));
        q.addBindValue(nowText());
        if (!q.exec())
            return Status::failure(sqlError(q));
        id = q.lastInsertId().toLongLong();
        if (run.scenario.is_null())
            return {};
        QSqlQuery scenario(m_project.database());
        scenario.prepare(QStringLiteral("INSERT INTO run_scenarios (run_id, snapshot) VALUES (?, ?)"));
        scenario.addBindValue(id);
        scenario.addBindValue(jsonText(run.scenario));
        if (!scenario.exec())
            return Status::failure(sqlError(scenario));
        return {};
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status RunStore::setStatus(qint64 runId, RunStatus status, const nlohmann::json &summary)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("UPDATE runs SET status = ?, "
                                 "started_at = CASE WHEN ? AND started_at IS NULL THEN ? ELSE started_at END, "
                                 "ended_at = CASE WHEN ? THEN ? ELSE NULL END, "
                                 "summary = COALESCE(?, summary) WHERE id = ?"));
        q.addBindValue(runStatusKey(status));
        q.addBindValue(status == RunStatus::Running);
        q.addBindValue(nowText());
        q.addBindValue(runHasEnded(status) || status == RunStatus::Paused);
        q.addBindValue(nowText());
        q.addBindValue(summary.is_null() ? QVariant() : QVariant(jsonText(summary)));
        q.addBindValue(runId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        return {};
    });
}

Status RunStore::addActiveTime(qint64 runId, qint64 ms)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("UPDATE runs SET active_ms = active_ms + ? WHERE id = ?"));
        q.addBindValue(std::max<qint64>(0, ms));
        q.addBindValue(runId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        return {};
    });
}

Status RunStore::setConfig(qint64 runId, const nlohmann::ordered_json &config)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("UPDATE runs SET config = ? WHERE id = ?"));
        q.addBindValue(jsonText(config));
        q.addBindValue(runId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        return {};
    });
}

namespace {

Status insertCalls(QSqlDatabase db, qint64 runId, const std::vector<LlmCallRecord> &calls, RequestPrefixes &prefixes)
{
    if (calls.empty())
        return {};
    auto prepared = SqliteStatement::prepare(
        db, "INSERT INTO llm_calls (run_id, step, agent, purpose, provider, model, request_hash, request, request_prefix, "
            "response, status, error, prompt_tokens, completion_tokens, cached_tokens, latency_ms, attempts, cost, from_cache, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!prepared)
        return Status::failure(prepared.error());
    SqliteStatement &call = prepared.value();
    const QByteArray now = nowText().toUtf8();
    for (const LlmCallRecord &r : calls) {
        const auto text = r.requestText ? r.requestText : std::make_shared<const std::string>(r.request.dump());
        QString error;
        const auto split = prefixes.split(db, runId, r.agent, r.purpose, text, &error);
        if (!split)
            return Status::failure(error);
        call.integer(runId).integer(r.step).text(r.agent).text(r.purpose).text(r.provider).text(r.model).text(r.requestHash);
        call.text(split->rest).text(split->prefixHash).text(r.response).text(r.status()).text(r.error);
        call.integer(r.promptTokens).integer(r.completionTokens).integer(r.cachedTokens).integer(r.latencyMs).integer(r.attempts);
        if (r.cost)
            call.real(*r.cost);
        else
            call.null();
        call.integer(r.fromCache ? 1 : 0).text(std::string_view(now.constData(), size_t(now.size())));
        if (const Status s = call.run(); !s)
            return s;
    }
    return {};
}

} // namespace

Status RunStore::storeCalls(qint64 runId, const std::vector<LlmCallRecord> &calls)
{
    if (calls.empty())
        return {};
    const Status s = m_project.transaction([&]() -> Status { return insertCalls(m_project.database(), runId, calls, m_prefixes); });
    m_prefixes.settle(s.ok());
    return s;
}

Status RunStore::commitStep(qint64 runId, const StepCommit &c)
{
    // Straight onto SQLite (see SqliteStatement): a step of 10,000 agents is ~100,000 rows.
    const Status written = m_project.transaction([&]() -> Status {
        QSqlDatabase db = m_project.database();
        auto ev = SqliteStatement::prepare(db, "INSERT INTO events (run_id, seq, step, sim_time, agent, kind, type, source, "
                                               "target, content, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!ev)
            return Status::failure(ev.error());
        for (const RunEvent &e : c.events) {
            ev.value().integer(runId).integer(e.seq).integer(e.step).text(simTimeText(e.time)).text(e.agent).text(e.kind);
            ev.value().text(e.type).text(e.source).text(e.target).text(e.content);
            if (e.payload.is_null())
                ev.value().null();
            else
                ev.value().text(e.payload.dump());
            if (const Status s = ev.value().run(); !s)
                return s;
        }
        if (const Status s = insertCalls(db, runId, c.calls, m_prefixes); !s)
            return s;
        auto mem = SqliteStatement::prepare(db, "INSERT INTO memories (run_id, agent, kind, seq, step, content, embedding) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?)");
        auto st = SqliteStatement::prepare(db, "INSERT INTO agent_states (run_id, agent, step, state, persona) VALUES (?, ?, ?, ?, ?) "
                                               "ON CONFLICT (run_id, agent) DO UPDATE SET step = excluded.step, state = excluded.state, "
                                               "persona = COALESCE(excluded.persona, agent_states.persona)");
        if (!mem || !st)
            return Status::failure(mem ? st.error() : mem.error());
        for (const AgentSnapshot &a : c.agents) {
            const QByteArray agent = a.name.toUtf8();
            const std::string_view name(agent.constData(), size_t(agent.size()));
            nlohmann::json madeState;
            std::vector<std::pair<qsizetype, nlohmann::json>> madeEpisodic;
            if (a.deferred)
                a.deferred(madeState, madeEpisodic);
            const nlohmann::json &state = a.deferred ? madeState : a.state;
            for (const auto &[seq, item] : a.deferred ? madeEpisodic : a.episodic) {
                mem.value().integer(runId).text(name).text(std::string_view("episodic")).integer(seq).integer(item.value("step", 0));
                mem.value().text(item.dump()).null();
                if (const Status s = mem.value().run(); !s)
                    return s;
            }
            for (const StoredEngram &g : a.engrams) {
                mem.value().integer(runId).text(name).text(std::string_view("semantic")).integer(g.seq).integer(g.step);
                mem.value().text(nlohmann::json{{"kind", g.kind.toStdString()}, {"text", g.text.toStdString()}}.dump());
                mem.value().blob(g.vector.data(), qsizetype(g.vector.size() * sizeof(float)));
                if (const Status s = mem.value().run(); !s)
                    return s;
            }
            st.value().integer(runId).text(name).integer(c.stepsDone).text(state.dump());
            if (a.persona)
                st.value().text(a.persona->dump());
            else
                st.value().null();
            if (const Status s = st.value().run(); !s)
                return s;
        }
        auto run = SqliteStatement::prepare(db, "UPDATE runs SET steps_done = ?, world_state = ?, "
                                                "status = CASE WHEN ? THEN 'paused' ELSE status END WHERE id = ?");
        if (!run)
            return Status::failure(run.error());
        run.value().integer(c.stepsDone);
        if (c.worldState.is_null())
            run.value().null();
        else
            run.value().text(c.worldState.dump());
        run.value().integer(c.pauseReason.isEmpty() ? 0 : 1).integer(runId);
        return run.value().run();
    });
    m_prefixes.settle(written.ok());
    return written;
}

Result<RunStore::RunRecord> RunStore::run(qint64 runId) const
{
    using R = Result<RunRecord>;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT r.id, r.name, r.status, r.seed, r.steps_done, s.snapshot, r.world_state, r.config, "
                             "COALESCE(r.parent_run_id, 0), COALESCE(r.fork_step, 0) "
                             "FROM runs r LEFT JOIN run_scenarios s ON s.run_id = r.id WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return R::failure(sqlError(q));
    if (!q.next())
        return R::failure(Tr::tr("%1 has no run %2").arg(m_project.path()).arg(runId));
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.status = statusOf(q.value(2));
    r.seed = quint64(q.value(3).toLongLong());
    r.stepsDone = q.value(4).toInt();
    auto scenario = storedJson(q.value(5), [&] { return QStringLiteral("run_scenarios row of run %1, snapshot").arg(runId); });
    auto world = storedJson(q.value(6), [&] { return QStringLiteral("runs row %1, world_state").arg(runId); });
    auto config = storedJson(q.value(7), [&] { return QStringLiteral("runs row %1, config").arg(runId); });
    for (const auto *j : {&scenario, &world, &config})
        if (!*j)
            return R::failure(j->error());
    r.scenario = std::move(scenario).value();
    r.worldState = std::move(world).value();
    r.config = std::move(config).value();
    r.parentRunId = q.value(8).toLongLong();
    r.forkStep = q.value(9).toInt();
    QSqlQuery st(m_project.database());
    st.prepare(QStringLiteral("SELECT agent, state, persona FROM agent_states WHERE run_id = ?"));
    st.addBindValue(runId);
    if (!st.exec())
        return R::failure(sqlError(st));
    while (st.next()) {
        auto state = storedJson(st.value(1), [&] { return QStringLiteral("agent_states of run %1, agent \"%2\"").arg(runId).arg(st.value(0).toString()); });
        if (!state)
            return R::failure(state.error());
        if (!st.value(2).isNull()) { // written since schema 7: the persona beside the state
            auto persona = storedJson(st.value(2), [&] { return QStringLiteral("agent_states of run %1, agent \"%2\", persona").arg(runId).arg(st.value(0).toString()); });
            if (!persona)
                return R::failure(persona.error());
            if (state.value().is_object())
                state.value()["persona"] = std::move(persona).value();
        }
        r.agentStates[st.value(0).toString()] = std::move(state).value();
    }
    return r;
}

namespace {

const char *const kRunInfoColumns = "SELECT id, name, status, steps_done, created_at, started_at, ended_at, config, "
                                    "active_ms, COALESCE(parent_run_id, 0), COALESCE(fork_step, 0) FROM runs ";

/** `damage` null: a damaged settings column is left empty (the run list stays readable). */
RunStore::RunInfo readRunInfo(const QSqlQuery &q, QString *damage = nullptr)
{
    RunStore::RunInfo r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.status = statusOf(q.value(2));
    r.stepsDone = q.value(3).toInt();
    r.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.startedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.endedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    auto config = storedJson(q.value(7), [&] { return QStringLiteral("runs row %1, config").arg(r.id); });
    if (config)
        r.config = std::move(config).value();
    else if (damage)
        *damage = config.error();
    r.activeMs = q.value(8).toLongLong();
    r.parentRunId = q.value(9).toLongLong();
    r.forkStep = q.value(10).toInt();
    return r;
}

} // namespace

Result<QList<RunStore::RunInfo>> RunStore::runs() const
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QLatin1String(kRunInfoColumns) + QStringLiteral("ORDER BY id DESC")))
        return Result<QList<RunInfo>>::failure(sqlError(q));
    QList<RunInfo> out;
    while (q.next())
        out.append(readRunInfo(q));
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
    m_prefixes.forgetRun(runId);
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
        q.addBindValue(runId);
        if (!q.exec())
            return Status::failure(sqlError(q));
        QString error;
        if (!RequestPrefixes::removeUnused(m_project.database(), &error))
            return Status::failure(error);
        return {};
    });
}

Result<std::vector<LlmCallRecord>> RunStore::calls(qint64 runId, const QString &agent, int step) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT step, agent, purpose, provider, model, CASE WHEN request_prefix IS NULL THEN request "
                             "ELSE p.text || request END, request_hash, response, status, error, prompt_tokens, "
                             "completion_tokens, cached_tokens, latency_ms, attempts, cost, from_cache, id, "
                             "request_prefix IS NOT NULL AND p.hash IS NULL "
                             "FROM llm_calls LEFT JOIN request_prefixes p ON p.hash = request_prefix "
                             "WHERE run_id = ? AND COALESCE(agent, '') = ? AND (? < 0 OR step = ?) ORDER BY id"));
    q.addBindValue(runId);
    q.addBindValue(agent);
    q.addBindValue(step);
    q.addBindValue(step);
    if (!q.exec())
        return Result<std::vector<LlmCallRecord>>::failure(sqlError(q));
    std::vector<LlmCallRecord> out;
    while (q.next()) {
        LlmCallRecord c;
        c.step = q.value(0).toInt();
        c.agent = q.value(1).toString();
        c.purpose = q.value(2).toString();
        c.provider = q.value(3).toString();
        c.model = q.value(4).toString();
        if (q.value(18).toBool())
            return Result<std::vector<LlmCallRecord>>::failure(
                Tr::tr("llm_calls of run %1, step %2, request: the start it shares with other requests is missing from "
                       "request_prefixes").arg(runId).arg(c.step));
        auto request = storedJson<nlohmann::json>(q.value(5), [&] { return QStringLiteral("llm_calls of run %1, step %2, request").arg(runId).arg(q.value(0).toInt()); });
        if (!request)
            return Result<std::vector<LlmCallRecord>>::failure(request.error());
        c.request = std::move(request).value();
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
        auto payload = storedJson<nlohmann::json>(q.value(9), [&] { return QStringLiteral("events of run %1, seq %2, payload").arg(runId).arg(e.seq); });
        if (!payload)
            return Result<RunEvents>::failure(payload.error());
        e.payload = std::move(payload).value();
        out.append(std::move(e));
    }
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

Result<RunEvents> RunStore::events(qint64 runId, qint64 fromSeq, qint64 toSeq) const
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kEventColumns) + QStringLiteral("WHERE run_id = ? AND seq >= ? AND (? = 0 OR seq < ?) ORDER BY seq"));
    q.addBindValue(runId);
    q.addBindValue(fromSeq);
    q.addBindValue(toSeq);
    q.addBindValue(toSeq);
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

Result<std::map<QString, RunStore::AgentMemories>> RunStore::memories(qint64 runId) const
{
    using R = Result<std::map<QString, AgentMemories>>;
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT agent, kind, seq, content, embedding, step FROM memories WHERE run_id = ? "
                             "ORDER BY agent, kind, seq"));
    q.addBindValue(runId);
    if (!q.exec())
        return R::failure(sqlError(q));
    std::map<QString, AgentMemories> out;
    while (q.next()) {
        const QString agent = q.value(0).toString();
        auto content = storedJson<nlohmann::json>(q.value(3), [&] { return QStringLiteral("memories of run %1, agent \"%2\", content").arg(runId).arg(agent); });
        if (!content)
            return R::failure(content.error());
        AgentMemories &m = out[agent];
        if (q.value(1).toString() == QLatin1String("episodic")) {
            m.episodic.push_back(std::move(content).value());
            continue;
        }
        const QByteArray bytes = q.value(4).toByteArray();
        StoredEngram g;
        g.seq = q.value(2).toLongLong();
        const auto text = [&](const char *key) {
            const auto it = content.value().find(key);
            return it != content.value().end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
        };
        g.kind = text("kind");
        g.text = text("text");
        g.step = q.value(5).toInt();
        g.vector.resize(size_t(bytes.size()) / sizeof(float));
        if (!g.vector.empty())
            memcpy(g.vector.data(), bytes.constData(), g.vector.size() * sizeof(float));
        m.semantic.push_back(std::move(g));
    }
    return out;
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
