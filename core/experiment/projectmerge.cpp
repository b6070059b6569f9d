#include "projectmerge.h"

#include "store/experimentstore.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectMerge)
};

QStringList columns(QSqlDatabase db, const QString &schema, const QString &table, QString *integerKey = nullptr)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table)))
        return out;
    QString key;
    int keyColumns = 0;
    while (q.next()) {
        out.append(q.value(1).toString());
        if (q.value(5).toInt() > 0)
            ++keyColumns;
        if (q.value(5).toInt() == 1 && q.value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            key = q.value(1).toString();
    }
    // A row id of the table's own (not a run id that is also the key, not part of a composite key).
    if (integerKey && keyColumns == 1 && key != QLatin1String("run_id"))
        *integerKey = key;
    return out;
}

Status exec(QSqlQuery &q, const QString &sql, const QString &what)
{
    if (!q.exec(sql))
        return Status::failure(Tr::tr("%1: %2").arg(what, q.lastError().text()));
    return {};
}

} // namespace

Result<MergeReport> mergeProjects(const QStringList &inputs, const QString &output)
{
    using R = Result<MergeReport>;
    if (inputs.isEmpty())
        return R::failure(Tr::tr("no projects to merge"));
    if (QFileInfo::exists(output))
        return R::failure(Tr::tr("%1 exists already; merge into a new file").arg(output));
    for (const QString &in : inputs)
        if (QFileInfo(in).absoluteFilePath() == QFileInfo(output).absoluteFilePath())
            return R::failure(Tr::tr("%1 is both an input and the output").arg(in));

    // Experiments first: differing definitions refuse the merge before anything is written.
    std::map<QString, std::pair<nlohmann::ordered_json, QString>> experiments;
    for (const QString &in : inputs) {
        if (!QFileInfo(in).isFile())
            return R::failure(Tr::tr("%1 does not exist").arg(in));
        auto project = ProjectFile::open(in);
        if (!project)
            return R::failure(project.error());
        ExperimentStore store(*project.value());
        auto names = store.names();
        if (!names)
            return R::failure(names.error());
        for (const QString &name : names.value()) {
            auto def = store.experiment(name);
            if (!def)
                return R::failure(def.error());
            const auto it = experiments.find(name);
            if (it == experiments.end())
                experiments[name] = {def.value(), in};
            else if (it->second.first != def.value())
                return R::failure(Tr::tr("experiment \"%1\" differs between %2 and %3 (arms, replicates, seed or study); "
                                         "only runs of the same definition can be merged").arg(name, it->second.second, in));
        }
    }

    auto created = ProjectFile::create(output);
    if (!created)
        return R::failure(created.error());
    std::unique_ptr<ProjectFile> out = std::move(created).value();
    QSqlDatabase db = out->database();
    MergeReport report;
    report.projects = int(inputs.size());

    // Tables whose rows belong to a run, in an order that keeps foreign keys satisfied.
    QStringList runTables;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY rowid")))
            return R::failure(q.lastError().text());
        while (q.next()) {
            const QString t = q.value(0).toString();
            if (t != QLatin1String("runs") && columns(db, QStringLiteral("main"), t).contains(QStringLiteral("run_id")))
                runTables.append(t);
        }
    }

    for (const QString &in : inputs) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("ATTACH DATABASE ? AS src"));
        q.addBindValue(QFileInfo(in).absoluteFilePath());
        if (!q.exec())
            return R::failure(Tr::tr("cannot read %1: %2").arg(in, q.lastError().text()));
        const Status copied = out->transaction([&]() -> Status {
            QSqlQuery m(db);
            if (!m.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM main.runs")) || !m.next())
                return Status::failure(m.lastError().text());
            const qint64 offset = m.value(0).toLongLong();
            // Runs: ids moved past those already merged; scenarios stay behind (run_scenarios holds each run's).
            const QStringList runCols = columns(db, QStringLiteral("main"), QStringLiteral("runs"));
            const QStringList srcRunCols = columns(db, QStringLiteral("src"), QStringLiteral("runs"));
            QStringList into, from;
            for (const QString &c : runCols) {
                if (!srcRunCols.contains(c))
                    continue;
                into.append(c);
                if (c == QLatin1String("id"))
                    from.append(QStringLiteral("id + %1").arg(offset));
                else if (c == QLatin1String("parent_run_id"))
                    from.append(QStringLiteral("CASE WHEN parent_run_id IS NULL THEN NULL ELSE parent_run_id + %1 END").arg(offset));
                else if (c == QLatin1String("scenario_id"))
                    from.append(QStringLiteral("NULL"));
                else
                    from.append(c);
            }
            if (const Status s = exec(m, QStringLiteral("INSERT INTO main.runs (%1) SELECT %2 FROM src.runs ORDER BY id")
                                             .arg(into.join(u','), from.join(u',')), Tr::tr("copy the runs of %1").arg(in)); !s)
                return s;
            report.runs += m.numRowsAffected();
            for (const QString &t : runTables) {
                const QStringList srcCols = columns(db, QStringLiteral("src"), t);
                if (srcCols.isEmpty())
                    continue;
                QString key;
                const QStringList mainCols = columns(db, QStringLiteral("main"), t, &key);
                QStringList i2, f2;
                for (const QString &c : mainCols) {
                    if (!srcCols.contains(c) || c == key)
                        continue; // a row id of its own is given anew
                    i2.append(c);
                    if (c == QLatin1String("run_id"))
                        f2.append(QStringLiteral("run_id + %1").arg(offset));
                    else if (c == QLatin1String("population_id"))
                        f2.append(QStringLiteral("NULL"));
                    else
                        f2.append(c);
                }
                const QString order = key.isEmpty() ? QString() : QStringLiteral(" ORDER BY %1").arg(key);
                if (const Status s = exec(m, QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM src.%1 WHERE run_id IS NOT NULL%4")
                                                 .arg(t, i2.join(u','), f2.join(u','), order),
                                          Tr::tr("copy %1 of %2").arg(t, in));
                    !s)
                    return s;
            }
            for (const QString &t : {QStringLiteral("studies"), QStringLiteral("experiments"), QStringLiteral("request_prefixes")}) {
                const QStringList srcCols = columns(db, QStringLiteral("src"), t);
                if (srcCols.isEmpty())
                    continue;
                QString key;
                QStringList cols;
                for (const QString &c : columns(db, QStringLiteral("main"), t, &key))
                    if (srcCols.contains(c) && c != key)
                        cols.append(c);
                if (const Status s = exec(m, QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) SELECT %2 FROM src.%1").arg(t, cols.join(u',')),
                                          Tr::tr("copy %1 of %2").arg(t, in));
                    !s)
                    return s;
            }
            return {};
        });
        QSqlQuery detach(db);
        (void)detach.exec(QStringLiteral("DETACH DATABASE src"));
        if (!copied) {
            detach = QSqlQuery();
            q = QSqlQuery();
            db = QSqlDatabase();
            out.reset();
            QFile::remove(output);
            return R::failure(copied.error());
        }
    }
    for (const auto &[name, def] : experiments)
        report.experiments.append(name);
    return report;
}

} // namespace troupe
