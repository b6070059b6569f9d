// Post-hoc extraction from a stored run: fields and their schema, the events cited, repair
// once then a reason, against the offline engine and the fake OpenAI-compatible server.
#include "fakellmserver.h"

#include "llm/callscheduler.h"
#include "llm/offlineengine.h"
#include "llm/openaiprovider.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study/extraction.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace troupe;
using troupe::testing::FakeLlmServer;

namespace {

RunEvent event(qint64 seq, int step, const QString &agent, const QString &kind, const QString &type, const QString &source,
               const QString &content)
{
    RunEvent e;
    e.seq = seq;
    e.step = step;
    e.agent = agent;
    e.kind = kind;
    e.type = type;
    e.source = source;
    e.content = content;
    return e;
}

/** A project with one stored run: a moderator asks two people which ad they pick. */
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectFile> project;
    qint64 runId = 0;

    bool make()
    {
        auto p = ProjectFile::create(dir.filePath(QStringLiteral("x.troupe")));
        if (!p)
            return false;
        project = std::move(p).value();
        RunStore store(*project);
        RunStore::NewRun run;
        run.name = QStringLiteral("ads");
        run.scenario = {{"name", "ads"}};
        run.config = nlohmann::ordered_json::object();
        auto id = store.createRun(run);
        if (!id)
            return false;
        runId = id.value();
        StepCommit c;
        c.stepsDone = 1;
        const QString q = QStringLiteral("Which ad would you pick, and why?");
        c.events = {event(1, 1, QStringLiteral("Ada"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"), QStringLiteral("Moderator"), q),
                    event(2, 1, QStringLiteral("Bo"), QStringLiteral("stimulus"), QStringLiteral("CONVERSATION"), QStringLiteral("Moderator"), q),
                    event(3, 1, QStringLiteral("Ada"), QStringLiteral("action"), QStringLiteral("TALK"), QString(),
                          QStringLiteral("I'd pick Ad B. No small print, and that matters to me.")),
                    event(4, 1, QStringLiteral("Ada"), QStringLiteral("state"), QString(), QString(), QString()),
                    event(5, 1, QStringLiteral("Bo"), QStringLiteral("action"), QStringLiteral("TALK"), QString(),
                          QStringLiteral("Hmm. I'd pick Ad A. The price is what counts for a student.")),
                    event(6, 1, QStringLiteral("Bo"), QStringLiteral("action"), QStringLiteral("DONE"), QString(), QString())};
        AgentSnapshot ada;
        ada.name = QStringLiteral("Ada");
        ada.state = {{"persona", {{"name", "Ada"}, {"age", 41}, {"occupation", {{"title", "Nurse"}}}}}};
        AgentSnapshot bo;
        bo.name = QStringLiteral("Bo");
        bo.state = {{"persona", {{"name", "Bo"}, {"age", 20}}}};
        c.agents = {ada, bo};
        c.worldState = {{"step", 1}};
        return bool(store.commitStep(runId, c));
    }
};

llm::Endpoint fakeEndpoint(const FakeLlmServer &server)
{
    llm::Endpoint e;
    e.preset = QStringLiteral("vllm");
    e.label = QStringLiteral("fake");
    e.baseUrl = server.baseUrl();
    e.model = QStringLiteral("fake-model");
    e.maxConcurrency = 2;
    e.stream = false;
    e.maxAttempts = 1;
    e.forcedMode = llm::StructuredMode::JsonSchema;
    return e;
}

ExtractionOutcome extract(llm::Provider &provider, ExtractionJob job, std::vector<llm::ChatRequest> *sent = nullptr)
{
    llm::CallScheduler scheduler(&provider);
    std::optional<ExtractionOutcome> outcome;
    QEventLoop loop;
    QObject context;
    runExtraction(scheduler, std::move(job), QStringLiteral("fake-model"), &context,
                  [sent](const llm::ChatRequest &r, const llm::ChatReply &, bool) {
                      if (sent)
                          sent->push_back(r);
                  },
                  [&](ExtractionOutcome o) {
                      outcome = std::move(o);
                      loop.quit();
                  });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!outcome)
        loop.exec();
    return outcome.value_or(ExtractionOutcome{});
}

QList<ExtractionField> fields()
{
    return {{QStringLiteral("choice"), QStringLiteral("the ad they picked")}, {QStringLiteral("reason"), QStringLiteral("why they picked it")},
            {QStringLiteral("age"), QString()}};
}

} // namespace

class TestExtraction : public QObject
{
    Q_OBJECT
private slots:
    void fieldArguments_data();
    void fieldArguments();
    void duplicateAndMissingFields();
    void schemaFromFields();
    void subjectsFromTheRun();
    void unknownRunAndAgent();
    void citedEventsMustExist();
    void offlineEngineCitesTheEventsItUsed();
    void wholeWorld();
    void fakeServerRepliesDependOnTheRequest();
    void invalidReplyIsRepairedOnce();
    void stillInvalidSaysWhy();
};

void TestExtraction::fieldArguments_data()
{
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("error");
    QTest::newRow("name") << "choice" << "choice" << "" << "";
    QTest::newRow("hint") << "choice:the ad they picked" << "choice" << "the ad they picked" << "";
    QTest::newRow("colon in hint") << "why:reason: in their words" << "why" << "reason: in their words" << "";
    QTest::newRow("empty name") << ":hint" << "" << "" << "the name before the colon is missing";
    QTest::newRow("space") << "the choice" << "" << "" << "a name is letters, digits and _";
    QTest::newRow("digit first") << "1st" << "" << "" << "a name is letters, digits and _";
    QTest::newRow("reserved") << "cited_events" << "" << "" << "reserved";
}

void TestExtraction::fieldArguments()
{
    QFETCH(QString, arg);
    QFETCH(QString, name);
    QFETCH(QString, hint);
    QFETCH(QString, error);
    const auto f = parseExtractionField(arg);
    if (error.isEmpty()) {
        QVERIFY2(f.ok(), qPrintable(f.error()));
        QCOMPARE(f.value().name, name);
        QCOMPARE(f.value().hint, hint);
    } else {
        QVERIFY(!f.ok());
        QVERIFY2(f.error().contains(error), qPrintable(f.error()));
    }
}

void TestExtraction::duplicateAndMissingFields()
{
    QVERIFY(!checkExtractionFields({}));
    const Status twice = checkExtractionFields({{QStringLiteral("a"), {}}, {QStringLiteral("a"), QStringLiteral("x")}});
    QVERIFY(!twice);
    QVERIFY(twice.error().contains(QStringLiteral("\"a\" is given twice")));
    QVERIFY(checkExtractionFields(fields()));
}

void TestExtraction::schemaFromFields()
{
    const nlohmann::json s = extractionSchema(fields());
    QVERIFY(s["required"] == nlohmann::json({"choice", "reason", "age", "cited_events"}));
    QVERIFY(s["properties"]["choice"]["description"] == "the ad they picked");
    QVERIFY(!s["properties"]["age"].contains("description"));
    QVERIFY(s["properties"]["cited_events"]["items"]["type"] == "integer");
    QVERIFY(s["additionalProperties"] == false);
}

void TestExtraction::subjectsFromTheRun()
{
    Fixture f;
    QVERIFY(f.make());
    auto job = prepareExtraction(*f.project, f.runId, QStringLiteral("which ad and why"), fields(), QString(), false);
    QVERIFY2(job.ok(), qPrintable(job.error()));
    QCOMPARE(job.value().subjects.size(), size_t(2));
    const ExtractionSubject &ada = job.value().subjects[0];
    QCOMPARE(ada.agent, QStringLiteral("Ada"));
    QCOMPARE(ada.events.size(), 2); // the question and her answer; her empty state event is left out
    QCOMPARE(ada.events[0].seq, 1);
    QCOMPARE(ada.events[1].seq, 3);
    QVERIFY(ada.persona["age"] == 41);
    QCOMPARE(extractionEventLine(ada.events[0]),
             QStringLiteral("[1] step 1, Ada got CONVERSATION from Moderator: Which ad would you pick, and why?"));
    const llm::ChatRequest r = extractionRequest(job.value(), ada, QStringLiteral("m"));
    QCOMPARE(r.purpose, QStringLiteral("extraction"));
    const QString prompt = r.messages.at(0).content;
    QVERIFY(prompt.contains(QStringLiteral("- choice: the ad they picked")));
    QVERIFY(prompt.contains(QStringLiteral("[3] step 1, Ada TALK: I'd pick Ad B.")));
    QVERIFY(!prompt.contains(QStringLiteral("[5]"))); // Bo's words are not Ada's events
    // Static part first: the instructions, then what is the same for every agent.
    QVERIFY(prompt.indexOf(QStringLiteral("# Objective")) < prompt.indexOf(QStringLiteral("# Events of Ada")));
}

void TestExtraction::unknownRunAndAgent()
{
    Fixture f;
    QVERIFY(f.make());
    const auto noRun = prepareExtraction(*f.project, 99, QStringLiteral("x"), fields(), QString(), false);
    QVERIFY(!noRun.ok());
    QVERIFY2(noRun.error().contains(QStringLiteral("no run 99")), qPrintable(noRun.error()));
    const auto noAgent = prepareExtraction(*f.project, f.runId, QStringLiteral("x"), fields(), QStringLiteral("Cy"), false);
    QVERIFY(!noAgent.ok());
    QVERIFY2(noAgent.error().contains(QStringLiteral("no agent \"Cy\" (agents: Ada, Bo)")), qPrintable(noAgent.error()));
    const auto noObjective = prepareExtraction(*f.project, f.runId, QStringLiteral("  "), fields(), QString(), false);
    QVERIFY(!noObjective.ok());
}

void TestExtraction::citedEventsMustExist()
{
    const QSet<qint64> seqs{1, 3};
    QVERIFY(extractionReplyProblem({{"choice", "B"}, {"cited_events", {3}}}, seqs).isEmpty());
    QVERIFY(extractionReplyProblem({{"choice", "B"}, {"cited_events", {5}}}, seqs).contains(QStringLiteral("event 5 is not among")));
    QVERIFY(extractionReplyProblem({{"choice", "B"}, {"cited_events", {3, 3}}}, seqs).contains(QStringLiteral("cited twice")));
    QVERIFY(extractionReplyProblem({{"choice", "B"}, {"cited_events", {"3"}}}, seqs).contains(QStringLiteral("expected an event number")));
    QVERIFY(extractionReplyProblem({{"choice", "B"}}, seqs).contains(QStringLiteral("cited_events")));
}

void TestExtraction::offlineEngineCitesTheEventsItUsed()
{
    Fixture f;
    QVERIFY(f.make());
    auto job = prepareExtraction(*f.project, f.runId, QStringLiteral("which ad each person picked and why"), fields(), QString(), false);
    QVERIFY(job.ok());
    llm::OfflineEngine offline;
    const ExtractionOutcome o = extract(offline, job.value());
    QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QLatin1Char('\n'))));
    QCOMPARE(o.records.size(), size_t(2));
    const ExtractionRecord &ada = o.records[0];
    QCOMPARE(ada.agent, QStringLiteral("Ada"));
    QVERIFY(ada.result["choice"] == "I'd pick Ad B.");
    QVERIFY(ada.result["reason"] == "No small print, and that matters to me."); // the sentence after the choice
    QVERIFY(ada.result["age"] == 41);                                           // from the persona
    QCOMPARE(ada.citedSeqs, QList<qint64>{3});
    QVERIFY(!ada.result.contains("cited_events"));
    QVERIFY(o.records[1].result["choice"] == "I'd pick Ad A.");
    QVERIFY(o.records[1].result["age"] == 20);
    // Stored with the events it cites, and read back after reopening.
    auto ids = storeExtraction(*f.project, o);
    QVERIFY(ids.ok());
    const QString path = f.project->path();
    f.project.reset();
    auto reopened = ProjectFile::open(path);
    QVERIFY(reopened.ok());
    auto stored = StudyStore(*reopened.value()).extractions(f.runId);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 2);
    QCOMPARE(stored.value()[0].citedSeqs, QList<qint64>{3});
    QCOMPARE(stored.value()[0].objective, QStringLiteral("which ad each person picked and why"));
    QVERIFY(stored.value()[0].fields[0]["hint"] == "the ad they picked");
    // Same request, same reply.
    const ExtractionOutcome again = extract(offline, job.value());
    QVERIFY(again.records[0].result == o.records[0].result);
}

void TestExtraction::wholeWorld()
{
    Fixture f;
    QVERIFY(f.make());
    auto job = prepareExtraction(*f.project, f.runId, QStringLiteral("the ads picked"), {{QStringLiteral("price"), QStringLiteral("what was said about price")}},
                                 QString(), true);
    QVERIFY(job.ok());
    QCOMPARE(job.value().subjects.size(), size_t(1));
    QVERIFY(job.value().subjects[0].agent.isEmpty());
    QCOMPARE(job.value().subjects[0].events.size(), 2); // the two TALKs: actions only, no empty DONE
    llm::OfflineEngine offline;
    const ExtractionOutcome o = extract(offline, job.value());
    QCOMPARE(o.records.size(), size_t(1));
    QVERIFY(o.records[0].result["price"] == "The price is what counts for a student.");
    QCOMPARE(o.records[0].citedSeqs, QList<qint64>{5});
}

void TestExtraction::fakeServerRepliesDependOnTheRequest()
{
    Fixture f;
    QVERIFY(f.make());
    FakeLlmServer server;
    QVERIFY(server.listen());
    llm::OpenAiProvider http(fakeEndpoint(server), {});
    auto job = prepareExtraction(*f.project, f.runId, QStringLiteral("which ad and why"), fields(), QString(), false);
    QVERIFY(job.ok());
    const ExtractionOutcome o = extract(http, job.value());
    QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QLatin1Char('\n'))));
    QCOMPARE(o.records.size(), size_t(2));
    QCOMPARE(o.records[0].citedSeqs, (QList<qint64>{1, 3}));
    QCOMPARE(o.records[1].citedSeqs, (QList<qint64>{2, 5}));
    const std::string a = o.records[0].result["choice"].get<std::string>();
    QVERIFY2(a.find("choice from event 1 (fake model, request ") == 0, a.c_str());
    // Another objective is another request, so another reply.
    auto other = prepareExtraction(*f.project, f.runId, QStringLiteral("which ad"), fields(), QStringLiteral("Ada"), false);
    const ExtractionOutcome o2 = extract(http, other.value());
    QCOMPARE(o2.records.size(), size_t(1));
    QVERIFY(o2.records[0].result["choice"] != o.records[0].result["choice"]);
}

void TestExtraction::invalidReplyIsRepairedOnce()
{
    Fixture f;
    QVERIFY(f.make());
    FakeLlmServer server;
    QVERIFY(server.listen());
    server.enqueue(QStringLiteral("/chat/completions"),
                   FakeLlmServer::chat(QStringLiteral(R"({"choice":"B","reason":"fees","age":41,"cited_events":[42]})"), 10, 10));
    llm::OpenAiProvider http(fakeEndpoint(server), {});
    auto job = prepareExtraction(*f.project, f.runId, QStringLiteral("which ad"), fields(), QStringLiteral("Ada"), false);
    std::vector<llm::ChatRequest> sent;
    const ExtractionOutcome o = extract(http, job.value(), &sent);
    QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QLatin1Char('\n'))));
    QCOMPARE(o.calls, 2);
    QCOMPARE(sent.size(), size_t(2));
    QVERIFY(sent[1].messages.back().content.contains(QStringLiteral("event 42 is not among the numbered events")));
    QCOMPARE(o.records[0].citedSeqs, (QList<qint64>{1, 3}));
}

void TestExtraction::stillInvalidSaysWhy()
{
    Fixture f;
    QVERIFY(f.make());
    FakeLlmServer server;
    QVERIFY(server.listen());
    server.enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral(R"({"choice":"B","cited_events":[3]})"), 10, 10));
    server.enqueue(QStringLiteral("/chat/completions"),
                   FakeLlmServer::chat(QStringLiteral(R"({"choice":"B","reason":"x","age":1,"cited_events":[7]})"), 10, 10));
    llm::OpenAiProvider http(fakeEndpoint(server), {});
    auto job = prepareExtraction(*f.project, f.runId, QStringLiteral("which ad"), fields(), QStringLiteral("Ada"), false);
    const ExtractionOutcome o = extract(http, job.value());
    QVERIFY(o.records.empty());
    QCOMPARE(o.problems.size(), 1);
    QVERIFY2(o.problems[0].startsWith(QStringLiteral("Ada: the reply was still invalid after 2 attempts")), qPrintable(o.problems[0]));
    QVERIFY2(o.problems[0].contains(QStringLiteral("event 7")), qPrintable(o.problems[0]));
}

QTEST_GUILESS_MAIN(TestExtraction)
#include "tst_extraction.moc"
