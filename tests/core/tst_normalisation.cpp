// Normalisation of open answers: keyword clustering (deterministic, documented), the model's
// labels checked (every answer once, at most k), the offline engine and the fake server.
#include "fakellmserver.h"

#include "llm/callscheduler.h"
#include "llm/offlineengine.h"
#include "llm/openaiprovider.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study/normalisation.h"
#include "util/keywordclusters.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace troupe;
using troupe::testing::FakeLlmServer;

namespace {

const QStringList kAnswers = {
    QStringLiteral("The price is too high for a drink."),          // 0 price
    QStringLiteral("Cold soup in a bottle sounds strange."),       // 1 soup
    QStringLiteral("I like the fresh vegetables, but the price..."), // 2 price
    QStringLiteral("Soup should be hot, not in a bottle."),        // 3 soup/bottle
    QStringLiteral("Prices at my supermarket keep rising."),       // 4 price
    QStringLiteral("Maybe."),                                       // 5 nothing shared
};

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectFile> project;
    qint64 runId = 0;

    bool make()
    {
        auto p = ProjectFile::create(dir.filePath(QStringLiteral("n.troupe")));
        if (!p)
            return false;
        project = std::move(p).value();
        RunStore::NewRun run;
        run.name = QStringLiteral("gazpacho");
        run.scenario = {{"name", "gazpacho"}};
        run.config = nlohmann::ordered_json::object();
        auto id = RunStore(*project).createRun(run);
        if (!id)
            return false;
        runId = id.value();
        StudyStore studies(*project);
        StudyRunRecord sr;
        sr.runId = runId;
        sr.studyName = QStringLiteral("gazpacho");
        sr.definition = {{"name", "gazpacho"},
                         {"questions", {{{"id", "why"}, {"type", "open"}, {"text", "Why would you buy it or not?"}},
                                        {{"id", "vote"}, {"type", "likert"}, {"text", "Would you buy it?"}}}}};
        if (!studies.saveStudyRun(sr))
            return false;
        QList<AnswerRecord> answers;
        for (int i = 0; i < kAnswers.size(); ++i) {
            AnswerRecord a;
            a.runId = runId;
            a.agent = QStringLiteral("P%1").arg(i);
            a.questionId = QStringLiteral("why");
            a.type = QStringLiteral("open");
            a.value = kAnswers[i].toStdString();
            a.eventSeq = i + 1;
            answers.append(a);
        }
        AnswerRecord missing;
        missing.runId = runId;
        missing.agent = QStringLiteral("P9");
        missing.questionId = QStringLiteral("why");
        missing.type = QStringLiteral("open");
        missing.missingReason = QStringLiteral("value: expected text");
        answers.append(missing);
        AnswerRecord vote;
        vote.runId = runId;
        vote.agent = QStringLiteral("P0");
        vote.questionId = QStringLiteral("vote");
        vote.type = QStringLiteral("likert");
        vote.value = 3;
        answers.append(vote);
        return bool(studies.saveAnswers(answers));
    }
};

Result<Normalisation> normalise(llm::Provider &provider, const OpenQuestion &q, int k, int *calls = nullptr)
{
    llm::CallScheduler scheduler(&provider);
    std::optional<Result<Normalisation>> result;
    QEventLoop loop;
    QObject context;
    runNormalisation(scheduler, q, k, QStringLiteral("fake-model"), &context,
                     [calls](const llm::ChatRequest &, const llm::ChatReply &, bool) {
                         if (calls)
                             ++*calls;
                     },
                     [&](Result<Normalisation> r) {
                         result = std::move(r);
                         loop.quit();
                     });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    return result.value_or(Result<Normalisation>::failure(QStringLiteral("timed out")));
}

llm::Endpoint fakeEndpoint(const FakeLlmServer &server)
{
    llm::Endpoint e;
    e.preset = QStringLiteral("vllm");
    e.label = QStringLiteral("fake");
    e.baseUrl = server.baseUrl();
    e.model = QStringLiteral("fake-model");
    e.maxConcurrency = 1;
    e.stream = false;
    e.maxAttempts = 1;
    e.forcedMode = llm::StructuredMode::JsonSchema;
    return e;
}

int total(const Normalisation &n)
{
    int t = 0;
    for (const NormalisedLabel &l : n.labels)
        t += l.count();
    return t;
}

} // namespace

class TestNormalisation : public QObject
{
    Q_OBJECT
private slots:
    void keywordClustersByHand();
    void keywordClustersRespectK_data();
    void keywordClustersRespectK();
    void openAnswersOfAStoredRun();
    void replyChecks_data();
    void replyChecks();
    void offlineEngineClustersKeywords();
    void fakeServerLabelsAreStored();
    void tooManyLabelsAreRepairedOnce();
};

void TestNormalisation::keywordClustersByHand()
{
    // Worked by hand: "price" is in 0, 2, 4 (df 3), "soup" and "bottl" in 1, 3 (df 2; "bottl"
    // sorts first); "Maybe." has no content word, so it is "other".
    const QList<KeywordCluster> c = keywordClusters(kAnswers, 5);
    QCOMPARE(c.size(), 3);
    QCOMPARE(c[0].label, QStringLiteral("price"));
    QCOMPARE(c[0].members, (QList<int>{0, 2, 4}));
    QCOMPARE(c[1].label, QStringLiteral("bottle / soup"));
    QCOMPARE(c[1].members, (QList<int>{1, 3}));
    QCOMPARE(c[2].label, QStringLiteral("other"));
    QVERIFY(c[2].other);
    QCOMPARE(c[2].members, QList<int>{5});
    QVERIFY(keywordClusters({}, 3).isEmpty());
}

void TestNormalisation::keywordClustersRespectK_data()
{
    QTest::addColumn<int>("k");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("3") << 3;
    QTest::newRow("10") << 10;
}

void TestNormalisation::keywordClustersRespectK()
{
    QFETCH(int, k);
    const QList<KeywordCluster> c = keywordClusters(kAnswers, k);
    QVERIFY(c.size() <= k);
    QList<int> all;
    for (const KeywordCluster &x : c)
        all += x.members;
    std::sort(all.begin(), all.end());
    QCOMPARE(all, (QList<int>{0, 1, 2, 3, 4, 5})); // every text exactly once
    if (k == 2) {
        QCOMPARE(c[0].label, QStringLiteral("price"));
        QCOMPARE(c[1].label, QStringLiteral("other")); // the soup cluster folded into other to make room
    }
}

void TestNormalisation::openAnswersOfAStoredRun()
{
    Fixture f;
    QVERIFY(f.make());
    auto q = openAnswers(*f.project, f.runId, QStringLiteral("why"));
    QVERIFY2(q.ok(), qPrintable(q.error()));
    QCOMPARE(q.value().text, QStringLiteral("Why would you buy it or not?"));
    QCOMPARE(q.value().answers.size(), kAnswers.size()); // the missing answer is not labelled
    QCOMPARE(q.value().answers[0].eventSeq, std::optional<qint64>(1));
    const auto likert = openAnswers(*f.project, f.runId, QStringLiteral("vote"));
    QVERIFY(!likert.ok());
    QVERIFY2(likert.error().contains(QStringLiteral("not an open question")), qPrintable(likert.error()));
    const auto none = openAnswers(*f.project, f.runId, QStringLiteral("nope"));
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(QStringLiteral("no answers to question \"nope\"")), qPrintable(none.error()));
}

void TestNormalisation::replyChecks_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << R"({"labels":[{"label":"a","answers":[1,3]},{"label":"b","answers":[2]}]})" << "";
    QTest::newRow("too many") << R"({"labels":[{"label":"a","answers":[1]},{"label":"b","answers":[2]},{"label":"c","answers":[3]}]})"
                              << "3 labels, at most 2";
    QTest::newRow("uncovered") << R"({"labels":[{"label":"a","answers":[1]},{"label":"b","answers":[2]}]})" << "answers without a label: 3";
    QTest::newRow("twice") << R"({"labels":[{"label":"a","answers":[1,2]},{"label":"b","answers":[2,3]}]})" << "answer 2 has more than one label";
    QTest::newRow("unknown") << R"({"labels":[{"label":"a","answers":[1,2,3,4]}]})" << "there is no answer 4";
    QTest::newRow("same label") << R"({"labels":[{"label":"A","answers":[1]},{"label":"a","answers":[2,3]}]})" << "used twice";
    QTest::newRow("empty label") << R"({"labels":[{"label":" ","answers":[1,2,3]}]})" << "label: empty";
    QTest::newRow("no list") << R"({"labels":{}})" << "expected a list";
}

void TestNormalisation::replyChecks()
{
    QFETCH(QString, reply);
    QFETCH(QString, problem);
    const QString p = normalisationReplyProblem(nlohmann::json::parse(reply.toStdString()), 3, 2);
    if (problem.isEmpty())
        QVERIFY2(p.isEmpty(), qPrintable(p));
    else
        QVERIFY2(p.contains(problem), qPrintable(p));
}

void TestNormalisation::offlineEngineClustersKeywords()
{
    Fixture f;
    QVERIFY(f.make());
    auto q = openAnswers(*f.project, f.runId, QStringLiteral("why"));
    QVERIFY(q.ok());
    llm::OfflineEngine offline;
    const auto n = normalise(offline, q.value(), 5);
    QVERIFY2(n.ok(), qPrintable(n.error()));
    QCOMPARE(n.value().method, QStringLiteral("keywords"));
    const Normalisation direct = keywordNormalisation(q.value(), 5);
    QCOMPARE(n.value().labels.size(), direct.labels.size());
    for (qsizetype i = 0; i < direct.labels.size(); ++i) {
        QCOMPARE(n.value().labels[i].label, direct.labels[i].label);
        QCOMPARE(n.value().labels[i].agents, direct.labels[i].agents);
    }
    QCOMPARE(direct.labels[0].label, QStringLiteral("price"));
    QCOMPARE(direct.labels[0].agents, (QStringList{QStringLiteral("P0"), QStringLiteral("P2"), QStringLiteral("P4")}));
    QCOMPARE(direct.labels[0].quotes.size(), 3);
    QCOMPARE(direct.labels[0].quotes[0], kAnswers[0]);
    QCOMPARE(total(direct), int(kAnswers.size()));
    QVERIFY(storeNormalisation(*f.project, f.runId, direct));
    auto stored = StudyStore(*f.project).labels(f.runId, QStringLiteral("why"));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), direct.labels.size());
    QCOMPARE(stored.value()[0].method, QStringLiteral("keywords"));
}

void TestNormalisation::fakeServerLabelsAreStored()
{
    Fixture f;
    QVERIFY(f.make());
    auto q = openAnswers(*f.project, f.runId, QStringLiteral("why"));
    FakeLlmServer server;
    QVERIFY(server.listen());
    llm::OpenAiProvider http(fakeEndpoint(server), {});
    const auto n = normalise(http, q.value(), 2);
    QVERIFY2(n.ok(), qPrintable(n.error()));
    QCOMPARE(n.value().method, QStringLiteral("model"));
    QCOMPARE(n.value().labels.size(), 2);
    QVERIFY(n.value().labels[0].label.startsWith(QStringLiteral("theme ")));
    QCOMPARE(total(n.value()), int(kAnswers.size()));
    // The labels name the request: another question text, other labels.
    OpenQuestion other = q.value();
    other.text = QStringLiteral("What would change your mind?");
    const auto n2 = normalise(http, other, 2);
    QVERIFY(n2.ok());
    QVERIFY(n2.value().labels[0].label != n.value().labels[0].label);
    QVERIFY(storeNormalisation(*f.project, f.runId, n.value()));
    const QString path = f.project->path();
    f.project.reset();
    auto reopened = ProjectFile::open(path);
    QVERIFY(reopened.ok());
    auto stored = StudyStore(*reopened.value()).labels(f.runId, QStringLiteral("why"));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 2);
    QCOMPARE(stored.value()[0].method, QStringLiteral("model"));
}

void TestNormalisation::tooManyLabelsAreRepairedOnce()
{
    Fixture f;
    QVERIFY(f.make());
    auto q = openAnswers(*f.project, f.runId, QStringLiteral("why"));
    FakeLlmServer server;
    QVERIFY(server.listen());
    server.enqueue(QStringLiteral("/chat/completions"),
                   FakeLlmServer::chat(QStringLiteral(R"({"labels":[{"label":"a","answers":[1,2]},{"label":"b","answers":[3]},{"label":"c","answers":[4,5,6]}]})")));
    llm::OpenAiProvider http(fakeEndpoint(server), {});
    int calls = 0;
    const auto n = normalise(http, q.value(), 2, &calls);
    QVERIFY2(n.ok(), qPrintable(n.error()));
    QCOMPARE(calls, 2);
    QCOMPARE(n.value().labels.size(), 2);
    // Twice wrong: the reason, no labels.
    server.enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral(R"({"labels":[{"label":"a","answers":[1]}]})")));
    server.enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral(R"({"labels":[{"label":"a","answers":[1]}]})")));
    const auto bad = normalise(http, q.value(), 2);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("answers without a label: 2, 3, 4, 5, 6")), qPrintable(bad.error()));
}

QTEST_GUILESS_MAIN(TestNormalisation)
#include "tst_normalisation.moc"
