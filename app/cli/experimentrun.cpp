// troupe experiment run: every arm and replicate of an experiment (or one shard of them),
// each a study run stored with its experiment, arm and replicate.
#include "cliio.h"
#include "populationoptions.h"
#include "studycommand.h"
#include "config/config.h"
#include "experiment/experiment.h"
#include "experiment/experimentrun.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentCommand)
};

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
    if (const Status s = ExperimentRun::checkRunnable(e); !s)
        return fail(verb, s.error());
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
    ExperimentRun experiment(*project, config.value());
    ExperimentRun::Options options;
    options.flags = *flags;
    options.noCache = parser.isSet(o.noCache);
    options.shard = part;
    if (const Status s = experiment.start(e, options); !s)
        return fail(verb, s.error());
    const int total = int(experiment.jobs().size());
    note(Tr::tr("%1: %2 arms × %3 replicates; this process runs %4 of them%5")
             .arg(e.name).arg(e.arms.size()).arg(e.replicates).arg(total)
             .arg(parser.isSet(shard) ? Tr::tr(" (shard %1/%2)").arg(part.index).arg(part.count) : QString()));
    auto label = [](int k, int n, const ExperimentJob &job) {
        return Tr::tr("[%1/%2] replicate %3 · %4").arg(k).arg(n).arg(job.replicate).arg(job.arm);
    };
    QEventLoop loop;
    int outcome = Ok;
    QObject::connect(&experiment, &ExperimentRun::jobSkipped, &loop, [&](int k, int n, const ExperimentJob &job, qint64 done) {
        note(Tr::tr("%1: already done (run %2)").arg(label(k, n, job)).arg(done));
    });
    QObject::connect(&experiment, &ExperimentRun::jobEnded, &loop,
                     [&](int k, int n, const ExperimentJob &job, qint64 runId, RunStatus ended, const QString &reason, int answered) {
        if (json) {
            nlohmann::ordered_json line{{"run", runId}, {"arm", job.arm.toStdString()}, {"replicate", job.replicate},
                                        {"seed", job.seed}, {"status", runStatusKey(ended).toStdString()}, {"answers", answered}};
            if (!reason.isEmpty())
                line["reason"] = reason.toStdString();
            out(QString::fromStdString(line.dump()));
        } else {
            note(Tr::tr("%1: run %2 %3, %4 answers%5").arg(label(k, n, job)).arg(runId).arg(runStatusLabel(ended)).arg(answered)
                     .arg(reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(reason)));
        }
    });
    QObject::connect(&experiment, &ExperimentRun::finished, &loop, [&] { loop.quit(); });
    QObject::connect(&experiment, &ExperimentRun::failed, &loop, [&](int k, const QString &error) {
        outcome = k > 0 ? fail(verb, Tr::tr("%1: %2").arg(label(k, total, experiment.jobs()[size_t(k - 1)]), error)) : fail(verb, error);
        loop.quit();
    });
    loop.exec();
    if (outcome != Ok)
        return outcome;
    const int failures = experiment.failures();
    note(Tr::tr("Saved in %1. Compare the arms: troupe experiment compare \"%2\" --project %1").arg(projectPath, e.name));
    if (failures > 0)
        return fail(verb, Tr::tr("%1 of %2 runs did not finish; run the same command again to continue").arg(failures).arg(total));
    return Ok;
}

} // namespace troupe::cli
