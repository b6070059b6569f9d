// Runs the real `troupe` binary as a user or a script would.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "store/runstore.h"

#include <nlohmann/json.hpp>

struct Run
{
    int code;
    QString out;
    QString err;
};

static Run runTroupe(const QStringList &args, const QString &workDir = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(QStringLiteral(TROUPE_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

static QString example(const char *rel)
{
    return QStringLiteral(TROUPE_SOURCE_DIR "/resources/examples/") + QLatin1String(rel);
}

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void validateGoodFiles();
    void validateMalformedFile();
    void validateNeverCrashes();
    void configProblemsStopARun();
    void configNoticesDoNotStopARun();
    void importListExport();
    void importIsAllOrNothing();
    void refusesNonProject();
    void runJsonMatchesTheProject();
    void runBadScenarioNamesTheField();
    void runResumeContinues();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    QTemporaryDir m_dir;
};

void TestCli::versionAndHelp()
{
    const Run v = runTroupe({QStringLiteral("--version")});
    QCOMPARE(v.code, 0);
    QVERIFY(v.out.startsWith(QStringLiteral("troupe ")));
    const Run h = runTroupe({QStringLiteral("--help")});
    QCOMPARE(h.code, 0);
    QVERIFY(h.out.contains(QStringLiteral("persona validate")));
    for (const char *verb : {"validate", "import", "list", "export"}) {
        const Run r = runTroupe({QStringLiteral("persona"), QLatin1String(verb), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage: troupe persona ") + QLatin1String(verb)), qPrintable(r.out));
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrLine");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("troupe frobnicate: unknown command (see troupe --help)");
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("persona"), QStringLiteral("eat")}
                                  << QStringLiteral("troupe persona: unknown verb \"eat\" (validate, import, list, export)");
    QTest::newRow("no files") << QStringList{QStringLiteral("persona"), QStringLiteral("validate")}
                              << QStringLiteral("troupe persona validate: missing arguments (see troupe persona validate --help)");
    QTest::newRow("no project") << QStringList{QStringLiteral("persona"), QStringLiteral("list")}
                                << QStringLiteral("troupe persona list: --project is required");
    QTest::newRow("bad option") << QStringList{QStringLiteral("persona"), QStringLiteral("list"), QStringLiteral("--bogus")}
                                << QStringLiteral("troupe persona list: Unknown option 'bogus'.");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrLine);
    const Run r = runTroupe(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(), stderrLine);
}

void TestCli::validateGoodFiles()
{
    const Run r = runTroupe({QStringLiteral("persona"), QStringLiteral("validate"), example("personas/amara_okafor.agent.json"),
                          example("fragments/busy_parent.fragment.json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("valid agent \"Amara Okafor\"")));
    QVERIFY(r.out.contains(QStringLiteral("valid fragment \"busy_parent\"")));
    QVERIFY(r.out.contains(QStringLiteral("2 valid, 0 invalid")));
    QVERIFY(r.err.isEmpty());
}

void TestCli::validateMalformedFile()
{
    const QString bad = write(QStringLiteral("bad.agent.json"), "{\n  \"type\": \"TinyPerson\",\n  \"persona\": {\"name\": \"X\", \"age\": [1]}\n}\n");
    const QString broken = write(QStringLiteral("broken.agent.json"), "{\"type\": \"TinyPerson\",\n \"persona\": {\"name\": \"X\"\n");
    const Run r = runTroupe({QStringLiteral("persona"), QStringLiteral("validate"), bad, broken,
                          example("personas/kenji_watanabe.agent.json")});
    QCOMPARE(r.code, 1);
    const QStringList lines = r.err.trimmed().split(u'\n');
    QCOMPARE(lines, (QStringList{bad + QStringLiteral(":3:35: persona.age: expected a number, found a list"),
                                 broken + QStringLiteral(":3:1: not valid JSON: object - unexpected end of input; expected '}'")}));
    QVERIFY(r.out.contains(QStringLiteral("1 valid, 2 invalid")));
}

void TestCli::validateNeverCrashes()
{
    // The number that once aborted `persona validate` (an exception nobody caught), and its kin.
    const QString overflow = write(QStringLiteral("overflow.agent.json"), "{\"type\": \"TinyPerson\", \"persona\": {\"name\": \"X\", \"age\": 1e999}}");
    const QString deep = write(QStringLiteral("deep.agent.json"), QByteArray(100000, '['));
    const QString surrogate = write(QStringLiteral("surrogate.agent.json"), "{\"type\": \"TinyPerson\", \"persona\": {\"name\": \"\\ud800\"}}");
    const Run r = runTroupe({QStringLiteral("persona"), QStringLiteral("validate"), overflow, deep, surrogate});
    QCOMPARE(r.code, 1);
    const QStringList lines = r.err.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], overflow + QStringLiteral(":1:56: the number 1e999 is too large to read"));
    QCOMPARE(lines[1], deep + QStringLiteral(":1:101: nested more than 100 levels deep"));
    QVERIFY2(lines[2].startsWith(surrogate + QStringLiteral(":1:")) && lines[2].contains(QStringLiteral("surrogate")), qPrintable(lines[2]));
    QVERIFY(r.out.contains(QStringLiteral("0 valid, 3 invalid")));
}

void TestCli::configProblemsStopARun()
{
    const QString config = write(QStringLiteral("bad.ini"), "[OpenAI]\nTIMEOUT=ten\n\n[Simulation]\nBUDGET=5\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TROUPE_CONFIG"), config);
    const Run r = runTroupe({QStringLiteral("run"), QStringLiteral("customer_interview"), QStringLiteral("--steps"), QStringLiteral("1")}, {}, env);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed().split(u'\n'),
             (QStringList{config + QStringLiteral(":2: [OpenAI] TIMEOUT: expected a number of seconds, found \"ten\""),
                          config + QStringLiteral(":5: [Simulation] BUDGET: unknown key")}));
    QVERIFY(r.out.isEmpty());
    // Commands that take nothing from config.ini still work.
    const Run v = runTroupe({QStringLiteral("persona"), QStringLiteral("validate"), example("personas/kenji_watanabe.agent.json")}, {}, env);
    QCOMPARE(v.code, 0);
}

void TestCli::configNoticesDoNotStopARun()
{
    const QString config = write(QStringLiteral("old.ini"), "[ActionGenerator]\nQUALITY_THRESHOLD=5\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TROUPE_CONFIG"), config);
    const Run r = runTroupe({QStringLiteral("run"), QStringLiteral("customer_interview"), QStringLiteral("--steps"), QStringLiteral("1")}, {}, env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.startsWith(config + QStringLiteral(":2: [ActionGenerator] QUALITY_THRESHOLD: notice: not built yet")), qPrintable(r.err));
}

void TestCli::importListExport()
{
    const QString project = m_dir.filePath(QStringLiteral("study.troupe"));
    const QString source = example("personas/sofia_ramirez.agent.json");
    Run r = runTroupe({QStringLiteral("persona"), QStringLiteral("import"), source, example("fragments/early_adopter.fragment.json"),
                    QStringLiteral("--project"), project});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("created project")));
    QVERIFY(r.out.contains(QStringLiteral("imported agent \"Sofía Ramírez\"")));

    r = runTroupe({QStringLiteral("persona"), QStringLiteral("import"), source, QStringLiteral("-p"), project});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("replaced agent \"Sofía Ramírez\"")));

    r = runTroupe({QStringLiteral("persona"), QStringLiteral("list"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Sofía Ramírez"));
    QCOMPARE(rows[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("agent"));
    QCOMPARE(rows[1].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("fragment"));

    r = runTroupe({QStringLiteral("persona"), QStringLiteral("list"), QStringLiteral("--project"), project});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("23, Design student and part-time barista, Guadalajara, Mexico")));

    const QString out = m_dir.filePath(QStringLiteral("sofia.agent.json"));
    r = runTroupe({QStringLiteral("persona"), QStringLiteral("export"), QStringLiteral("Sofía Ramírez"), QStringLiteral("--project"),
                project, QStringLiteral("-o"), out});
    QCOMPARE(r.code, 0);
    QFile a(source), b(out);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(nlohmann::ordered_json::parse(b.readAll().toStdString()).dump(),
             nlohmann::ordered_json::parse(a.readAll().toStdString()).dump());

    r = runTroupe({QStringLiteral("persona"), QStringLiteral("export"), QStringLiteral("Nobody"), QStringLiteral("-p"), project});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("troupe persona export: no persona or fragment named \"Nobody\" in %1").arg(project));
}

void TestCli::importIsAllOrNothing()
{
    const QString project = m_dir.filePath(QStringLiteral("atomic.troupe"));
    const QString bad = write(QStringLiteral("noname.agent.json"), R"({"type":"TinyPerson","persona":{"age":3}})");
    const Run r = runTroupe({QStringLiteral("persona"), QStringLiteral("import"), example("personas/rahul_desai.agent.json"), bad,
                          QStringLiteral("--project"), project});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(bad + QStringLiteral(":1:32: persona.name: required field is missing")));
    QVERIFY(r.err.contains(QStringLiteral("nothing imported")));
    QVERIFY(!QFile::exists(project));
}

void TestCli::refusesNonProject()
{
    const QString notProject = write(QStringLiteral("notes.troupe"), "just text");
    const Run r = runTroupe({QStringLiteral("persona"), QStringLiteral("list"), QStringLiteral("-p"), notProject});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("troupe persona list: %1 is not a Troupe Studio project: it is not an SQLite database").arg(notProject));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::runJsonMatchesTheProject()
{
    const QString project = m_dir.filePath(QStringLiteral("run.troupe"));
    const Run r = runTroupe({QStringLiteral("run"), QStringLiteral("focus_group"), QStringLiteral("--steps"), QStringLiteral("3"),
                          QStringLiteral("--json"), QStringLiteral("--project"), project});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 40);
    QVERIFY(r.err.contains(QStringLiteral("offline engine — not a language model")));
    QVERIFY(r.err.contains(QLatin1String("Run 1 finished after 3 steps.")));
    auto file = troupe::ProjectFile::open(project);
    QVERIFY(file);
    troupe::RunStore store(*file.value());
    const auto events = store.events(1);
    QVERIFY(events);
    QCOMPARE(qsizetype(lines.size()), events.value().size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto printed = nlohmann::ordered_json::parse(lines[i].toStdString());
        QVERIFY2(printed == events.value()[i].toJson(), qPrintable(lines[i]));
    }
    QCOMPARE(store.run(1).value().status, troupe::RunStatus::Finished);
}

void TestCli::runBadScenarioNamesTheField()
{
    const QString path = write(QStringLiteral("bad.scenario.json"),
                               "{\n  \"name\": \"x\",\n  \"world\": {\"steps\": \"six\"},\n  \"agents\": []\n}\n");
    const Run r = runTroupe({QStringLiteral("run"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("bad.scenario.json:3:")) && r.err.contains(QLatin1String("world.steps")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const Run usage = runTroupe({QStringLiteral("run"), QStringLiteral("focus_group"), QStringLiteral("--steps"), QStringLiteral("many")});
    QCOMPARE(usage.code, 2);
    const Run provider = runTroupe({QStringLiteral("run"), QStringLiteral("focus_group"), QStringLiteral("--provider"), QStringLiteral("nope")});
    QCOMPARE(provider.code, 2);
    QVERIFY(provider.err.contains(QLatin1String("available: offline")));
}

void TestCli::runResumeContinues()
{
    const QString project = m_dir.filePath(QStringLiteral("resume.troupe"));
    QCOMPARE(runTroupe({QStringLiteral("run"), QStringLiteral("customer_interview"), QStringLiteral("--steps"), QStringLiteral("2"),
                     QStringLiteral("--project"), project}).code, 0);
    // The run planned 2 steps and ran them: Resume alone does not extend it.
    const Run refused = runTroupe({QStringLiteral("run"), QStringLiteral("--resume"), QStringLiteral("last"), QStringLiteral("--project"), project});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("already ran all 2 steps")), qPrintable(refused.err));
    const Run r = runTroupe({QStringLiteral("run"), QStringLiteral("--resume"), QStringLiteral("last"), QStringLiteral("--steps"), QStringLiteral("3"),
                          QStringLiteral("--project"), project, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("after step 2")));
    QVERIFY(r.err.contains(QLatin1String("finished after 5 steps")));
    const auto first = nlohmann::json::parse(r.out.section(QLatin1Char('\n'), 0, 0).toStdString());
    QCOMPARE(first.at("step").get<int>(), 3);
}
