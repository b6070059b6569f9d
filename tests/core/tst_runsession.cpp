// ScenarioStore (design form, import, resolve) and RunSession (a run on its own thread).
#include "fakellmserver.h"
#include "session/runsession.h"
#include "store/exampleproject.h"
#include "store/personastore.h"
#include "store/runstore.h"
#include "store/scenariostore.h"
#include "world/scenario.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

class TestRunSession final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exampleProjectHasScenarios();
    void resolveNamesMissingPersona();
    void resolveAppliesFragments();
    void renameKeepsOne();
    void runsOnItsOwnThread();
    void pauseThenResumeInAnotherSession();
    void stopMarksInterrupted();
    void streamsFromNetworkProvider();

private:
    QString freshExample();
    QTemporaryDir m_dir;
    int m_n = 0;
};

void TestRunSession::initTestCase()
{
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    QVERIFY(m_dir.isValid());
}

QString TestRunSession::freshExample()
{
    const QString path = m_dir.filePath(QStringLiteral("p%1.troupe").arg(++m_n));
    auto opened = openExampleProject(path);
    if (!opened)
        qWarning() << opened.error();
    return opened ? path : QString();
}

void TestRunSession::exampleProjectHasScenarios()
{
    const QString path = freshExample();
    QVERIFY(!path.isEmpty());
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    ScenarioStore store(*project.value());
    auto list = store.list();
    QVERIFY(list);
    QCOMPARE(list.value().size(), Scenario::bundledNames().size());
    auto design = store.load(QStringLiteral("Focus group: Roundup, a savings app"));
    QVERIFY2(design, qPrintable(design.error()));
    const auto &agents = design.value().at("agents");
    QCOMPARE(agents.size(), size_t(5));
    QCOMPARE(agents[2].at("persona").get<std::string>(), std::string("Sofía Ramírez"));
    QCOMPARE(agents[2].at("fragments")[0].get<std::string>(), std::string("budget_conscious"));
    QVERIFY(!agents[0].contains("file"));
}

void TestRunSession::resolveNamesMissingPersona()
{
    const QString path = freshExample();
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    PersonaStore personas(*project.value());
    OrderedJson design = {{"name", "x"}, {"agents", {{{"persona", "Nobody Here"}}}}};
    auto r = ScenarioStore::resolve(design, personas);
    QVERIFY(!r.scenario);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].field, QStringLiteral("agents[0].persona"));
    QVERIFY(r.diagnostics[0].message.contains(QStringLiteral("Nobody Here")));
    design = {{"name", "x"}, {"agents", OrderedJson::array()}};
    QVERIFY(!ScenarioStore::resolve(design, personas).scenario);
}

void TestRunSession::resolveAppliesFragments()
{
    const QString path = freshExample();
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    PersonaStore personas(*project.value());
    ScenarioStore store(*project.value());
    auto design = store.load(QStringLiteral("Focus group: Roundup, a savings app"));
    QVERIFY(design);
    auto r = ScenarioStore::resolve(design.value(), personas);
    QVERIFY(r.scenario);
    const auto sofia = r.scenario->at("agents")[2].at("spec").at("persona");
    // budget_conscious adds a belief to Sofía's own; the merged spec carries both.
    QCOMPARE(sofia.at("name").get<std::string>(), std::string("Sofía Ramírez"));
    const std::string beliefs = sofia.at("beliefs").dump();
    QVERIFY(beliefs.find("Every recurring payment must earn its place every month.") != std::string::npos);
    QVERIFY(sofia.at("beliefs").size() > 1);
    QVERIFY(r.scenario->at("agents")[2].contains("spec"));
    QVERIFY(!r.scenario->at("agents")[2].contains("fragments"));
}

void TestRunSession::renameKeepsOne()
{
    const QString path = freshExample();
    auto project = ProjectFile::open(path);
    QVERIFY(project);
    ScenarioStore store(*project.value());
    QVERIFY(store.rename(QStringLiteral("Focus group: Roundup, a savings app"), QStringLiteral("FG")));
    QVERIFY(store.load(QStringLiteral("FG")));
    QVERIFY(!store.load(QStringLiteral("Focus group: Roundup, a savings app")));
    QVERIFY(!store.rename(QStringLiteral("FG"), QStringLiteral("FG")));
}

static RunRequest focusGroup(const QString &path)
{
    auto project = ProjectFile::open(path);
    PersonaStore personas(*project.value());
    auto design = ScenarioStore(*project.value()).load(QStringLiteral("Focus group: Roundup, a savings app"));
    RunRequest request;
    request.projectPath = path;
    request.scenario = ScenarioStore::resolve(design.value(), personas).scenario;
    request.endpoint.provider = QStringLiteral("offline");
    return request;
}

void TestRunSession::runsOnItsOwnThread()
{
    const QString path = freshExample();
    RunSession session;
    QSignalSpy opened(&session, &RunSession::opened);
    QSignalSpy states(&session, &RunSession::stateChanged);
    RunRequest request = focusGroup(path);
    request.steps = 3;
    QThread *eventThread = nullptr;
    int events = 0;
    connect(&session, &RunSession::eventsAppended, this, [&](const RunEvents &e) {
        eventThread = QThread::currentThread();
        events += int(e.size());
    });
    session.open(request);
    QVERIFY(opened.wait(10000));
    QCOMPARE(session.state(), RunSession::State::Ready);
    QCOMPARE(opened.at(0).at(2).toStringList().size(), 5);
    session.run();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Finished, 20000);
    QCOMPARE(eventThread, QThread::currentThread()); // delivered to the window's thread
    QCOMPARE(session.progress().stepsDone, 3);
    QVERIFY(session.progress().promptTokens > 0);
    auto project = ProjectFile::open(path);
    RunStore store(*project.value());
    auto runs = store.runs();
    QVERIFY(runs);
    QCOMPARE(runs.value().size(), 1);
    QCOMPARE(runs.value()[0].status, RunStatus::Finished);
    QCOMPARE(runs.value()[0].stepsDone, 3);
    auto stored = store.events(session.runId());
    QVERIFY(stored);
    QCOMPARE(int(stored.value().size()), events);
    // The inspector's view of one agent's calls at one step.
    auto calls = store.calls(session.runId(), QStringLiteral("Amara Okafor"), 1);
    QVERIFY(calls);
    QVERIFY(!calls.value().empty());
    QVERIFY(calls.value()[0].request.contains("messages"));
    QVERIFY(!calls.value()[0].response.isEmpty());
}

void TestRunSession::pauseThenResumeInAnotherSession()
{
    const QString path = freshExample();
    qint64 runId = 0;
    {
        RunSession session;
        RunRequest request = focusGroup(path);
        request.steps = 4;
        session.open(request);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Ready, 10000);
        session.stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Paused, 10000);
        QCOMPARE(session.progress().stepsDone, 1);
        session.stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(session.progress().stepsDone, 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Paused, 10000);
        runId = session.runId();
    }
    auto project = ProjectFile::open(path);
    QCOMPARE(RunStore(*project.value()).run(runId).value().status, RunStatus::Paused);
    RunSession again;
    RunRequest request;
    request.projectPath = path;
    request.resumeRunId = runId;
    request.endpoint.provider = QStringLiteral("offline");
    again.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(again.state(), RunSession::State::Ready, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(again.progress().stepsDone, 2, 10000); // the figures follow the state, from the worker's thread
    again.run();
    QTRY_COMPARE_WITH_TIMEOUT(again.state(), RunSession::State::Finished, 20000);
    QCOMPARE(again.progress().stepsDone, 4); // the four steps the run was started for
    QCOMPARE(RunStore(*project.value()).run(runId).value().status, RunStatus::Finished);
}

void TestRunSession::stopMarksInterrupted()
{
    const QString path = freshExample();
    RunSession session;
    session.open(focusGroup(path));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Ready, 10000);
    session.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Paused, 10000);
    session.stop();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Finished, 10000);
    auto project = ProjectFile::open(path);
    QCOMPARE(RunStore(*project.value()).run(session.runId()).value().status, RunStatus::Interrupted);
}

void TestRunSession::streamsFromNetworkProvider()
{
    qputenv("TROUPE_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.ini")).toUtf8());
    testing::FakeLlmServer server;
    QVERIFY(server.listen());
    const QString path = freshExample();
    RunSession session;
    RunRequest request = focusGroup(path);
    request.steps = 1;
    request.endpoint.provider = QStringLiteral("vllm");
    request.endpoint.baseUrl = server.baseUrl().toString();
    request.endpoint.model = QStringLiteral("fake-model");
    QStringList typed;
    connect(&session, &RunSession::typing, this, [&](const QString &agent, const QString &text) {
        if (!text.isEmpty())
            typed.append(agent);
    });
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Ready, 10000); // after the probe
    QCOMPARE(session.providerLabel(), QStringLiteral("vLLM (OpenAI-compatible)"));
    session.run();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), RunSession::State::Finished, 20000);
    QVERIFY(!typed.isEmpty()); // replies reached the window while they streamed
    QVERIFY(session.progress().calls >= 5);
    QVERIFY(!session.progress().tokensEstimated);
    auto project = ProjectFile::open(path);
    auto calls = RunStore(*project.value()).calls(session.runId(), QStringLiteral("Kenji Watanabe"), 1);
    QVERIFY(calls);
    QCOMPARE(calls.value().front().provider, QStringLiteral("vllm"));
    QVERIFY(calls.value().front().completionTokens > 0);
}

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
