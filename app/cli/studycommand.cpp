// troupe study run: a study's questions put to its respondents, answers printed as they
// arrive, a per-question summary at the end.
#include "studycommand.h"

#include "cliio.h"
#include "populationcommand.h"
#include "populationoptions.h"
#include "studysummaryprint.h"
#include "config/config.h"
#include "session/runengine.h"
#include "store/populationstore.h"
#include "store/projectfile.h"
#include "study/answer.h"
#include "study/studyfile.h"
#include "study/studyrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyCommand)
};

QString usage()
{
    return Tr::tr("Usage: troupe study <verb> ...\n"
                  "  run STUDY [--project P] [provider flags] [--seed S] [--budget USD] [--json]\n"
                  "  run --resume RUN --project P\n"
                  "STUDY is a study file or a bundled study: %1.")
        .arg(StudyFile::bundledNames().join(QStringLiteral(", ")));
}

/** Generates the study's population into the project when it lacks it (the population verbs' own path). */
int ensurePopulation(const Study &study, const QString &projectPath, const QStringList &modelArgs, bool json)
{
    if (!study.population)
        return Ok;
    const StudyPopulation &p = *study.population;
    {
        auto project = ProjectFile::openOrCreate(projectPath);
        if (!project)
            return fail(QStringLiteral("study run"), project.error());
        if (PopulationStore(*project.value()).load(p.name))
            return Ok;
    }
    if (!p.description)
        return fail(QStringLiteral("study run"),
                    Tr::tr("the project has no population \"%1\" and the study gives no description to generate it from").arg(p.name));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("description.population.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromStdString(p.description->dump(2))) < 0)
        return fail(QStringLiteral("study run"), Tr::tr("cannot write %1").arg(file));
    f.close();
    (json ? err : out)(Tr::tr("Generating the population \"%1\" (%2 people) for the study…").arg(p.name).arg(p.sample.value_or(50)));
    QStringList args{QStringLiteral("generate"), file, QStringLiteral("--name"), p.name, QStringLiteral("--count"),
                     QString::number(p.sample.value_or(50)), QStringLiteral("--project"), projectPath};
    if (p.seed)
        args << QStringLiteral("--seed") << QString::number(*p.seed);
    if (!p.extra.isEmpty())
        args << QStringLiteral("--extra") << p.extra;
    if (json)
        args << QStringLiteral("--json");
    return populationGenerate(args + modelArgs);
}

/** The provider flags as given, to pass on to population generation. */
QStringList modelArguments(const QCommandLineParser &parser, const PopulationOptions &o)
{
    QStringList out;
    for (const QCommandLineOption *option : {&o.provider, &o.baseUrl, &o.model, &o.concurrency, &o.timeout})
        if (parser.isSet(*option))
            out << QStringLiteral("--") + option->names().constLast() << parser.value(*option);
    for (const QCommandLineOption *option : {&o.noCache, &o.noStream})
        if (parser.isSet(*option))
            out << QStringLiteral("--") + option->names().constLast();
    return out;
}

QString answerLine(const Study &study, const AnswerRecord &a)
{
    const Question *q = study.question(a.questionId);
    if (!a.value)
        return Tr::tr("%1 · %2: (missing: %3)").arg(a.agent, a.questionId, a.missingReason);
    const QString value = q ? answerText(*q, *a.value) : QString::fromStdString(a.value->dump());
    return a.justification.isEmpty() || (q && q->type == QuestionType::Open)
        ? Tr::tr("%1 · %2: %3").arg(a.agent, a.questionId, value)
        : Tr::tr("%1 · %2: %3 — %4").arg(a.agent, a.questionId, value, a.justification);
}

nlohmann::json answerJson(const AnswerRecord &a)
{
    nlohmann::json j{{"run", a.runId},
                     {"agent", a.agent.toStdString()},
                     {"question", a.questionId.toStdString()},
                     {"type", a.type.toStdString()},
                     {"value", a.value ? *a.value : nlohmann::json()},
                     {"justification", a.justification.toStdString()},
                     {"event_seq", a.eventSeq ? nlohmann::json(*a.eventSeq) : nlohmann::json()},
                     {"missing_reason", a.value ? nlohmann::json() : nlohmann::json(a.missingReason.toStdString())}};
    return j;
}

int studyRun(const QStringList &args)
{
    const QString verb = QStringLiteral("study run");
    QCommandLineParser parser;
    PopulationOptions o;
    o.addModelOptions(parser);
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of the run (default: the study's scenario's)."), Tr::tr("S"));
    const QCommandLineOption budget(QStringLiteral("budget"), Tr::tr("Pause once the run's model calls cost this many US dollars."), Tr::tr("USD"));
    const QCommandLineOption resume(QStringLiteral("resume"), Tr::tr("Continue a stored study run of --project (\"last\" or its id)."), Tr::tr("RUN"));
    parser.addOptions({o.project, o.json, seed, budget, resume});
    parser.addPositionalArgument(QStringLiteral("study"), Tr::tr("A study file, or a bundled study: %1.").arg(StudyFile::bundledNames().join(QStringLiteral(", "))),
                                 Tr::tr("STUDY"));
    const bool resuming = args.contains(QStringLiteral("--resume"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Puts a study's questions to its respondents and stores their answers."), resuming ? 0 : 1);
        code >= 0)
        return code;
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    int code = Ok;
    const auto flags = endpointFlags(parser, o, config.value(), verb, &code);
    if (!flags)
        return code;
    const bool json = parser.isSet(o.json);
    auto note = [json](const QString &line) { json ? err(line) : out(line); };
    if (resuming && !parser.isSet(o.project))
        return fail(verb, Tr::tr("--resume needs --project, the file that holds the run"), Usage);

    QTemporaryDir scratch;
    const bool userProject = parser.isSet(o.project);
    const QString projectPath = userProject ? parser.value(o.project) : scratch.filePath(QStringLiteral("study.troupe"));

    std::optional<Study> study;
    if (!resuming) {
        const StudyFile::Outcome loaded = StudyFile::loadFile(parser.positionalArguments().value(0));
        if (!loaded.study) {
            for (const Diagnostic &d : loaded.diagnostics)
                err(d.toString());
            return fail(verb, Tr::tr("the study has errors; nothing was run"));
        }
        study = *loaded.study;
        if (int generated = ensurePopulation(*study, projectPath, modelArguments(parser, o), json); generated != Ok)
            return generated;
    }
    auto opened = ProjectFile::openOrCreate(projectPath);
    if (!opened)
        return fail(verb, opened.error());
    std::unique_ptr<ProjectFile> project = std::move(opened).value();

    StudyRun runner(*project, config.value());
    QObject::connect(&runner.engine(), &RunEngine::notice, &runner, note);
    Status started;
    if (resuming) {
        qint64 runId = 0;
        if (parser.value(resume) == QLatin1String("last")) {
            auto latest = runner.engine().store().latestRun();
            if (!latest)
                return fail(verb, latest.error());
            runId = latest.value();
        } else {
            bool ok = false;
            runId = parser.value(resume).toLongLong(&ok);
            if (!ok)
                return fail(verb, Tr::tr("--resume: expected \"last\" or a run id, got \"%1\"").arg(parser.value(resume)), Usage);
        }
        started = runner.resume(runId, *flags);
    } else {
        StudyRun::Options options;
        options.flags = *flags;
        options.noCache = parser.isSet(o.noCache);
        if (parser.isSet(seed)) {
            bool ok = false;
            options.seed = parser.value(seed).toULongLong(&ok);
            if (!ok)
                return fail(verb, Tr::tr("--seed: expected a whole number, got \"%1\"").arg(parser.value(seed)), Usage);
        }
        if (parser.isSet(budget)) {
            bool ok = false;
            options.budgetUsd = parser.value(budget).toDouble(&ok);
            if (!ok || *options.budgetUsd < 0)
                return fail(verb, Tr::tr("--budget: expected an amount in US dollars, got \"%1\"").arg(parser.value(budget)), Usage);
        }
        started = runner.start(*study, options);
    }
    if (!started)
        return fail(verb, started.error());
    if (!json)
        note(Tr::tr("%1 · %2 · %3 questions · run %4 · %5")
                 .arg(runner.study().name, studyModeName(runner.study().mode))
                 .arg(runner.study().questions.size())
                 .arg(runner.runId())
                 .arg(runner.engine().models()->provider().label()));
    QObject::connect(&runner, &StudyRun::answerStored, &runner, [&](const AnswerRecord &a) {
        json ? out(QString::fromStdString(answerJson(a).dump())) : out(answerLine(runner.study(), a));
    });
    QEventLoop loop;
    RunStatus ended = RunStatus::Created;
    QString reason;
    QString failure;
    QObject::connect(&runner, &StudyRun::ended, &loop, [&](RunStatus s, const QString &r) {
        ended = s;
        reason = r;
        loop.quit();
    });
    QObject::connect(&runner, &StudyRun::failed, &loop, [&](const QString &e) {
        failure = e;
        loop.quit();
    });
    loop.exec();
    if (!failure.isEmpty())
        return fail(verb, failure);

    auto table = ResultTable::load(StudyStore(*project), {runner.runId()});
    if (table)
        printStudySummary(table.value(), note);
    if (userProject)
        note(Tr::tr("Saved in %1 (run %2). Export: troupe results export %2 --project %1 --format csv -o answers.csv").arg(projectPath).arg(runner.runId()));
    if (ended == RunStatus::Paused)
        return fail(verb, Tr::tr("run paused: %1. Fix the cause and continue with: troupe study run --resume %2 --project %3")
                              .arg(reason)
                              .arg(runner.runId())
                              .arg(userProject ? projectPath : Tr::tr("P.troupe")));
    return ended == RunStatus::Finished ? Ok : Failed;
}

} // namespace

int runStudyCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("run"))
        return studyRun(args.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(usage());
        return sub.isEmpty() ? Usage : Ok;
    }
    return fail(QStringLiteral("study"), Tr::tr("unknown verb \"%1\" (see troupe study --help)").arg(sub), Usage);
}

} // namespace troupe::cli
