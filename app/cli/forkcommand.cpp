#include "forkcommand.h"

#include "cliio.h"
#include "runprinter.h"
#include "config/config.h"
#include "experiment/runfork.h"
#include "llm/providers.h"
#include "store/runstore.h"
#include "world/world.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ForkCommand)
};

/** "last" or a run id of the project; 0 with `error` set when neither. */
qint64 whichRun(RunStore &store, const QString &written, const QString &option, QString *error)
{
    if (written == QLatin1String("last")) {
        auto latest = store.latestRun();
        if (!latest) {
            *error = latest.error();
            return 0;
        }
        if (latest.value() == 0)
            *error = Tr::tr("the project holds no runs");
        return latest.value();
    }
    bool ok = false;
    const qint64 id = written.toLongLong(&ok);
    if (!ok || id <= 0)
        *error = Tr::tr("%1: expected \"last\" or a run id, got \"%2\"").arg(option, written);
    return ok ? id : 0;
}

QSet<QString> agentNamesOf(const nlohmann::ordered_json &scenario)
{
    QSet<QString> names;
    if (scenario.is_object() && scenario.contains("agents") && scenario["agents"].is_array())
        for (const auto &a : scenario["agents"]) {
            const auto *spec = a.is_object() && a.contains("spec") ? &a["spec"] : nullptr;
            if (spec && spec->is_object() && spec->contains("persona") && (*spec)["persona"].is_object()
                && (*spec)["persona"].contains("name") && (*spec)["persona"]["name"].is_string())
                names.insert(QString::fromStdString((*spec)["persona"]["name"].get<std::string>()));
        }
    return names;
}

bool useColour(bool json, bool noColour)
{
    return !json && !noColour && ::isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR");
}

} // namespace

int runForkCommand(const QStringList &args)
{
    const QString verb = QStringLiteral("run --fork");
    QCommandLineParser parser;
    const QCommandLineOption fork(QStringLiteral("fork"), Tr::tr("The stored run to fork (\"last\" or its id)."), Tr::tr("RUN"));
    const QCommandLineOption atStep(QStringLiteral("at-step"), Tr::tr("The fork repeats the run's first K steps, then takes the change."), Tr::tr("K"));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project file that holds the run; the fork is stored there too."), Tr::tr("P.troupe"));
    const QCommandLineOption apply(QStringLiteral("apply"), Tr::tr("A change file (see docs/experiments.md): words, material, fragments, model or temperature."), Tr::tr("CHANGE.json"));
    const QCommandLineOption steps(QStringLiteral("steps"), Tr::tr("Steps to run after the fork point (default: up to the parent's length)."), Tr::tr("N"));
    const QCommandLineOption provider(QStringLiteral("provider"), Tr::tr("Model provider (default: the parent's)."), Tr::tr("NAME"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), Tr::tr("Server URL (default: the parent's)."), Tr::tr("URL"));
    const QCommandLineOption model(QStringLiteral("model"), Tr::tr("Model for the whole fork (default: the parent's; a change file's \"model\" applies after the fork step only)."), Tr::tr("M"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("One JSON object per event per line on stdout; the summary goes to stderr."));
    const QCommandLineOption noColour(QStringLiteral("no-color"), Tr::tr("No colours, even on a terminal."));
    parser.addOptions({fork, atStep, project, apply, steps, provider, baseUrl, model, json, noColour});
    if (int code = parseVerb(parser, args, verb,
                             Tr::tr("Forks a stored run: a new run whose first K steps repeat the parent's exactly, then "
                                    "the change, then the rest. The parent is not touched."), 0);
        code >= 0)
        return code;
    if (!parser.isSet(project))
        return fail(verb, Tr::tr("--fork needs --project, the file that holds the run"), Usage);
    if (!parser.isSet(atStep))
        return fail(verb, Tr::tr("--fork needs --at-step K"), Usage);
    bool ok = false;
    const int k = parser.value(atStep).toInt(&ok);
    if (!ok || k < 0)
        return fail(verb, Tr::tr("--at-step: expected a whole number of 0 or more, got \"%1\"").arg(parser.value(atStep)), Usage);
    std::optional<int> after;
    if (parser.isSet(steps)) {
        after = parser.value(steps).toInt(&ok);
        if (!ok || *after < 0)
            return fail(verb, Tr::tr("--steps: expected a whole number of 0 or more, got \"%1\"").arg(parser.value(steps)), Usage);
    }
    ForkChange change;
    if (parser.isSet(apply)) {
        const ForkChange::Outcome loaded = ForkChange::loadFile(parser.value(apply));
        if (!loaded.change) {
            for (const Diagnostic &d : loaded.diagnostics)
                err(d.toString());
            return fail(verb, Tr::tr("the change file has errors; nothing was run"));
        }
        change = *loaded.change;
    }
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    llm::EndpointFlags flags;
    flags.provider = parser.value(provider);
    flags.baseUrl = parser.value(baseUrl);
    flags.model = parser.value(model);
    if (!flags.provider.isEmpty() && !llm::availableProviders().contains(flags.provider))
        return fail(verb, Tr::tr("provider \"%1\" is not known (available: %2)").arg(flags.provider, llm::availableProviders().join(QStringLiteral(", "))), Usage);

    const QString path = parser.value(project);
    if (!QFileInfo::exists(path))
        return fail(verb, Tr::tr("%1 does not exist").arg(path));
    auto opened = ProjectFile::openOrCreate(path);
    if (!opened)
        return fail(verb, opened.error());
    std::unique_ptr<ProjectFile> file = std::move(opened).value();
    RunStore store(*file);
    QString problem;
    const qint64 parent = whichRun(store, parser.value(fork), QStringLiteral("--fork"), &problem);
    if (!problem.isEmpty())
        return fail(verb, problem, parent == 0 && parser.value(fork) != QLatin1String("last") ? Usage : Failed);
    auto plan = planFork(store, parent, k, change, after, flags);
    if (!plan)
        return fail(verb, plan.error());

    const bool asJson = parser.isSet(json);
    auto note = [&](const QString &line) { asJson ? err(line) : out(line); };
    RunEngine engine(*file, config.value());
    QObject::connect(&engine, &RunEngine::notice, &engine, note);
    const QSet<QString> agents = agentNamesOf(plan.value().run.scenario);
    RunPrinter printer(asJson, useColour(asJson, parser.isSet(noColour)), agents);
    QObject::connect(&engine, &RunEngine::eventsAppended, &engine, [&printer](const RunEvents &events) { printer.print(events); });
    ForkDriver driver(engine, plan.value());
    if (const Status s = driver.start(); !s)
        return fail(verb, s.error());
    note(Tr::tr("run %1: fork of run %2 at step %3 · %4 steps · seed %5 · %6 (%7)")
             .arg(engine.runId()).arg(parent).arg(k).arg(engine.stepsPlanned()).arg(engine.world()->seed())
             .arg(engine.models()->provider().label(), engine.engine().model));
    QEventLoop loop;
    RunStatus ended = RunStatus::Created;
    QObject::connect(&driver, &ForkDriver::done, &loop, [&](RunStatus s) {
        ended = s;
        loop.quit();
    });
    loop.exec();
    note(QString());
    note(Tr::tr("Run %1 %2 after %3 steps (steps 1–%4 repeat run %5).")
             .arg(engine.runId()).arg(runStatusLabel(ended)).arg(engine.stepsStored()).arg(k).arg(parent));
    note(Tr::tr("Saved in %1 (run %2).").arg(path).arg(engine.runId()));
    if (ended == RunStatus::Paused)
        return fail(verb, Tr::tr("run paused: %1. Continue with troupe run --resume %2 --project %3")
                              .arg(engine.pauseReason()).arg(engine.runId()).arg(path));
    return ended == RunStatus::Finished ? Ok : Failed;
}

int runShowCommand(const QStringList &args)
{
    const QString verb = QStringLiteral("run show");
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project file that holds the run."), Tr::tr("P.troupe"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("The same event objects as troupe run --json, one per line."));
    const QCommandLineOption noColour(QStringLiteral("no-color"), Tr::tr("No colours, even on a terminal."));
    parser.addOptions({project, json, noColour});
    parser.addPositionalArgument(QStringLiteral("run"), Tr::tr("A run id, or \"last\"."), Tr::tr("RUN"));
    if (int code = parseVerb(parser, args.mid(1), verb, Tr::tr("Prints a stored run as it was printed while it ran."), 1); code >= 0)
        return code;
    if (!parser.isSet(project))
        return fail(verb, Tr::tr("needs --project, the file that holds the run"), Usage);
    const QString path = parser.value(project);
    if (!QFileInfo::exists(path))
        return fail(verb, Tr::tr("%1 does not exist").arg(path));
    auto opened = ProjectFile::openOrCreate(path);
    if (!opened)
        return fail(verb, opened.error());
    std::unique_ptr<ProjectFile> file = std::move(opened).value();
    RunStore store(*file);
    QString problem;
    const qint64 id = whichRun(store, parser.positionalArguments().value(0), QStringLiteral("RUN"), &problem);
    if (!problem.isEmpty())
        return fail(verb, problem, Usage);
    auto record = store.run(id);
    if (!record)
        return fail(verb, record.error());
    auto events = store.events(id);
    if (!events)
        return fail(verb, events.error());
    const RunStore::RunRecord &r = record.value();
    const bool asJson = parser.isSet(json);
    const bool colour = useColour(asJson, parser.isSet(noColour));
    if (!asJson) {
        out(colour ? QStringLiteral("\x1b[1m%1\x1b[0m").arg(r.name) : r.name);
        QString line = Tr::tr("run %1 · %2 · %3 steps · seed %4").arg(r.id).arg(runStatusLabel(r.status)).arg(r.stepsDone).arg(r.seed);
        if (r.parentRunId > 0)
            line += Tr::tr(" · fork of run %1 at step %2 (steps 1–%2 are the parent's)").arg(r.parentRunId).arg(r.forkStep);
        out(line);
    }
    // A fork holds its own copy of the parent's first steps (it replayed them), so its log
    // is printed whole: up to the fork step it is the parent's, event for event.
    RunPrinter printer(asJson, colour, agentNamesOf(r.scenario));
    printer.print(events.value());
    return Ok;
}

} // namespace troupe::cli
