#include "personastore.h"

#include "persona/personaparser.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace troupe {
namespace {

QString table(SpecKind kind)
{
    return kind == SpecKind::Agent ? QStringLiteral("personas") : QStringLiteral("fragments");
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonaStore)
};

} // namespace

Result<PersonaStore::SaveOutcome> PersonaStore::save(const PersonaDocument &document, const QString &sourceFile)
{
    using R = Result<SaveOutcome>;
    SaveOutcome outcome = SaveOutcome::Added;
    const Status s = m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(table(document.kind())));
        q.addBindValue(document.name());
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.next())
            outcome = SaveOutcome::Replaced;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        q.prepare(QStringLiteral("INSERT INTO %1 (name, spec, source_file, created_at, updated_at) "
                                 "VALUES (:name, :spec, :source, :now, :now) ON CONFLICT (name) DO UPDATE SET "
                                 "spec = excluded.spec, source_file = excluded.source_file, updated_at = excluded.updated_at")
                      .arg(table(document.kind())));
        q.bindValue(QStringLiteral(":name"), document.name());
        q.bindValue(QStringLiteral(":spec"), QString::fromUtf8(document.toJson()));
        q.bindValue(QStringLiteral(":source"), sourceFile.isEmpty() ? QVariant() : QVariant(sourceFile));
        q.bindValue(QStringLiteral(":now"), now);
        if (!q.exec())
            return Status::failure(sqlError(q));
        return {};
    });
    if (!s)
        return R::failure(Tr::tr("cannot save %1 \"%2\": %3").arg(PersonaDocument::kindName(document.kind()), document.name(), s.error()));
    return outcome;
}

Result<QList<StoredSpecInfo>> PersonaStore::list(std::optional<SpecKind> kind) const
{
    QList<StoredSpecInfo> out;
    for (SpecKind k : {SpecKind::Agent, SpecKind::Fragment}) {
        if (kind && *kind != k)
            continue;
        QSqlQuery q(m_project.database());
        if (!q.exec(QStringLiteral("SELECT id, name, spec, source_file, updated_at FROM %1 ORDER BY name COLLATE NOCASE")
                        .arg(table(k))))
            return Result<QList<StoredSpecInfo>>::failure(sqlError(q));
        while (q.next()) {
            StoredSpecInfo info{q.value(0).toLongLong(), k, q.value(1).toString(), {}, q.value(3).toString(),
                                QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs)};
            const auto parsed = PersonaParser::parse(q.value(2).toString().toUtf8(), info.name, info.name);
            info.summary = parsed.document ? parsed.document->summary()
                                           : Tr::tr("damaged: %1").arg(parsed.diagnostics.value(0).message);
            out << info;
        }
    }
    return out;
}

Result<PersonaDocument> PersonaStore::load(const QString &name, std::optional<SpecKind> kind) const
{
    using R = Result<PersonaDocument>;
    for (SpecKind k : {SpecKind::Agent, SpecKind::Fragment}) {
        if (kind && *kind != k)
            continue;
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("SELECT spec FROM %1 WHERE name = ?").arg(table(k)));
        q.addBindValue(name);
        if (!q.exec())
            return R::failure(sqlError(q));
        if (!q.next())
            continue;
        auto parsed = PersonaParser::parse(q.value(0).toString().toUtf8(),
                                           QStringLiteral("%1:%2/%3").arg(m_project.path(), table(k), name), name);
        if (!parsed.document)
            return R::failure(parsed.diagnostics.value(0).toString());
        return std::move(*parsed.document);
    }
    return R::failure(Tr::tr("no persona or fragment named \"%1\" in %2").arg(name, m_project.path()));
}

Status PersonaStore::remove(SpecKind kind, const QString &name)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE name = ?").arg(table(kind)));
        q.addBindValue(name);
        if (!q.exec())
            return Status::failure(sqlError(q));
        if (q.numRowsAffected() == 0)
            return Status::failure(Tr::tr("no %1 named \"%2\"").arg(PersonaDocument::kindName(kind), name));
        return {};
    });
}

} // namespace troupe
