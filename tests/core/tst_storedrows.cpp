// JSON kept in a project and read back: a damaged row is an error that names its table, row
// and column, never a crash and never a silent null; a row that parses but has the wrong
// shape is read without a crash when a run is resumed from it.
#include "persona/personaparser.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/scenariostore.h"
#include "session/runrebuild.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

class TestStoredRows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void damagedRowsAreNamed_data();
    void damagedRowsAreNamed();
    void damagedPersonaAndScenarioRows();
    void misshapenRowsResumeWithoutACrash_data();
    void misshapenRowsResumeWithoutACrash();

private:
    /** A fresh copy of the project with one run of two steps. */
    std::unique_ptr<ProjectFile> copy(const QString &name);
    static void exec(ProjectFile &project, const QString &sql);

    QTemporaryDir m_dir;
    QString m_original;
};

void TestStoredRows::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_original = m_dir.filePath(QStringLiteral("original.troupe"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TROUPE_CONFIG"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("run"), QStringLiteral("customer_interview"), QStringLiteral("--steps"),
                                              QStringLiteral("2"), QStringLiteral("--project"), m_original});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

std::unique_ptr<ProjectFile> TestStoredRows::copy(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".troupe"));
    QFile::remove(path);
    if (!QFile::copy(m_original, path))
        return nullptr;
    auto opened = ProjectFile::open(path);
    return opened ? std::move(opened).value() : nullptr;
}

void TestStoredRows::exec(ProjectFile &project, const QString &sql)
{
    QSqlQuery q(project.database());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    QVERIFY2(q.numRowsAffected() > 0, qPrintable(sql));
}

void TestStoredRows::damagedRowsAreNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("reader");   // which RunStore call reads it
    QTest::addColumn<QString>("expected"); // the error, after "the project is damaged: "

    QTest::newRow("scenario snapshot overflows")
        << QStringLiteral("UPDATE run_scenarios SET snapshot = '{\"agents\": 1e999}'") << QStringLiteral("run")
        << QStringLiteral("run_scenarios row of run 1, snapshot at 1:12: the number 1e999 is too large to read");
    QTest::newRow("world state nested too deep")
        << QStringLiteral("UPDATE runs SET world_state = '%1'").arg(QString(500, u'[')) << QStringLiteral("run")
        << QStringLiteral("runs row 1, world_state at 1:101: nested more than 100 levels deep");
    QTest::newRow("agent state cut off")
        << QStringLiteral("UPDATE agent_states SET state = '{\"new_stimuli\": 3,'") << QStringLiteral("run")
        << QStringLiteral("agent_states of run 1, agent \"Elena Popescu\" at 1:19: not valid JSON: object key - unexpected end of input; expected string literal");
    QTest::newRow("run config truncated")
        << QStringLiteral("UPDATE runs SET config = '{\"provider\": \"offline\"'") << QStringLiteral("runInfo")
        << QStringLiteral("runs row 1, config at 1:23: not valid JSON: object - unexpected end of input; expected '}'");
    QTest::newRow("run list")
        << QStringLiteral("UPDATE runs SET config = 'nonsense'") << QStringLiteral("runs")
        << QStringLiteral("runs row 1, config at 1:2: not valid JSON: value - invalid literal; last read: 'no'");
    QTest::newRow("event payload with a lone surrogate")
        << QStringLiteral("UPDATE events SET payload = '{\"x\": \"\\ud800\"}' WHERE seq = (SELECT MIN(seq) FROM events)") << QStringLiteral("events")
        << QStringLiteral("events of run 1, seq 1, payload at 1:14: not valid JSON: value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"\\ud800\"'");
    QTest::newRow("model call request")
        << QStringLiteral("UPDATE llm_calls SET request = '[1, 2' WHERE step = 1") << QStringLiteral("calls")
        << QStringLiteral("llm_calls of run 1, step 1, request at 1:6: not valid JSON: array - unexpected end of input; expected ']'");
    QTest::newRow("memory")
        << QStringLiteral("UPDATE memories SET content = '{\"kind\": 1e400}'") << QStringLiteral("memories")
        << QStringLiteral("memories of run 1, agent \"Elena Popescu\", content at 1:10: the number 1e400 is too large to read");
}

void TestStoredRows::damagedRowsAreNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, reader);
    QFETCH(QString, expected);
    auto project = copy(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    QVERIFY(project);
    const RunStore store(*project);
    QVERIFY(store.run(1)); // fine before the damage
    exec(*project, sql);
    QString error;
    if (reader == QLatin1String("run"))
        error = store.run(1).error();
    else if (reader == QLatin1String("runInfo"))
        error = store.runInfo(1).error();
    else if (reader == QLatin1String("runs")) {
        // The list stays readable (the studio shows the run); opening the run names the damage.
        const auto runs = store.runs();
        QVERIFY2(runs && runs.value().size() == 1, qPrintable(runs.error()));
        error = store.run(1).error();
    }
    else if (reader == QLatin1String("events"))
        error = store.events(1).error();
    else if (reader == QLatin1String("calls"))
        error = store.calls(1, QStringLiteral("Elena Popescu"), -1).error();
    else if (reader == QLatin1String("memories")) {
        auto record = store.run(1);
        QVERIFY(record);
        auto world = rebuildRun(store, record.value(), nullptr, Scenario::BuildOptions{});
        error = world.error();
    }
    QCOMPARE(error, QStringLiteral("the project is damaged: ") + expected);
}

void TestStoredRows::damagedPersonaAndScenarioRows()
{
    auto project = copy(QStringLiteral("specs"));
    QVERIFY(project);
    PersonaStore personas(*project);
    const auto ada = PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"Ada"}})", QStringLiteral("ada"));
    QVERIFY(personas.save(*ada.document));
    exec(*project, QStringLiteral("UPDATE personas SET spec = '{\"type\": \"TinyPerson\", \"persona\": {\"name\": \"Ada\", \"age\": -1e999}}' WHERE name = 'Ada'"));
    const auto loaded = personas.load(QStringLiteral("Ada"));
    QVERIFY(!loaded);
    QCOMPARE(loaded.error(), project->path() + QStringLiteral(":personas/Ada:1:58: the number -1e999 is too large to read"));
    const auto listed = personas.list();
    QVERIFY(listed);
    QString summary;
    for (const StoredSpecInfo &i : listed.value())
        if (i.name == QLatin1String("Ada"))
            summary = i.summary;
    QCOMPARE(summary, QStringLiteral("damaged: the number -1e999 is too large to read"));

    ScenarioStore scenarios(*project);
    QVERIFY(scenarios.save(nlohmann::ordered_json{{"name", "s"}, {"agents", nlohmann::ordered_json::array()}}));
    exec(*project, QStringLiteral("UPDATE scenarios SET spec = '{\"name\": \"s\", \"agents\": [' WHERE name = 's'"));
    QCOMPARE(scenarios.load(QStringLiteral("s")).error(),
             QStringLiteral("the project is damaged: scenarios row \"s\", spec at 1:26: not valid JSON: value - unexpected end of input; expected '[', '{', or a literal"));
    exec(*project, QStringLiteral("UPDATE scenarios SET spec = '[\"a list\"]' WHERE name = 's'"));
    QCOMPARE(scenarios.load(QStringLiteral("s")).error(),
             QStringLiteral("the project is damaged: scenarios row \"s\", spec: expected an object"));
    // Resolving a design of the wrong shape is refused, not thrown.
    const auto resolved = ScenarioStore::resolve(nlohmann::ordered_json::array({1, 2}), personas);
    QVERIFY(!resolved.scenario && !resolved.diagnostics.isEmpty());
    const auto oddFragments = ScenarioStore::resolve(
        nlohmann::ordered_json::parse(R"({"name": "s", "agents": [{"persona": "Elena Popescu", "fragments": "not a list"}]})"), personas);
    QVERIFY(!oddFragments.scenario);
}

void TestStoredRows::misshapenRowsResumeWithoutACrash_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("world state is text") << QStringLiteral("UPDATE runs SET world_state = '\"x\"'");
    QTest::newRow("world state of the wrong types")
        << QStringLiteral("UPDATE runs SET world_state = '{\"steps_done\": \"two\", \"next_seq\": 1e300, \"fired\": [\"a\", -1, 1e30, 99]}'");
    QTest::newRow("agent state is a list") << QStringLiteral("UPDATE agent_states SET state = '[1, 2]'");
    QTest::newRow("agent state of the wrong types")
        << QStringLiteral("UPDATE agent_states SET state = '{\"cognitive_state\": [], \"new_stimuli\": 1e300, \"consolidated_up_to\": -5, "
                          "\"recall_queries\": [1, null], \"working_memory\": \"x\", \"last_action\": 3, \"temperature\": \"hot\", \"persona\": 7}'");
    QTest::newRow("scenario agents of the wrong types")
        << QStringLiteral("UPDATE run_scenarios SET snapshot = '{\"agents\": [1, \"x\", {\"spec\": 5}, {\"spec\": {\"persona\": []}}], "
                          "\"world\": {\"steps\": \"six\", \"step_minutes\": 1e300, \"seed\": -3}, \"script\": {\"do\": 1}, "
                          "\"interventions\": [{\"effects\": 5, \"when\": []}], \"relations\": [{\"between\": 7}]}'");
    QTest::newRow("memory of the wrong shape") << QStringLiteral("UPDATE memories SET content = '[\"not\", \"an\", \"object\"]'");
    QTest::newRow("embedding of odd length") << QStringLiteral("INSERT INTO memories (run_id, agent, kind, seq, step, content, embedding) "
                          "SELECT run_id, agent, 'semantic', 0, 1, '{\"kind\": \"fact\", \"text\": \"x\"}', X'0102' "
                          "FROM memories LIMIT 1");
}

void TestStoredRows::misshapenRowsResumeWithoutACrash()
{
    QFETCH(QString, sql);
    auto project = copy(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    QVERIFY(project);
    const RunStore store(*project);
    QSqlQuery q(project->database());
    QVERIFY(q.exec(sql));
    QVERIFY2(q.numRowsAffected() > 0, qPrintable(sql)); // the damage is really there
    auto record = store.run(1);
    if (!record) {
        QVERIFY(!record.error().isEmpty());
        return;
    }
    auto world = rebuildRun(store, record.value(), nullptr, Scenario::BuildOptions{});
    if (world) {
        for (const auto &agent : world.value()->agents())
            (void)agent->buildTurnRequest(3, 1, QStringLiteral("m"));
    } else {
        QVERIFY(!world.error().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestStoredRows)
#include "tst_storedrows.moc"
