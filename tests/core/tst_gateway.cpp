// The network providers against the fake OpenAI-compatible server: replies whole and
// streamed, retries and their timing (through a fake clock), timeouts, structured-output
// step-down, embeddings, cancellation, the cache and the budget cap in whole runs.
#include "fakellmserver.h"
#include "helpers/fakeclock.h"
#include "helpers/runworld.h"
#include "llm/callcache.h"
#include "llm/openaiprovider.h"
#include "store/projectcallcache.h"
#include "store/runstore.h"
#include "world/scenario.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using namespace troupe::llm;
using troupe::testing::FakeLlmServer;

namespace {

Endpoint endpointFor(const FakeLlmServer &server)
{
    Endpoint e;
    e.preset = QStringLiteral("vllm");
    e.label = QStringLiteral("fake");
    e.baseUrl = server.baseUrl();
    e.apiKey = QStringLiteral("sk-test-0123456789SECRET");
    e.keySource = QStringLiteral("test");
    e.model = QStringLiteral("fake-model");
    e.embeddingModel = QStringLiteral("fake-embed");
    e.maxAttempts = 5;
    e.backoffFactor = 2.0;
    e.stream = false;
    e.requestTimeoutMs = 5000;
    e.connectTimeoutMs = 2000;
    e.maxConcurrency = 8;
    // CTest runs this program twice: through the lean HTTP/1.1 transport, and through
    // QNetworkAccessManager as for https:// servers.
    e.leanHttp = qEnvironmentVariable("TROUPE_TEST_TRANSPORT") != QLatin1String("qt");
    return e;
}

ChatRequest turnRequest()
{
    ChatRequest r;
    r.purpose = QStringLiteral("turn");
    r.agent = QStringLiteral("Ana");
    r.temperature = 0.5;
    r.messages = {{QStringLiteral("system"), QStringLiteral("You are Ana, a nurse.")}, {QStringLiteral("user"), QStringLiteral("Hello?")}};
    r.responseSchema = {{"type", "object"}, {"required", {"x"}}, {"properties", {{"x", {{"type", "integer"}}}, {"y", {{"type", "string"}}}}}};
    r.schemaName = QStringLiteral("t");
    return r;
}

ChatReply chatSync(Provider &p, const ChatRequest &r)
{
    ChatReply out;
    out.error = QStringLiteral("no reply within 20 s");
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    p.chat(r, [&](ChatReply reply) {
        out = std::move(reply);
        loop.quit();
    });
    loop.exec();
    return out;
}

EmbeddingReply embedSync(Provider &p, const QStringList &texts)
{
    EmbeddingReply out;
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    p.embed(texts, [&](EmbeddingReply reply) {
        out = std::move(reply);
        loop.quit();
    });
    loop.exec();
    return out;
}

} // namespace

class TestGateway : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void plainReply();
    void streamedReply();
    void azureUsesDeploymentsAndApiKey();
    void retryAfterIsHonoured();
    void serverErrorsAreRetriedWithBackoff();
    void hangTimesOut();
    void malformedReplyIsRetriedThenFails();
    void clientErrorsAreNotRetried();
    void contentFilterIsReported();
    void jsonSchemaRejectedStepsDown();
    void probeFindsTheMode();
    void streamRejectedFallsBack();
    void embeddingsAreBatched();
    void cancelEndsCallsInFlight();
    void connectionRefusedIsExplained();
    void rateLimitSpacesRequests();
    void schemaInvalidRepliesPauseTheRun();
    void cacheReplaysARunEventForEvent();
    void budgetCapPausesWithTheFigure();
    void interruptDiscardsTheStep();

private:
    std::unique_ptr<FakeLlmServer> m_server;
    test::FakeClock m_clock;
};

void TestGateway::init()
{
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    m_clock = test::FakeClock();
}

void TestGateway::plainReply()
{
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("{\"x\": 1, \"y\": null}"), 120, 30));
    PriceTable prices;
    prices.set(QStringLiteral("fake-model"), {1.0, 2.0, 0.5});
    OpenAiProvider p(endpointFor(*m_server), prices, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.content, QStringLiteral("{\"x\":1}")); // strict mode's null for an optional field is dropped
    QCOMPARE(r.model, QStringLiteral("fake-model-2026-01-01"));
    QCOMPARE(r.usage.promptTokens, 120);
    QCOMPARE(r.usage.completionTokens, 30);
    QVERIFY(!r.usage.estimated);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(r.cost.value(), (120 * 1.0 + 30 * 2.0) / 1e6);
    const auto &req = m_server->requests().constFirst();
    QCOMPARE(req.path, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer sk-test-0123456789SECRET"));
    QVERIFY(req.json["response_format"]["type"] == "json_schema");
    QVERIFY(req.json["response_format"]["json_schema"]["strict"] == true);
    QVERIFY(req.json["response_format"]["json_schema"]["schema"]["additionalProperties"] == false);
    QVERIFY(req.json["temperature"] == 0.5);
    QVERIFY(req.json.contains("max_tokens")); // compatible servers read the old name
    QVERIFY(!req.json.contains("stream"));
    QVERIFY(m_clock.waits.isEmpty()); // no fixed sleep before a call
}

void TestGateway::streamedReply()
{
    FakeLlmServer::Response stream = FakeLlmServer::chatStream(QStringLiteral("{\"x\": 42, \"y\": \"streamed text\"}"), 5);
    stream.chunkDelayMs = 20; // pieces arrive apart, as a model writes them
    m_server->enqueue(QStringLiteral("/chat/completions"), stream);
    Endpoint e = endpointFor(*m_server);
    e.stream = true;
    OpenAiProvider p(e, {}, m_clock);
    QSignalSpy typing(&p, &Provider::streamed);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.content, QStringLiteral("{\"x\":42,\"y\":\"streamed text\"}"));
    QVERIFY(!r.usage.estimated);
    QCOMPARE(r.usage.promptTokens, 20);
    QVERIFY2(typing.size() >= 3, "text is delivered as it arrives");
    QCOMPARE(typing.constFirst().at(0).toString(), QStringLiteral("Ana"));
    QVERIFY(typing.constFirst().at(2).toString().size() < typing.constLast().at(2).toString().size());
    const auto &req = m_server->requests().constFirst();
    QVERIFY(req.json["stream"] == true);
    QVERIFY(req.json["stream_options"]["include_usage"] == true);
    QCOMPARE(req.headers.value("accept"), QByteArray("text/event-stream"));
}

void TestGateway::azureUsesDeploymentsAndApiKey()
{
    Endpoint e = endpointFor(*m_server);
    e.kind = Endpoint::Kind::Azure;
    e.preset = QStringLiteral("azure");
    e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    e.azureApiVersion = QStringLiteral("2024-08-01-preview");
    OpenAiProvider p(e, {}, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto &req = m_server->requests().constFirst();
    QCOMPARE(req.path, QStringLiteral("/openai/deployments/fake-model/chat/completions?api-version=2024-08-01-preview"));
    QCOMPARE(req.headers.value("api-key"), QByteArray("sk-test-0123456789SECRET"));
    QVERIFY(!req.headers.contains("authorization"));
    QVERIFY(req.json.contains("max_completion_tokens"));
}

void TestGateway::retryAfterIsHonoured()
{
    m_server->enqueue(QStringLiteral("/chat/completions"),
                      FakeLlmServer::error(429, QStringLiteral("Rate limit reached for requests"), QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"),
                                           {{"retry-after", "7"}, {"x-ratelimit-remaining-requests", "0"}}));
    m_server->enqueue(QStringLiteral("/chat/completions"),
                      FakeLlmServer::error(429, QStringLiteral("Rate limit reached"), QStringLiteral("requests"), {},
                                           {{"retry-after", "Sat, 21 Nov 2026 12:00:03 GMT"}}));
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("{\"x\": 2}")));
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_clock.waits, (QList<qint64>{7000, 3000})); // seconds, then an HTTP date 3 s ahead of the clock
}

void TestGateway::serverErrorsAreRetriedWithBackoff()
{
    for (int i = 0; i < 2; ++i)
        m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::error(500, QStringLiteral("The server had an error while processing your request.")));
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("{\"x\": 3}")));
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.attempts, 3);
    QCOMPARE(m_clock.waits.size(), 2);
    QVERIFY(m_clock.waits[0] >= 0 && m_clock.waits[0] <= 2000); // full jitter in [0, 2 s]
    QVERIFY(m_clock.waits[1] >= 0 && m_clock.waits[1] <= 4000); // then [0, 4 s]
    QCOMPARE(m_server->count(QStringLiteral("/chat/completions")), 3);

    // Giving up: the server's own message reaches the user.
    m_clock.waits.clear();
    for (int i = 0; i < 5; ++i)
        m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::error(503, QStringLiteral("Engine is overloaded")));
    const ChatReply failed = chatSync(p, turnRequest());
    QVERIFY(!failed.ok);
    QCOMPARE(failed.attempts, 5);
    QCOMPARE(m_clock.waits.size(), 4);
    QVERIFY2(failed.error.contains(QStringLiteral("503")) && failed.error.contains(QStringLiteral("Engine is overloaded"))
                 && failed.error.contains(QStringLiteral("5 attempts")),
             qPrintable(failed.error));
}

void TestGateway::hangTimesOut()
{
    FakeLlmServer::Response hang;
    hang.hang = true;
    m_server->enqueue(QStringLiteral("/chat/completions"), hang);
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("{\"x\": 4}")));
    Endpoint e = endpointFor(*m_server);
    e.requestTimeoutMs = 300;
    OpenAiProvider p(e, {}, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY2(r.ok, qPrintable(r.error)); // the hang is timed out and retried
    QCOMPARE(r.attempts, 2);
    m_server->enqueue(QStringLiteral("/chat/completions"), hang);
    e.maxAttempts = 1;
    OpenAiProvider once(e, {}, m_clock);
    const ChatReply failed = chatSync(once, turnRequest());
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QStringLiteral("did not answer in time")), qPrintable(failed.error));
}

void TestGateway::malformedReplyIsRetriedThenFails()
{
    FakeLlmServer::Response html;
    html.body = "<html><body>502 Bad Gateway</body></html>";
    html.contentType = "text/html";
    FakeLlmServer::Response cut;
    cut.body = R"({"id":"x","choices":[{"message":{"content":"{\"x\": 1)";
    m_server->enqueue(QStringLiteral("/chat/completions"), html);
    m_server->enqueue(QStringLiteral("/chat/completions"), cut);
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("{\"x\": 5}")));
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.attempts, 3);
    Endpoint e = endpointFor(*m_server);
    e.maxAttempts = 2;
    OpenAiProvider two(e, {}, m_clock);
    m_server->enqueue(QStringLiteral("/chat/completions"), html);
    m_server->enqueue(QStringLiteral("/chat/completions"), html);
    const ChatReply failed = chatSync(two, turnRequest());
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QStringLiteral("unreadable reply")) && failed.error.contains(QStringLiteral("not JSON")), qPrintable(failed.error));
    QVERIFY(failed.content.isEmpty()); // never coerced to an empty object
}

void TestGateway::clientErrorsAreNotRetried()
{
    m_server->enqueue(QStringLiteral("/chat/completions"),
                      FakeLlmServer::error(401, QStringLiteral("Incorrect API key provided: sk-test-0123456789SECRET."), QStringLiteral("invalid_request_error"),
                                           QStringLiteral("invalid_api_key")));
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY(!r.ok);
    QCOMPARE(r.attempts, 1);
    QVERIFY(m_clock.waits.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("401")) && r.error.contains(QStringLiteral("Incorrect API key provided")), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QStringLiteral("SECRET")), qPrintable(r.error)); // the key is redacted even when echoed
    m_server->enqueue(QStringLiteral("/chat/completions"),
                      FakeLlmServer::error(404, QStringLiteral("The model `gpt-9` does not exist or you do not have access to it."),
                                           QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found")));
    const ChatReply missing = chatSync(p, turnRequest());
    QVERIFY2(missing.error.contains(QStringLiteral("model \"fake-model\" is not available")) && missing.error.contains(QStringLiteral("gpt-9")),
             qPrintable(missing.error));
}

void TestGateway::contentFilterIsReported()
{
    m_server->enqueue(QStringLiteral("/chat/completions"),
                      FakeLlmServer::error(400, QStringLiteral("The response was filtered due to the prompt triggering Azure OpenAI's content management policy."),
                                           QStringLiteral("invalid_request_error"), QStringLiteral("content_filter")));
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QString(), 10, 0, QStringLiteral("content_filter")));
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    const ChatReply a = chatSync(p, turnRequest());
    QVERIFY(!a.ok && a.refused);
    QVERIFY2(a.error.contains(QStringLiteral("content filter")), qPrintable(a.error));
    const ChatReply b = chatSync(p, turnRequest());
    QVERIFY(!b.ok && b.refused);
    QVERIFY2(b.error.contains(QStringLiteral("content filter")), qPrintable(b.error));
}

void TestGateway::jsonSchemaRejectedStepsDown()
{
    m_server->setRejectJsonSchema(true);
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    QHash<QString, QString> stored;
    p.setModeMemory([&](const QString &k) -> std::optional<QString> {
        if (stored.contains(k))
            return stored.value(k);
        return std::nullopt;
    }, [&](const QString &k, const QString &v) { stored.insert(k, v); });
    ChatRequest r = turnRequest();
    r.messages[1].content = QStringLiteral("Reply with the JSON object {\"ok\": true}.");
    const ChatReply reply = chatSync(p, r);
    QVERIFY2(reply.ok, qPrintable(reply.error));
    QCOMPARE(m_server->count(QStringLiteral("/chat/completions")), 2);
    QVERIFY(m_server->requests()[1].json["response_format"]["type"] == "json_object");
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.cbegin().value(), QStringLiteral("json_object"));
    QCOMPARE(p.knownMode(QStringLiteral("fake-model")), std::optional<StructuredMode>(StructuredMode::JsonObject));
    (void)chatSync(p, r); // remembered: no second rejection
    QCOMPARE(m_server->count(QStringLiteral("/chat/completions")), 3);
    // A new provider on the same project starts from what was remembered.
    OpenAiProvider again(endpointFor(*m_server), {}, m_clock);
    again.setModeMemory([&](const QString &k) -> std::optional<QString> { return stored.value(k); }, {});
    QCOMPARE(again.knownMode(QStringLiteral("fake-model")), std::optional<StructuredMode>(StructuredMode::JsonObject));
}

void TestGateway::probeFindsTheMode()
{
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    OpenAiProvider::ProbeResult result;
    QEventLoop loop;
    p.probe(QStringLiteral("fake-model"), [&](OpenAiProvider::ProbeResult r) { result = r, loop.quit(); });
    loop.exec();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.mode, StructuredMode::JsonSchema);
    m_server->setRejectJsonSchema(true);
    OpenAiProvider older(endpointFor(*m_server), {}, m_clock);
    older.probe(QStringLiteral("fake-model"), [&](OpenAiProvider::ProbeResult r) { result = r, loop.quit(); });
    loop.exec();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.mode, StructuredMode::JsonObject);
    QVERIFY(result.notes.join(QLatin1Char(' ')).contains(QStringLiteral("json_schema rejected")));
    // A model that ignores the format and writes prose ends in prompt mode.
    m_server->setRejectJsonSchema(false);
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("Sure, here you go: ok!")));
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("ok")));
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("```json\n{\"ok\": true}\n```")));
    OpenAiProvider chatty(endpointFor(*m_server), {}, m_clock);
    chatty.probe(QStringLiteral("fake-model"), [&](OpenAiProvider::ProbeResult r) { result = r, loop.quit(); });
    loop.exec();
    QVERIFY(result.ok);
    QCOMPARE(result.mode, StructuredMode::Prompt);
}

void TestGateway::streamRejectedFallsBack()
{
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::error(400, QStringLiteral("stream is not supported by this backend")));
    m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("{\"x\": 6}")));
    Endpoint e = endpointFor(*m_server);
    e.stream = true;
    OpenAiProvider p(e, {}, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(m_server->requests()[0].json["stream"] == true);
    QVERIFY(!m_server->requests()[1].json.contains("stream"));
}

void TestGateway::embeddingsAreBatched()
{
    Endpoint e = endpointFor(*m_server);
    e.embeddingBatch = 2;
    OpenAiProvider p(e, {}, m_clock);
    const QStringList texts = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")};
    const EmbeddingReply r = embedSync(p, texts);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.vectors.size(), size_t(5));
    QCOMPARE(m_server->count(QStringLiteral("/embeddings")), 3);
    // Order is kept across batches: the same text gives the same vector alone.
    const EmbeddingReply d = embedSync(p, {QStringLiteral("d")});
    QVERIFY(d.vectors[0] == r.vectors[3]);
    QVERIFY(m_server->requests()[0].json["model"] == "fake-embed");
}

void TestGateway::cancelEndsCallsInFlight()
{
    FakeLlmServer::Response hang;
    hang.hang = true;
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(QStringLiteral("/chat/completions"), hang);
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    int done = 0;
    QStringList errors;
    for (int i = 0; i < 3; ++i)
        p.chat(turnRequest(), [&](ChatReply r) { ++done, errors.append(r.error); });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->count(QStringLiteral("/chat/completions")), 3, 5000);
    p.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(done, 3, 2000);
    QCOMPARE(errors, QStringList(3, QStringLiteral("cancelled")));
}

void TestGateway::connectionRefusedIsExplained()
{
    Endpoint e = endpointFor(*m_server);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort()));
    probe.close(); // nothing listens there now
    e.maxAttempts = 2;
    OpenAiProvider p(e, {}, m_clock);
    const ChatReply r = chatSync(p, turnRequest());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("connection refused")), qPrintable(r.error));
    QCOMPARE(m_clock.waits.size(), 1); // refused connections are retried
}

void TestGateway::rateLimitSpacesRequests()
{
    Endpoint e = endpointFor(*m_server);
    e.requestsPerMinute = 2;
    OpenAiProvider p(e, {}, m_clock);
    for (int i = 0; i < 3; ++i)
        QVERIFY(chatSync(p, turnRequest()).ok || true);
    QCOMPARE(m_clock.waits.size(), 1);
    QVERIFY(m_clock.waits[0] > 59000);
}

void TestGateway::schemaInvalidRepliesPauseTheRun()
{
    // The one-agent interview; the server keeps sending replies that break the turn schema.
    const Scenario::Outcome loaded = Scenario::loadFile(QStringLiteral("customer_interview"));
    QVERIFY(loaded.resolved);
    for (int i = 0; i < 2; ++i)
        m_server->enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("{\"actions\": \"talk a lot\"}")));
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    CallScheduler scheduler(&p);
    Scenario::BuildOptions options;
    options.settings.maxAttempts = 2;
    auto world = Scenario::build(*loaded.resolved, &scheduler, options);
    test::EventCollector events(*world);
    const QString reason = test::runAndWait(*world, 1);
    QVERIFY2(reason.contains(QStringLiteral("Elena Popescu's reply was unusable after 2 attempts")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("actions")), qPrintable(reason)); // the validation error is named
    QCOMPARE(world->stepsDone(), 0);
    QVERIFY(std::any_of(events.events.cbegin(), events.events.cend(), [](const RunEvent &e) { return e.kind == QLatin1String("error"); }));
    // The second request quoted the problem back to the model.
    const std::string repair = m_server->requests().constLast().json["messages"].back()["content"];
    QVERIFY2(QString::fromStdString(repair).contains(QStringLiteral("actions")), repair.c_str());
}

void TestGateway::cacheReplaysARunEventForEvent()
{
    QTemporaryDir dir;
    auto project = ProjectFile::openOrCreate(dir.filePath(QStringLiteral("p.troupe")));
    QVERIFY(project);
    RunStore store(*project.value());
    ProjectCallCache cache(*project.value());
    auto runOnce = [&](QStringList *log) {
        OpenAiProvider network(endpointFor(*m_server), {}, m_clock);
        CachingProvider caching(&network, &cache);
        CallScheduler scheduler(&caching);
        const Scenario::Outcome loaded = Scenario::loadFile(QStringLiteral("focus_group"));
        Scenario::BuildOptions options;
        options.defaultModel = QStringLiteral("fake-model");
        auto world = Scenario::build(*loaded.resolved, &scheduler, options);
        auto run = std::optional<qint64>(test::newRun(store, QStringLiteral("r"), world->seed(), *loaded.resolved));
        world->setRecorder([&](const StepCommit &c) { return store.commitStep(run.value(), c); });
        test::EventCollector events(*world);
        const QString reason = test::runAndWait(*world, 2);
        *log = events.lines();
        return std::make_pair(reason, std::make_pair(caching.hits(), caching.misses()));
    };
    QStringList first, second;
    const auto a = runOnce(&first);
    QVERIFY2(a.first.isEmpty(), qPrintable(a.first));
    QCOMPARE(a.second.first, 0);
    const int requests = m_server->requests().size();
    QVERIFY(requests > 5);
    m_server->clearRequests();
    const auto b = runOnce(&second);
    QVERIFY2(b.first.isEmpty(), qPrintable(b.first));
    QCOMPARE(m_server->requests().size(), 0); // nothing reached the server
    QCOMPARE(b.second.first, a.second.second); // every call of the first run is a hit now
    QCOMPARE(b.second.second, 0);
    QCOMPARE(second, first);
    auto usage = store.usage(2, RunStore::UsageBy::Run);
    QVERIFY(usage);
    QCOMPARE(usage.value().front().cacheHits, usage.value().front().calls);
    QCOMPARE(usage.value().front().cost, 0.0);
}

void TestGateway::budgetCapPausesWithTheFigure()
{
    PriceTable prices;
    prices.set(QStringLiteral("fake-model"), {1000.0, 1000.0}); // expensive, so one step crosses $0.50
    OpenAiProvider p(endpointFor(*m_server), prices, m_clock);
    CallScheduler scheduler(&p);
    const Scenario::Outcome loaded = Scenario::loadFile(QStringLiteral("customer_interview"));
    Scenario::BuildOptions options;
    options.defaultModel = QStringLiteral("fake-model");
    auto world = Scenario::build(*loaded.resolved, &scheduler, options);
    world->setBudget(0.5);
    const QString reason = test::runAndWait(*world, 3);
    QCOMPARE(world->stepsDone(), 1);
    QVERIFY2(reason.contains(QStringLiteral("budget of $0.50")) && reason.contains(QStringLiteral("spent")), qPrintable(reason));
    QVERIFY(world->spent() >= 0.5);
}

void TestGateway::interruptDiscardsTheStep()
{
    m_server->setLatency(3000);
    OpenAiProvider p(endpointFor(*m_server), {}, m_clock);
    CallScheduler scheduler(&p);
    const Scenario::Outcome loaded = Scenario::loadFile(QStringLiteral("focus_group"));
    Scenario::BuildOptions options;
    options.defaultModel = QStringLiteral("fake-model");
    auto world = Scenario::build(*loaded.resolved, &scheduler, options);
    test::EventCollector events(*world);
    QTimer::singleShot(300, world.get(), [&] { world->interrupt(QStringLiteral("paused by the user")); });
    QElapsedTimer t;
    t.start();
    const QString reason = test::runAndWait(*world, 1);
    QCOMPARE(reason, QStringLiteral("paused by the user"));
    QVERIFY2(t.elapsed() < 2500, "in-flight calls were cancelled, not awaited");
    QCOMPARE(world->stepsDone(), 0);
    for (const RunEvent &e : events.events)
        QVERIFY2(e.kind != QLatin1String("action"), "no action of the interrupted step was applied");
}

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
