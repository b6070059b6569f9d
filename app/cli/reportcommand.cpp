#include "reportcommand.h"

#include "cliio.h"
#include "analysis/runreport.h"
#include "reportwriter.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study/studyreport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

} // namespace

bool isReportCommand(int argc, char *argv[])
{
    return argc > 1 && std::strcmp(argv[1], "report") == 0;
}

int runReportCommand(const QStringList &args)
{
    const QString verb = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("The project file that holds the run."), Tr::tr("P.troupe"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("pdf, html, odt or md (default: from the output's suffix)."), Tr::tr("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The file to write."), Tr::tr("FILE"));
    const QCommandLineOption paper(QStringLiteral("paper"), Tr::tr("PDF paper: a4 or letter (default: by the locale; Letter in the US, Canada, Mexico...)."), Tr::tr("SIZE"));
    const QCommandLineOption noTranscript(QStringLiteral("no-transcript"), Tr::tr("Leave the transcript out."));
    parser.addOptions({project, format, output, paper, noTranscript});
    parser.addPositionalArgument(QStringLiteral("run"), Tr::tr("The run: its id, or \"last\"."), Tr::tr("RUN"));
    if (int code = parseVerb(parser, args, verb,
                             Tr::tr("Writes a run's report: summary, actions, charts, who talked to whom and the transcript."), 1);
        code >= 0)
        return code;

    if (!parser.isSet(project))
        return fail(verb, Tr::tr("--project is needed: the file that holds the run"), Usage);
    if (!parser.isSet(output))
        return fail(verb, Tr::tr("-o is needed: the file to write"), Usage);
    const QString path = parser.value(output);
    const QString formatName = parser.isSet(format) ? parser.value(format) : QFileInfo(path).suffix();
    const auto chosen = report::reportFormatFromName(formatName);
    if (!chosen)
        return fail(verb, parser.isSet(format) ? Tr::tr("--format: expected pdf, html, odt or md, got \"%1\"").arg(formatName)
                                               : Tr::tr("cannot tell the format from \"%1\"; give --format pdf, html, odt or md").arg(path),
                    Usage);
    report::RenderOptions options;
    if (parser.isSet(paper)) {
        const QString p = parser.value(paper).toLower();
        if (p == QLatin1String("a4"))
            options.paper = QPageSize::A4;
        else if (p == QLatin1String("letter"))
            options.paper = QPageSize::Letter;
        else
            return fail(verb, Tr::tr("--paper: expected a4 or letter, got \"%1\"").arg(parser.value(paper)), Usage);
    }

    const QString projectPath = parser.value(project);
    if (!QFileInfo::exists(projectPath))
        return fail(verb, Tr::tr("%1 does not exist").arg(projectPath));
    auto opened = ProjectFile::open(projectPath);
    if (!opened)
        return fail(verb, opened.error());
    RunStore store(*opened.value());
    const QString which = parser.positionalArguments().constFirst();
    qint64 runId = 0;
    if (which == QLatin1String("last")) {
        auto latest = store.latestRun();
        if (!latest)
            return fail(verb, latest.error());
        runId = latest.value();
        if (runId == 0)
            return fail(verb, Tr::tr("%1 holds no runs").arg(projectPath));
    } else {
        bool ok = false;
        runId = which.toLongLong(&ok);
        if (!ok || runId <= 0)
            return fail(verb, Tr::tr("expected \"last\" or a run id, got \"%1\"").arg(which), Usage);
    }
    // A study run gets the study report: design, questionnaire, results, quotes.
    if (StudyStore studies(*opened.value()); studies.studyRun(runId)) {
        auto doc = report::storedStudyReport(studies, store, runId);
        if (!doc)
            return fail(verb, doc.error());
        if (Status s = report::writeReport(doc.value(), path, *chosen, options); !s)
            return fail(verb, s.error());
        out(Tr::tr("Study report of run %1 written to %2").arg(runId).arg(path));
        return Ok;
    }
    auto summary = summarizeRun(store, runId);
    if (!summary)
        return fail(verb, summary.error());
    auto events = store.events(runId);
    if (!events)
        return fail(verb, events.error());
    report::RunReportOptions reportOptions;
    reportOptions.transcript = !parser.isSet(noTranscript);
    const report::ReportDocument doc = report::runReport(summary.value(), events.value(), reportOptions);
    if (Status s = report::writeReport(doc, path, *chosen, options); !s)
        return fail(verb, s.error());
    out(Tr::tr("Report of run %1 written to %2").arg(runId).arg(path));
    return Ok;
}

} // namespace troupe::cli
