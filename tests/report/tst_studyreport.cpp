// The study report in all four formats, read back: the PDF's sections, body type at
// 9-11 pt, charts as text on the page, quotes with their step and event, the caveat; the
// ODT's content.xml, the HTML and the Markdown with the same sections.
#include "helpers/reportreadback.h"
#include "helpers/studyfixture.h"

#include "reportwriter.h"
#include "store/runstore.h"
#include "study/studyfile.h"
#include "study/studyreport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using namespace troupe::test;

class TestStudyReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    report::ReportDocument m_doc;

    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QString written(report::ReportFormat format, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status s = report::writeReport(m_doc, path, format);
        if (!s)
            qWarning("%s", qPrintable(s.error()));
        return s ? path : QString();
    }

private slots:
    void initTestCase()
    {
        auto p = ProjectFile::create(m_dir.filePath(QStringLiteral("study.troupe")));
        QVERIFY2(p, qPrintable(p.error()));
        const auto run = writeStudyRun(*p.value());
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        StudyStore store(*p.value());
        auto summary = summarizeStudyRun(store, run.runId);
        QVERIFY2(summary, qPrintable(summary.error()));
        RunStore runs(*p.value());
        auto runSummary = summarizeRun(runs, run.runId);
        QVERIFY2(runSummary, qPrintable(runSummary.error()));
        auto events = runs.events(run.runId);
        QVERIFY(events);
        const auto study = StudyFile::fromDefinition(studyDefinition(), QStringLiteral("test"));
        QVERIFY2(study.study, qPrintable(study.diagnostics.isEmpty() ? QString() : study.diagnostics.first().toString()));
        m_doc = report::studyReport(summary.value(), &*study.study, runSummary.value(), events.value());
    }

    void pdfHasTheSectionsInReadableType()
    {
        const QString path = written(report::ReportFormat::Pdf, QStringLiteral("study.pdf"));
        QVERIFY(!path.isEmpty());
        // For looking at it by hand: STUDY_REPORT_OUT=/tmp/study.pdf tst_studyreport
        if (const QString keep = qEnvironmentVariable("STUDY_REPORT_OUT"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(path, keep);
        }
        const QList<PdfPage> pages = readPdf(path);
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        QString all;
        for (const PdfPage &p : pages)
            all += p.text + u' ';
        for (const char *section : {"Study design", "Questionnaire", "Respondents", "Results", "Selected quotes", "Engine and cost",
                                    "Material: concept", "Ready-to-drink bottled gazpacho"})
            QVERIFY2(all.contains(QString::fromUtf8(section)), section);
        QVERIFY(all.contains(QStringLiteral("synthetic")));
        // Per-question figures: the likert mean and top-2 box, the ranking's Borda column.
        QVERIFY2(all.contains(QStringLiteral("mean 4.00 (95% CI 2.48–5.52)")), qPrintable(all.left(3000)));
        QVERIFY(all.contains(QStringLiteral("top-2 box 80%")));
        QVERIFY(all.contains(QStringLiteral("Borda")));
        // Quotes carry their place in the transcript (the vote answers are in step 1).
        QVERIFY(all.contains(QStringLiteral("step 1, event 1")));
        QVERIFY(all.contains(QStringLiteral("step 2, event 7")));
        QVERIFY(all.contains(QStringLiteral("I love cold soup in summer")));
        // The missing answer's reason is shown.
        QVERIFY(all.contains(QStringLiteral("found text")));

        qsizetype body = 0, total = 0;
        for (const PdfPage &p : pages)
            for (const PdfWord &w : p.words) {
                QVERIFY2(w.size >= 7.9, qPrintable(QStringLiteral("\"%1\" at %2 pt").arg(w.text).arg(w.size)));
                total += w.text.size();
                if (w.size >= 9 - 0.01 && w.size <= 11 + 0.01)
                    body += w.text.size();
            }
        QVERIFY2(double(body) / double(total) > 0.7, qPrintable(QStringLiteral("%1 of %2 characters at 9-11 pt").arg(body).arg(total)));
    }

    void odtHtmlAndMarkdownHaveTheSections()
    {
        const QString odt = written(report::ReportFormat::Odt, QStringLiteral("study.odt"));
        const QString html = written(report::ReportFormat::Html, QStringLiteral("study.html"));
        const QString md = written(report::ReportFormat::Markdown, QStringLiteral("study.md"));
        QVERIFY(!odt.isEmpty() && !html.isEmpty() && !md.isEmpty());
        const QString content = QString::fromUtf8(zipEntry(odt, QStringLiteral("content.xml")));
        for (const QString &text : {read(html), read(md), content}) {
            QVERIFY(!text.isEmpty());
            for (const char *section : {"Study design", "Questionnaire", "Respondents", "Selected quotes", "Engine and cost"})
                QVERIFY2(text.contains(QString::fromUtf8(section)), section);
            QVERIFY(text.contains(QStringLiteral("step 2, event 7")));
            QVERIFY(text.contains(QStringLiteral("synthetic")));
        }
        // Markdown writes a picture per chart, one per question with a chart (six: open has labels).
        QCOMPARE(m_doc.charts().size(), 7);
        QVERIFY(read(md).contains(QStringLiteral("study-q-vote.png")));
    }

    void cliWritesTheStudyReportOfAStudyRun()
    {
        const QString project = m_dir.filePath(QStringLiteral("cli.troupe"));
        {
            auto p = ProjectFile::create(project);
            QVERIFY(p);
            QVERIFY(writeStudyRun(*p.value()).error.isEmpty());
        }
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("report"), QStringLiteral("last"), QStringLiteral("--project"), project,
                                                    QStringLiteral("-o"), pdf});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
        QString all;
        for (const PdfPage &p : readPdf(pdf))
            all += p.text + u' ';
        QVERIFY(all.contains(QStringLiteral("Study report")));
        QVERIFY(all.contains(QStringLiteral("Questionnaire")));
        QVERIFY(all.contains(QStringLiteral("step 2, event 7")));
    }

    void chartsFollowTheQuestionTypes()
    {
        QList<const report::Chart *> charts = m_doc.charts();
        QCOMPARE(charts.first()->id, QStringLiteral("q-vote"));
        QCOMPARE(charts.first()->kind, report::Chart::Kind::Bar);
        QCOMPARE(charts.first()->series.first().values, (QList<double>{0, 1, 0, 2, 2}));
        const auto price = std::find_if(charts.begin(), charts.end(), [](const report::Chart *c) { return c->id == QLatin1String("q-price"); });
        QVERIFY(price != charts.end());
        QCOMPARE((*price)->kind, report::Chart::Kind::Histogram);
        QCOMPARE((*price)->x, (QList<double>{10, 20, 30, 40}));
    }
};

QTEST_MAIN(TestStudyReport)
#include "tst_studyreport.moc"
