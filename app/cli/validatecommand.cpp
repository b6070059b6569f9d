#include "validatecommand.h"

#include "cliio.h"
#include "experiment/empiricalcheck.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
};

QString figure(double v, int decimals = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

void printComparison(const EmpiricalComparison &c, const QString &indent)
{
    for (const stats::TestResult &t : c.tests) {
        QString line = indent + QStringLiteral("%1: statistic %2").arg(t.name, figure(t.statistic));
        if (t.df)
            line += Tr::tr(", df %1").arg(figure(*t.df, 0));
        if (std::isfinite(t.p))
            line += t.p < 0.0001 ? Tr::tr(", p < 0.0001") : Tr::tr(", p = %1").arg(figure(t.p, 4));
        if (t.effect)
            line += QStringLiteral(", %1 = %2").arg(t.effectName, figure(*t.effect));
        out(line);
    }
    if (c.meanDifference)
        out(indent + Tr::tr("mean difference (simulated − real): %1 (%2% CI %3 to %4)")
                         .arg(figure(c.meanDifference->estimate), QString::number(c.meanDifference->level * 100),
                              figure(c.meanDifference->ci.lo), figure(c.meanDifference->ci.hi)));
    for (const QString &s : c.skipped)
        out(indent + Tr::tr("not computed: %1").arg(s));
}

} // namespace

int runValidateCommand(const QStringList &args)
{
    const QString verb = QStringLiteral("validate empirical");
    if (args.value(1) != QLatin1String("empirical"))
        return fail(QStringLiteral("validate"), Tr::tr("expected \"validate empirical RUN_OR_EXPERIMENT ...\""), Usage);
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project that holds the simulated answers."), Tr::tr("P.troupe"));
    const QCommandLineOption csv(QStringLiteral("csv"), Tr::tr("The real survey, a CSV file with a header row."), Tr::tr("FILE"));
    const QCommandLineOption column(QStringLiteral("column"), Tr::tr("The CSV column that answers the question."), Tr::tr("COL"));
    const QCommandLineOption question(QStringLiteral("question"), Tr::tr("The study question's id."), Tr::tr("QID"));
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("How the column reads: numeric, choice, ranking or multi (default: numeric when the simulated answers are numbers, else choice)."), Tr::tr("KIND"));
    const QCommandLineOption option(QStringLiteral("option"), Tr::tr("Ranking: the item whose position is compared (default: the first choice). Multi: the option whose mentions are compared (needed)."), Tr::tr("ITEM"));
    const QCommandLineOption match(QStringLiteral("match"), Tr::tr("A real column and the simulated attribute it matches, \"Age Range=age\"; repeatable. Each gets a comparison per value."), Tr::tr("REAL=SIM"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("The comparison as one JSON object."));
    parser.addOptions({project, csv, column, question, kind, option, match, json});
    parser.addPositionalArgument(QStringLiteral("run"), Tr::tr("A study run id, \"last\", or an experiment's name (all its runs)."), Tr::tr("RUN_OR_EXPERIMENT"));
    if (int code = parseVerb(parser, args.mid(1), verb,
                             Tr::tr("Compares a question's simulated answers with a real survey's: KS, chi-square, "
                                    "Wasserstein distance and the mean difference, overall and per subgroup."), 1);
        code >= 0)
        return code;
    for (const QCommandLineOption *o : {&project, &csv, &column, &question})
        if (!parser.isSet(*o))
            return fail(verb, Tr::tr("--%1 is needed").arg(o->names().constFirst()), Usage);
    EmpiricalCheck check;
    check.which = parser.positionalArguments().value(0);
    check.questionId = parser.value(question);
    check.csvPath = parser.value(csv);
    check.column = parser.value(column);
    if (parser.isSet(kind)) {
        const auto k = surveyValueKindFromName(parser.value(kind));
        if (!k)
            return fail(verb, Tr::tr("--kind: expected numeric, choice, ranking or multi, got \"%1\"").arg(parser.value(kind)), Usage);
        check.kind = k;
    }
    check.option = parser.value(option).trimmed();
    if (!check.option.isEmpty() && check.kind != SurveyValueKind::Ranking && check.kind != SurveyValueKind::Multi)
        return fail(verb, Tr::tr("--option needs --kind ranking or --kind multi"), Usage);
    for (const QString &m : parser.values(match)) {
        auto parsed = parseAttributeMatch(m);
        if (!parsed)
            return fail(verb, Tr::tr("--match: %1").arg(parsed.error()), Usage);
        check.matches.push_back(parsed.value());
    }
    const QString path = parser.value(project);
    if (!QFileInfo::exists(path))
        return fail(verb, Tr::tr("%1 does not exist").arg(path));
    auto opened = ProjectFile::open(path);
    if (!opened)
        return fail(verb, opened.error());
    auto report = runEmpiricalCheck(*opened.value(), check);
    if (!report)
        return fail(verb, report.error());
    const EmpiricalReport &r = report.value();
    if (parser.isSet(json)) {
        out(QString::fromStdString(r.toJson().dump(2)));
        return Ok;
    }
    out(Tr::tr("%1: %2 simulated answers against %3 real ones (%4, column \"%5\")")
            .arg(r.question).arg(r.overall.nSim).arg(r.overall.nReal).arg(QFileInfo(check.csvPath).fileName(), check.column));
    printComparison(r.overall, QStringLiteral("  "));
    for (const EmpiricalComparison &g : r.subgroups) {
        out(Tr::tr("%1 = %2 (simulated %3): %4 simulated, %5 real").arg(g.column, g.value, g.attribute).arg(g.nSim).arg(g.nReal));
        printComparison(g, QStringLiteral("  "));
    }
    for (const auto &[m, n] : r.unmatched)
        if (n > 0)
            out(Tr::tr("%1: %2 simulated respondents fit none of the real values").arg(m).arg(n));
    return Ok;
}

} // namespace troupe::cli
