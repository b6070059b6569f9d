// Forks: a run forked after step K repeats its parent's first K steps event for event (the
// calls come from the project's cache, or from the deterministic offline engine), then takes
// the change; the parent is not touched. Also the change file reader's errors.
#include "experiment/runfork.h"
#include "fakeserver/fakellmserver.h"
#include "session/runsession.h"
#include "store/runstore.h"
#include "world/scenario.h"
#include "world/world.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;
using troupe::testing::FakeLlmServer;

namespace {

/** An event as it is printed and compared: everything but its place in the log. */
QString eventText(const RunEvent &e)
{
    nlohmann::json j = e.toJson();
    j.erase("seq");
    return QString::fromStdString(j.dump()) + QStringLiteral(" payload=") + QString::fromStdString(e.payload.dump());
}

QStringList upTo(const RunEvents &events, int step)
{
    QStringList out;
    for (const RunEvent &e : events)
        if (e.step <= step)
            out.append(eventText(e));
    return out;
}

bool waitUntil(const std::function<bool()> &done, int ms = 60000)
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

} // namespace

class TestRunFork final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    Config m_config = Config::defaults();

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.troupe").arg(++m_files));
        (void)ProjectFile::create(path).value();
        return path;
    }

    /** Runs the focus group for `steps` steps with `flags`; the run id, 0 on failure. */
    qint64 runParent(ProjectFile &project, const llm::EndpointFlags &flags, int steps)
    {
        RunEngine engine(project, m_config);
        engine.setFlags(flags, false);
        QObject::connect(&engine, &RunEngine::ready, &engine, [&] { engine.run(); });
        RunEngine::NewRun n;
        n.scenario = *Scenario::loadFile(QStringLiteral("focus_group")).resolved;
        n.steps = steps;
        if (!engine.start(n))
            return 0;
        if (!waitUntil([&] { return engine.status() == RunStatus::Finished || engine.status() == RunStatus::Paused
                                    || engine.status() == RunStatus::Interrupted; }))
            return 0;
        return engine.status() == RunStatus::Finished ? engine.runId() : 0;
    }

    /** Forks `parent` after `k` with `change`; the fork's id, 0 on failure (reason in `error`). */
    qint64 runFork(ProjectFile &project, qint64 parent, int k, const ForkChange &change, std::optional<int> after, QString *error)
    {
        RunStore store(project);
        auto plan = planFork(store, parent, k, change, after, {});
        if (!plan) {
            *error = plan.error();
            return 0;
        }
        RunEngine engine(project, m_config);
        ForkDriver driver(engine, plan.value());
        std::optional<RunStatus> ended;
        QObject::connect(&driver, &ForkDriver::done, &driver, [&](RunStatus s) { ended = s; });
        if (const Status s = driver.start(); !s) {
            *error = s.error();
            return 0;
        }
        if (!waitUntil([&] { return ended.has_value(); })) {
            *error = QStringLiteral("timed out");
            return 0;
        }
        if (*ended != RunStatus::Finished) {
            *error = QStringLiteral("ended %1: %2").arg(runStatusKey(*ended), engine.pauseReason());
            return 0;
        }
        if (!driver.changeApplied() && after.value_or(1) > 0) {
            *error = QStringLiteral("the change was never applied");
            return 0;
        }
        return engine.runId();
    }

    static ForkChange halfPrice()
    {
        ForkChange c;
        c.broadcasts = {QStringLiteral("It is now available at half the price of a smoothie.")};
        c.source = QStringLiteral("Moderator");
        c.temperature = 0.2;
        return c;
    }

    /** Fork checks shared by the offline and the network case. */
    void checkFork(ProjectFile &project, qint64 parent, qint64 fork, int k, const QStringList &parentBefore)
    {
        RunStore store(project);
        const RunEvents parentAfter = store.events(parent).value();
        QCOMPARE(upTo(parentAfter, 1 << 30), parentBefore); // the parent is untouched
        const auto parentRecord = store.run(parent).value();
        QCOMPARE(parentRecord.status, RunStatus::Finished);

        const auto record = store.run(fork).value();
        QCOMPARE(record.parentRunId, parent);
        QCOMPARE(record.forkStep, k);
        QCOMPARE(record.seed, parentRecord.seed);
        const RunEvents events = store.events(fork).value();
        const QStringList mine = upTo(events, k);
        const QStringList theirs = upTo(parentAfter, k);
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(mine.size(), theirs.size());
        for (qsizetype i = 0; i < mine.size(); ++i)
            QCOMPARE(mine[i], theirs[i]);
        // The change shows in the step after the fork, and only there on.
        bool said = false, noted = false;
        for (const RunEvent &e : events) {
            if (e.content.contains(QLatin1String("half the price of a smoothie")) && e.kind == QLatin1String("stimulus")) {
                QCOMPARE(e.step, k + 1);
                said = true;
            }
            if (e.type == QLatin1String("fork_change")) {
                QCOMPARE(e.step, k + 1);
                noted = true;
            }
        }
        QVERIFY(said);
        QVERIFY(noted);
        QCOMPARE(record.stepsDone, parentRecord.stepsDone); // default: up to the parent's length
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void offlineForkRepeatsTheParent()
    {
        auto project = ProjectFile::open(newProject()).value();
        llm::EndpointFlags offline;
        offline.provider = QStringLiteral("offline");
        const qint64 parent = runParent(*project, offline, 4);
        QVERIFY(parent > 0);
        const QStringList before = upTo(RunStore(*project).events(parent).value(), 1 << 30);
        for (int k : {1, 2}) {
            QString error;
            const qint64 fork = runFork(*project, parent, k, halfPrice(), std::nullopt, &error);
            QVERIFY2(fork > 0, qPrintable(error));
            checkFork(*project, parent, fork, k, before);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void networkForkIsAnsweredFromTheCache()
    {
        FakeLlmServer server;
        server.setHashReplies(true);
        QVERIFY(server.listen());
        llm::EndpointFlags flags;
        flags.provider = QStringLiteral("vllm");
        flags.baseUrl = server.baseUrl().toString();
        flags.model = QStringLiteral("fake-model");
        auto project = ProjectFile::open(newProject()).value();
        const qint64 parent = runParent(*project, flags, 3);
        QVERIFY(parent > 0);
        const QStringList before = upTo(RunStore(*project).events(parent).value(), 1 << 30);
        // Every request of the fork's first two steps was made by the parent: the fork finds
        // them all in the cache, so the server only sees the calls after the fork point.
        QSet<QByteArray> parentRequests;
        for (const auto &r : server.requests())
            parentRequests.insert(FakeLlmServer::bodyHash(r.body));
        server.clearRequests();
        const int k = 2;
        QString error;
        const qint64 fork = runFork(*project, parent, k, halfPrice(), std::nullopt, &error);
        QVERIFY2(fork > 0, qPrintable(error));
        checkFork(*project, parent, fork, k, before);
        int chat = 0;
        for (const auto &r : server.requests())
            if (r.path.endsWith(QLatin1String("/chat/completions"))) {
                ++chat;
                QVERIFY2(!parentRequests.contains(FakeLlmServer::bodyHash(r.body)),
                         "a request the parent made reached the server again instead of the cache");
            }
        QVERIFY(chat > 0); // step 3 is new
        RunStore store(*project);
        const auto calls = store.calls(fork, QString(), -1);
        QVERIFY(calls);
    }

    void stepsAfterTheFork()
    {
        auto project = ProjectFile::open(newProject()).value();
        llm::EndpointFlags offline;
        offline.provider = QStringLiteral("offline");
        const qint64 parent = runParent(*project, offline, 2);
        QVERIFY(parent > 0);
        QString error;
        const qint64 fork = runFork(*project, parent, 1, halfPrice(), 3, &error);
        QVERIFY2(fork > 0, qPrintable(error));
        QCOMPARE(RunStore(*project).run(fork).value().stepsDone, 4);
        QVERIFY(!planFork(RunStore(*project), parent, 3, halfPrice(), std::nullopt, {}));  // beyond the parent
        QVERIFY(!planFork(RunStore(*project), parent, -1, halfPrice(), std::nullopt, {}));
        ForkChange stranger = halfPrice();
        stranger.to = {QStringLiteral("Nobody Here")};
        const auto refused = planFork(RunStore(*project), parent, 1, stranger, std::nullopt, {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("Nobody Here")), qPrintable(refused.error()));
    }

    void changeFileErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << QByteArray("{\n  \"broadcast\": \"x\",\n  \"colour\": 1\n}") << QStringLiteral("change.json:3:13: colour: unknown key");
        QTest::newRow("temperature") << QByteArray("{\"temperature\": \"hot\"}") << QStringLiteral("temperature");
        QTest::newRow("material text") << QByteArray("{\"material\": [{\"name\": \"price\"}]}") << QStringLiteral("material[0]");
        QTest::newRow("nothing") << QByteArray("{}") << QStringLiteral("changes nothing");
        QTest::newRow("missing fragment") << QByteArray("{\"fragments\": [\"nope.fragment.json\"]}") << QStringLiteral("fragments[0]");
        QTest::newRow("not json") << QByteArray("{\"broadcast\": ") << QStringLiteral("change.json:1:");
    }

    void changeFileErrorsNameTheField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const ForkChange::Outcome o = ForkChange::load(text, QStringLiteral("change.json"), m_dir.path());
        QVERIFY(!o.change);
        QVERIFY(!o.diagnostics.isEmpty());
        QString all;
        for (const Diagnostic &d : o.diagnostics)
            all += d.toString() + u'\n';
        QVERIFY2(all.contains(expected), qPrintable(all));
    }

    void studioForkIsTheCliFork()
    {
        // The studio's run thread (RunSession with a ForkRequest) and `troupe run --fork`
        // (ForkDriver) take one path: the same change makes the same fork, event for event.
        const QString path = newProject();
        auto project = ProjectFile::open(path).value();
        llm::EndpointFlags offline;
        offline.provider = QStringLiteral("offline");
        const qint64 parent = runParent(*project, offline, 3);
        QVERIFY(parent > 0);
        QString error;
        const qint64 cli = runFork(*project, parent, 1, halfPrice(), std::nullopt, &error);
        QVERIFY2(cli > 0, qPrintable(error));

        RunRequest request;
        request.projectPath = path;
        request.fork = ForkRequest{parent, 1, std::nullopt, QByteArray::fromStdString(halfPrice().toJson().dump())};
        RunSession session;
        QString failed;
        QObject::connect(&session, &RunSession::failed, &session, [&](const QString &e) { failed = e; });
        QObject::connect(&session, &RunSession::opened, &session, [&] { session.run(); });
        session.open(request);
        QVERIFY(waitUntil([&] { return session.state() == RunSession::State::Finished || !failed.isEmpty(); }));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const qint64 studio = session.runId();
        QVERIFY(studio > cli);
        RunStore store(*project);
        QCOMPARE(store.run(studio).value().parentRunId, parent);
        QCOMPARE(store.run(studio).value().forkStep, 1);
        QCOMPARE(upTo(store.events(studio).value(), 1 << 30), upTo(store.events(cli).value(), 1 << 30));
    }

    void studioForkRefusesABadChange()
    {
        const QString path = newProject();
        auto project = ProjectFile::open(path).value();
        llm::EndpointFlags offline;
        offline.provider = QStringLiteral("offline");
        const qint64 parent = runParent(*project, offline, 1);
        QVERIFY(parent > 0);
        RunRequest request;
        request.projectPath = path;
        request.fork = ForkRequest{parent, 1, std::nullopt, QByteArrayLiteral("{\"temperature\": \"hot\"}")};
        RunSession session;
        QString failed;
        QObject::connect(&session, &RunSession::failed, &session, [&](const QString &e) { failed = e; });
        session.open(request);
        QVERIFY(waitUntil([&] { return !failed.isEmpty(); }, 10000));
        QVERIFY2(failed.contains(QLatin1String("temperature")), qPrintable(failed));
        QCOMPARE(RunStore(*project).runs().value().size(), 1); // nothing was created
    }

    void changeTextMayBeEmpty()
    {
        for (const QByteArray &none : {QByteArray(), QByteArrayLiteral("  "), QByteArrayLiteral("{}"), QByteArrayLiteral(" { } ")}) {
            const ForkChange::Outcome o = forkChangeFromText(none, QStringLiteral("the change"));
            QVERIFY(o.change);
            QVERIFY(o.change->isEmpty());
        }
        const ForkChange::Outcome bad = forkChangeFromText(QByteArrayLiteral("{\"broadcast\": "), QStringLiteral("the change"));
        QVERIFY(!bad.change);
        QVERIFY2(bad.diagnostics.first().toString().startsWith(QLatin1String("the change:1:")), qPrintable(bad.diagnostics.first().toString()));
        QVERIFY(!forkChangeFromText(QByteArrayLiteral("[]"), QStringLiteral("the change")).change);
    }

    void changeFileReads()
    {
        const QByteArray text = R"({"broadcast": ["a", "b"], "source": "Moderator",
            "material": [{"name": "price", "text": "half the price of a smoothie"}],
            "fragments": [{"type": "Fragment", "persona": {"preferences": {"likes": ["cheap food"]}}}],
            "model": "gpt-x", "temperature": 0.5})";
        const ForkChange::Outcome o = ForkChange::load(text, QStringLiteral("change.json"), m_dir.path());
        QVERIFY2(o.change, qPrintable(o.diagnostics.isEmpty() ? QString() : o.diagnostics.first().toString()));
        QCOMPARE(o.change->broadcasts, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(o.change->material.size(), size_t(1));
        QCOMPARE(o.change->fragments.size(), size_t(1));
        QCOMPARE(*o.change->model, QStringLiteral("gpt-x"));
        QCOMPARE(*o.change->temperature, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestRunFork)
#include "tst_runfork.moc"
