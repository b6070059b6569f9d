#include "populationstore.h"

#include "persona/personaparser.h"
#include "projectfile.h"
#include "util/fnvhash.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PopulationStore)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString text(const nlohmann::ordered_json &j)
{
    return QString::fromStdString(j.dump());
}

nlohmann::ordered_json parsed(const QVariant &v)
{
    return nlohmann::ordered_json::parse(v.toString().toStdString(), nullptr, false);
}

Status insertCalls(QSqlDatabase db, qint64 populationId, const std::vector<LlmCallRecord> &calls)
{
    if (calls.empty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO llm_calls (population_id, step, agent, purpose, provider, model, request_hash, request, response, "
        "status, error, prompt_tokens, completion_tokens, cached_tokens, latency_ms, attempts, cost, from_cache, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString at = now();
    for (const LlmCallRecord &r : calls) {
        q.addBindValue(populationId);
        q.addBindValue(r.step);
        q.addBindValue(nullable(r.agent));
        q.addBindValue(r.purpose);
        q.addBindValue(r.provider);
        q.addBindValue(r.model);
        q.addBindValue(r.requestHash);
        q.addBindValue(QString::fromStdString(r.request.dump()));
        q.addBindValue(nullable(r.response));
        q.addBindValue(r.status());
        q.addBindValue(nullable(r.error));
        q.addBindValue(r.promptTokens);
        q.addBindValue(r.completionTokens);
        q.addBindValue(r.cachedTokens);
        q.addBindValue(r.latencyMs);
        q.addBindValue(r.attempts);
        q.addBindValue(r.cost ? QVariant(*r.cost) : QVariant(QMetaType(QMetaType::Double)));
        q.addBindValue(r.fromCache ? 1 : 0);
        q.addBindValue(at);
        if (!q.exec())
            return Status::failure(sqlError(q));
    }
    return {};
}

Status upsertMember(QSqlDatabase db, qint64 populationId, int index, const QVariant &personaId, const QString &status,
                    const QString &problem, const QString &bio, int attempts)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO population_members (population_id, sample_index, persona_id, status, problem, bio, attempts, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (population_id, sample_index) DO UPDATE SET "
                             "persona_id = excluded.persona_id, status = excluded.status, problem = excluded.problem, "
                             "bio = excluded.bio, attempts = population_members.attempts + excluded.attempts, updated_at = excluded.updated_at"));
    q.addBindValue(populationId);
    q.addBindValue(index);
    q.addBindValue(personaId);
    q.addBindValue(status);
    q.addBindValue(nullable(problem));
    q.addBindValue(nullable(bio));
    q.addBindValue(attempts);
    q.addBindValue(now());
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

} // namespace

Result<qint64> PopulationStore::create(const QString &name, const QString &title, const QString &engine,
                                       const nlohmann::ordered_json &input, const nlohmann::ordered_json &dimensions,
                                       const nlohmann::ordered_json &plan, quint64 seed)
{
    using R = Result<qint64>;
    if (name.trimmed().isEmpty())
        return R::failure(Tr::tr("a population needs a name"));
    qint64 id = 0;
    const Status s = m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("SELECT 1 FROM populations WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.next())
            return Status::failure(Tr::tr("the project already has a population called \"%1\"").arg(name));
        q.prepare(QStringLiteral("INSERT INTO populations (name, title, input, dimensions, plan, seed, engine, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString at = now();
        for (const QVariant &v : {QVariant(name), QVariant(title), QVariant(text(input)), QVariant(text(dimensions)),
                                  QVariant(text(plan)), QVariant(qint64(seed)), QVariant(engine), QVariant(at), QVariant(at)})
            q.addBindValue(v);
        if (!q.exec())
            return Status::failure(sqlError(q));
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s)
        return R::failure(s.error());
    return id;
}

Status PopulationStore::storePerson(qint64 populationId, int sampleIndex, const PersonaDocument &person, const QString &bio,
                                    int attempts, const std::vector<LlmCallRecord> &calls)
{
    return m_project.transaction([&]() -> Status {
        QSqlDatabase db = m_project.database();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM personas WHERE name = ? COLLATE NOCASE"));
        q.addBindValue(person.name());
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.next())
            return Status::failure(Tr::tr("the project already has a persona called \"%1\"").arg(person.name()));
        q.prepare(QStringLiteral("INSERT INTO personas (name, spec, source_file, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
        const QString at = now();
        q.addBindValue(person.name());
        q.addBindValue(QString::fromUtf8(person.toJson()));
        q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(at);
        q.addBindValue(at);
        if (!q.exec())
            return Status::failure(sqlError(q));
        const qint64 personaId = q.lastInsertId().toLongLong();
        if (Status s = upsertMember(db, populationId, sampleIndex, personaId, QStringLiteral("generated"), {}, bio, attempts); !s)
            return s;
        if (Status s = insertCalls(db, populationId, calls); !s)
            return s;
        q.prepare(QStringLiteral("UPDATE populations SET updated_at = ? WHERE id = ?"));
        q.addBindValue(at);
        q.addBindValue(populationId);
        return q.exec() ? Status() : Status::failure(sqlError(q));
    });
}

Status PopulationStore::storeFailure(qint64 populationId, int sampleIndex, const QString &problem, int attempts,
                                     const std::vector<LlmCallRecord> &calls)
{
    return m_project.transaction([&]() -> Status {
        QSqlDatabase db = m_project.database();
        if (Status s = upsertMember(db, populationId, sampleIndex, QVariant(QMetaType(QMetaType::LongLong)),
                                    QStringLiteral("failed"), problem, {}, attempts);
            !s)
            return s;
        return insertCalls(db, populationId, calls);
    });
}

Status PopulationStore::storeBatch(qint64 populationId, std::vector<StoredPerson> &people, const std::vector<FailedSample> &failures,
                                  const std::vector<LlmCallRecord> &calls)
{
    return m_project.transaction([&]() -> Status {
        QSqlDatabase db = m_project.database();
        QSqlQuery taken(db), insert(db);
        taken.prepare(QStringLiteral("SELECT 1 FROM personas WHERE name = ? COLLATE NOCASE"));
        insert.prepare(QStringLiteral("INSERT INTO personas (name, spec, source_file, created_at, updated_at) VALUES (?, ?, NULL, ?, ?)"));
        const QString at = now();
        for (StoredPerson &p : people) {
            taken.addBindValue(p.person.name());
            if (!taken.exec())
                return Status::failure(sqlError(taken));
            const bool clash = taken.next();
            taken.finish();
            if (clash) {
                p.problem = Tr::tr("the project already has a persona called \"%1\"").arg(p.person.name());
                if (Status s = upsertMember(db, populationId, p.index, QVariant(QMetaType(QMetaType::LongLong)), QStringLiteral("failed"),
                                            p.problem, {}, p.attempts);
                    !s)
                    return s;
                continue;
            }
            insert.addBindValue(p.person.name());
            insert.addBindValue(QString::fromUtf8(p.person.toJson()));
            insert.addBindValue(at);
            insert.addBindValue(at);
            if (!insert.exec())
                return Status::failure(sqlError(insert));
            if (Status s = upsertMember(db, populationId, p.index, insert.lastInsertId(), QStringLiteral("generated"), {}, p.bio, p.attempts); !s)
                return s;
        }
        for (const FailedSample &f : failures)
            if (Status s = upsertMember(db, populationId, f.index, QVariant(QMetaType(QMetaType::LongLong)), QStringLiteral("failed"),
                                        f.problem, {}, f.attempts);
                !s)
                return s;
        if (Status s = insertCalls(db, populationId, calls); !s)
            return s;
        QSqlQuery touch(db);
        touch.prepare(QStringLiteral("UPDATE populations SET updated_at = ? WHERE id = ?"));
        touch.addBindValue(at);
        touch.addBindValue(populationId);
        return touch.exec() ? Status() : Status::failure(sqlError(touch));
    });
}

Status PopulationStore::storeCalls(qint64 populationId, const std::vector<LlmCallRecord> &calls)
{
    return m_project.transaction([&]() -> Status { return insertCalls(m_project.database(), populationId, calls); });
}

Status PopulationStore::clearMember(qint64 populationId, int sampleIndex)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("DELETE FROM personas WHERE id = (SELECT persona_id FROM population_members "
                                 "WHERE population_id = ? AND sample_index = ?)"));
        q.addBindValue(populationId);
        q.addBindValue(sampleIndex);
        if (!q.exec())
            return Status::failure(sqlError(q));
        q.prepare(QStringLiteral("DELETE FROM population_members WHERE population_id = ? AND sample_index = ?"));
        q.addBindValue(populationId);
        q.addBindValue(sampleIndex);
        return q.exec() ? Status() : Status::failure(sqlError(q));
    });
}

Result<QList<PopulationInfo>> PopulationStore::list() const
{
    using R = Result<QList<PopulationInfo>>;
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral(
            "SELECT p.id, p.name, p.title, p.engine, p.plan, p.updated_at, "
            "(SELECT COUNT(*) FROM population_members m WHERE m.population_id = p.id AND m.status = 'generated' AND m.persona_id IS NOT NULL), "
            "(SELECT COUNT(*) FROM population_members m WHERE m.population_id = p.id AND m.status = 'failed'), "
            "(SELECT COALESCE(SUM(cost), 0) FROM llm_calls c WHERE c.population_id = p.id), "
            "(SELECT COUNT(*) FROM llm_calls c WHERE c.population_id = p.id) "
            "FROM populations p ORDER BY p.name COLLATE NOCASE")))
        return R::failure(sqlError(q));
    QList<PopulationInfo> out;
    while (q.next()) {
        PopulationInfo info;
        info.id = q.value(0).toLongLong();
        info.name = q.value(1).toString();
        info.title = q.value(2).toString();
        info.engine = q.value(3).toString();
        const auto plan = parsed(q.value(4));
        info.samples = plan.is_object() && plan.contains("samples") ? int(plan.at("samples").size()) : 0;
        info.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        info.generated = q.value(6).toInt();
        info.failed = q.value(7).toInt();
        info.cost = q.value(8).toDouble();
        info.calls = q.value(9).toInt();
        out.append(info);
    }
    return out;
}

Result<PopulationRecord> PopulationStore::load(const QString &name) const
{
    using R = Result<PopulationRecord>;
    auto all = list();
    if (!all)
        return R::failure(all.error());
    const auto found = std::find_if(all.value().begin(), all.value().end(), [&](const PopulationInfo &i) { return i.name == name; });
    if (found == all.value().end())
        return R::failure(Tr::tr("there is no population called \"%1\" in this project").arg(name));
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT input, dimensions, plan, seed FROM populations WHERE id = ?"));
    q.addBindValue(found->id);
    if (!q.exec() || !q.next())
        return R::failure(sqlError(q));
    PopulationRecord r;
    r.info = *found;
    r.input = parsed(q.value(0));
    r.dimensions = parsed(q.value(1));
    r.plan = parsed(q.value(2));
    r.seed = quint64(q.value(3).toLongLong());
    if (r.input.is_discarded() || r.dimensions.is_discarded() || r.plan.is_discarded())
        return R::failure(Tr::tr("population \"%1\" is damaged in this project file").arg(name));
    return r;
}

Result<QList<PopulationMember>> PopulationStore::members(qint64 populationId) const
{
    using R = Result<QList<PopulationMember>>;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT m.sample_index, m.status, p.name, m.problem, m.bio, m.attempts FROM population_members m "
                             "LEFT JOIN personas p ON p.id = m.persona_id WHERE m.population_id = ? ORDER BY m.sample_index"));
    q.addBindValue(populationId);
    if (!q.exec())
        return R::failure(sqlError(q));
    QList<PopulationMember> out;
    while (q.next()) {
        PopulationMember m{q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toInt()};
        if (m.status == QLatin1String("generated") && m.persona.isEmpty())
            continue; // the persona was deleted by hand
        out.append(m);
    }
    return out;
}

Result<QList<std::pair<int, PersonaDocument>>> PopulationStore::indexedPeople(const QString &name) const
{
    using R = Result<QList<std::pair<int, PersonaDocument>>>;
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT s.name, s.spec, m.sample_index FROM population_members m JOIN populations p ON p.id = m.population_id "
                             "JOIN personas s ON s.id = m.persona_id WHERE p.name = ? AND m.status = 'generated' ORDER BY m.sample_index"));
    q.addBindValue(name);
    if (!q.exec())
        return R::failure(sqlError(q));
    QList<std::pair<int, PersonaDocument>> out;
    while (q.next()) {
        auto doc = PersonaParser::parse(q.value(1).toString().toUtf8(), q.value(0).toString(), q.value(0).toString());
        if (!doc.document)
            return R::failure(Tr::tr("persona \"%1\" of population \"%2\" is damaged: %3")
                                  .arg(q.value(0).toString(), name, doc.diagnostics.value(0).message));
        out.append({q.value(2).toInt(), *doc.document});
    }
    return out;
}

Result<QList<PersonaDocument>> PopulationStore::people(const QString &name) const
{
    auto indexed = indexedPeople(name);
    if (!indexed)
        return Result<QList<PersonaDocument>>::failure(indexed.error());
    QList<PersonaDocument> out;
    for (const auto &p : indexed.value())
        out.append(p.second);
    return out;
}

Result<QList<PersonaDocument>> PopulationStore::pick(const QString &name, std::optional<int> sample, quint64 seed) const
{
    using R = Result<QList<PersonaDocument>>;
    auto everyone = people(name);
    if (!everyone)
        return everyone;
    QList<PersonaDocument> all = everyone.value();
    if (all.isEmpty()) {
        if (!load(name))
            return R::failure(Tr::tr("there is no population called \"%1\" in this project").arg(name));
        return R::failure(Tr::tr("population \"%1\" has no people yet").arg(name));
    }
    if (!sample)
        return all;
    if (*sample <= 0 || *sample > all.size())
        return R::failure(Tr::tr("population \"%1\" has %2 people; cannot sample %3").arg(name).arg(all.size()).arg(*sample));
    // Rank by a seeded hash of the name: the same seed picks the same people, in sample order.
    QList<std::pair<quint64, int>> ranked;
    for (int i = 0; i < all.size(); ++i)
        ranked.append({fnv1aHash(QString::number(seed) + QLatin1Char('/') + all[i].name()), i});
    std::sort(ranked.begin(), ranked.end());
    QList<int> chosen;
    for (int k = 0; k < *sample; ++k)
        chosen.append(ranked[k].second);
    std::sort(chosen.begin(), chosen.end());
    QList<PersonaDocument> out;
    for (int i : chosen)
        out.append(all[i]);
    return out;
}

Result<QSet<QString>> PopulationStore::takenNames() const
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("SELECT name FROM personas")))
        return Result<QSet<QString>>::failure(sqlError(q));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString().toLower());
    return out;
}

Status PopulationStore::remove(const QString &name)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("DELETE FROM personas WHERE id IN (SELECT m.persona_id FROM population_members m "
                                 "JOIN populations p ON p.id = m.population_id WHERE p.name = ?)"));
        q.addBindValue(name);
        if (!q.exec())
            return Status::failure(sqlError(q));
        q.prepare(QStringLiteral("DELETE FROM populations WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.numRowsAffected() == 0)
            return Status::failure(Tr::tr("there is no population called \"%1\" in this project").arg(name));
        return {};
    });
}

} // namespace troupe
