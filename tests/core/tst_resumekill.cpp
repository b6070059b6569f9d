// `troupe run` killed with SIGKILL while it talks to a model server, then `troupe run
// --resume last` with no provider flags: the resumed run uses the run's own engine and ends
// with the same event log as a run that was never killed.
#include "fakellmserver.h"
#include "store/runstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using troupe::testing::FakeLlmServer;

class TestResumeKill final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeLlmServer m_server;
    int m_projects = 0;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"OPENAI_API_KEY", "OPENAI_BASE_URL", "TROUPE_CONFIG"})
            e.remove(QLatin1String(v));
        e.insert(QStringLiteral("TROUPE_CONFIG"), m_dir.filePath(QStringLiteral("config.ini")));
        e.insert(QStringLiteral("HOME"), m_dir.path());
        return e;
    }

    /** Runs troupe while this thread serves the fake server; kills it at the `killAt`-th request (0: never). */
    int troupe(const QStringList &args, int killAt, QString *err)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        int seen = 0;
        m_server.setObserver([&](const FakeLlmServer::Request &r) {
            if (!r.path.endsWith(QLatin1String("/models")) && ++seen == killAt)
                p.kill(); // SIGKILL: no handler runs, nothing is tidied up
        });
        p.start(QStringLiteral(TROUPE_CLI_PATH), args);
        if (!p.waitForStarted(10000))
            return -1;
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 120000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            p.waitForFinished(5);
        }
        m_server.setObserver({});
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::CrashExit ? -9 : p.exitCode();
    }

    QString newProject() { return m_dir.filePath(QStringLiteral("k%1.troupe").arg(++m_projects)); }

    QStringList startArgs(const QString &project) const
    {
        return {QStringLiteral("run"), QStringLiteral("focus_group"), QStringLiteral("--provider"), QStringLiteral("vllm"),
                QStringLiteral("--base-url"), m_server.baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("fake-model"),
                QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--project"), project, QStringLiteral("--json")};
    }

    static RunEvents eventsOf(const QString &project)
    {
        auto file = ProjectFile::open(project).value();
        return RunStore(*file).events(1).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.setHashReplies(true);
        m_server.setLatency(15);
        QVERIFY(m_server.listen());
        QFile f(m_dir.filePath(QStringLiteral("config.ini")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[OpenAI]\nEXPONENTIAL_BACKOFF_FACTOR=0.05\n");
    }

    void killedRunResumesToTheSameLog_data()
    {
        QTest::addColumn<int>("killAt");
        for (int n : {4, 11, 19, 26, 33})
            QTest::addRow("request %d", n) << n;
    }

    void killedRunResumesToTheSameLog()
    {
        QFETCH(int, killAt);
        static RunEvents straight;
        if (straight.isEmpty()) {
            const QString clean = newProject();
            QString err;
            QCOMPARE(troupe(startArgs(clean), 0, &err), 0);
            straight = eventsOf(clean);
            QVERIFY(straight.size() > 50);
        }
        const QString project = newProject();
        QString err;
        QCOMPARE(troupe(startArgs(project), killAt, &err), -9);
        const int before = int(eventsOf(project).size());
        QCOMPARE(troupe({QStringLiteral("run"), QStringLiteral("--resume"), QStringLiteral("last"), QStringLiteral("--project"), project,
                         QStringLiteral("--json")},
                        0, &err),
                 0);
        QVERIFY2(!err.contains(QLatin1String("offline engine")), qPrintable(err));
        const RunEvents resumed = eventsOf(project);
        QVERIFY2(before < resumed.size(), qPrintable(QStringLiteral("%1 events before the resume").arg(before)));
        QCOMPARE(resumed.size(), straight.size());
        for (qsizetype i = 0; i < straight.size(); ++i)
            QVERIFY2(resumed[i] == straight[i], qPrintable(QString::fromStdString(resumed[i].toJson().dump() + "\n vs " + straight[i].toJson().dump())));
    }
};

QTEST_GUILESS_MAIN(TestResumeKill)
#include "tst_resumekill.moc"
