#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/projectsettings.h"
#include "store/runstore.h"
#include "persona/personaparser.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

static QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

static PersonaDocument persona(const QString &name)
{
    return *PersonaParser::parse(QStringLiteral(R"({"type":"TinyPerson","persona":{"name":"%1"}})").arg(name).toUtf8(),
                                 QStringLiteral("t")).document;
}

// Runs SQL on a file with a bare connection, outside ProjectFile.
static bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

class TestProjectFile : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen();
    void pragmas();
    void populationIndexSkipsRunCalls();
    void createRefusesExisting();
    void migratesOlderSchema();
    void runScenarioLeavesTheRunRow();
    void refusals_data();
    void refusals();
    void refusesNewerSchemaWithoutTouchingIt();
    void refusesCorruptFileWithoutTouchingIt();
    void transactionRollsBack();
    void settingsRefuseSecrets_data();
    void settingsRefuseSecrets();
    void personaStore();

private:
    QTemporaryDir m_dir;
};

void TestProjectFile::createAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("a.troupe"));
    {
        auto p = ProjectFile::create(path);
        QVERIFY2(p, qPrintable(p.error()));
        QCOMPARE(p.value()->schemaVersion(), projectMigrations().last().version);
        QVERIFY(PersonaStore(*p.value()).save(persona(QStringLiteral("Ada"))).ok());
    }
    auto p = ProjectFile::open(path);
    QVERIFY2(p, qPrintable(p.error()));
    QSqlQuery q(p.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const char *t : {"events", "fragments", "llm_calls", "memories", "personas", "results", "runs", "scenarios",
                          "schema_migrations", "settings"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    QCOMPARE(PersonaStore(*p.value()).list().value().size(), 1);
}

void TestProjectFile::populationIndexSkipsRunCalls()
{
    auto p = ProjectFile::create(m_dir.filePath(QStringLiteral("index.troupe")));
    QVERIFY2(p, qPrintable(p.error()));
    QSqlQuery q(p.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'llm_calls_by_population'")) && q.next());
    QVERIFY2(q.value(0).toString().endsWith(QLatin1String("WHERE population_id IS NOT NULL")), qPrintable(q.value(0).toString()));
    // A population's calls are still found through it.
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT SUM(cost) FROM llm_calls WHERE population_id = 3")) && q.next());
    QVERIFY2(q.value(3).toString().contains(QLatin1String("llm_calls_by_population")), qPrintable(q.value(3).toString()));
}

void TestProjectFile::pragmas()
{
    auto p = ProjectFile::create(m_dir.filePath(QStringLiteral("pragmas.troupe")));
    QVERIFY(p);
    QSqlQuery q(p.value()->database());
    auto scalar = [&](const char *sql) {
        q.exec(QLatin1String(sql));
        q.next();
        return q.value(0);
    };
    QCOMPARE(scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(scalar("PRAGMA foreign_keys").toInt(), 1);
    QCOMPARE(scalar("PRAGMA synchronous").toInt(), 2); // FULL
    QCOMPARE(scalar("PRAGMA application_id").toInt(), ProjectFile::kApplicationId);
    // Foreign keys are enforced: an event needs its run.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO events (run_id, seq, step, kind) VALUES (999, 1, 0, 'x')")));
}

void TestProjectFile::createRefusesExisting()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.troupe"));
    QVERIFY(ProjectFile::create(path));
    const QByteArray before = fileHash(path);
    const auto again = ProjectFile::create(path);
    QVERIFY(!again);
    QVERIFY(again.error().contains(QStringLiteral("already exists")));
    QCOMPARE(fileHash(path), before);
}

void TestProjectFile::migratesOlderSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("old.troupe"));
    MigrationList v1 = projectMigrations();
    MigrationList v2 = v1;
    v2 << Migration{v1.last().version + 1, QStringLiteral("test: notes"),
                    {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                     QStringLiteral("INSERT INTO notes (text) VALUES ('migrated')")}};
    {
        auto p = ProjectFile::create(path, v1);
        QVERIFY(p);
        QVERIFY(PersonaStore(*p.value()).save(persona(QStringLiteral("Kept"))).ok());
    }
    auto p = ProjectFile::open(path, v2);
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p.value()->schemaVersion(), v2.last().version);
    QSqlQuery q(p.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT text FROM notes")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("migrated"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
    QCOMPARE(q.value(0).toInt(), int(v2.size()));
    QCOMPARE(PersonaStore(*p.value()).list().value().value(0).name, QStringLiteral("Kept"));

    // A failing migration leaves the file at the version it had.
    p = Result<std::unique_ptr<ProjectFile>>::failure({});
    MigrationList broken = v2;
    broken << Migration{v2.last().version + 1, QStringLiteral("broken"),
                        {QStringLiteral("CREATE TABLE half (x)"), QStringLiteral("THIS IS NOT SQL")}};
    const auto failed = ProjectFile::open(path, broken);
    QVERIFY(!failed);
    QVERIFY(failed.error().contains(QStringLiteral("cannot upgrade")));
    auto reopened = ProjectFile::open(path, v2);
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->schemaVersion(), v2.last().version);
    QSqlQuery check(reopened.value()->database());
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'")) && check.next());
    QCOMPARE(check.value(0).toInt(), 0);
}

void TestProjectFile::runScenarioLeavesTheRunRow()
{
    // A file of schema 9 holds the scenario in the run's row; opening it moves the scenario
    // beside the run, whole and in its key order, and the run reads back as before.
    const QString path = m_dir.filePath(QStringLiteral("v9.troupe"));
    MigrationList v9 = projectMigrations();
    while (v9.last().version > 9)
        v9.removeLast();
    const QString snapshot = QStringLiteral(R"({"name":"old","world":{"steps":2},"agents":[{"spec":{"persona":{"name":"Zoe","age":30}}}]})");
    {
        auto p = ProjectFile::create(path, v9);
        QVERIFY2(p, qPrintable(p.error()));
        QSqlQuery q(p.value()->database());
        q.prepare(QStringLiteral("INSERT INTO runs (name, status, seed, scenario_snapshot, config, created_at) "
                                 "VALUES ('old run', 'paused', 7, ?, '{}', '2026-01-01T00:00:00Z')"));
        q.addBindValue(snapshot);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    auto p = ProjectFile::open(path);
    QVERIFY2(p, qPrintable(p.error()));
    QSqlQuery q(p.value()->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('runs') WHERE name = 'scenario_snapshot'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    RunStore store(*p.value());
    auto run = store.run(1);
    QVERIFY2(run, qPrintable(run.error()));
    QCOMPARE(QString::fromStdString(run.value().scenario.dump()), snapshot);
    QCOMPARE(run.value().name, QStringLiteral("old run"));
    // New runs keep theirs there too, and updating a run leaves it alone.
    RunStore::NewRun n;
    n.name = QStringLiteral("new");
    n.scenario = nlohmann::ordered_json::parse(snapshot.toStdString());
    auto id = store.createRun(n);
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(store.setStatus(id.value(), RunStatus::Running).ok());
    QVERIFY(store.addActiveTime(id.value(), 5).ok());
    QCOMPARE(QString::fromStdString(store.run(id.value()).value().scenario.dump()), snapshot);
    QVERIFY(store.removeRun(id.value()).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM run_scenarios")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the removed run's went with it
}

void TestProjectFile::refusals_data()
{
    QTest::addColumn<QByteArray>("content"); // raw bytes, or "sqlite:" + SQL for another program's database
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("is not a Troupe Studio project: the file is empty");
    QTest::newRow("text file") << QByteArray("hello, I am a text file\n")
                               << QStringLiteral("is not a Troupe Studio project: it is not an SQLite database");
    QTest::newRow("json") << QByteArray(R"({"type":"TinyPerson"})")
                          << QStringLiteral("is not a Troupe Studio project: it is not an SQLite database");
    QTest::newRow("other program") << QByteArray("sqlite:CREATE TABLE moz_places (id INTEGER)")
                                   << QStringLiteral("is not a Troupe Studio project (it is an SQLite database of another program)");
    QTest::newRow("empty database") << QByteArray("sqlite:PRAGMA user_version = 0")
                                    << QStringLiteral("is not a Troupe Studio project (it is an SQLite database of another program)");
}

void TestProjectFile::refusals()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("refuse-%1.troupe").arg(QLatin1String(QTest::currentDataTag())));
    if (content.startsWith("sqlite:")) {
        QVERIFY(rawExec(path, {QString::fromUtf8(content.mid(7)), QStringLiteral("CREATE TABLE t (x)")}));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = fileHash(path);
    const auto p = ProjectFile::open(path);
    QVERIFY(!p);
    QVERIFY2(p.error().contains(reason), qPrintable(p.error()));
    QVERIFY(p.error().startsWith(path));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestProjectFile::refusesNewerSchemaWithoutTouchingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.troupe"));
    QVERIFY(ProjectFile::create(path));
    QVERIFY(rawExec(path, {QStringLiteral("PRAGMA user_version = 99")}));
    const QByteArray before = fileHash(path);
    const auto p = ProjectFile::open(path);
    QVERIFY(!p);
    QCOMPARE(p.error(), QStringLiteral("%1 was saved by a newer version of Troupe Studio (project schema 99; this "
                                       "version reads up to %2). Update Troupe Studio to open it.")
                            .arg(path).arg(projectMigrations().last().version));
    QCOMPARE(fileHash(path), before);
}

void TestProjectFile::refusesCorruptFileWithoutTouchingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.troupe"));
    {
        auto p = ProjectFile::create(path);
        QVERIFY(p);
        PersonaStore store(*p.value());
        for (int i = 0; i < 200; ++i)
            QVERIFY(store.save(persona(QStringLiteral("Person %1").arg(i))).ok());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 8 * 4096);
    f.seek(5 * 4096); // scribble over a page in the middle, as a failing disk would
    f.write(QByteArray(4096, '\x5A'));
    f.close();
    const QByteArray before = fileHash(path);
    const auto p = ProjectFile::open(path);
    QVERIFY(!p);
    QVERIFY2(p.error().contains(QStringLiteral("is damaged and was not opened")), qPrintable(p.error()));
    QCOMPARE(fileHash(path), before);
}

void TestProjectFile::transactionRollsBack()
{
    auto p = ProjectFile::create(m_dir.filePath(QStringLiteral("tx.troupe")));
    QVERIFY(p);
    ProjectFile &project = *p.value();
    const Status s = project.transaction([&]() -> Status {
        QSqlQuery q(project.database());
        q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')"));
        return Status::failure(QStringLiteral("changed my mind"));
    });
    QVERIFY(!s);
    QCOMPARE(s.error(), QStringLiteral("changed my mind"));
    QVERIFY(!ProjectSettings(project).value(QStringLiteral("a")));
}

void TestProjectFile::settingsRefuseSecrets_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("openai key") << QStringLiteral("OPENAI_API_KEY") << true;
    QTest::newRow("azure") << QStringLiteral("azure.api-key") << true;
    QTest::newRow("token") << QStringLiteral("auth_token") << true;
    QTest::newRow("password") << QStringLiteral("Password") << true;
    QTest::newRow("model") << QStringLiteral("OpenAI/MODEL") << false;
    QTest::newRow("max tokens") << QStringLiteral("MAX_COMPLETION_TOKENS") << false; // a count, not a secret
}

void TestProjectFile::settingsRefuseSecrets()
{
    QFETCH(QString, key);
    QFETCH(bool, secret);
    auto p = ProjectFile::openOrCreate(m_dir.filePath(QStringLiteral("settings.troupe")));
    QVERIFY(p);
    ProjectSettings settings(*p.value());
    const Status s = settings.set(key, QStringLiteral("sk-test-value"));
    QCOMPARE(!s.ok(), secret);
    QCOMPARE(settings.value(key).has_value(), !secret);
}

void TestProjectFile::personaStore()
{
    auto p = ProjectFile::create(m_dir.filePath(QStringLiteral("store.troupe")));
    QVERIFY(p);
    PersonaStore store(*p.value());
    QCOMPARE(store.save(persona(QStringLiteral("Zed"))).value(), PersonaStore::SaveOutcome::Added);
    QCOMPARE(store.save(persona(QStringLiteral("amy"))).value(), PersonaStore::SaveOutcome::Added);
    QCOMPARE(store.save(persona(QStringLiteral("Zed"))).value(), PersonaStore::SaveOutcome::Replaced);
    const auto rows = store.list();
    QCOMPARE(rows.value().size(), 2);
    QCOMPARE(rows.value()[0].name, QStringLiteral("amy")); // sorted without regard to case
    const auto missing = store.load(QStringLiteral("Nobody"));
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QStringLiteral("no persona or fragment named \"Nobody\"")));
    QVERIFY(store.remove(SpecKind::Agent, QStringLiteral("Zed")).ok());
    QVERIFY(!store.remove(SpecKind::Agent, QStringLiteral("Zed")).ok());
    QCOMPARE(store.list().value().size(), 1);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
