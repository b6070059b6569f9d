// Exact resume: a run killed at any moment (between steps or inside one) and resumed gives
// the same event log as an uninterrupted run and sends byte-identical requests. The model is
// the fake OpenAI-compatible server answering from a hash of the whole request body, so any
// change in a prompt (a key out of order, a memory item missing) shows as a different reply.
#include "fakeserver/fakellmserver.h"
#include "session/runengine.h"
#include "store/runstore.h"
#include "world/scenario.h"
#include "world/world.h"

#include <QSet>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;
using troupe::testing::FakeLlmServer;

namespace {

/** Where a run is killed: after step `step` is stored, or inside it after `requests` model requests. */
struct KillPoint
{
    int step = 0;
    int requests = -1; // -1: at the step boundary
    QString name() const
    {
        return requests < 0 ? QStringLiteral("after step %1").arg(step) : QStringLiteral("step %1, request %2").arg(step).arg(requests);
    }
};

struct Outcome
{
    RunEvents events;
    QSet<QByteArray> requests;   // SHA-256 of every chat and embedding request body the server got
    QString error;
};

QString eventText(const RunEvent &e)
{
    return QString::fromStdString(e.toJson().dump()) + QStringLiteral(" payload=") + QString::fromStdString(e.payload.dump());
}

} // namespace

class TestResume final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<FakeLlmServer> m_server;
    Config m_config = Config::defaults();

    llm::EndpointFlags flags() const
    {
        llm::EndpointFlags f;
        f.provider = QStringLiteral("vllm");
        f.baseUrl = m_server->baseUrl().toString();
        f.model = QStringLiteral("fake-model");
        f.concurrency = 2; // calls queue up, so a kill finds some in flight and some waiting
        return f;
    }

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.troupe").arg(++m_files));
        (void)ProjectFile::create(path).value();
        return path;
    }

    static nlohmann::ordered_json focusGroup()
    {
        return *Scenario::loadFile(QStringLiteral("focus_group")).resolved;
    }

    /** Makes writing the events of `step` fail, as a full disk would. */
    static bool refuseEventsOfStep(ProjectFile &project, int step)
    {
        QSqlQuery q(project.database());
        return q.exec(QStringLiteral("CREATE TRIGGER refuse_step BEFORE INSERT ON events WHEN NEW.step = %1 "
                                     "BEGIN SELECT RAISE(ABORT, 'no space left (test)'); END")
                          .arg(step));
    }

    /** Waits for the engine to stop running (or to be killed); false on a timeout. */
    static bool waitUntil(const std::function<bool()> &done, int ms = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!done()) {
            if (t.elapsed() > ms)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return true;
    }

    /** Runs the focus group to its end, or kills it at `kill`; returns the run id. */
    qint64 runUntil(const QString &path, std::optional<KillPoint> kill, QSet<QByteArray> *seen, QString *error)
    {
        auto project = ProjectFile::open(path).value();
        auto engine = std::make_unique<RunEngine>(*project, m_config);
        engine->setFlags(flags(), false);
        bool killed = false;
        int requestsInStep = 0;
        int countedStep = -1;
        m_server->setObserver([&](const FakeLlmServer::Request &r) {
            if (r.path.endsWith(QLatin1String("/models")))
                return;
            seen->insert(FakeLlmServer::bodyHash(r.body));
            // The structured-output probe comes before the run starts; only the run's own calls count.
            if (!kill || kill->requests < 0 || !engine || engine->status() != RunStatus::Running)
                return;
            // Counted by the steps the world has done: stepFinished (a step is stored) can come
            // after the next step's first requests, since steps are written on their own thread.
            if (engine->stepsDone() != countedStep) {
                countedStep = engine->stepsDone();
                requestsInStep = 0;
            }
            if (engine->stepsDone() != kill->step - 1)
                return;
            if (++requestsInStep == kill->requests) {
                killed = true; // the process dies here: nothing more is written
                m_server->setSilenced(true); // and no reply reaches it before the test notices
            }
        });
        QObject::connect(engine.get(), &RunEngine::ready, engine.get(), [&] { engine->run(); });
        RunEngine::NewRun n;
        n.scenario = focusGroup();
        if (const Status s = engine->start(n); !s) {
            *error = s.error();
            return 0;
        }
        // After step k: the world has done it and no reply reaches it any more, so it cannot
        // go on; the engine goes (below) with step k written, as a crash right after the write
        // leaves it. (Steps are written on their own thread, so stepFinished may come after
        // the next step has run: too late to stop there.)
        QObject::connect(engine->world(), &World::stepFinished, engine.get(), [&](int done) {
            if (kill && kill->requests < 0 && done == kill->step) {
                killed = true;
                m_server->setSilenced(true);
            }
        });
        const qint64 runId = engine->runId();
        if (!waitUntil([&] { return killed || (engine->status() != RunStatus::Running && engine->status() != RunStatus::Created); }))
            *error = QStringLiteral("timed out");
        else if (!killed && engine->status() != RunStatus::Finished)
            *error = QStringLiteral("ended %1: %2").arg(runStatusKey(engine->status()), engine->pauseReason());
        m_server->setObserver({});
        m_server->setSilenced(false);
        engine.reset(); // killed: no shutdown(), the status stays "running" as after a crash
        return runId;
    }

    Outcome resumeToEnd(const QString &path, qint64 runId, QSet<QByteArray> *seen)
    {
        Outcome o;
        auto project = ProjectFile::open(path).value();
        RunEngine engine(*project, m_config); // no flags: the run's own engine
        QObject::connect(&engine, &RunEngine::ready, &engine, [&] { engine.run(); });
        m_server->setObserver([&](const FakeLlmServer::Request &r) {
            if (!r.path.endsWith(QLatin1String("/models")))
                seen->insert(FakeLlmServer::bodyHash(r.body));
        });
        RunEngine::Continue c;
        c.runId = runId;
        if (const Status s = engine.resume(c); !s) {
            o.error = s.error();
            return o;
        }
        if (!waitUntil([&] { return engine.status() == RunStatus::Finished || engine.status() == RunStatus::Paused
                                    || engine.status() == RunStatus::Interrupted; }))
            o.error = QStringLiteral("resume timed out");
        else if (engine.status() != RunStatus::Finished)
            o.error = QStringLiteral("resume ended %1: %2").arg(runStatusKey(engine.status()), engine.pauseReason());
        m_server->setObserver({});
        o.events = RunStore(*project).events(runId).value();
        return o;
    }

    Outcome uninterrupted()
    {
        Outcome o;
        const QString path = newProject();
        const qint64 runId = runUntil(path, std::nullopt, &o.requests, &o.error);
        auto project = ProjectFile::open(path).value();
        o.events = RunStore(*project).events(runId).value();
        return o;
    }

    static void compareLogs(const RunEvents &got, const RunEvents &want, const QString &where)
    {
        QVERIFY2(want.size() > 50, qPrintable(where));
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
            QVERIFY2(got[i] == want[i] && got[i].payload == want[i].payload,
                     qPrintable(QStringLiteral("%1: event %2 differs\n  resumed: %3\n  straight: %4")
                                    .arg(where)
                                    .arg(i)
                                    .arg(eventText(got[i]), eventText(want[i]))));
        QVERIFY2(got.size() == want.size(), qPrintable(QStringLiteral("%1: %2 events, %3 without the kill").arg(where).arg(got.size()).arg(want.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<FakeLlmServer>();
        m_server->setHashReplies(true);
        QVERIFY(m_server->listen());
        // Quick retries: a test server that fails on purpose should not make the test wait.
        const QString ini = m_dir.filePath(QStringLiteral("config.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[OpenAI]\nEXPONENTIAL_BACKOFF_FACTOR=0.05\nMAX_ATTEMPTS=6\n");
        f.close();
        auto config = Config::loadFile(ini);
        QVERIFY2(config, qPrintable(config.error()));
        m_config = config.value();
    }

    void uninterruptedRunsAgree()
    {
        // The yardstick itself must be deterministic: two clean runs, two identical logs.
        const Outcome a = uninterrupted();
        const Outcome b = uninterrupted();
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        compareLogs(b.events, a.events, QStringLiteral("second clean run"));
        QCOMPARE(b.requests, a.requests);
    }

    void killAndResumeGivesTheSameRun_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("requests");
        for (int step = 1; step <= 5; ++step)
            QTest::addRow("after step %d", step) << step << -1;
        // Inside every step: at its first request, in the middle, and at its last turn.
        for (int step = 1; step <= 6; ++step)
            for (int requests : {1, 3, 5})
                QTest::addRow("step %d, request %d", step, requests) << step << requests;
    }

    void killAndResumeGivesTheSameRun()
    {
        QFETCH(int, step);
        QFETCH(int, requests);
        static const Outcome straight = uninterrupted();
        QVERIFY2(straight.error.isEmpty(), qPrintable(straight.error));
        const KillPoint kill{step, requests};

        const QString path = newProject();
        QSet<QByteArray> sent;
        QString error;
        const qint64 runId = runUntil(path, kill, &sent, &error);
        QVERIFY2(error.isEmpty(), qPrintable(kill.name() + QStringLiteral(": ") + error));
        {
            auto project = ProjectFile::open(path).value();
            QCOMPARE(RunStore(*project).run(runId).value().status, RunStatus::Running); // as a crash leaves it
        }
        const Outcome resumed = resumeToEnd(path, runId, &sent);
        QVERIFY2(resumed.error.isEmpty(), qPrintable(kill.name() + QStringLiteral(": ") + resumed.error));
        compareLogs(resumed.events, straight.events, kill.name());
        // Byte-identical requests: nothing was sent that the uninterrupted run did not send.
        const QSet<QByteArray> foreign = sent - straight.requests;
        QVERIFY2(foreign.isEmpty(), qPrintable(QStringLiteral("%1: %2 requests differ from the uninterrupted run's").arg(kill.name()).arg(foreign.size())));
        QCOMPARE(sent, straight.requests);
    }

    void resumeUsesTheRunsOwnEngine()
    {
        // Started on the fake server; config.ini says offline. Resuming without flags must not
        // switch to the offline engine.
        const QString path = newProject();
        QSet<QByteArray> sent;
        QString error;
        const qint64 runId = runUntil(path, KillPoint{2, -1}, &sent, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QByteArray> more;
        const Outcome resumed = resumeToEnd(path, runId, &more);
        QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
        QVERIFY(!more.isEmpty()); // the rest of the run went to the server
        for (const RunEvent &e : resumed.events)
            QVERIFY2(!e.content.contains(QLatin1String("offline engine")), qPrintable(eventText(e)));
        auto project = ProjectFile::open(path).value();
        const auto info = RunStore(*project).runInfo(runId).value();
        QCOMPARE(QString::fromStdString(info.config["engine"].value("provider", std::string())), QStringLiteral("vllm"));
        QCOMPARE(QString::fromStdString(info.config["engine"].value("structured_output", std::string())), QStringLiteral("json_schema"));
    }

    void anExplicitOverrideIsLoggedAndPrinted()
    {
        const QString path = newProject();
        QSet<QByteArray> sent;
        QString error;
        const qint64 runId = runUntil(path, KillPoint{1, -1}, &sent, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto project = ProjectFile::open(path).value();
        RunEngine engine(*project, m_config);
        llm::EndpointFlags f;
        f.model = QStringLiteral("fake-model-2");
        engine.setFlags(f, false);
        QSignalSpy notices(&engine, &RunEngine::notice);
        QVERIFY(engine.resume({runId, {}, {}}));
        bool printed = false;
        for (const auto &args : notices)
            printed = printed || args.at(0).toString().contains(QStringLiteral("model fake-model → fake-model-2"));
        QVERIFY2(printed, qPrintable(notices.isEmpty() ? QStringLiteral("no notices") : notices.last().at(0).toString()));
        const RunEvents events = RunStore(*project).events(runId).value();
        QCOMPARE(events.last().type, QStringLiteral("engine_override"));
        QVERIFY(events.last().content.contains(QLatin1String("fake-model-2")));
        const auto info = RunStore(*project).runInfo(runId).value();
        QCOMPARE(QString::fromStdString(info.config["engine"].value("model", std::string())), QStringLiteral("fake-model-2"));
        QCOMPARE(info.config["overrides"].size(), size_t(1));
    }

    void anUnreachableEnginePausesAndNeverFallsBack()
    {
        const QString path = newProject();
        QSet<QByteArray> sent;
        QString error;
        const qint64 runId = runUntil(path, KillPoint{1, -1}, &sent, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto project = ProjectFile::open(path).value();
        // The stored engine moves to a port where nothing listens, and the mode is forgotten, so
        // the engine has to reach it before running.
        {
            auto info = RunStore(*project).runInfo(runId).value();
            info.config["engine"]["base_url"] = "http://127.0.0.1:1/v1";
            QVERIFY(RunStore(*project).setConfig(runId, info.config));
        }
        QString ini = m_dir.filePath(QStringLiteral("impatient.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[OpenAI]\nEXPONENTIAL_BACKOFF_FACTOR=0.01\nMAX_ATTEMPTS=2\nCONNECT_TIMEOUT=1\n");
        f.close();
        RunEngine engine(*project, Config::loadFile(ini).value());
        QVERIFY(engine.resume({runId, {}, {}}));
        QVERIFY(waitUntil([&] { return engine.status() == RunStatus::Paused; }, 30000));
        QVERIFY2(engine.pauseReason().contains(QLatin1String("127.0.0.1:1")), qPrintable(engine.pauseReason()));
        QCOMPARE(RunStore(*project).run(runId).value().stepsDone, 1);
        QCOMPARE(RunStore(*project).run(runId).value().status, RunStatus::Paused);
        QCOMPARE(engine.models()->provider().name(), QStringLiteral("vllm"));
    }

    void aServerThatStartsSlowlyDoesNotFailTheRun()
    {
        // vLLM and Ollama answer 503 while the model loads. The probe retries as turns do.
        FakeLlmServer loading;
        loading.setHashReplies(true);
        loading.failFirst(3, 503);
        QVERIFY(loading.listen());
        const QString path = newProject();
        auto project = ProjectFile::open(path).value();
        RunEngine engine(*project, m_config);
        llm::EndpointFlags f = flags();
        f.baseUrl = loading.baseUrl().toString();
        engine.setFlags(f, false);
        QObject::connect(&engine, &RunEngine::ready, &engine, [&] { engine.run(1); });
        RunEngine::NewRun n;
        n.scenario = focusGroup();
        QVERIFY(engine.start(n));
        QVERIFY(waitUntil([&] { return engine.status() == RunStatus::Paused || engine.status() == RunStatus::Interrupted; }));
        QCOMPARE(engine.stepsDone(), 1);
        QVERIFY2(engine.pauseReason().startsWith(QLatin1String("paused after step 1")), qPrintable(engine.pauseReason()));
    }

    void thePersonaIsKeptBesideTheStateInItsOwnOrder()
    {
        const QString path = newProject();
        QSet<QByteArray> sent;
        QString error;
        const qint64 runId = runUntil(path, std::nullopt, &sent, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto project = ProjectFile::open(path).value();
        QSqlQuery q(project->database());
        QVERIFY(q.exec(QStringLiteral("SELECT agent, state, persona FROM agent_states WHERE run_id = %1").arg(runId)));
        int rows = 0;
        const auto run = RunStore(*project).run(runId).value();
        const auto scenario = focusGroup();
        while (q.next()) {
            ++rows;
            QVERIFY2(!q.value(2).isNull(), "the persona is written with the first step");
            QVERIFY(!q.value(1).toString().contains(QLatin1String("\"persona\"")));
            const QString name = q.value(0).toString();
            // Read back with the state, keys in the scenario's order.
            const auto &state = run.agentStates.at(name);
            bool matched = false;
            for (const auto &a : scenario.at("agents"))
                if (QString::fromStdString(a.at("spec").at("persona").value("name", "")) == name) {
                    QCOMPARE(QString::fromStdString(state.at("persona").dump()), QString::fromStdString(a.at("spec").at("persona").dump()));
                    matched = true;
                }
            QVERIFY2(matched, qPrintable(name));
        }
        QVERIFY(rows >= 2);
    }

    void aStepThatCannotBeStoredPausesTheRunAndResumesExactly()
    {
        // Steps are written on their own thread while the next one runs. A write that fails
        // (here a trigger refuses step 3's events, as a full disk would) pauses the run with
        // the reason; nothing after it is stored, so the run resumes from step 2 exactly.
        const QString path = newProject();
        QVERIFY(refuseEventsOfStep(*ProjectFile::open(path).value(), 3));
        QSet<QByteArray> sent;
        QString error;
        const qint64 runId = runUntil(path, std::nullopt, &sent, &error);
        QVERIFY2(error.startsWith(QLatin1String("ended paused")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("could not be saved")) && error.contains(QLatin1String("no space left (test)")),
                 qPrintable(error));
        {
            auto project = ProjectFile::open(path).value();
            const auto run = RunStore(*project).run(runId).value();
            QCOMPARE(run.status, RunStatus::Paused);
            QCOMPARE(run.stepsDone, 2);
            const RunEvents stored = RunStore(*project).events(runId).value();
            QVERIFY(!stored.isEmpty());
            for (const RunEvent &e : stored)
                QVERIFY2(e.step <= 2, qPrintable(eventText(e)));
            QSqlQuery q(project->database());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_step")));
        }
        static const Outcome straight = uninterrupted();
        QVERIFY2(straight.error.isEmpty(), qPrintable(straight.error));
        const Outcome resumed = resumeToEnd(path, runId, &sent);
        QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
        compareLogs(resumed.events, straight.events, QStringLiteral("after a failed write"));
        QCOMPARE(sent, straight.requests);
    }

    void aRunWhoseWritesFailedIsNotContinuedInPlace()
    {
        // Once a write failed, the world is ahead of the project: running it on would pay for
        // steps that are never kept. Run again refuses; opening the run again continues.
        const QString path = newProject();
        auto project = ProjectFile::open(path).value();
        QVERIFY(refuseEventsOfStep(*project, 2));
        RunEngine engine(*project, m_config);
        engine.setFlags(flags(), false);
        QObject::connect(&engine, &RunEngine::ready, &engine, [&] { engine.run(); });
        RunEngine::NewRun n;
        n.scenario = focusGroup();
        QVERIFY(engine.start(n));
        QVERIFY(waitUntil([&] { return engine.status() == RunStatus::Paused; }));
        QVERIFY2(engine.pauseReason().contains(QLatin1String("no space left (test)")), qPrintable(engine.pauseReason()));
        QCOMPARE(engine.stepsStored(), 1);
        int requests = 0;
        m_server->setObserver([&](const FakeLlmServer::Request &) { ++requests; });
        engine.run();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        m_server->setObserver({});
        QCOMPARE(engine.status(), RunStatus::Paused);
        QVERIFY2(engine.pauseReason().contains(QLatin1String("open it again to continue from step 2")), qPrintable(engine.pauseReason()));
        QCOMPARE(requests, 0);
        QCOMPARE(RunStore(*project).run(engine.runId()).value().stepsDone, 1);
    }

    void resumeDoesNotExtendAFinishedRun()
    {
        const QString path = newProject();
        QSet<QByteArray> sent;
        QString error;
        const qint64 runId = runUntil(path, std::nullopt, &sent, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto project = ProjectFile::open(path).value();
        RunEngine engine(*project, m_config);
        const Status refused = engine.resume({runId, {}, {}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("already ran all 6 steps")), qPrintable(refused.error()));
        QCOMPARE(RunStore(*project).run(runId).value().stepsDone, 6);
        // Continuing is explicit: two more steps.
        RunEngine more(*project, m_config);
        QObject::connect(&more, &RunEngine::ready, &more, [&] { more.run(); });
        QVERIFY(more.resume({runId, 2, {}}));
        QVERIFY(waitUntil([&] { return more.status() == RunStatus::Finished; }));
        QCOMPARE(RunStore(*project).run(runId).value().stepsDone, 8);
    }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
