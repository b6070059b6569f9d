// `troupe population` as a user runs it: the TinyTroupe USA description offline and through
// the fake OpenAI-compatible server (50 people each), list/profile/export read back, a
// scenario that takes a sample of the population, and the errors for bad input.
#include "fakellmserver.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using troupe::testing::FakeLlmServer;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString usa()
{
    return QStringLiteral(TROUPE_SHARED_DIR "/fixtures/tinytroupe/populations/usa.json");
}

} // namespace

class TestCliPopulation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void generatesUsaOffline();
    void generatesUsaThroughTheFakeServer();
    void dimensionsFileRoundTrip();
    void scenarioRunsWithAPopulationSample();
    void badInputIsExplained_data();
    void badInputIsExplained();

private:
    Run troupe(const QStringList &args);
    QTemporaryDir m_dir;
    FakeLlmServer m_server;
};

void TestCliPopulation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
}

Run TestCliPopulation::troupe(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"OPENAI_API_KEY", "OPENAI_BASE_URL", "TROUPE_CONFIG"})
        env.remove(QLatin1String(v));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    QEventLoop loop; // keeps the fake server answering while the CLI runs
    connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(TROUPE_CLI_PATH), args);
    loop.exec();
    Run r;
    r.code = p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (p.state() != QProcess::NotRunning)
        p.kill(), p.waitForFinished();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliPopulation::generatesUsaOffline()
{
    if (!QFile::exists(usa()))
        QSKIP("TinyTroupe fixtures not found next to the checkout (../shared/fixtures/tinytroupe)");
    const QString project = m_dir.filePath(QStringLiteral("offline.troupe"));
    const Run g = troupe({QStringLiteral("population"), QStringLiteral("generate"), usa(), QStringLiteral("--count"), QStringLiteral("50"),
                          QStringLiteral("--project"), project});
    QVERIFY2(g.code == 0, qPrintable(g.out + g.err));
    QVERIFY(g.out.contains(QStringLiteral("Estimate: 50 people")));
    QVERIFY(g.out.contains(QStringLiteral("Population usa: 50 of 50 people generated, 0 failed.")));
    QVERIFY(g.out.contains(QStringLiteral("offline engine — not a language model")));

    const Run list = troupe({QStringLiteral("population"), QStringLiteral("list"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    const QJsonArray populations = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(populations.size(), 1);
    QCOMPARE(populations[0][QStringLiteral("count")].toInt(), 50);
    QVERIFY(populations[0][QStringLiteral("engine")].toString().contains(QStringLiteral("offline engine")));

    const Run profile = troupe({QStringLiteral("population"), QStringLiteral("profile"), QStringLiteral("usa"), QStringLiteral("--project"), project,
                                QStringLiteral("--json")});
    const QJsonObject p = QJsonDocument::fromJson(profile.out.toUtf8()).object();
    QCOMPARE(p[QStringLiteral("people")].toInt(), 50);
    // Every categorical value within one person of its requested share of 50.
    for (const auto dim : p[QStringLiteral("dimensions")].toArray())
        for (const auto v : dim.toObject()[QStringLiteral("values")].toArray()) {
            const double requested = v.toObject()[QStringLiteral("requested")].toDouble();
            QVERIFY(std::abs(v.toObject()[QStringLiteral("count")].toInt() - requested * 50) < 1.0001);
        }

    const Run csv = troupe({QStringLiteral("population"), QStringLiteral("export"), QStringLiteral("usa"), QStringLiteral("--project"), project,
                            QStringLiteral("-o"), m_dir.filePath(QStringLiteral("csv")), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.code, 0);
    QFile f(m_dir.filePath(QStringLiteral("csv/usa.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 51);
    const Run agents = troupe({QStringLiteral("population"), QStringLiteral("export"), QStringLiteral("usa"), QStringLiteral("--project"), project,
                               QStringLiteral("-o"), m_dir.filePath(QStringLiteral("agents"))});
    QCOMPARE(agents.code, 0);
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("agents"))).entryList({QStringLiteral("*.agent.json")}).size(), 50);
    const Run validate = troupe(QStringList{QStringLiteral("persona"), QStringLiteral("validate")}
                                + QDir(m_dir.filePath(QStringLiteral("agents"))).entryList({QStringLiteral("*.agent.json")}).replaceInStrings(QRegularExpression(QStringLiteral("^")), m_dir.filePath(QStringLiteral("agents/"))));
    QCOMPARE(validate.code, 0);
}

void TestCliPopulation::generatesUsaThroughTheFakeServer()
{
    if (!QFile::exists(usa()))
        QSKIP("TinyTroupe fixtures not found next to the checkout (../shared/fixtures/tinytroupe)");
    m_server.clearRequests();
    const QString project = m_dir.filePath(QStringLiteral("http.troupe"));
    const Run g = troupe({QStringLiteral("population"), QStringLiteral("generate"), usa(), QStringLiteral("--count"), QStringLiteral("50"),
                          QStringLiteral("--project"), project, QStringLiteral("--provider"), QStringLiteral("vllm"), QStringLiteral("--base-url"),
                          m_server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("fake-model"), QStringLiteral("--concurrency"),
                          QStringLiteral("8")});
    QVERIFY2(g.code == 0, qPrintable(g.out + g.err));
    QVERIFY(g.out.contains(QStringLiteral("50 of 50 people generated")));
    // One dimensions call (it quotes the description), then one call per person.
    int dims = 0, people = 0;
    for (const auto &r : m_server.requests()) {
        const std::string name = r.json["response_format"]["json_schema"].value("name", "");
        dims += name == "population_dimensions";
        people += name == "population_person";
        if (name == "population_dimensions")
            QVERIFY(r.json["messages"][0].value("content", "").find("18.6%") != std::string::npos);
    }
    QCOMPARE(dims, 1);
    QCOMPARE(people, 50);
}

void TestCliPopulation::dimensionsFileRoundTrip()
{
    const Run d = troupe({QStringLiteral("population"), QStringLiteral("dimensions"), QStringLiteral("lagos_young_professionals"),
                          QStringLiteral("--extra"), QStringLiteral("culinary tastes: from traditional to modern, from spicy to mild"), QStringLiteral("--json")});
    QCOMPARE(d.code, 0);
    QVERIFY(d.out.contains(QStringLiteral("\"Culinary tastes\"")));
    QFile f(m_dir.filePath(QStringLiteral("dims.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(d.out.toUtf8());
    f.close();
    const Run plan = troupe({QStringLiteral("population"), QStringLiteral("plan"), QStringLiteral("lagos_young_professionals"), QStringLiteral("--count"),
                             QStringLiteral("7"), QStringLiteral("--dimensions"), f.fileName(), QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--json")});
    QCOMPARE(plan.code, 0);
    const QJsonObject p = QJsonDocument::fromJson(plan.out.toUtf8()).object();
    QCOMPARE(p[QStringLiteral("samples")].toArray().size(), 7);
    QVERIFY(p[QStringLiteral("samples")].toArray()[0].toObject()[QStringLiteral("attributes")].toObject().contains(QStringLiteral("Culinary tastes")));
    // The same again: the same plan.
    const Run again = troupe({QStringLiteral("population"), QStringLiteral("plan"), QStringLiteral("lagos_young_professionals"), QStringLiteral("--count"),
                              QStringLiteral("7"), QStringLiteral("--dimensions"), f.fileName(), QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--json")});
    QCOMPARE(again.out, plan.out);
}

void TestCliPopulation::scenarioRunsWithAPopulationSample()
{
    const QString project = m_dir.filePath(QStringLiteral("scenario.troupe"));
    QCOMPARE(troupe({QStringLiteral("population"), QStringLiteral("generate"), QStringLiteral("us_adults"), QStringLiteral("--count"), QStringLiteral("30"),
                     QStringLiteral("--project"), project}).code, 0);
    QFile s(m_dir.filePath(QStringLiteral("tasting.scenario.json")));
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(R"({"name": "Tasting", "world": {"steps": 1}, "agents": [{"population": "us_adults", "sample": 5, "seed": 2}],
               "everyone_accessible": true,
               "script": [{"step": 1, "do": "broadcast", "source": "Moderator", "content": "Would you buy bottled gazpacho?"}]})");
    s.close();
    const Run run = troupe({QStringLiteral("run"), s.fileName(), QStringLiteral("--project"), project});
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QStringLiteral("5 agents")));
    const Run noProject = troupe({QStringLiteral("run"), s.fileName()});
    QVERIFY(noProject.code != 0);
    QVERIFY(noProject.err.contains(QStringLiteral("agents[0].population: population \"us_adults\" lives in a project")));
}

void TestCliPopulation::badInputIsExplained_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString plan = QStringLiteral("plan");
    QTest::newRow("zero") << QStringList{plan, QStringLiteral("us_adults"), QStringLiteral("--count"), QStringLiteral("0")} << 2
                          << QStringLiteral("--count: expected a whole number from 1 to 10000, got \"0\"");
    QTest::newRow("too many") << QStringList{plan, QStringLiteral("us_adults"), QStringLiteral("--count"), QStringLiteral("20000")} << 2
                              << QStringLiteral("from 1 to 10000");
    QTest::newRow("missing file") << QStringList{plan, QStringLiteral("nowhere.json"), QStringLiteral("--count"), QStringLiteral("5")} << 1
                                  << QStringLiteral("nowhere.json: no such file");
    QTest::newRow("bad description") << QStringList{plan, QStringLiteral("bad.json"), QStringLiteral("--count"), QStringLiteral("5")} << 1
                                     << QStringLiteral("bad.json:3:14: content: expected an object, found a list");
    QTest::newRow("bad dimensions") << QStringList{plan, QStringLiteral("us_adults"), QStringLiteral("--count"), QStringLiteral("5"),
                                                   QStringLiteral("--dimensions"), QStringLiteral("zero.json")}
                                    << 1 << QStringLiteral("zero.json:1:52: [0].values: dimension \"Diet\" has no value with a positive weight");
    QTest::newRow("no project") << QStringList{QStringLiteral("generate"), QStringLiteral("us_adults"), QStringLiteral("--count"), QStringLiteral("5")} << 2
                                << QStringLiteral("--project is required");
}

void TestCliPopulation::badInputIsExplained()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\n  \"title\": \"x\",\n  \"content\": [1]\n}\n");
    bad.close();
    QFile zero(m_dir.filePath(QStringLiteral("zero.json")));
    QVERIFY(zero.open(QIODevice::WriteOnly));
    zero.write(R"([{"name": "Diet", "kind": "categorical", "values": [{"value": "Vegan", "weight": 0}]}])");
    zero.close();
    const Run r = troupe(QStringList{QStringLiteral("population")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliPopulation)
#include "tst_clipopulation.moc"
