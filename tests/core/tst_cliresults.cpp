// `troupe results extract` and `troupe results normalise`, run as a user would: on the
// offline engine, through the fake server, and with bad input.
#include "fakellmserver.h"

#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace troupe;
using troupe::testing::FakeLlmServer;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliResults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void extractOffline();
    void extractThroughTheFakeServer();
    void normaliseKeywordsAndOffline();
    void normaliseThroughTheFakeServer();
    void analysisCallsCountIntoTheRunsCost();
    void badInput_data();
    void badInput();

private:
    Run troupe(const QStringList &args);
    QString m_project;   // a finished ad_evaluation run (run 1)
    QString m_answers;   // a run with open answers
    QTemporaryDir m_dir;
    FakeLlmServer m_server;
};

Run TestCliResults::troupe(const QStringList &args)
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

void TestCliResults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    m_project = m_dir.filePath(QStringLiteral("ads.troupe"));
    const Run r = troupe({QStringLiteral("run"), QStringLiteral("ad_evaluation"), QStringLiteral("--steps"), QStringLiteral("2"),
                          QStringLiteral("--project"), m_project});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

    // Open answers as a study run stores them.
    m_answers = m_dir.filePath(QStringLiteral("answers.troupe"));
    auto project = ProjectFile::create(m_answers);
    QVERIFY(project.ok());
    RunStore::NewRun run;
    run.name = QStringLiteral("gazpacho");
    run.scenario = {{"name", "gazpacho"}};
    run.config = nlohmann::ordered_json::object();
    auto id = RunStore(*project.value()).createRun(run);
    QVERIFY(id.ok());
    StudyStore studies(*project.value());
    StudyRunRecord sr;
    sr.runId = id.value();
    sr.studyName = QStringLiteral("gazpacho");
    sr.definition = {{"questions", {{{"id", "why"}, {"type", "open"}, {"text", "Why?"}}, {{"id", "vote"}, {"type", "likert"}, {"text", "Buy?"}}}}};
    QVERIFY(studies.saveStudyRun(sr));
    const QStringList texts = {QStringLiteral("Too expensive for soup."), QStringLiteral("Soup should be hot."),
                               QStringLiteral("Expensive, but healthy."), QStringLiteral("Healthy and quick.")};
    QList<AnswerRecord> answers;
    for (int i = 0; i < texts.size(); ++i) {
        AnswerRecord a;
        a.runId = id.value();
        a.agent = QStringLiteral("P%1").arg(i + 1);
        a.questionId = QStringLiteral("why");
        a.type = QStringLiteral("open");
        a.value = texts[i].toStdString();
        answers.append(a);
    }
    AnswerRecord vote;
    vote.runId = id.value();
    vote.agent = QStringLiteral("P1");
    vote.questionId = QStringLiteral("vote");
    vote.type = QStringLiteral("likert");
    vote.value = 4;
    answers.append(vote);
    QVERIFY(studies.saveAnswers(answers));
}

void TestCliResults::extractOffline()
{
    const Run r = troupe({QStringLiteral("results"), QStringLiteral("extract"), QStringLiteral("last"), QStringLiteral("--project"), m_project,
                          QStringLiteral("--objective"), QStringLiteral("which ad each person picked and why"),
                          QStringLiteral("--field"), QStringLiteral("choice:the ad they picked"), QStringLiteral("--field"), QStringLiteral("age"),
                          QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6); // one per agent of ad_evaluation
    auto project = ProjectFile::open(m_project);
    QVERIFY(project.ok());
    auto stored = StudyStore(*project.value()).extractions(1);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 6);
    auto events = RunStore(*project.value()).events(1);
    QVERIFY(events.ok());
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i].toUtf8()).object();
        QCOMPARE(o[QStringLiteral("run")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("agent")].toString(), stored.value()[i].agent);
        const QString choice = o[QStringLiteral("result")].toObject()[QStringLiteral("choice")].toString();
        QVERIFY2(choice.startsWith(QStringLiteral("I'd pick Ad ")), qPrintable(choice));
        QVERIFY(o[QStringLiteral("result")].toObject()[QStringLiteral("age")].toInt() > 0);
        // The cited event is that agent's, and holds the value.
        const QJsonArray cited = o[QStringLiteral("cited_events")].toArray();
        QVERIFY(!cited.isEmpty());
        bool found = false;
        for (const RunEvent &e : events.value())
            if (e.seq == cited[0].toInteger())
                found = e.agent == o[QStringLiteral("agent")].toString() && e.content.contains(choice);
        QVERIFY2(found, qPrintable(lines[i]));
    }
    // The text form names each agent and the engine.
    const Run text = troupe({QStringLiteral("results"), QStringLiteral("extract"), QStringLiteral("1"), QStringLiteral("--project"), m_project,
                             QStringLiteral("--objective"), QStringLiteral("the ad"), QStringLiteral("--field"), QStringLiteral("choice:picked"),
                             QStringLiteral("--agent"), QStringLiteral("Sofía Ramírez")});
    QVERIFY2(text.code == 0, qPrintable(text.out + text.err));
    QVERIFY(text.out.startsWith(QStringLiteral("Sofía Ramírez:\n  choice: I'd pick Ad")));
    QVERIFY(text.out.contains(QStringLiteral("1 result(s) stored")));
    QVERIFY(text.out.contains(QStringLiteral("offline engine — not a language model")));
}

void TestCliResults::extractThroughTheFakeServer()
{
    const Run r = troupe({QStringLiteral("results"), QStringLiteral("extract"), QStringLiteral("last"), QStringLiteral("--project"), m_project,
                          QStringLiteral("--objective"), QStringLiteral("what the group concluded"), QStringLiteral("--field"),
                          QStringLiteral("summary:one sentence"), QStringLiteral("--world"), QStringLiteral("--json"),
                          QStringLiteral("--provider"), QStringLiteral("vllm"), QStringLiteral("--base-url"), m_server.baseUrl().toString(),
                          QStringLiteral("--model"), QStringLiteral("fake-model"), QStringLiteral("--no-cache")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
    QCOMPARE(o[QStringLiteral("agent")].toString(), QString());
    QVERIFY2(o[QStringLiteral("result")].toObject()[QStringLiteral("summary")].toString().contains(QStringLiteral("(fake model, request ")),
             qPrintable(r.out));
    QCOMPARE(o[QStringLiteral("cited_events")].toArray().size(), 2);
}

void TestCliResults::normaliseKeywordsAndOffline()
{
    const Run k = troupe({QStringLiteral("results"), QStringLiteral("normalise"), QStringLiteral("last"), QStringLiteral("--project"), m_answers,
                          QStringLiteral("--question"), QStringLiteral("why"), QStringLiteral("--k"), QStringLiteral("3"),
                          QStringLiteral("--method"), QStringLiteral("keywords"), QStringLiteral("--json")});
    QVERIFY2(k.code == 0, qPrintable(k.out + k.err));
    const QJsonObject o = QJsonDocument::fromJson(k.out.trimmed().toUtf8()).object();
    QCOMPARE(o[QStringLiteral("method")].toString(), QStringLiteral("keywords"));
    QCOMPARE(o[QStringLiteral("answers")].toInt(), 4);
    const QJsonArray labels = o[QStringLiteral("labels")].toArray();
    // Stems "expen", "healt" and "soup" are each in two answers. "expen" sorts first and takes
    // answers 1 and 3; then "healt" (in 4, and in 3 already grouped) takes 4, "soup" takes 2.
    QCOMPARE(labels.size(), 3);
    const QStringList expected = {QStringLiteral("expensive"), QStringLiteral("healthy"), QStringLiteral("soup")};
    const QList<int> counts = {2, 1, 1};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(labels[i].toObject()[QStringLiteral("label")].toString(), expected[i]);
        QCOMPARE(labels[i].toObject()[QStringLiteral("count")].toInt(), counts[i]);
    }
    QCOMPARE(labels[0].toObject()[QStringLiteral("quotes")].toArray()[0].toString(), QStringLiteral("Too expensive for soup."));
    QCOMPARE(labels[0].toObject()[QStringLiteral("quotes")].toArray()[1].toString(), QStringLiteral("Expensive, but healthy."));

    // The offline engine's "model" answer is the same clustering, recorded as keywords.
    const Run m = troupe({QStringLiteral("results"), QStringLiteral("normalise"), QStringLiteral("1"), QStringLiteral("--project"), m_answers,
                          QStringLiteral("--question"), QStringLiteral("why"), QStringLiteral("--k"), QStringLiteral("3")});
    QVERIFY2(m.code == 0, qPrintable(m.out + m.err));
    QVERIFY2(m.out.startsWith(QStringLiteral("Why? — 4 answer(s), method keywords\n  expensive (")), qPrintable(m.out));
    auto project = ProjectFile::open(m_answers);
    auto stored = StudyStore(*project.value()).labels(1, QStringLiteral("why"));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), labels.size());
}

void TestCliResults::normaliseThroughTheFakeServer()
{
    const Run r = troupe({QStringLiteral("results"), QStringLiteral("normalise"), QStringLiteral("last"), QStringLiteral("--project"), m_answers,
                          QStringLiteral("--question"), QStringLiteral("why"), QStringLiteral("--k"), QStringLiteral("2"), QStringLiteral("--json"),
                          QStringLiteral("--provider"), QStringLiteral("vllm"), QStringLiteral("--base-url"), m_server.baseUrl().toString(),
                          QStringLiteral("--model"), QStringLiteral("fake-model"), QStringLiteral("--no-cache")});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
    QCOMPARE(o[QStringLiteral("method")].toString(), QStringLiteral("model"));
    const QJsonArray labels = o[QStringLiteral("labels")].toArray();
    QCOMPARE(labels.size(), 2);
    QVERIFY(labels[0].toObject()[QStringLiteral("label")].toString().startsWith(QStringLiteral("theme ")));
    auto project = ProjectFile::open(m_answers);
    auto stored = StudyStore(*project.value()).labels(1, QStringLiteral("why"));
    QCOMPARE(stored.value().size(), 2);
    QCOMPARE(stored.value()[0].method, QStringLiteral("model"));
}

void TestCliResults::analysisCallsCountIntoTheRunsCost()
{
    // A priced model on the fake server: the calls of an extraction and of a normalisation
    // are stored with the run's, so the run's cost (what the studio shows) rises by theirs.
    auto usage = [](const QString &path) {
        auto project = ProjectFile::open(path);
        auto rows = RunStore(*project.value()).usage(1, RunStore::UsageBy::Run);
        return rows.value().empty() ? RunStore::UsageRow() : rows.value().front();
    };
    const QStringList server = {QStringLiteral("--provider"), QStringLiteral("vllm"), QStringLiteral("--base-url"),
                                m_server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("gpt-4o-mini"),
                                QStringLiteral("--no-cache")};
    const RunStore::UsageRow before = usage(m_project);
    const Run r = troupe(QStringList{QStringLiteral("results"), QStringLiteral("extract"), QStringLiteral("1"), QStringLiteral("--project"),
                                     m_project, QStringLiteral("--objective"), QStringLiteral("what the group concluded"),
                                     QStringLiteral("--field"), QStringLiteral("summary:one sentence"), QStringLiteral("--world")}
                         + server);
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    const RunStore::UsageRow after = usage(m_project);
    QVERIFY2(after.cost > before.cost, qPrintable(QStringLiteral("%1 -> %2").arg(before.cost).arg(after.cost)));
    QVERIFY(after.calls > before.calls);
    QCOMPARE(after.promptTokens > before.promptTokens, true);
    // The CLI says what it cost, and where that cost went.
    QVERIFY2(r.out.contains(QStringLiteral(" model call(s), $")) && r.out.contains(QStringLiteral("(counted in run 1's cost)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("$%1").arg(after.cost - before.cost, 0, 'f', 4)), qPrintable(r.out));

    const RunStore::UsageRow open = usage(m_answers);
    const Run n = troupe(QStringList{QStringLiteral("results"), QStringLiteral("normalise"), QStringLiteral("1"), QStringLiteral("--project"),
                                     m_answers, QStringLiteral("--question"), QStringLiteral("why"), QStringLiteral("--k"), QStringLiteral("2")}
                         + server);
    QVERIFY2(n.code == 0, qPrintable(n.out + n.err));
    const RunStore::UsageRow labelled = usage(m_answers);
    QVERIFY2(labelled.cost > open.cost, qPrintable(QStringLiteral("%1 -> %2").arg(open.cost).arg(labelled.cost)));
    QVERIFY(labelled.calls > open.calls);
    QVERIFY2(n.out.contains(QStringLiteral("(counted in run 1's cost)")), qPrintable(n.out));
    // Keywords ask no model: nothing is added.
    const Run k = troupe({QStringLiteral("results"), QStringLiteral("normalise"), QStringLiteral("1"), QStringLiteral("--project"), m_answers,
                          QStringLiteral("--question"), QStringLiteral("why"), QStringLiteral("--method"), QStringLiteral("keywords")});
    QVERIFY2(k.code == 0, qPrintable(k.out + k.err));
    QCOMPARE(usage(m_answers).calls, labelled.calls);
}

void TestCliResults::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString P = QStringLiteral("@ads");
    const QString A = QStringLiteral("@answers");
    auto extract = [&](QStringList more) {
        return QStringList{QStringLiteral("results"), QStringLiteral("extract")} + more;
    };
    auto normalise = [&](QStringList more) {
        return QStringList{QStringLiteral("results"), QStringLiteral("normalise")} + more;
    };
    QTest::newRow("no subcommand verb") << QStringList{QStringLiteral("results"), QStringLiteral("frobnicate")} << 2
                                        << "unknown verb \"frobnicate\"";
    QTest::newRow("unknown run") << extract({QStringLiteral("7"), QStringLiteral("--project"), P, QStringLiteral("--objective"), QStringLiteral("x"),
                                             QStringLiteral("--field"), QStringLiteral("a")})
                                 << 1 << "has no run 7";
    QTest::newRow("bad run") << extract({QStringLiteral("first"), QStringLiteral("--project"), P, QStringLiteral("--objective"), QStringLiteral("x"),
                                         QStringLiteral("--field"), QStringLiteral("a")})
                             << 2 << "expected \"last\" or a run id, got \"first\"";
    QTest::newRow("bad field") << extract({QStringLiteral("last"), QStringLiteral("--project"), P, QStringLiteral("--objective"), QStringLiteral("x"),
                                           QStringLiteral("--field"), QStringLiteral("two words:hint")})
                               << 2 << "--field: field \"two words\": a name is letters, digits and _";
    QTest::newRow("field twice") << extract({QStringLiteral("last"), QStringLiteral("--project"), P, QStringLiteral("--objective"), QStringLiteral("x"),
                                             QStringLiteral("--field"), QStringLiteral("a"), QStringLiteral("--field"), QStringLiteral("a:again")})
                                 << 2 << "field \"a\" is given twice";
    QTest::newRow("no field") << extract({QStringLiteral("last"), QStringLiteral("--project"), P, QStringLiteral("--objective"), QStringLiteral("x")})
                              << 2 << "give at least one --field";
    QTest::newRow("no objective") << extract({QStringLiteral("last"), QStringLiteral("--project"), P, QStringLiteral("--field"), QStringLiteral("a")})
                                  << 2 << "--objective is needed";
    QTest::newRow("unknown agent") << extract({QStringLiteral("last"), QStringLiteral("--project"), P, QStringLiteral("--objective"), QStringLiteral("x"),
                                               QStringLiteral("--field"), QStringLiteral("a"), QStringLiteral("--agent"), QStringLiteral("Nobody")})
                                   << 1 << "has no agent \"Nobody\"";
    QTest::newRow("no project file") << extract({QStringLiteral("last"), QStringLiteral("--project"), QStringLiteral("missing.troupe"),
                                                 QStringLiteral("--objective"), QStringLiteral("x"), QStringLiteral("--field"), QStringLiteral("a")})
                                     << 1 << "missing.troupe does not exist";
    QTest::newRow("k zero") << normalise({QStringLiteral("last"), QStringLiteral("--project"), A, QStringLiteral("--question"), QStringLiteral("why"),
                                          QStringLiteral("--k"), QStringLiteral("0")})
                            << 2 << "--k: expected a whole number from 1 to 100";
    QTest::newRow("bad method") << normalise({QStringLiteral("last"), QStringLiteral("--project"), A, QStringLiteral("--question"), QStringLiteral("why"),
                                              QStringLiteral("--method"), QStringLiteral("magic")})
                                << 2 << "--method: expected model or keywords";
    QTest::newRow("not open") << normalise({QStringLiteral("last"), QStringLiteral("--project"), A, QStringLiteral("--question"), QStringLiteral("vote")})
                              << 1 << "not an open question";
    QTest::newRow("no answers") << normalise({QStringLiteral("last"), QStringLiteral("--project"), P, QStringLiteral("--question"), QStringLiteral("why")})
                                << 1 << "has no answers to question \"why\"";
    QTest::newRow("no question") << normalise({QStringLiteral("last"), QStringLiteral("--project"), A}) << 2 << "--question is needed";
}

void TestCliResults::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    for (QString &a : args)
        a.replace(QStringLiteral("@ads"), m_project).replace(QStringLiteral("@answers"), m_answers);
    const Run r = troupe(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliResults)
#include "tst_cliresults.moc"
