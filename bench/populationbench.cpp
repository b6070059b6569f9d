#include "populationbench.h"

#include "fakellmserver.h"
#include "factory/dimension.h"
#include "factory/personfactory.h"
#include "factory/samplingplan.h"
#include "llm/callscheduler.h"
#include "llm/openaiprovider.h"
#include "store/populationstore.h"
#include "store/projectfile.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace troupe;

int runPopulationBench(int people, int concurrency, int latencyMs)
{
    QThread serverThread;
    serverThread.start();
    auto *server = new testing::FakeLlmServer;
    server->moveToThread(&serverThread);
    bool listening = false;
    QMetaObject::invokeMethod(server, [&] {
        server->setLatency(latencyMs);
        listening = server->listen();
    }, Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "troupe-bench: the fake server cannot listen\n");
        return 1;
    }
    QTemporaryDir dir;
    auto project = ProjectFile::create(dir.filePath(QStringLiteral("bench.troupe")));
    if (!project) {
        std::fprintf(stderr, "troupe-bench: %s\n", qPrintable(project.error()));
        return 1;
    }
    Dimensions dims;
    Dimension age;
    age.name = QStringLiteral("Age");
    age.values = {{QStringLiteral("18-29"), 21}, {QStringLiteral("30-44"), 25}, {QStringLiteral("45-64"), 33}, {QStringLiteral("65+"), 21}};
    Dimension gender;
    gender.name = QStringLiteral("Gender");
    gender.values = {{QStringLiteral("Female"), 51}, {QStringLiteral("Male"), 49}};
    dims << age << gender;
    const SamplingPlan plan = SamplingPlan::draw(dims, people, 1).value();
    PopulationInput input;
    input.context = QStringLiteral("US adults, for a benchmark");
    const qint64 id = PopulationStore(*project.value()).create(QStringLiteral("bench"), input.title(), QStringLiteral("fake"), input.toJson(),
                                                               dimensionsToJson(dims), plan.toJson(), 1).value();

    llm::Endpoint e;
    e.preset = QStringLiteral("vllm");
    e.label = QStringLiteral("fake");
    e.baseUrl = server->baseUrl();
    e.model = QStringLiteral("fake-model");
    e.maxConcurrency = concurrency;
    e.stream = false;
    e.maxAttempts = 1;
    e.requestTimeoutMs = 600000;
    e.forcedMode = llm::StructuredMode::JsonSchema;
    llm::OpenAiProvider http(e, {});
    llm::CallScheduler scheduler(&http);
    PersonFactory factory(*project.value(), http, scheduler);
    GenerationSummary summary;
    QEventLoop loop;
    QObject::connect(&factory, &PersonFactory::finished, &loop, [&](const GenerationSummary &s) {
        summary = s;
        loop.quit();
    });
    GenerationOptions options;
    options.model = e.model;
    QElapsedTimer t;
    t.start();
    if (Status s = factory.generate(id, input, plan, {}, options); !s) {
        std::fprintf(stderr, "troupe-bench: %s\n", qPrintable(s.error()));
        return 1;
    }
    loop.exec();
    const double wall = double(t.nsecsElapsed()) / 1e6;
    const double ideal = double((people + concurrency - 1) / concurrency) * latencyMs;
    std::printf("Population generation over HTTP: fake server, %d ms per reply, people stored in a project file.\n", latencyMs);
    std::printf("%6s %11s %10s %9s %12s %10s %10s\n", "people", "concurrency", "generated", "failed", "wall ms", "ideal ms", "wall/ideal");
    std::printf("%6d %11d %10d %9d %12.1f %10.1f %10.3f\n", people, concurrency, summary.generated, summary.failed, wall, ideal, wall / ideal);
    std::printf("peak calls in flight: %d (target: wall/ideal <= 1.1)\n", scheduler.stats().peakInFlight);
    QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return summary.failed == 0 && wall / ideal <= 1.1 ? 0 : 1;
}
