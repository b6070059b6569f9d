// troupe experiment compare and troupe project merge: reading stored experiment runs.
#include "experimentcommand.h"

#include "cliio.h"
#include "experiment/experimentcompare.h"
#include "experiment/projectmerge.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace troupe::cli {

int runExperimentRun(const QStringList &args); // experimentrun.cpp

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentCommand)
};

QString fmt(double v, int decimals = 2)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

int runCompare(const QStringList &args)
{
    const QString verb = QStringLiteral("experiment compare");
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project that holds the experiment's runs."), Tr::tr("P.troupe"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("The comparison as one JSON object."));
    parser.addOptions({project, json});
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The experiment's name."), Tr::tr("NAME"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Arms side by side per question, with the tests, effect sizes and the spread across replicates."), 1);
        code >= 0)
        return code;
    if (!parser.isSet(project))
        return fail(verb, Tr::tr("needs --project"), Usage);
    if (!QFileInfo::exists(parser.value(project)))
        return fail(verb, Tr::tr("%1 does not exist").arg(parser.value(project)));
    auto opened = ProjectFile::open(parser.value(project));
    if (!opened)
        return fail(verb, opened.error());
    auto c = compareExperiment(*opened.value(), parser.positionalArguments().value(0));
    if (!c)
        return fail(verb, c.error());
    if (parser.isSet(json)) {
        out(QString::fromStdString(c.value().toJson().dump(2)));
        return Ok;
    }
    const ExperimentComparison &e = c.value();
    out(Tr::tr("%1: %2 runs, %3 replicates").arg(e.experiment).arg(e.runs).arg(e.replicates));
    for (const QuestionComparison &q : e.questions) {
        out(QString());
        out(Tr::tr("%1 (%2)").arg(q.question, q.type));
        for (const ArmFigures &a : q.arms) {
            if (q.numeric) {
                QStringList reps;
                for (const auto &[r, d] : a.byReplicate)
                    reps.append(fmt(d.mean));
                out(Tr::tr("  %1: n %2, mean %3, sd %4, 95% CI %5 to %6; replicate means %7")
                        .arg(a.arm).arg(a.pooled.n).arg(fmt(a.pooled.mean), fmt(a.pooled.sd), fmt(a.pooled.ci.lo), fmt(a.pooled.ci.hi),
                             reps.join(QStringLiteral(", "))));
            } else {
                QStringList counts;
                for (const auto &[o, n] : a.counts)
                    counts.append(QStringLiteral("%1 %2").arg(o).arg(n));
                out(QStringLiteral("  %1: %2").arg(a.arm, counts.join(QStringLiteral(", "))));
            }
        }
        for (size_t i = 0; i < q.tests.size(); ++i) {
            const stats::TestResult &t = q.tests[i];
            QString line = QStringLiteral("  %1: %2").arg(t.name, fmt(t.statistic, 3));
            if (t.df)
                line += Tr::tr(", df %1").arg(fmt(*t.df, 1));
            line += Tr::tr(", p = %1").arg(fmt(t.p, 4));
            if (i == 0 && q.primaryPHolm)
                line += Tr::tr(" (Holm: %1)").arg(fmt(*q.primaryPHolm, 4));
            if (t.effect)
                line += QStringLiteral(", %1 = %2").arg(t.effectName, fmt(*t.effect, 3));
            out(line);
        }
        for (const QString &s : q.skipped)
            out(Tr::tr("  not computed: %1").arg(s));
        if (!q.summary.isEmpty())
            out(QStringLiteral("  ") + q.summary);
    }
    if (!e.notCompared.isEmpty())
        out(Tr::tr("\nNot compared (no test for their type here): %1").arg(e.notCompared.join(QStringLiteral(", "))));
    return Ok;
}

} // namespace

int runExperimentCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("compare"))
        return runCompare(args.mid(1));
    if (sub == QLatin1String("run"))
        return runExperimentRun(args.mid(1));
    return fail(QStringLiteral("experiment"), Tr::tr("expected \"experiment run EXPERIMENT ...\" or \"experiment compare NAME ...\""), Usage);
}

int runProjectCommand(const QStringList &args)
{
    const QString verb = QStringLiteral("project merge");
    if (args.value(1) != QLatin1String("merge"))
        return fail(QStringLiteral("project"), Tr::tr("expected \"project merge A.troupe B.troupe ... -o OUT.troupe\""), Usage);
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The new project file."), Tr::tr("OUT.troupe"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("projects"), Tr::tr("The projects to merge (shards of one experiment, for instance)."), Tr::tr("A.troupe B.troupe ..."));
    if (int code = parseVerb(parser, args.mid(1), verb, Tr::tr("Combines projects into a new one, every run with its engine, calls and cost."), 1);
        code >= 0)
        return code;
    if (!parser.isSet(output))
        return fail(verb, Tr::tr("needs -o OUT.troupe"), Usage);
    auto merged = mergeProjects(parser.positionalArguments(), parser.value(output));
    if (!merged)
        return fail(verb, merged.error());
    out(Tr::tr("merged %1 projects: %2 runs%3 → %4")
            .arg(merged.value().projects)
            .arg(merged.value().runs)
            .arg(merged.value().experiments.isEmpty() ? QString() : Tr::tr(", experiments: %1").arg(merged.value().experiments.join(QStringLiteral(", "))),
                 parser.value(output)));
    return Ok;
}

} // namespace troupe::cli
