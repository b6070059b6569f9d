// The gateway's pure parts: SSE, JSON repair, retry timing, rate limits, endpoints, prices.
#include "config/config.h"
#include "llm/endpoint.h"
#include "llm/jsonrepair.h"
#include "llm/openaiprotocol.h"
#include "llm/pricing.h"
#include "llm/ratelimiter.h"
#include "llm/retrypolicy.h"
#include "llm/secretstore.h"
#include "llm/sseparser.h"
#include "util/sha256.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using namespace troupe::llm;

class TestLlmUnits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sseEventsAcrossReads();
    void repairs_data();
    void repairs();
    void repairNeverInventsAnObject();
    void serverWaits();
    void backoffIsFullJitter();
    void rateLimits();
    void endpointPrecedence();
    void endpointErrors();
    void azureUrls();
    void prices();
    void strictSchemaClosesObjects();
    void serverMessages();
    void secretsFileIsOwnerOnlyAndRedacted();
    void sha256MatchesTheStandard();

private:
    QTemporaryDir m_dir;
};

void TestLlmUnits::initTestCase()
{
    for (const char *v : {"OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_KEY", "AZURE_OPENAI_ENDPOINT", "OPENROUTER_API_KEY", "TROUPE_CONFIG"})
        qunsetenv(v);
    qputenv("TROUPE_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.ini")).toUtf8());
}

void TestLlmUnits::sseEventsAcrossReads()
{
    SseParser p;
    QCOMPARE(p.feed("data: {\"a\""), QList<QByteArray>());
    QCOMPARE(p.feed(":1}\r\n\r\n: keep-alive\n\nevent: x\ndata: line1\ndata: line2\n\n"),
             (QList<QByteArray>{"{\"a\":1}", "line1\nline2"}));
    QCOMPARE(p.feed("data: [DONE]\n"), QList<QByteArray>());
    QCOMPARE(p.finish(), QList<QByteArray>{"[DONE]"});
}

void TestLlmUnits::repairs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("repair");
    QTest::newRow("clean") << "{\"a\":1}" << "{\"a\":1}" << "";
    QTest::newRow("fence") << "```json\n{\"a\": [1, 2]}\n```" << "{\"a\":[1,2]}" << "code fence";
    QTest::newRow("prose") << "Sure! Here it is: {\"a\": \"x}\"} Hope that helps." << "{\"a\":\"x}\"}" << "text around";
    QTest::newRow("trailing commas") << "{\"a\": [1, 2,], \"b\": 3,}" << "{\"a\":[1,2],\"b\":3}" << "trailing commas";
    QTest::newRow("cut in a string") << "{\"actions\": [{\"type\": \"TALK\", \"content\": \"Hello wor" << "{\"actions\":[{\"content\":\"Hello wor\",\"type\":\"TALK\"}]}" << "cut off";
    QTest::newRow("cut after a key") << "{\"a\": 1, \"b\":" << "{\"a\":1}" << "cut off";
    QTest::newRow("cut in a key") << "{\"a\": {\"x\": true}, \"bb" << "{\"a\":{\"x\":true}}" << "cut off";
}

void TestLlmUnits::repairs()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, repair);
    const RepairedJson r = parseModelJson(text);
    QVERIFY2(r.value.has_value(), qPrintable(r.problem));
    QCOMPARE(QString::fromStdString(r.value->dump()), expected);
    if (repair.isEmpty())
        QVERIFY(r.repairs.isEmpty());
    else
        QVERIFY2(r.repairs.join(QLatin1Char(' ')).contains(repair), qPrintable(r.repairs.join(QLatin1Char(';'))));
}

void TestLlmUnits::repairNeverInventsAnObject()
{
    for (const char *bad : {"", "I cannot help with that.", "{\"a\":", "{", "{\"a\" 1}"}) {
        const RepairedJson r = parseModelJson(QString::fromLatin1(bad));
        QVERIFY2(!r.value, bad);
        QVERIFY(!r.problem.isEmpty());
    }
}

void TestLlmUnits::serverWaits()
{
    const QDateTime now(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    QCOMPARE(serverWaitMs({{"Retry-After", "7"}}, now), std::optional<qint64>(7000));
    QCOMPARE(serverWaitMs({{"retry-after", "Sat, 21 Nov 2026 12:00:30 GMT"}}, now), std::optional<qint64>(30000));
    QCOMPARE(serverWaitMs({{"retry-after-ms", "250"}, {"retry-after", "1"}}, now), std::optional<qint64>(250));
    QCOMPARE(serverWaitMs({{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "1m30s"}}, now), std::optional<qint64>(90000));
    QCOMPARE(serverWaitMs({{"x-ratelimit-remaining-tokens", "0"}, {"x-ratelimit-reset-tokens", "120ms"}}, now), std::optional<qint64>(120));
    QCOMPARE(serverWaitMs({{"x-ratelimit-remaining-requests", "5"}, {"x-ratelimit-reset-requests", "1s"}}, now), std::nullopt);
    QCOMPARE(parseResetDuration("1h2m3.5s"), std::optional<qint64>(3723500));
    QCOMPARE(parseResetDuration("soon"), std::nullopt);
    QVERIFY(isRetryable(429, QNetworkReply::NoError));
    QVERIFY(isRetryable(503, QNetworkReply::NoError));
    QVERIFY(isRetryable(0, QNetworkReply::RemoteHostClosedError));
    QVERIFY(!isRetryable(400, QNetworkReply::NoError));
    QVERIFY(!isRetryable(401, QNetworkReply::NoError));
    QVERIFY(!isRetryable(0, QNetworkReply::OperationCanceledError));
}

void TestLlmUnits::backoffIsFullJitter()
{
    std::mt19937_64 rng(7);
    for (int attempt = 1; attempt <= 6; ++attempt) {
        qint64 lo = 1 << 30, hi = 0;
        for (int i = 0; i < 400; ++i) {
            const qint64 w = backoffMs(attempt, 2.0, rng);
            lo = std::min(lo, w);
            hi = std::max(hi, w);
        }
        const qint64 ceiling = qint64(2000 * (1 << (attempt - 1)));
        QVERIFY(lo >= 0);
        QVERIFY2(hi <= ceiling, qPrintable(QString::number(hi)));
        QVERIFY2(lo < ceiling / 10 && hi > ceiling * 9 / 10, "full jitter spreads over the whole range");
    }
    QVERIFY(backoffMs(30, 5.0, rng, 120000) <= 120000);
}

void TestLlmUnits::rateLimits()
{
    RateLimiter none(0, 0, 0);
    QCOMPARE(none.reserve(0, 100), 0);
    RateLimiter rpm(2, 0, 0);
    QCOMPARE(rpm.reserve(0, 1), 0);
    QCOMPARE(rpm.reserve(10, 1), 0);
    QCOMPARE(rpm.reserve(20, 1), 60000 - 20); // third waits for the first to leave the minute
    RateLimiter tpm(0, 1000, 0);
    QCOMPARE(tpm.reserve(0, 600), 0);
    QCOMPARE(tpm.reserve(100, 600), 60000 - 100);
    RateLimiter spacing(0, 0, 1000);
    QCOMPARE(spacing.reserve(0, 1), 0);
    QCOMPARE(spacing.reserve(200, 1), 800);
    QCOMPARE(spacing.reserve(5000, 1), 0);
}

void TestLlmUnits::endpointPrecedence()
{
    const QString ini = m_dir.filePath(QStringLiteral("c.ini"));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[OpenAI]\nAPI_TYPE=openai\nMODEL=from-config\nBASE_URL=http://config.example/v1\nTIMEOUT=30\nMAX_CONCURRENT_MODEL_CALLS=7\n");
    f.close();
    auto config = Config::loadFile(ini);
    QVERIFY(config);
    qputenv("OPENAI_API_KEY", "sk-env-key-123456");
    auto e = resolveEndpoint(config.value(), {});
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e.value().baseUrl.toString(), QStringLiteral("http://config.example/v1"));
    QCOMPARE(e.value().model, QStringLiteral("from-config"));
    QCOMPARE(e.value().requestTimeoutMs, 30000);
    QCOMPARE(e.value().maxConcurrency, 7);
    QCOMPARE(e.value().apiKey, QStringLiteral("sk-env-key-123456"));
    qputenv("OPENAI_BASE_URL", "http://env.example/v1");
    QCOMPARE(resolveEndpoint(config.value(), {}).value().baseUrl.host(), QStringLiteral("env.example"));
    EndpointFlags flags;
    flags.baseUrl = QStringLiteral("http://flag.example:9000/v1");
    flags.model = QStringLiteral("from-flag");
    flags.concurrency = 32;
    e = resolveEndpoint(config.value(), flags);
    QCOMPARE(e.value().baseUrl.host(), QStringLiteral("flag.example"));
    QCOMPARE(e.value().model, QStringLiteral("from-flag"));
    QCOMPARE(e.value().maxConcurrency, 32);
    QCOMPARE(e.value().chatUrl(QStringLiteral("m")).toString(), QStringLiteral("http://flag.example:9000/v1/chat/completions"));
    qunsetenv("OPENAI_BASE_URL");
    // Presets: local servers need no key and have their own default URL.
    qunsetenv("OPENAI_API_KEY");
    flags = {};
    flags.provider = QStringLiteral("ollama");
    auto defaults = Config::defaults();
    e = resolveEndpoint(defaults, flags);
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e.value().baseUrl.toString(), QStringLiteral("http://localhost:11434/v1"));
    QVERIFY(e.value().apiKey.isEmpty());
    // The user's key file is used when the environment has none.
    QVERIFY(SecretStore::setKey(QStringLiteral("openai"), QStringLiteral("sk-file-key-abcdef")));
    flags.provider = QStringLiteral("openai");
    e = resolveEndpoint(defaults, flags);
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e.value().apiKey, QStringLiteral("sk-file-key-abcdef"));
    QVERIFY(e.value().keySource.contains(QStringLiteral("key file")));
    QVERIFY(SecretStore::setKey(QStringLiteral("openai"), QString()));
}

void TestLlmUnits::endpointErrors()
{
    const Config defaults = Config::defaults();
    EndpointFlags flags;
    flags.provider = QStringLiteral("openai");
    auto e = resolveEndpoint(defaults, flags);
    QVERIFY(!e);
    QVERIFY2(e.error().contains(QStringLiteral("OPENAI_API_KEY")), qPrintable(e.error()));
    flags.provider = QStringLiteral("vllm");
    flags.baseUrl = QStringLiteral("localhost:8000");
    e = resolveEndpoint(defaults, flags);
    QVERIFY(!e);
    QVERIFY2(e.error().contains(QStringLiteral("--base-url")) && e.error().contains(QStringLiteral("not an http(s) URL")), qPrintable(e.error()));
    flags = {};
    flags.provider = QStringLiteral("azure");
    qputenv("AZURE_OPENAI_KEY", "azure-secret");
    e = resolveEndpoint(defaults, flags);
    QVERIFY(!e);
    QVERIFY2(e.error().contains(QStringLiteral("AZURE_OPENAI_ENDPOINT")), qPrintable(e.error()));
    qunsetenv("AZURE_OPENAI_KEY");
    flags.provider = QStringLiteral("gemini");
    QVERIFY(!resolveEndpoint(defaults, flags));
}

void TestLlmUnits::azureUrls()
{
    qputenv("AZURE_OPENAI_KEY", "azure-secret");
    qputenv("AZURE_OPENAI_ENDPOINT", "https://contoso.openai.azure.com/");
    EndpointFlags flags;
    flags.provider = QStringLiteral("azure");
    auto e = resolveEndpoint(Config::defaults(), flags);
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e.value().chatUrl(QStringLiteral("gpt-4o-deploy")).toString(),
             QStringLiteral("https://contoso.openai.azure.com/openai/deployments/gpt-4o-deploy/chat/completions?api-version=2024-08-01-preview"));
    QVERIFY(e.value().embeddingsUrl(QStringLiteral("emb")).toString().contains(QStringLiteral("/openai/deployments/emb/embeddings?api-version=")));
    QCOMPARE(e.value().apiKey, QStringLiteral("azure-secret"));
    qunsetenv("AZURE_OPENAI_KEY");
    qunsetenv("AZURE_OPENAI_ENDPOINT");
}

void TestLlmUnits::prices()
{
    const PriceTable t = PriceTable::fromConfig(Config::defaults());
    QVERIFY(t.problems().isEmpty());
    Usage u;
    u.promptTokens = 1000000;
    u.completionTokens = 500000;
    u.cachedTokens = 200000;
    // gpt-4.1-mini: 0.40 in, 1.60 out, 0.10 cached → 0.8M×0.40 + 0.2M×0.10 + 0.5M×1.60
    QCOMPARE(t.cost(QStringLiteral("gpt-4.1-mini"), u).value(), 0.32 + 0.02 + 0.80);
    QCOMPARE(t.cost(QStringLiteral("gpt-4.1-mini-2025-04-14"), u), t.cost(QStringLiteral("gpt-4.1-mini"), u));
    QVERIFY(t.cost(QStringLiteral("gpt-4o-mini"), u) != t.cost(QStringLiteral("gpt-4o"), u)); // longest prefix
    QVERIFY(!t.cost(QStringLiteral("llama3:8b"), u));
    const QString ini = m_dir.filePath(QStringLiteral("p.ini"));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[Prices]\nmy-model=1, 2\nbroken=cheap\n");
    f.close();
    // A price that is not one stops the load with its line; nothing is priced at a guess.
    const auto broken = Config::loadFile(ini);
    QVERIFY(!broken);
    QCOMPARE(broken.error(), ini + QStringLiteral(":3: [Prices] broken: expected \"input, output[, cached input]\" in dollars per million tokens, found \"cheap\""));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("[Prices]\nmy-model=1, 2\n");
    f.close();
    const PriceTable mine = PriceTable::fromConfig(Config::loadFile(ini).value());
    QCOMPARE(mine.cost(QStringLiteral("my-model"), u).value(), 1.0 + 1.0);
    QVERIFY(mine.problems().isEmpty());
}

void TestLlmUnits::strictSchemaClosesObjects()
{
    const nlohmann::json schema = {{"$schema", "x"},
                                   {"type", "object"},
                                   {"required", {"a"}},
                                   {"properties", {{"a", {{"type", "string"}}}, {"b", {{"type", "object"}, {"properties", {{"c", {{"type", "integer"}}}}}}}}}};
    const nlohmann::json s = openai::strictSchema(schema);
    QVERIFY(!s.contains("$schema"));
    QVERIFY(s["additionalProperties"] == false);
    QVERIFY(s["required"] == nlohmann::json({"a", "b"}));
    QVERIFY(s["properties"]["b"]["type"] == nlohmann::json({"object", "null"}));
    QVERIFY(s["properties"]["b"]["additionalProperties"] == false);
    QVERIFY(s["properties"]["b"]["properties"]["c"]["type"] == nlohmann::json({"integer", "null"}));
    nlohmann::json reply = {{"a", "x"}, {"b", {{"c", nullptr}}}};
    openai::dropNulls(reply);
    QVERIFY(reply == nlohmann::json({{"a", "x"}, {"b", nlohmann::json::object()}}));
}

void TestLlmUnits::serverMessages()
{
    QCOMPARE(openai::serverMessage(R"({"error":{"message":"Rate limit reached","type":"requests"}})"), QStringLiteral("Rate limit reached"));
    QCOMPARE(openai::serverMessage(R"({"error":"model 'llama9' not found"})"), QStringLiteral("model 'llama9' not found"));
    QCOMPARE(openai::serverMessage(R"({"detail":"Not Found"})"), QStringLiteral("Not Found"));
    QCOMPARE(openai::serverMessage("<html>Bad Gateway</html>"), QStringLiteral("<html>Bad Gateway</html>"));
    QVERIFY(openai::rejectsResponseFormat(400, R"({"error":{"message":"'response_format' of type 'json_schema' is not supported"}})"));
    QVERIFY(!openai::rejectsResponseFormat(500, "response_format"));
    QVERIFY(openai::rejectsStreaming(400, R"({"error":"stream is not supported"})"));
    QVERIFY(openai::isContentFilter(R"({"error":{"code":"content_filter","message":"The response was filtered"}})"));
}

void TestLlmUnits::secretsFileIsOwnerOnlyAndRedacted()
{
    QVERIFY(SecretStore::setKey(QStringLiteral("openrouter"), QStringLiteral("sk-or-v1-0123456789abcdef")));
    QCOMPARE(SecretStore::key(QStringLiteral("openrouter")), QStringLiteral("sk-or-v1-0123456789abcdef"));
    const QFile::Permissions p = QFile::permissions(SecretStore::path());
    QVERIFY(p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner));
    QVERIFY(!p.testFlag(QFile::ReadGroup) && !p.testFlag(QFile::ReadOther));
    QCOMPARE(redactSecrets(QStringLiteral("Incorrect API key provided: sk-abc***wxyz."), {}), QStringLiteral("Incorrect API key provided: [redacted]."));
    QCOMPARE(redactSecrets(QStringLiteral("key is hunter22 ok"), QStringLiteral("hunter22")), QStringLiteral("key is [redacted] ok"));
    QCOMPARE(redactSecrets(QStringLiteral("Authorization: Bearer abc.def"), {}), QStringLiteral("Authorization: Bearer [redacted]"));
    QVERIFY(SecretStore::setKey(QStringLiteral("openrouter"), QString()));
    QVERIFY(SecretStore::key(QStringLiteral("openrouter")).isEmpty());
}

void TestLlmUnits::sha256MatchesTheStandard()
{
    // FIPS 180-2 examples, and the same digest as Qt's for a request-sized text.
    QCOMPARE(sha256Hex(""), QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QCOMPARE(sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    std::string text;
    for (int i = 0; i < 2000; ++i)
        text += "persona " + std::to_string(i) + ' ';
    QCOMPARE(sha256Hex(text),
             QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestLlmUnits)
#include "tst_llmunits.moc"
