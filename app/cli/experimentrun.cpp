// troupe experiment run: every arm and replicate of an experiment (or one shard of them),
// each a study run stored with its experiment, arm and replicate.
#include "cliio.h"
#include "populationoptions.h"
#include "studycommand.h"
#include "config/config.h"
#include "experiment/experiment.h"
#include "session/runengine.h"
#include "store/experimentstore.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study/studyrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentCommand)
};

/** Whether the project already holds a finished run of this arm and replicate (a shard run again). */
qint64 finishedRun(ProjectFile &project, const QString &experiment, const ExperimentJob &job)
{
    auto runs = StudyStore(project).experimentRuns(experiment);
    if (!runs)
        return 0;
    RunStore store(project);
    for (const StudyRunRecord &r : runs.value())
        if (r.arm == job.arm && r.replicate == job.replicate)
            if (auto info = store.runInfo(r.runId); info && info.value().status == RunStatus::Finished)
                return r.runId;
    return 0;
}

} // namespace

int runExperimentRun(const QStringList &args)
{
    const QString verb = QStringLiteral("experiment run");
    QCommandLineParser parser;
    PopulationOptions o;
    o.addModelOptions(parser);
    const QCommandLineOption shard(QStringLiteral("shard"), Tr::tr("Run only shard I of N (0 <= I < N): the jobs whose index is I modulo N, as a Slurm array task or a Kubernetes indexed Job."), Tr::tr("I/N"));
    parser.addOptions({o.project, o.json, shard});
    parser.addPositionalArgument(QStringLiteral("experiment"),
                                 Tr::tr("An experiment file, or a bundled experiment: %1.").arg(ExperimentFile::bundledNames().join(QStringLiteral(", "))),
                                 Tr::tr("EXPERIMENT"));
    if (int code = parseVerb(parser, args, verb,
                             Tr::tr("Runs every arm of an experiment in every replicate, each a study run stored with its arm and "
                                    "replicate. Runs already finished in the project are not run again."), 1);
        code >= 0)
        return code;
    if (!parser.isSet(o.project))
        return fail(verb, Tr::tr("needs --project, the file that keeps the runs"), Usage);
    Shard part;
    if (parser.isSet(shard)) {
        auto s = parseShard(parser.value(shard));
        if (!s)
            return fail(verb, s.error(), Usage);
        part = s.value();
    }
    const ExperimentFile::Outcome loaded = ExperimentFile::loadFile(parser.positionalArguments().value(0));
    if (!loaded.experiment) {
        for (const Diagnostic &d : loaded.diagnostics)
            err(d.toString());
        return fail(verb, Tr::tr("the experiment has errors; nothing was run"));
    }
    const Experiment &e = *loaded.experiment;
    if (e.assignment == Assignment::Between)
        return fail(verb, Tr::tr("between-subjects assignment is not available in runs yet; use \"assignment\": \"within\""));
    for (const ExperimentArm &arm : e.arms)
        if (arm.temperature)
            return fail(verb, Tr::tr("arm \"%1\": a temperature per arm is not available in study runs yet; fork a run with "
                                     "{\"temperature\": ...} instead").arg(arm.name));
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    int code = Ok;
    const auto flags = endpointFlags(parser, o, config.value(), verb, &code);
    if (!flags)
        return code;
    const bool json = parser.isSet(o.json);
    auto note = [json](const QString &line) { json ? err(line) : out(line); };
    const QString projectPath = parser.value(o.project);
    if (int generated = ensureStudyPopulation(e.study, projectPath, studyModelArguments(parser, o), json); generated != Ok)
        return generated;
    auto opened = ProjectFile::openOrCreate(projectPath);
    if (!opened)
        return fail(verb, opened.error());
    std::unique_ptr<ProjectFile> project = std::move(opened).value();
    if (const Status s = ExperimentStore(*project).saveExperiment(e.name, e.definition); !s)
        return fail(verb, s.error());

    const std::vector<ExperimentJob> jobs = shardJobs(experimentJobs(e), part);
    note(Tr::tr("%1: %2 arms × %3 replicates; this process runs %4 of them%5")
             .arg(e.name).arg(e.arms.size()).arg(e.replicates).arg(jobs.size())
             .arg(parser.isSet(shard) ? Tr::tr(" (shard %1/%2)").arg(part.index).arg(part.count) : QString()));
    int failures = 0;
    int k = 0;
    for (const ExperimentJob &job : jobs) {
        ++k;
        const QString label = Tr::tr("[%1/%2] replicate %3 · %4").arg(k).arg(jobs.size()).arg(job.replicate).arg(job.arm);
        if (const qint64 done = finishedRun(*project, e.name, job)) {
            note(Tr::tr("%1: already done (run %2)").arg(label).arg(done));
            continue;
        }
        const ExperimentArm *arm = e.arm(job.arm);
        auto study = armStudy(e, *arm);
        if (!study)
            return fail(verb, study.error());
        StudyRun runner(*project, config.value());
        StudyRun::Options options;
        options.flags = *flags;
        if (!arm->model.isEmpty())
            options.flags.model = arm->model;
        options.noCache = parser.isSet(o.noCache);
        options.experiment = e.name;
        options.arm = job.arm;
        options.replicate = job.replicate;
        options.seed = job.seed;
        options.name = Tr::tr("%1 · %2 · replicate %3").arg(e.name, job.arm).arg(job.replicate);
        if (const Status s = runner.start(study.value(), options); !s)
            return fail(verb, Tr::tr("%1: %2").arg(label, s.error()));
        QEventLoop loop;
        RunStatus ended = RunStatus::Created;
        QString reason;
        QObject::connect(&runner, &StudyRun::ended, &loop, [&](RunStatus s, const QString &r) {
            ended = s;
            reason = r;
            loop.quit();
        });
        QObject::connect(&runner, &StudyRun::failed, &loop, [&](const QString &error) {
            ended = RunStatus::Failed;
            reason = error;
            loop.quit();
        });
        loop.exec();
        const int answered = int(std::count_if(runner.answers().begin(), runner.answers().end(), [](const AnswerRecord &a) { return a.value.has_value(); }));
        if (json) {
            nlohmann::ordered_json line{{"run", runner.runId()}, {"arm", job.arm.toStdString()}, {"replicate", job.replicate},
                                        {"seed", job.seed}, {"status", runStatusKey(ended).toStdString()}, {"answers", answered}};
            if (!reason.isEmpty())
                line["reason"] = reason.toStdString();
            out(QString::fromStdString(line.dump()));
        } else {
            note(Tr::tr("%1: run %2 %3, %4 answers%5").arg(label).arg(runner.runId()).arg(runStatusLabel(ended)).arg(answered)
                     .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
        }
        if (ended != RunStatus::Finished)
            ++failures;
    }
    note(Tr::tr("Saved in %1. Compare the arms: troupe experiment compare \"%2\" --project %1").arg(projectPath, e.name));
    if (failures > 0)
        return fail(verb, Tr::tr("%1 of %2 runs did not finish; run the same command again to continue").arg(failures).arg(jobs.size()));
    return Ok;
}

} // namespace troupe::cli
