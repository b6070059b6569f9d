#include "httpbench.h"

#include "session/modelstack.h"
#include "session/runengine.h"
#include "world/scenario.h"
#include "world/world.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

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

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

/** N independent agents cloned from the bundled focus group: every agent takes one call per step. */
nlohmann::ordered_json scenarioOf(int agents, int steps)
{
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
    s["world"]["steps"] = steps;
    s["world"]["broadcast_if_no_target"] = false; // talk reaches no one: the agents stay independent
    s["script"] = nlohmann::ordered_json::array({{{"step", 1}, {"do", "say"}, {"source", "Moderator"},
                                                  {"content", "What would make you try a savings app?"}}});
    return s;
}

/** The fake server as its own process, so its CPU and memory are not the engine's. */
struct ServerProcess
{
    QProcess process;
    QString baseUrl;

    bool start(int latencyMs)
    {
        const QString exe = QStringLiteral(TROUPE_FAKE_LLM_PATH);
        process.start(exe, {QStringLiteral("--latency-ms"), QString::number(latencyMs), QStringLiteral("--hash-replies")});
        if (!process.waitForStarted(5000) || !process.waitForReadyRead(5000))
            return false;
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        baseUrl = line.section(QLatin1Char(' '), 2);
        return baseUrl.startsWith(QLatin1String("http"));
    }
    /** CPU seconds the server used so far (it shares this machine's cores with the engine). */
    double cpuSeconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(process.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = stat.readAll().split(')').value(1).trimmed().split(' ');
        // After the name: state is field 3 of the file, utime and stime are 14 and 15.
        return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
    }
    ~ServerProcess()
    {
        process.kill();
        process.waitForFinished(2000);
    }
};

struct Figures
{
    std::vector<double> stepMs;
    double cpuSeconds = 0;
    qint64 events = 0;
    double wallMs = 0;
    QString problem;
};

Config benchConfig(const QTemporaryDir &dir)
{
    // Turn calls only, so the ideal is ceil(N / C) × latency per step; no streaming.
    const QString ini = dir.filePath(QStringLiteral("bench.ini"));
    QFile f(ini);
    if (f.open(QIODevice::WriteOnly))
        f.write("[OpenAI]\nSTREAM=False\nSTRUCTURED_OUTPUT=json_schema\nTIMEOUT=600\n"
                "[Cognition]\nENABLE_MEMORY_CONSOLIDATION=False\n");
    f.close();
    return Config::loadFile(ini).value();
}

llm::EndpointFlags flagsFor(const QString &baseUrl, int concurrency)
{
    llm::EndpointFlags f;
    f.provider = QStringLiteral("vllm");
    f.baseUrl = baseUrl;
    f.model = QStringLiteral("fake-model");
    f.concurrency = concurrency;
    f.noStream = true;
    return f;
}

/** Steps of a world with no project: nothing is stored. */
Figures withoutProject(const Config &config, const QString &baseUrl, int agents, int concurrency, int steps)
{
    Figures fig;
    auto models = ModelStack::create(nullptr, flagsFor(baseUrl, concurrency), config, true);
    if (!models) {
        fig.problem = models.error();
        return fig;
    }
    QEventLoop ready;
    QString error;
    models.value()->provider().prepare([&](const QString &e) { error = e, ready.quit(); });
    ready.exec();
    if (!error.isEmpty()) {
        fig.problem = error;
        return fig;
    }
    Scenario::BuildOptions options;
    options.settings = AgentSettings::fromConfig(config);
    options.defaultModel = QStringLiteral("fake-model");
    auto world = Scenario::build(scenarioOf(agents, steps), &models.value()->scheduler(), options);
    QEventLoop loop;
    QElapsedTimer step;
    QObject::connect(world.get(), &World::stepFinished, &loop, [&](int) { fig.stepMs.push_back(double(step.nsecsElapsed()) / 1e6), step.restart(); });
    QObject::connect(world.get(), &World::eventsAppended, &loop, [&](const RunEvents &e) { fig.events += e.size(); });
    QObject::connect(world.get(), &World::finished, &loop, &QEventLoop::quit);
    QObject::connect(world.get(), &World::paused, &loop, [&](const QString &r) { fig.problem = r, loop.quit(); });
    const double cpu0 = cpuSeconds();
    step.start();
    world->run(steps);
    loop.exec();
    fig.cpuSeconds = cpuSeconds() - cpu0;
    return fig;
}

/** A run through the run engine into a project file (the CLI's `troupe run --project`). */
Figures withProject(const Config &config, const QString &path, const QString &baseUrl, int agents, int concurrency, int steps)
{
    Figures fig;
    auto project = ProjectFile::openOrCreate(path);
    if (!project) {
        fig.problem = project.error();
        return fig;
    }
    RunEngine engine(*project.value(), config);
    engine.setFlags(flagsFor(baseUrl, concurrency), false);
    QEventLoop loop;
    QElapsedTimer step, whole;
    QObject::connect(&engine, &RunEngine::ready, &loop, [&] {
        step.start();
        whole.start();
        engine.run();
    });
    QObject::connect(&engine, &RunEngine::eventsAppended, &loop, [&](const RunEvents &e) { fig.events += e.size(); });
    QObject::connect(&engine, &RunEngine::statusChanged, &loop, [&](RunStatus s, const QString &reason) {
        if (s == RunStatus::Running)
            return;
        if (s != RunStatus::Finished)
            fig.problem = reason;
        loop.quit();
    });
    RunEngine::NewRun n;
    n.scenario = scenarioOf(agents, steps);
    const double cpu0 = cpuSeconds();
    if (const Status s = engine.start(n); !s) {
        fig.problem = s.error();
        return fig;
    }
    // Steps as the world does them: the engine's stepFinished (a step is stored) lags by up
    // to one write, and the world waits when storage falls a step behind, so this is the
    // pace the run keeps.
    QObject::connect(engine.world(), &World::stepFinished, &loop, [&](int) { fig.stepMs.push_back(double(step.nsecsElapsed()) / 1e6), step.restart(); });
    loop.exec();
    fig.wallMs = double(whole.nsecsElapsed()) / 1e6;
    fig.cpuSeconds = cpuSeconds() - cpu0;
    return fig;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int runHttpCase(int agents, int concurrency, int latencyMs, int steps, const QString &only)
{
    ServerProcess server;
    if (!server.start(latencyMs)) {
        std::fprintf(stderr, "troupe-bench: the fake server did not start\n");
        return 1;
    }
    QTemporaryDir dir;
    const Config config = benchConfig(dir);
    const double ideal = double((agents + concurrency - 1) / concurrency) * latencyMs;

    // `only` runs one part, for profiling: "bare", "project", or "replay" (the project run, then its replay).
    const bool all = only.isEmpty(), replaying = all || only == QLatin1String("replay");
    const Figures bare = all || only == QLatin1String("bare") ? withoutProject(config, server.baseUrl, agents, concurrency, steps) : Figures{};
    const QString path = dir.filePath(QStringLiteral("bench.troupe"));
    const Figures stored = all || replaying || only == QLatin1String("project")
        ? withProject(config, path, server.baseUrl, agents, concurrency, steps) : Figures{};
    // The same run again in the same project: every call is answered from the project's cache.
    const Figures replay = replaying ? withProject(config, path, server.baseUrl, agents, concurrency, steps) : Figures{};
    for (const Figures *f : {&bare, &stored, &replay})
        if (!f->problem.isEmpty()) {
            std::printf("%6d %5d  failed: %s\n", agents, concurrency, qPrintable(f->problem));
            return 1;
        }
    const double turns = double(agents) * steps;
    const int parts = (bare.stepMs.empty() ? 0 : 1) + (stored.stepMs.empty() ? 0 : 1); // the replay asks the server nothing
    const double serverMsPerCall = parts ? server.cpuSeconds() * 1000.0 / (turns * parts) : 0;
    std::printf("%6d %5d %7d %9.0f %12.0f %7.2f %12.0f %7.2f %11.0f %10.3f %10.3f %10ld %10.3f\n", agents, concurrency, latencyMs, ideal,
                median(bare.stepMs), median(bare.stepMs) / ideal, median(stored.stepMs), median(stored.stepMs) / ideal,
                double(replay.events) / (replay.wallMs / 1000.0), bare.cpuSeconds * 1000.0 / turns,
                stored.cpuSeconds * 1000.0 / turns, peakRssMb(), serverMsPerCall);
    std::fflush(stdout);
    return 0;
}

int runHttpBench(const QList<QPair<int, int>> &cases, int latencyMs, int steps)
{
    std::printf("One process per case; the fake server is another process answering after the latency, from a hash of\n"
                "each request. Ideal step = ceil(N / C) x latency. Step figures are medians over %d steps; turn calls only\n"
                "(consolidation off, no streaming). Replay: the same run again from the project's cache. CPU per turn is\n"
                "this process's CPU (engine, HTTP client, SQLite) divided by agent-turns; server CPU/call is the fake\n"
                "server's, which runs on the same cores.\n\n", steps);
    std::printf("%6s %5s %7s %9s %12s %7s %12s %7s %11s %10s %10s %10s %10s\n", "agents", "C", "lat ms", "ideal ms", "no project",
                "ratio", "with project", "ratio", "replay ev/s", "CPU/turn", "CPU/turn+p", "peak MB", "srv/call");
    std::fflush(stdout);
    for (const auto &[agents, concurrency] : cases) {
        QProcess one;
        one.setProcessChannelMode(QProcess::ForwardedChannels);
        one.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--http-case"), QString::number(agents), QString::number(concurrency), QString::number(latencyMs),
                   QString::number(steps)});
        one.waitForFinished(-1);
    }
    return 0;
}
