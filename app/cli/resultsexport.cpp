// troupe results list / export: a study run's answers (or an experiment's) as a table or a file.
#include "resultsexport.h"

#include "cliio.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study/answer.h"
#include "study/export.h"
#include "study/resulttable.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCommand)
};

QString usage()
{
    return Tr::tr("Usage: troupe results <verb> ...\n"
                  "  list RUN --project P [--json]\n"
                  "  export RUN --project P --format %1 -o FILE\n"
                  "RUN is a run id, \"last\" (the latest study run) or an experiment's name (all its runs).")
        .arg(exportFormatNames().join(u'|'));
}

/** The runs RUN names: an id, "last" or an experiment. */
Result<QList<qint64>> runsNamed(ProjectFile &project, const QString &which)
{
    using R = Result<QList<qint64>>;
    const StudyStore studies(project);
    bool numeric = false;
    const qint64 id = which.toLongLong(&numeric);
    if (numeric) {
        if (!studies.studyRun(id))
            return R::failure(Tr::tr("run %1 of %2 is not a study run (no answers are kept for it)").arg(id).arg(project.path()));
        return QList<qint64>{id};
    }
    if (which == QLatin1String("last")) {
        auto runs = RunStore(project).runs();
        if (!runs)
            return R::failure(runs.error());
        for (const RunStore::RunInfo &r : runs.value()) // newest first
            if (studies.studyRun(r.id))
                return QList<qint64>{r.id};
        return R::failure(Tr::tr("%1 holds no study runs").arg(project.path()));
    }
    auto runs = studies.experimentRuns(which);
    if (!runs)
        return R::failure(runs.error());
    QList<qint64> ids;
    for (const StudyRunRecord &r : runs.value())
        ids.append(r.runId);
    if (ids.isEmpty())
        return R::failure(Tr::tr("\"%1\" is neither a run id, \"last\" nor an experiment in %2").arg(which, project.path()));
    return ids;
}

struct Opened
{
    std::unique_ptr<ProjectFile> project;
    ResultTable table;
    QList<qint64> runs;
};

std::optional<Opened> openTable(const QString &verb, const QString &path, const QString &which, int *code)
{
    if (!QFileInfo::exists(path)) {
        *code = fail(verb, Tr::tr("%1 does not exist").arg(path));
        return std::nullopt;
    }
    auto project = ProjectFile::open(path);
    if (!project) {
        *code = fail(verb, project.error());
        return std::nullopt;
    }
    Opened o;
    o.project = std::move(project).value();
    auto runs = runsNamed(*o.project, which);
    if (!runs) {
        *code = fail(verb, runs.error());
        return std::nullopt;
    }
    o.runs = runs.value();
    auto table = ResultTable::load(StudyStore(*o.project), o.runs);
    if (!table) {
        *code = fail(verb, table.error());
        return std::nullopt;
    }
    o.table = std::move(table).value();
    return o;
}

int list(const QStringList &args)
{
    const QString verb = QStringLiteral("results list");
    QCommandLineParser parser;
    const QCommandLineOption project({QStringLiteral("p"), QStringLiteral("project")}, Tr::tr("The project file (*.troupe)."), Tr::tr("P.troupe"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("One JSON object per answer per line."));
    parser.addOptions({project, json});
    parser.addPositionalArgument(QStringLiteral("run"), Tr::tr("A run id, \"last\" or an experiment."), Tr::tr("RUN"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Lists a study run's answers: one line per respondent and question."), 1); code >= 0)
        return code;
    if (!parser.isSet(project))
        return fail(verb, Tr::tr("--project is needed: the file that holds the run"), Usage);
    int code = Ok;
    auto o = openTable(verb, parser.value(project), parser.positionalArguments().value(0), &code);
    if (!o)
        return code;
    const ResultTable &t = o->table;
    for (int r = 0; r < t.respondents().size(); ++r) {
        const Respondent &who = t.respondents()[r];
        for (int q = 0; q < t.questions().size(); ++q) {
            const ResultAnswer &a = t.answer(r, q);
            if (a.state == ResultAnswer::State::NotAsked)
                continue;
            const Question &question = t.questions()[q];
            if (parser.isSet(json)) {
                nlohmann::json j{{"run", who.runId},
                                 {"agent", who.agent.toStdString()},
                                 {"question", question.id.toStdString()},
                                 {"type", questionTypeName(question.type).toStdString()},
                                 {"value", a.answered() ? a.value : nlohmann::json()},
                                 {"justification", a.justification.toStdString()},
                                 {"event_seq", a.eventSeq ? nlohmann::json(*a.eventSeq) : nlohmann::json()},
                                 {"missing_reason", a.answered() ? nlohmann::json() : nlohmann::json(a.missingReason.toStdString())}};
                if (!who.arm.isEmpty())
                    j["arm"] = who.arm.toStdString();
                if (who.replicate)
                    j["replicate"] = *who.replicate;
                if (a.ssr)
                    j["ssr"] = *a.ssr;
                out(QString::fromStdString(j.dump()));
                continue;
            }
            const QString value = a.answered() ? answerText(question, a.value) : Tr::tr("(missing: %1)").arg(a.missingReason);
            out(QStringLiteral("%1\t%2\t%3\t%4").arg(who.runId).arg(who.agent, question.id, value)
                + (a.justification.isEmpty() || question.type == QuestionType::Open ? QString() : QStringLiteral("\t") + a.justification));
        }
    }
    return Ok;
}

int exportCommand(const QStringList &args)
{
    const QString verb = QStringLiteral("results export");
    QCommandLineParser parser;
    const QCommandLineOption project({QStringLiteral("p"), QStringLiteral("project")}, Tr::tr("The project file (*.troupe)."), Tr::tr("P.troupe"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("One of %1.").arg(exportFormatNames().join(QStringLiteral(", "))), Tr::tr("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The file to write."), Tr::tr("FILE"));
    parser.addOptions({project, format, output});
    parser.addPositionalArgument(QStringLiteral("run"), Tr::tr("A run id, \"last\" or an experiment."), Tr::tr("RUN"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Writes a study run's answers as tidy CSV, wide CSV, JSON, XLSX or SPSS .sav."), 1); code >= 0)
        return code;
    if (!parser.isSet(project) || !parser.isSet(format) || !parser.isSet(output))
        return fail(verb, Tr::tr("--project, --format and -o are needed"), Usage);
    const auto chosen = exportFormatFromName(parser.value(format));
    if (!chosen)
        return fail(verb, Tr::tr("--format: \"%1\" is not one of %2").arg(parser.value(format), exportFormatNames().join(QStringLiteral(", "))), Usage);
    int code = Ok;
    auto o = openTable(verb, parser.value(project), parser.positionalArguments().value(0), &code);
    if (!o)
        return code;
    if (const Status s = exportResults(o->table, *chosen, parser.value(output)); !s)
        return fail(verb, s.error());
    err(Tr::tr("wrote %1 (%2 respondents, %3 questions)").arg(parser.value(output)).arg(o->table.respondents().size()).arg(o->table.questions().size()));
    return Ok;
}

} // namespace

int runResultsCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("list"))
        return list(args.mid(1));
    if (sub == QLatin1String("export"))
        return exportCommand(args.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(usage());
        return sub.isEmpty() ? Usage : Ok;
    }
    return fail(QStringLiteral("results"), Tr::tr("unknown verb \"%1\" (see troupe results --help)").arg(sub), Usage);
}

} // namespace troupe::cli
