#include "runcommand.h"

#include "cliio.h"
#include "runprinter.h"
#include "config/config.h"
#include "llm/callcache.h"
#include "llm/providers.h"
#include "session/runengine.h"
#include "store/runstore.h"
#include "world/runresume.h"
#include "world/scenario.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
};

int g_signalPipe[2] = {-1, -1};

void onSigint(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

nlohmann::json summaryJson(const World &world, const llm::CallScheduler &scheduler, const QString &provider,
                           const std::vector<RunStore::UsageRow> &byAgent)
{
    nlohmann::json counts = nlohmann::json::object();
    for (const auto &[type, n] : world.actionCounts())
        counts[type.toStdString()] = n;
    const auto &s = scheduler.stats();
    nlohmann::json agents = nlohmann::json::object();
    for (const auto &r : byAgent)
        agents[r.key.isEmpty() ? "(world)" : r.key.toStdString()] = {{"calls", r.calls},
                                                                     {"cache_hits", r.cacheHits},
                                                                     {"prompt_tokens", r.promptTokens},
                                                                     {"completion_tokens", r.completionTokens},
                                                                     {"cost_usd", r.cost}};
    const int calls = s.chatCalls + s.embeddingCalls;
    return {{"steps", world.stepsDone()},
            {"actions", counts},
            {"model_calls", s.chatCalls},
            {"embedding_calls", s.embeddingCalls},
            {"failed_calls", s.failedCalls},
            {"retries", s.retries},
            {"cache_hits", s.cacheHits},
            {"cache_misses", calls - s.cacheHits},
            {"prompt_tokens", s.promptTokens},
            {"completion_tokens", s.completionTokens},
            {"tokens_estimated", s.tokensEstimated},
            {"cost_usd", world.spent()},
            {"cost_complete", s.callsWithoutPrice == 0},
            {"by_agent", agents},
            {"provider", provider.toStdString()}};
}

/** Waits for the provider to get ready (network providers probe the server once). */
QString prepareProvider(llm::Provider &provider)
{
    QString error;
    QEventLoop loop;
    provider.prepare([&](const QString &e) {
        error = e;
        loop.quit();
    });
    loop.exec();
    return error;
}

} // namespace

int runScenarioCommand(const QStringList &args)
{
    const QString verb = QStringLiteral("run");
    QCommandLineParser parser;
    const QCommandLineOption steps(QStringLiteral("steps"), Tr::tr("Steps to run (default: the scenario's)."), Tr::tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed (default: the scenario's)."), Tr::tr("S"));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("Store the run in this project file (created when missing)."), Tr::tr("P.troupe"));
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      Tr::tr("Model provider: %1 (default: config.ini API_TYPE).").arg(llm::availableProviders().join(QLatin1Char('|'))),
                                      Tr::tr("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), Tr::tr("Server URL for OpenAI-compatible providers."), Tr::tr("URL"));
    const QCommandLineOption model(QStringLiteral("model"), Tr::tr("Model for agents without their own."), Tr::tr("M"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("One JSON object per event per line on stdout; the summary goes to stderr."));
    const QCommandLineOption noColour(QStringLiteral("no-color"), Tr::tr("No colours, even on a terminal."));
    const QCommandLineOption resume(QStringLiteral("resume"), Tr::tr("Continue a stored run of --project (\"last\" or its id) instead of starting one."), Tr::tr("RUN"));
    const QCommandLineOption budget(QStringLiteral("budget"), Tr::tr("Pause the run once its model calls cost this many US dollars (default: config.ini RUN_BUDGET_USD)."), Tr::tr("USD"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), Tr::tr("Model calls in flight at once (default: config.ini MAX_CONCURRENT_MODEL_CALLS)."), Tr::tr("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Tr::tr("Seconds a model call may take (default: config.ini TIMEOUT)."), Tr::tr("S"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), Tr::tr("Do not answer repeated calls from the project's cache."));
    const QCommandLineOption noStream(QStringLiteral("no-stream"), Tr::tr("Do not ask the server to stream replies."));
    parser.addOptions({steps, seed, project, provider, baseUrl, model, json, noColour, resume, budget, concurrency, timeout, noCache, noStream});
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 Tr::tr("A scenario file, or a bundled scenario: %1.").arg(Scenario::bundledNames().join(QStringLiteral(", "))),
                                 Tr::tr("SCENARIO"));
    const bool resuming = args.contains(QStringLiteral("--resume"));
    if (int code = parseVerb(parser, args, verb,
                             Tr::tr("Runs a scenario and prints the conversation as it happens. Ctrl-C stops after "
                                    "the current step, with everything saved."),
                             resuming ? 0 : 1);
        code >= 0)
        return code;

    // Options.
    std::optional<int> stepCount;
    if (parser.isSet(steps)) {
        bool ok = false;
        stepCount = parser.value(steps).toInt(&ok);
        if (!ok || *stepCount < 0)
            return fail(verb, Tr::tr("--steps: expected a whole number of 0 or more, got \"%1\"").arg(parser.value(steps)), Usage);
    }
    std::optional<quint64> seedValue;
    if (parser.isSet(seed)) {
        bool ok = false;
        seedValue = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(verb, Tr::tr("--seed: expected a whole number, got \"%1\"").arg(parser.value(seed)), Usage);
    }
    if (parser.isSet(resume) && !parser.isSet(project))
        return fail(verb, Tr::tr("--resume needs --project, the file that holds the run"), Usage);
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    llm::EndpointFlags flags;
    flags.provider = parser.value(provider);
    flags.baseUrl = parser.value(baseUrl);
    flags.model = parser.value(model);
    flags.noStream = parser.isSet(noStream);
    for (const auto &[option, target] : {std::pair{&concurrency, &flags.concurrency}, std::pair{&timeout, &flags.timeoutSeconds}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target <= 0)
            return fail(verb, Tr::tr("--%1: expected a whole number above 0, got \"%2\"").arg(option->names().constFirst(), parser.value(*option)), Usage);
    }
    double budgetCap = config.value().value(QStringLiteral("Simulation"), QStringLiteral("RUN_BUDGET_USD"), 0).toDouble();
    if (parser.isSet(budget)) {
        bool ok = false;
        budgetCap = parser.value(budget).toDouble(&ok);
        if (!ok || budgetCap < 0)
            return fail(verb, Tr::tr("--budget: expected an amount in US dollars, got \"%1\"").arg(parser.value(budget)), Usage);
    }
    const QString chosen = llm::chosenProvider(flags.provider, config.value());
    if (parser.isSet(baseUrl) && chosen == QLatin1String("offline"))
        return fail(verb, Tr::tr("--base-url applies to network providers, not to the offline engine; add --provider openai (or another: %1)")
                              .arg(llm::endpointPresets().join(QStringLiteral(", "))), Usage);
    if (!llm::availableProviders().contains(chosen))
        return fail(verb, Tr::tr("provider \"%1\" is not known (available: %2)").arg(chosen, llm::availableProviders().join(QStringLiteral(", "))), Usage);
    const bool jsonOut = parser.isSet(json);
    auto note = [&](const QString &line) { jsonOut ? err(line) : out(line); };

    // The project: the user's, or a temporary one that goes away after the run.
    QTemporaryDir scratch;
    const QString projectPath = parser.isSet(project) ? parser.value(project) : scratch.filePath(QStringLiteral("run.troupe"));
    const bool creating = !QFileInfo::exists(projectPath);
    if (parser.isSet(resume) && creating)
        return fail(verb, Tr::tr("%1 does not exist").arg(projectPath));
    auto opened = ProjectFile::openOrCreate(projectPath);
    if (!opened)
        return fail(verb, opened.error());
    std::unique_ptr<ProjectFile> file = std::move(opened).value();
    if (creating && parser.isSet(project))
        note(Tr::tr("created project %1").arg(projectPath));
    RunStore store(*file);

    auto createdEngine = RunEngine::create(file.get(), flags, config.value(), parser.isSet(noCache));
    if (!createdEngine)
        return fail(verb, createdEngine.error());
    const std::unique_ptr<RunEngine> engine = std::move(createdEngine).value();
    llm::Provider *llmProvider = &engine->provider();
    const llm::CachingProvider *caching = engine->caching();
    llm::CallScheduler &scheduler = engine->scheduler();
    if (llmProvider->isLanguageModel()) {
        if (const QString problem = prepareProvider(*llmProvider); !problem.isEmpty())
            return fail(verb, Tr::tr("%1 cannot be used: %2").arg(llmProvider->label(), problem));
    }
    Scenario::BuildOptions options;
    options.settings = AgentSettings::fromConfig(config.value());
    options.seed = seedValue;
    options.defaultModel = engine->defaultModel();

    std::unique_ptr<World> world;
    qint64 runId = 0;
    int toRun = 0;
    QString title;
    if (parser.isSet(resume)) {
        const QString which = parser.value(resume);
        if (which == QLatin1String("last")) {
            auto latest = store.latestRun();
            if (!latest)
                return fail(verb, latest.error());
            runId = latest.value();
            if (runId == 0)
                return fail(verb, Tr::tr("%1 holds no runs to resume").arg(projectPath));
        } else {
            bool ok = false;
            runId = which.toLongLong(&ok);
            if (!ok)
                return fail(verb, Tr::tr("--resume: expected \"last\" or a run id, got \"%1\"").arg(which), Usage);
        }
        auto record = store.run(runId);
        if (!record)
            return fail(verb, record.error());
        const int planned = Scenario::steps(nlohmann::ordered_json::parse(record.value().scenario.dump()));
        if (record.value().stepsDone >= planned && !stepCount)
            return fail(verb, Tr::tr("run %1 already ran all %2 steps of its scenario; give --steps to run it further")
                                  .arg(runId)
                                  .arg(planned));
        auto resumed = resumeRun(store, runId, &scheduler, options);
        if (!resumed)
            return fail(verb, resumed.error());
        world = std::move(resumed).value();
        toRun = stepCount.value_or(std::max(0, planned - world->stepsDone()));
        title = record.value().name;
        if (auto spent = store.spent(runId))
            world->setSpent(spent.value());
        note(Tr::tr("resuming run %1 (\"%2\") after step %3").arg(runId).arg(title).arg(world->stepsDone()));
    } else {
        const Scenario::Outcome scenario = Scenario::loadFile(parser.positionalArguments().value(0));
        if (!scenario.resolved) {
            for (const Diagnostic &d : scenario.diagnostics)
                err(d.toString());
            return fail(verb, Tr::tr("the scenario has errors; nothing was run"));
        }
        const nlohmann::ordered_json &resolved = *scenario.resolved;
        world = Scenario::build(resolved, &scheduler, options);
        toRun = stepCount.value_or(Scenario::steps(resolved));
        title = QString::fromStdString(resolved.value("name", std::string()));
        nlohmann::json configJson = {{"provider", llmProvider->name().toStdString()},
                                     {"endpoint", llmProvider->identity().toStdString()},
                                     {"model", options.defaultModel.toStdString()},
                                     {"steps", toRun},
                                     {"budget_usd", budgetCap}};
        auto created = store.createRun(title, world->seed(), nlohmann::json::parse(resolved.dump()), configJson);
        if (!created)
            return fail(verb, created.error());
        runId = created.value();
    }

    QSet<QString> agentNames;
    for (const auto &a : world->agents())
        agentNames.insert(a->name());
    const bool colour = !jsonOut && !parser.isSet(noColour) && ::isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR");
    RunPrinter printer(jsonOut, colour, agentNames);
    if (!jsonOut) {
        out(colour ? QStringLiteral("\x1b[1m%1\x1b[0m").arg(title) : title);
        out(Tr::tr("%1 agents · %2 steps · seed %3 · %4 (%5)")
                .arg(world->agents().size())
                .arg(toRun)
                .arg(world->seed())
                .arg(llmProvider->label(), options.defaultModel));
    }

    world->setBudget(budgetCap);
    world->setRecorder([&store, runId](const StepCommit &c) { return store.commitStep(runId, c); });
    QObject::connect(world.get(), &World::eventsAppended, world.get(), [&printer](const RunEvents &events) { printer.print(events); });

    // Ctrl-C: stop after the current step.
    bool interrupted = false;
    std::unique_ptr<QSocketNotifier> sigint;
    if (::pipe(g_signalPipe) == 0) {
        sigint = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(sigint.get(), &QSocketNotifier::activated, world.get(), [&] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            if (interrupted) { // the second Ctrl-C: do not wait for calls in flight
                err(Tr::tr("cancelling the calls in flight…"));
                world->interrupt(Tr::tr("stopped with Ctrl-C during step %1").arg(world->stepsDone() + 1));
                return;
            }
            err(Tr::tr("stopping after this step (everything so far is saved); Ctrl-C again to cancel calls in flight…"));
            interrupted = true;
            world->requestStop();
        });
        std::signal(SIGINT, onSigint);
        std::signal(SIGTERM, onSigint);
    }

    int exitCode = Ok;
    QString pauseReason;
    QEventLoop loop;
    QObject::connect(world.get(), &World::finished, &loop, &QEventLoop::quit);
    QObject::connect(world.get(), &World::paused, &loop, [&](const QString &reason) {
        pauseReason = reason;
        loop.quit();
    });
    (void)store.setStatus(runId, QStringLiteral("running"));
    world->run(toRun);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const auto byAgent = store.usage(runId, RunStore::UsageBy::Agent);
    const nlohmann::json summary = summaryJson(*world, scheduler, llmProvider->name(),
                                               byAgent ? byAgent.value() : std::vector<RunStore::UsageRow>());
    QString status = QStringLiteral("finished");
    if (!pauseReason.isEmpty()) {
        status = QStringLiteral("paused");
        exitCode = Failed;
    } else if (interrupted && world->stepsDone() < toRun) {
        status = QStringLiteral("interrupted");
    }
    if (const Status s = store.setStatus(runId, status, summary); !s)
        return fail(verb, s.error());

    // Summary.
    QStringList byType;
    for (const auto &[type, n] : world->actionCounts())
        byType.append(QStringLiteral("%1 %2").arg(type).arg(n));
    const auto &stats = scheduler.stats();
    auto line = [&](const QString &text) { jsonOut ? err(text) : out(text); };
    line(QString());
    line(Tr::tr("Run %1 %2 after %3 steps.").arg(runId).arg(status).arg(world->stepsDone()));
    line(Tr::tr("Actions: %1").arg(byType.isEmpty() ? Tr::tr("none") : byType.join(QStringLiteral(", "))));
    line(Tr::tr("Model calls: %1 (%2 failed), embedding calls: %3")
             .arg(stats.chatCalls)
             .arg(stats.failedCalls)
             .arg(stats.embeddingCalls));
    line(Tr::tr("Tokens: %1 prompt, %2 completion%3")
             .arg(stats.promptTokens)
             .arg(stats.completionTokens)
             .arg(stats.tokensEstimated ? Tr::tr(" (estimated: %1)").arg(llmProvider->label()) : QString()));
    if (stats.retries > 0)
        line(Tr::tr("Retries: %1 (the server was slow or failing; see llm_calls)").arg(stats.retries));
    if (caching)
        line(Tr::tr("Cache: %1 hits, %2 misses").arg(caching->hits()).arg(caching->misses()));
    if (llmProvider->isLanguageModel()) {
        QString cost = Tr::tr("Cost: $%1").arg(QString::number(world->spent(), 'f', 4));
        if (world->budget() > 0)
            cost += Tr::tr(" of a $%1 budget").arg(QString::number(world->budget(), 'f', 2));
        if (stats.callsWithoutPrice > 0)
            cost += Tr::tr(" + unknown for %1 calls (no [Prices] entry for %2)").arg(stats.callsWithoutPrice).arg(stats.modelsWithoutPrice.join(QStringLiteral(", ")));
        line(cost);
    }
    if (parser.isSet(project))
        line(Tr::tr("Saved in %1 (run %2).").arg(projectPath).arg(runId));
    if (!pauseReason.isEmpty())
        return fail(verb, Tr::tr("run paused: %1. Fix the cause and continue with --resume %2 --project %3")
                              .arg(pauseReason)
                              .arg(runId)
                              .arg(parser.isSet(project) ? projectPath : Tr::tr("P.troupe")));
    return exitCode;
}

} // namespace troupe::cli
