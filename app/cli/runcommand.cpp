#include "runcommand.h"

#include "cliio.h"
#include "runprinter.h"
#include "config/config.h"
#include "llm/callcache.h"
#include "llm/providers.h"
#include "session/runengine.h"
#include "store/populationstore.h"
#include "world/scenario.h"
#include "world/world.h"

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

struct Options
{
    std::optional<int> steps;
    std::optional<quint64> seed;
    std::optional<double> budget;
    llm::EndpointFlags flags;
    bool noCache = false;
    bool json = false;
    bool colour = false;
    QString projectPath;
    bool userProject = false;
    QString resume; // "last" or a run id
    QString scenario;
};

/** The summary printed at the end (stderr with --json). */
void printSummary(RunEngine &engine, const Options &o, const std::function<void(const QString &)> &line)
{
    World &world = *engine.world();
    const llm::Provider &provider = engine.models()->provider();
    const auto &stats = engine.models()->scheduler().stats();
    QStringList byType;
    for (const auto &[type, n] : world.actionCounts())
        byType.append(QStringLiteral("%1 %2").arg(type).arg(n));
    line(QString());
    line(Tr::tr("Run %1 %2 after %3 steps.").arg(engine.runId()).arg(runStatusLabel(engine.status())).arg(engine.stepsStored()));
    line(Tr::tr("Actions: %1").arg(byType.isEmpty() ? Tr::tr("none") : byType.join(QStringLiteral(", "))));
    line(Tr::tr("Model calls: %1 (%2 failed), embedding calls: %3").arg(stats.chatCalls).arg(stats.failedCalls).arg(stats.embeddingCalls));
    line(Tr::tr("Tokens: %1 prompt, %2 completion%3")
             .arg(stats.promptTokens)
             .arg(stats.completionTokens)
             .arg(stats.tokensEstimated ? Tr::tr(" (estimated: %1)").arg(provider.label()) : QString()));
    if (stats.retries > 0)
        line(Tr::tr("Retries: %1 (the server was slow or failing; see llm_calls)").arg(stats.retries));
    if (const llm::CachingProvider *caching = engine.models()->caching())
        line(Tr::tr("Cache: %1 hits, %2 misses").arg(caching->hits()).arg(caching->misses()));
    if (provider.isLanguageModel()) {
        QString cost = Tr::tr("Cost: $%1").arg(QString::number(world.spent(), 'f', 4));
        if (engine.budget() > 0)
            cost += Tr::tr(" of a $%1 budget").arg(QString::number(engine.budget(), 'f', 2));
        if (stats.callsWithoutPrice > 0)
            cost += Tr::tr(" + unknown for %1 calls (no [Prices] entry for %2)").arg(stats.callsWithoutPrice).arg(stats.modelsWithoutPrice.join(QStringLiteral(", ")));
        line(cost);
    }
    if (o.userProject)
        line(Tr::tr("Saved in %1 (run %2).").arg(o.projectPath).arg(engine.runId()));
}

} // namespace

int runScenarioCommand(const QStringList &args)
{
    const QString verb = QStringLiteral("run");
    QCommandLineParser parser;
    const QCommandLineOption steps(QStringLiteral("steps"), Tr::tr("Steps to run (default: the scenario's); with --resume, this many more."), Tr::tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed (default: the scenario's)."), Tr::tr("S"));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("Store the run in this project file (created when missing)."), Tr::tr("P.troupe"));
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      Tr::tr("Model provider: %1 (default: config.ini API_TYPE; resuming: the run's).").arg(llm::availableProviders().join(QLatin1Char('|'))),
                                      Tr::tr("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), Tr::tr("Server URL for OpenAI-compatible providers."), Tr::tr("URL"));
    const QCommandLineOption model(QStringLiteral("model"), Tr::tr("Model for agents without their own."), Tr::tr("M"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("One JSON object per event per line on stdout; the summary goes to stderr."));
    const QCommandLineOption noColour(QStringLiteral("no-color"), Tr::tr("No colours, even on a terminal."));
    const QCommandLineOption resume(QStringLiteral("resume"), Tr::tr("Continue a stored run of --project (\"last\" or its id) with the engine it was started with; flags given override it."), Tr::tr("RUN"));
    const QCommandLineOption budget(QStringLiteral("budget"), Tr::tr("Pause the run once its model calls cost this many US dollars (default: config.ini RUN_BUDGET_USD)."), Tr::tr("USD"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), Tr::tr("Model calls in flight at once (default: config.ini MAX_CONCURRENT_MODEL_CALLS)."), Tr::tr("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), Tr::tr("Seconds a model call may take (default: config.ini TIMEOUT)."), Tr::tr("S"));
    const QCommandLineOption noCache(QStringLiteral("no-cache"), Tr::tr("Do not answer repeated calls from the project's cache."));
    const QCommandLineOption noStream(QStringLiteral("no-stream"), Tr::tr("Do not ask the server to stream replies."));
    const QCommandLineOption pace(QStringLiteral("pace"), Tr::tr("Take at least this many seconds per step, to watch it (default: 0)."), Tr::tr("S"));
    parser.addOptions({steps, seed, project, provider, baseUrl, model, json, noColour, resume, budget, concurrency, timeout, noCache, noStream, pace});
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

    Options o;
    if (parser.isSet(steps)) {
        bool ok = false;
        o.steps = parser.value(steps).toInt(&ok);
        if (!ok || *o.steps < 0)
            return fail(verb, Tr::tr("--steps: expected a whole number of 0 or more, got \"%1\"").arg(parser.value(steps)), Usage);
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(verb, Tr::tr("--seed: expected a whole number, got \"%1\"").arg(parser.value(seed)), Usage);
    }
    if (parser.isSet(resume) && !parser.isSet(project))
        return fail(verb, Tr::tr("--resume needs --project, the file that holds the run"), Usage);
    if (parser.isSet(resume) && parser.isSet(seed))
        return fail(verb, Tr::tr("--seed cannot change a stored run; it keeps the seed it was started with"), Usage);
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    o.flags.provider = parser.value(provider);
    o.flags.baseUrl = parser.value(baseUrl);
    o.flags.model = parser.value(model);
    o.flags.noStream = parser.isSet(noStream);
    for (const auto &[option, target] : {std::pair{&concurrency, &o.flags.concurrency}, std::pair{&timeout, &o.flags.timeoutSeconds}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target <= 0)
            return fail(verb, Tr::tr("--%1: expected a whole number above 0, got \"%2\"").arg(option->names().constFirst(), parser.value(*option)), Usage);
    }
    if (parser.isSet(budget)) {
        bool ok = false;
        o.budget = parser.value(budget).toDouble(&ok);
        if (!ok || *o.budget < 0)
            return fail(verb, Tr::tr("--budget: expected an amount in US dollars, got \"%1\"").arg(parser.value(budget)), Usage);
    }
    int paceMs = 0;
    if (parser.isSet(pace)) {
        bool ok = false;
        const double seconds = parser.value(pace).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 3600)
            return fail(verb, Tr::tr("--pace: expected seconds between 0 and 3600, got \"%1\"").arg(parser.value(pace)), Usage);
        paceMs = int(seconds * 1000);
    }
    if (!parser.isSet(resume) || parser.isSet(provider)) {
        const QString chosen = llm::chosenProvider(o.flags.provider, config.value());
        if (parser.isSet(baseUrl) && chosen == QLatin1String("offline") && !parser.isSet(resume))
            return fail(verb, Tr::tr("--base-url applies to network providers, not to the offline engine; add --provider openai (or another: %1)")
                                  .arg(llm::endpointPresets().join(QStringLiteral(", "))), Usage);
        if (!llm::availableProviders().contains(chosen))
            return fail(verb, Tr::tr("provider \"%1\" is not known (available: %2)").arg(chosen, llm::availableProviders().join(QStringLiteral(", "))), Usage);
    }
    o.json = parser.isSet(json);
    o.noCache = parser.isSet(noCache);
    auto note = [&](const QString &line) { o.json ? err(line) : out(line); };

    // The project: the user's, or a temporary one that goes away after the run.
    QTemporaryDir scratch;
    o.userProject = parser.isSet(project);
    o.projectPath = o.userProject ? parser.value(project) : scratch.filePath(QStringLiteral("run.troupe"));
    const bool creating = !QFileInfo::exists(o.projectPath);
    if (parser.isSet(resume) && creating)
        return fail(verb, Tr::tr("%1 does not exist").arg(o.projectPath));
    auto opened = ProjectFile::openOrCreate(o.projectPath);
    if (!opened)
        return fail(verb, opened.error());
    std::unique_ptr<ProjectFile> file = std::move(opened).value();
    if (creating && o.userProject)
        note(Tr::tr("created project %1").arg(o.projectPath));

    RunEngine engine(*file, config.value());
    engine.setFlags(o.flags, o.noCache);
    engine.setPace(paceMs);
    QObject::connect(&engine, &RunEngine::notice, &engine, note);
    Status started;
    if (parser.isSet(resume)) {
        RunEngine::Continue c;
        const QString which = parser.value(resume);
        if (which == QLatin1String("last")) {
            auto latest = engine.store().latestRun();
            if (!latest)
                return fail(verb, latest.error());
            c.runId = latest.value();
            if (c.runId == 0)
                return fail(verb, Tr::tr("%1 holds no runs to resume").arg(o.projectPath));
        } else {
            bool ok = false;
            c.runId = which.toLongLong(&ok);
            if (!ok)
                return fail(verb, Tr::tr("--resume: expected \"last\" or a run id, got \"%1\"").arg(which), Usage);
        }
        c.moreSteps = o.steps;
        c.budgetUsd = o.budget;
        started = engine.resume(c);
    } else {
        // Population entries take their people from the project's populations.
        PopulationStore populations(*file);
        Scenario::PopulationResolver people;
        if (o.userProject)
            people = [&populations](const QString &name, std::optional<int> sample, quint64 seed) { return populations.pick(name, sample, seed); };
        const Scenario::Outcome scenario = Scenario::loadFile(parser.positionalArguments().value(0), people);
        if (!scenario.resolved) {
            for (const Diagnostic &d : scenario.diagnostics)
                err(d.toString());
            return fail(verb, Tr::tr("the scenario has errors; nothing was run"));
        }
        RunEngine::NewRun n;
        n.scenario = *scenario.resolved;
        n.steps = o.steps;
        n.seed = o.seed;
        n.budgetUsd = o.budget;
        started = engine.start(n);
    }
    if (!started)
        return fail(verb, started.error());

    World &world = *engine.world();
    QSet<QString> agentNames;
    for (const auto &a : world.agents())
        agentNames.insert(a->name());
    o.colour = !o.json && !parser.isSet(noColour) && ::isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR");
    RunPrinter printer(o.json, o.colour, agentNames);
    if (!o.json) {
        out(o.colour ? QStringLiteral("\x1b[1m%1\x1b[0m").arg(engine.title()) : engine.title());
        out(Tr::tr("%1 agents · %2 steps · seed %3 · %4 (%5)")
                .arg(world.agents().size())
                .arg(engine.stepsPlanned() - world.stepsDone())
                .arg(world.seed())
                .arg(engine.models()->provider().label(), engine.engine().model));
    }
    QObject::connect(&engine, &RunEngine::eventsAppended, &engine, [&printer](const RunEvents &events) { printer.print(events); });

    // Ctrl-C: stop after the current step; a second one cancels the calls in flight.
    bool interrupted = false;
    std::unique_ptr<QSocketNotifier> sigint;
    if (::pipe(g_signalPipe) == 0) {
        sigint = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(sigint.get(), &QSocketNotifier::activated, &engine, [&] {
            char c;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            if (interrupted) {
                err(Tr::tr("cancelling the calls in flight…"));
                engine.stop(Tr::tr("stopped with Ctrl-C during step %1").arg(engine.stepsDone() + 1));
                return;
            }
            err(Tr::tr("stopping after this step (everything so far is saved); Ctrl-C again to cancel calls in flight…"));
            interrupted = true;
            engine.stopAfterStep(Tr::tr("stopped with Ctrl-C after step %1").arg(engine.stepsDone() + 1));
        });
        std::signal(SIGINT, onSigint);
        std::signal(SIGTERM, onSigint);
    }

    QEventLoop loop;
    QObject::connect(&engine, &RunEngine::ready, &loop, [&engine] { engine.run(); });
    QObject::connect(&engine, &RunEngine::statusChanged, &loop, [&loop](RunStatus s) {
        if (s != RunStatus::Running)
            loop.quit();
    });
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    printSummary(engine, o, note);
    if (engine.status() == RunStatus::Paused)
        return fail(verb, Tr::tr("run paused: %1. Fix the cause and continue with --resume %2 --project %3")
                              .arg(engine.pauseReason())
                              .arg(engine.runId())
                              .arg(o.userProject ? o.projectPath : Tr::tr("P.troupe")));
    return Ok;
}

} // namespace troupe::cli
