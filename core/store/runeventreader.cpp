#include "runeventreader.h"

#include "util/simtime.h"

#include <QSqlQuery>
#include <QVariant>

namespace troupe {

Result<qint64> RunEventReader::count() const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM events WHERE run_id = ?"));
    q.addBindValue(m_runId);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(sqlError(q));
    return q.value(0).toLongLong();
}

Result<RunEvents> RunEventReader::next(int limit)
{
    QSqlQuery q(m_project.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, step, sim_time, agent, kind, type, source, target, content, payload FROM events "
                             "WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(m_runId);
    q.addBindValue(m_lastSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return Result<RunEvents>::failure(sqlError(q));
    RunEvents out;
    out.reserve(limit);
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
        const QString payload = q.value(9).toString();
        // A payload that is not JSON (a damaged file) is dropped, never thrown.
        e.payload = payload.isEmpty() ? nlohmann::json() : nlohmann::json::parse(payload.toStdString(), nullptr, false);
        if (e.payload.is_discarded())
            e.payload = nullptr;
        m_lastSeq = e.seq;
        out.append(std::move(e));
    }
    return out;
}

} // namespace troupe
