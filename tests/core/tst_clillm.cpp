// `troupe run` and `troupe llm check` against the fake OpenAI-compatible server, as a user
// would run them: a whole scenario over HTTP, the cache on a re-run, every failure kind of
// `llm check`, and a scan of everything a run writes for the API key.
#include "fakellmserver.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using troupe::testing::FakeLlmServer;

namespace {

const QString secret = QStringLiteral("sk-proj-TESTKEY0123456789abcdefSECRET");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliLlm : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void runsAScenarioOverHttpAndNeverLeaksTheKey();
    void checkSucceeds();
    void checkExplainsFailures_data();
    void checkExplainsFailures();

private:
    /** Runs troupe while this thread keeps serving the fake server. */
    Run troupe(const QStringList &args, const QProcessEnvironment &env);
    QProcessEnvironment cleanEnv() const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
};

void TestCliLlm::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
}

QProcessEnvironment TestCliLlm::cleanEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_KEY", "AZURE_OPENAI_ENDPOINT", "OPENROUTER_API_KEY", "TROUPE_CONFIG"})
        env.remove(QLatin1String(v));
    env.insert(QStringLiteral("TROUPE_SECRETS_FILE"), m_dir.filePath(QStringLiteral("secrets.ini")));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return env;
}

Run TestCliLlm::troupe(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    QEventLoop loop;
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

void TestCliLlm::runsAScenarioOverHttpAndNeverLeaksTheKey()
{
    m_server->setRequiredKey(secret.toUtf8());
    QProcessEnvironment env = cleanEnv();
    env.insert(QStringLiteral("OPENAI_API_KEY"), secret);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("troupe.http.debug=true"));
    // The log file at its most detailed: it must hold the calls, and no key.
    const QString config = m_dir.filePath(QStringLiteral("config.ini"));
    QFile configFile(config);
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write("[Logging]\nLOGLEVEL=DEBUG\n");
    configFile.close();
    env.insert(QStringLiteral("TROUPE_CONFIG"), config);
    const QString logFile = m_dir.filePath(QStringLiteral("state/troupe.log"));
    env.insert(QStringLiteral("TROUPE_LOG_FILE"), logFile);
    const QString project = m_dir.filePath(QStringLiteral("http.troupe"));
    const QStringList args = {QStringLiteral("run"), QStringLiteral("focus_group"), QStringLiteral("--steps"), QStringLiteral("2"),
                              QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                              QStringLiteral("--model"), QStringLiteral("fake-model"), QStringLiteral("--project"), project, QStringLiteral("--json")};
    const Run first = troupe(args, env);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QStringList events = first.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(events.size() > 20);
    QVERIFY(first.out.contains(QStringLiteral("fake model reply")));
    QVERIFY2(first.err.contains(QStringLiteral("Run 1 finished after 2 steps.")), qPrintable(first.err));
    QVERIFY2(first.err.contains(QStringLiteral("Authorization: [redacted]")), "the debug log of requests was on");
    const int served = m_server->count(QStringLiteral("/chat/completions"));
    QVERIFY(served >= 10);
    for (const auto &req : m_server->requests())
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer " + secret.toUtf8()));

    // The same scenario and seed again: every call from the cache, the same events.
    const Run second = troupe(args, env);
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QCOMPARE(m_server->count(QStringLiteral("/chat/completions")), served);
    QVERIFY2(second.err.contains(QStringLiteral(" 0 misses")), qPrintable(second.err));
    QStringList a = events, b = second.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) { // seq numbers continue in the project; compare the rest
        auto x = nlohmann::json::parse(a[i].toStdString()), y = nlohmann::json::parse(b[i].toStdString());
        x.erase("seq"), y.erase("seq");
        QVERIFY2(x == y, qPrintable(a[i] + QStringLiteral(" vs ") + b[i]));
    }

    // A wrong key: 401 from the server, which quotes it, the message redacted, nothing left
    // running. The key is not shaped like an OpenAI key: only knowing it removes it.
    QProcessEnvironment wrong = env;
    wrong.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("tok-wrong-key-987654321"));
    const Run refused = troupe(args + QStringList{QStringLiteral("--no-cache")}, wrong);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("401")) && refused.err.contains(QStringLiteral("refused the API key")), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QStringLiteral("987654321")), qPrintable(refused.err));

    const QString log = QString::fromUtf8([&] { QFile f(logFile); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }());
    QVERIFY2(log.contains(QStringLiteral(" INFO troupe.http.calls: ")) && log.contains(QStringLiteral(" DEBUG troupe.http: ")), qPrintable(log.left(2000)));
    QVERIFY2(log.contains(QStringLiteral(" WARNING troupe.http.calls: ")) && log.contains(QStringLiteral("status 401")), qPrintable(log.right(2000)));
    QVERIFY2(log.contains(QStringLiteral("Incorrect API key provided:")), qPrintable(log.right(2000))); // the server's words
    QVERIFY(!log.contains(QStringLiteral("987654321")));
    // What went to the file at DEBUG did not also go to the terminal.
    QVERIFY(!first.err.contains(QStringLiteral("troupe.http.calls")) && !first.err.contains(QStringLiteral("status 200 in")));

    // Nothing the runs wrote holds the key: project (and its WAL), outputs, logs.
    QByteArray everything = (first.out + first.err + second.out + second.err + refused.out + refused.err).toUtf8();
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        everything += f.readAll();
        ++files;
    }
    QVERIFY(files >= 1);
    QVERIFY2(!everything.contains(secret.toUtf8()), "the API key leaked into a file or an output");
    QVERIFY2(!everything.contains("TESTKEY0123456789"), "part of the API key leaked");
}

void TestCliLlm::checkSucceeds()
{
    const Run r = troupe({QStringLiteral("llm"), QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("vllm"),
                          QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("fake-model")},
                         cleanEnv());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Structured output: json_schema")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Latency:")));
    m_server->setRejectJsonSchema(true);
    const Run older = troupe({QStringLiteral("llm"), QStringLiteral("check"), QStringLiteral("--provider"), QStringLiteral("ollama"),
                              QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("fake-model"),
                              QStringLiteral("--json")},
                             cleanEnv());
    QVERIFY2(older.code == 0, qPrintable(older.err));
    const auto j = nlohmann::json::parse(older.out.toStdString());
    QVERIFY(j["structured_output"] == "json_object");
    const Run models = troupe({QStringLiteral("llm"), QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("lmstudio"),
                               QStringLiteral("--base-url"), m_server->baseUrl().toString()},
                              cleanEnv());
    QCOMPARE(models.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), (QStringList{QStringLiteral("fake-embed"), QStringLiteral("fake-model")}));
}

void TestCliLlm::checkExplainsFailures_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no key") << "nokey" << "no API key for OpenAI: set OPENAI_API_KEY";
    QTest::newRow("DNS") << "dns" << "cannot find the server \"nonexistent.invalid\" (DNS lookup failed)";
    QTest::newRow("refused") << "refused" << "(connection refused); is the server running?";
    QTest::newRow("401") << "401" << "refused the API key (401, key from OPENAI_API_KEY)";
    QTest::newRow("404 model") << "404" << "model \"fake-model\" is not available at 127.0.0.1 (404)";
    QTest::newRow("timeout") << "timeout" << "did not answer in time";
}

void TestCliLlm::checkExplainsFailures()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QProcessEnvironment env = cleanEnv();
    QString provider = QStringLiteral("vllm");
    QString url = m_server->baseUrl().toString();
    QStringList extra;
    if (kind == QLatin1String("nokey")) {
        provider = QStringLiteral("openai");
    } else if (kind == QLatin1String("dns")) {
        url = QStringLiteral("http://nonexistent.invalid/v1");
    } else if (kind == QLatin1String("refused")) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        url = QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.serverPort());
    } else if (kind == QLatin1String("401")) {
        provider = QStringLiteral("openai");
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-wrong-000000000000"));
        m_server->setRequiredKey("sk-right-111111111111");
    } else if (kind == QLatin1String("404")) {
        m_server->enqueue(QStringLiteral("/chat/completions"),
                          FakeLlmServer::error(404, QStringLiteral("The model `fake-model` does not exist or you do not have access to it."),
                                               QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found")));
    } else if (kind == QLatin1String("timeout")) {
        FakeLlmServer::Response hang;
        hang.hang = true;
        for (int i = 0; i < 3; ++i)
            m_server->enqueue(QStringLiteral("/chat/completions"), hang);
        extra = {QStringLiteral("--timeout"), QStringLiteral("1")};
    }
    const Run r = troupe(QStringList{QStringLiteral("llm"), QStringLiteral("check"), QStringLiteral("--provider"), provider,
                                     QStringLiteral("--base-url"), url, QStringLiteral("--model"), QStringLiteral("fake-model")}
                             + extra,
                         env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(QStringLiteral("troupe llm check: ")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliLlm)
#include "tst_clillm.moc"
