#include "httpbench.h"

#include "fakellmserver.h"
#include "llm/offlineengine.h"
#include "llm/openaiprovider.h"
#include "world/scenario.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace troupe;

namespace {

double cpu(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

nlohmann::ordered_json scenarioOf(int agents)
{
    // Independent agents (no relations), so every agent takes exactly one call per step.
    const auto focus = Scenario::loadFile(QStringLiteral("focus_group"));
    nlohmann::ordered_json s = *focus.resolved;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    const auto &base = focus.resolved->at("agents");
    for (int i = 0; i < agents; ++i) {
        nlohmann::ordered_json a = base[size_t(i) % base.size()];
        a["spec"]["persona"]["name"] = a["spec"]["persona"]["name"].get<std::string>() + " #" + std::to_string(i);
        list.push_back(a);
    }
    s["agents"] = list;
    s.erase("everyone_accessible");
    s.erase("relations");
    s["interventions"] = nlohmann::ordered_json::array();
    return s;
}

/** Answers every call at once with what the fake server would send: the engine's own CPU. */
class Canned final : public llm::Provider
{
public:
    explicit Canned(int concurrency) : m_concurrency(concurrency) {}
    QString name() const override { return QStringLiteral("canned"); }
    QString label() const override { return name(); }
    bool isLanguageModel() const override { return false; }
    QString defaultModel() const override { return QStringLiteral("fake-model"); }
    QString embeddingModel() const override { return QStringLiteral("fake-embed"); }
    int maxConcurrency() const override { return m_concurrency; }
    void chat(const llm::ChatRequest &request, llm::ChatCallback done) override
    {
        testing::FakeLlmServer::Request r;
        r.path = QStringLiteral("/v1/chat/completions");
        r.json = {{"messages", nlohmann::json::array({{{"role", "system"}, {"content", request.messages.front().content.toStdString()}}})}};
        const auto body = nlohmann::json::parse(m_server.automatic(r).body.toStdString());
        llm::ChatReply reply;
        reply.ok = true;
        reply.content = QString::fromStdString(body["choices"][0]["message"]["content"].get<std::string>());
        QTimer::singleShot(0, this, [done, reply] { done(reply); });
    }
    void embed(const QStringList &texts, llm::EmbeddingCallback done) override
    {
        QTimer::singleShot(0, this, [done, r = llm::OfflineEngine::embeddings(texts)] { done(r); });
    }

private:
    int m_concurrency;
    testing::FakeLlmServer m_server;
};

struct Measured
{
    double wallMs = 0;
    double mainCpu = 0;
    double processCpu = 0;
    int calls = 0;
    QString pause;
};

Measured runStep(llm::Provider &provider, int agents)
{
    llm::CallScheduler scheduler(&provider);
    Scenario::BuildOptions options;
    options.settings.consolidation = false; // turn calls only: the ideal counts them
    options.defaultModel = QStringLiteral("fake-model");
    auto world = Scenario::build(scenarioOf(agents), &scheduler, options);
    Measured m;
    QEventLoop loop;
    QObject::connect(world.get(), &World::finished, &loop, &QEventLoop::quit);
    QObject::connect(world.get(), &World::paused, &loop, [&](const QString &r) { m.pause = r, loop.quit(); });
    const double main0 = cpu(CLOCK_THREAD_CPUTIME_ID), proc0 = cpu(CLOCK_PROCESS_CPUTIME_ID);
    QElapsedTimer t;
    t.start();
    world->run(1);
    loop.exec();
    m.wallMs = double(t.nsecsElapsed()) / 1e6;
    m.mainCpu = cpu(CLOCK_THREAD_CPUTIME_ID) - main0;
    m.processCpu = cpu(CLOCK_PROCESS_CPUTIME_ID) - proc0;
    m.calls = scheduler.stats().chatCalls;
    return m;
}

} // namespace

int runHttpBench(bool quick, int latencyMs)
{
    // The server runs on its own thread, so its CPU can be told apart from the gateway's.
    QThread serverThread;
    serverThread.start();
    auto *server = new testing::FakeLlmServer;
    server->moveToThread(&serverThread);
    bool listening = false;
    double serverCpu = 0;
    QMetaObject::invokeMethod(server, [&] {
        server->setLatency(latencyMs);
        listening = server->listen();
    }, Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "troupe-bench: the fake server cannot listen\n");
        return 1;
    }
    auto serverThreadCpu = [&] {
        QMetaObject::invokeMethod(server, [&] { serverCpu = cpu(CLOCK_THREAD_CPUTIME_ID); }, Qt::BlockingQueuedConnection);
        return serverCpu;
    };

    std::printf("Gateway over HTTP: fake OpenAI-compatible server, %d ms per reply, 1 step, no streaming.\n", latencyMs);
    std::printf("%6s %11s %13s %10s %10s %22s\n", "agents", "concurrency", "step wall ms", "ideal ms", "wall/ideal", "gateway CPU/call ms");
    for (int n : quick ? std::vector<int>{10, 100} : std::vector<int>{10, 100, 1000}) {
        for (int c : {8, 32, 128}) {
            Canned canned(c);
            const Measured engine = runStep(canned, n);
            llm::Endpoint e;
            e.preset = QStringLiteral("vllm");
            e.label = QStringLiteral("fake");
            e.baseUrl = server->baseUrl();
            e.model = QStringLiteral("fake-model");
            e.embeddingModel = QStringLiteral("fake-embed");
            e.maxConcurrency = c;
            e.stream = false;
            e.maxAttempts = 1;
            e.requestTimeoutMs = 600000;
            e.forcedMode = llm::StructuredMode::JsonSchema;
            llm::OpenAiProvider http(e, {});
            const double s0 = serverThreadCpu();
            const Measured m = runStep(http, n);
            const double served = serverThreadCpu() - s0;
            if (!m.pause.isEmpty()) {
                std::printf("%6d %11d paused: %s\n", n, c, qPrintable(m.pause));
                continue;
            }
            const double ideal = double((n + c - 1) / c) * latencyMs;
            // Everything the process spent beyond the server and the engine's own work.
            const double gateway = (m.processCpu - served - engine.processCpu) * 1000.0 / std::max(1, m.calls);
            std::printf("%6d %11d %13.1f %10.1f %10.2f %22.3f\n", n, c, m.wallMs, ideal, m.wallMs / ideal, gateway);
        }
    }
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
