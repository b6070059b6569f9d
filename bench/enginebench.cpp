// troupe-bench: engine figures that unit tests must not time. Prints, for N agents × S
// steps, on the offline engine and on a test double with a fixed latency per call:
// engine CPU time per agent-turn (model excluded), step wall time against the ideal
// ceil(N / concurrency) × latency, and peak memory per agent. Also semantic retrieval over
// 100,000 engrams and the rendered prompt size of a full bundled persona.
// With --http [--latency-ms L]: the gateway over real HTTP to the fake server (httpbench.cpp).
// With --population [--people N] [--concurrency C] [--latency-ms L]: person generation over
// HTTP (populationbench.cpp; default 1000 people, 64 at once, 200 ms).
#include "httpbench.h"
#include "populationbench.h"
#include "llm/hashembedding.h"
#include "llm/offlineengine.h"
#include "world/scenario.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <ctime>

using namespace troupe;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/**
 * Answers like the offline engine, after `latencyMs` (0: on the next event-loop turn), and
 * counts the CPU the answers cost so the engine's own share can be separated.
 */
class TimedOffline final : public llm::Provider
{
public:
    TimedOffline(int latencyMs, int concurrency) : m_latency(latencyMs), m_concurrency(concurrency) {}
    double modelCpu = 0;
    QString name() const override { return QStringLiteral("timed-offline"); }
    QString label() const override { return QStringLiteral("offline engine with a fixed latency"); }
    bool isLanguageModel() const override { return false; }
    QString defaultModel() const override { return llm::OfflineEngine::modelName(); }
    QString embeddingModel() const override { return QStringLiteral("hashed-words-256"); }
    int maxConcurrency() const override { return m_concurrency; }
    void chat(const llm::ChatRequest &request, llm::ChatCallback done) override
    {
        const double t = cpuSeconds();
        llm::ChatReply reply = llm::OfflineEngine::reply(request);
        modelCpu += cpuSeconds() - t;
        QTimer::singleShot(m_latency, Qt::PreciseTimer, this, [done, reply] { done(reply); });
    }
    void embed(const QStringList &texts, llm::EmbeddingCallback done) override
    {
        const double t = cpuSeconds();
        llm::EmbeddingReply reply = llm::OfflineEngine::embeddings(texts);
        modelCpu += cpuSeconds() - t;
        QTimer::singleShot(m_latency, Qt::PreciseTimer, this, [done, reply] { done(reply); });
    }

private:
    int m_latency;
    int m_concurrency;
};

/** N agents cloned from the bundled personas, in small groups of five that talk among themselves. */
nlohmann::ordered_json benchScenario(int agents)
{
    const auto focus = Scenario::loadFile(QStringLiteral("focus_group"));
    nlohmann::ordered_json s = *focus.resolved;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    nlohmann::ordered_json relations = nlohmann::ordered_json::array();
    const auto &base = focus.resolved->at("agents");
    for (int i = 0; i < agents; ++i) {
        nlohmann::ordered_json a = base[size_t(i) % base.size()];
        const std::string name = a["spec"]["persona"]["name"].get<std::string>() + " #" + std::to_string(i);
        a["spec"]["persona"]["name"] = name;
        list.push_back(a);
    }
    for (int g = 0; g < agents; g += 5) {
        nlohmann::ordered_json between = nlohmann::ordered_json::array();
        for (int i = g; i < std::min(agents, g + 5); ++i)
            between.push_back(list[size_t(i)]["spec"]["persona"]["name"]);
        if (between.size() >= 2)
            relations.push_back({{"name", "focus group " + std::to_string(g / 5 + 1)}, {"between", between}});
    }
    s["agents"] = list;
    s.erase("everyone_accessible");
    s["relations"] = relations;
    s["interventions"] = nlohmann::ordered_json::array();
    return s;
}

struct Figures
{
    double engineCpuPerTurnMs;
    double stepWallMs;
    double idealStepMs;
    double kbPerAgent;
};

Figures runWorld(TimedOffline &provider, int agents, int steps, int latencyMs, int concurrency)
{
    const long rssBefore = peakRssKb();
    llm::CallScheduler scheduler(&provider);
    const auto scenario = benchScenario(agents);
    auto world = Scenario::build(scenario, &scheduler, {});
    QEventLoop loop;
    std::vector<double> stepWall;
    QElapsedTimer stepTimer;
    QObject::connect(world.get(), &World::stepFinished, &loop, [&](int) {
        stepWall.push_back(double(stepTimer.nsecsElapsed()) / 1e6);
        stepTimer.restart();
    });
    QObject::connect(world.get(), &World::finished, &loop, &QEventLoop::quit);
    QObject::connect(world.get(), &World::paused, &loop, &QEventLoop::quit);
    const double cpu0 = cpuSeconds();
    stepTimer.start();
    world->run(steps);
    loop.exec();
    const double cpu = cpuSeconds() - cpu0 - provider.modelCpu;
    const int turns = agents * steps;
    double wall = 0;
    for (double w : stepWall)
        wall += w;
    const long rssAfter = peakRssKb();
    const int rounds = (agents + concurrency - 1) / concurrency;
    // A step is the turn calls plus one round of consolidation embeddings when due.
    return {cpu * 1000.0 / turns, wall / std::max<size_t>(1, stepWall.size()), double(rounds * latencyMs),
            double(std::max(0L, rssAfter - rssBefore)) / agents};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    if (args.size() >= 6 && args.at(1) == QLatin1String("--http-case"))
        return runHttpCase(args.at(2).toInt(), args.at(3).toInt(), args.at(4).toInt(), args.at(5).toInt(), args.value(6));
    if (args.contains(QStringLiteral("--population"))) {
        // --population [--people N] [--concurrency C] [--latency-ms L]: person generation over HTTP.
        auto value = [&](const char *flag, int fallback) {
            const qsizetype at = args.indexOf(QLatin1String(flag));
            return at > 0 ? args.value(at + 1).toInt() : fallback;
        };
        return runPopulationBench(value("--people", 1000), value("--concurrency", 64), value("--latency-ms", 200));
    }
    if (args.contains(QStringLiteral("--http"))) {
        const auto option = [&](const char *name, const QString &fallback) {
            const qsizetype at = args.indexOf(QLatin1String(name));
            return at > 0 ? args.value(at + 1) : fallback;
        };
        QList<QPair<int, int>> cases;
        for (const QString &c : option("--cases", quick ? QStringLiteral("100x32,1000x128") : QStringLiteral("1000x128,10000x512"))
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts))
            cases.append({c.section(QLatin1Char('x'), 0, 0).toInt(), c.section(QLatin1Char('x'), 1, 1).toInt()});
        return runHttpBench(cases, option("--latency-ms", QStringLiteral("200")).toInt(), option("--steps", QStringLiteral("3")).toInt());
    }
    const int steps = quick ? 2 : 3;
    const int latency = 50;
    const int concurrency = 16;

    std::printf("troupe-bench (engine). Engine CPU excludes the model's own work; memory is growth of peak RSS.\n\n");

    // Prompt size for a full bundled persona with a full memory window.
    {
        const auto focus = Scenario::loadFile(QStringLiteral("focus_group"));
        llm::OfflineEngine engine;
        llm::CallScheduler scheduler(&engine);
        auto world = Scenario::build(*focus.resolved, &scheduler, {});
        Agent &a = *world->agents().front();
        for (int i = 0; i < 60; ++i)
            a.listen(QStringLiteral("Message %1 about the savings app, its 4 dollar fee and whether it works offline.").arg(i),
                     QStringLiteral("Moderator"), 1);
        a.setWorkingMemory({QStringLiteral("Earlier: the moderator said there are no hidden fees."),
                            QStringLiteral("Earlier: Kenji dislikes subscriptions.")});
        const llm::ChatRequest r = a.buildTurnRequest(1, 1, QStringLiteral("m"));
        const qsizetype system = r.messages[0].content.size();
        const qsizetype user = r.messages[1].content.size();
        std::printf("Prompt for %s: system %lld chars (~%d tokens), memory window message %lld chars (~%d tokens), "
                    "total ~%d tokens\n\n",
                    qPrintable(a.name()), (long long)system, llm::estimateTokens(r.messages[0].content), (long long)user,
                    llm::estimateTokens(r.messages[1].content),
                    llm::estimateTokens(r.messages[0].content) + llm::estimateTokens(r.messages[1].content));
    }

    std::printf("%-26s %6s %6s %18s %14s %14s %10s %14s\n", "provider", "agents", "steps", "engine CPU/turn ms",
                "step wall ms", "ideal ms", "wall/ideal", "peak KB/agent");
    for (int n : {10, 100, 1000}) {
        TimedOffline offline(0, llm::OfflineEngine().maxConcurrency());
        const Figures f = runWorld(offline, n, steps, 0, offline.maxConcurrency());
        std::printf("%-26s %6d %6d %18.3f %14.1f %14s %10s %14.0f\n", "offline engine", n, steps, f.engineCpuPerTurnMs,
                    f.stepWallMs, "-", "-", f.kbPerAgent);
        TimedOffline dbl(latency, concurrency);
        const Figures g = runWorld(dbl, n, steps, latency, concurrency);
        std::printf("%-26s %6d %6d %18.3f %14.1f %14.1f %10.2f %14.0f\n",
                    qPrintable(QStringLiteral("double %1 ms, %2 at once").arg(latency).arg(concurrency)), n, steps,
                    g.engineCpuPerTurnMs, g.stepWallMs, g.idealStepMs, g.stepWallMs / g.idealStepMs, g.kbPerAgent);
    }

    // Semantic retrieval over 100,000 engrams (one agent's memory), brute force.
    {
        SemanticMemory memory;
        const int count = 100000;
        for (int i = 0; i < count; ++i) {
            const QString text = QStringLiteral("engram %1 about topic %2 and detail %3").arg(i).arg(i % 997).arg(i % 113);
            memory.add({QStringLiteral("episode"), text, 0}, llm::hashEmbedding(text));
        }
        const auto query = llm::hashEmbedding(QStringLiteral("topic 42 and detail 7"));
        QElapsedTimer t;
        t.start();
        const int queries = 50;
        size_t found = 0;
        for (int q = 0; q < queries; ++q)
            found += memory.retrieve(query, 7).size();
        std::printf("\nSemantic retrieval, %d engrams × %d dims: %.2f ms per top-7 query (%zu hits)\n", count,
                    memory.dimensions(), double(t.nsecsElapsed()) / 1e6 / queries, found / queries);
    }
    return 0;
}
