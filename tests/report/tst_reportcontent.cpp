// What reports say: the run report builder, HTML and Markdown read back, and every chart
// kind drawn with its labels (read back from a PDF, where the labels stay text).
#include "analysis/runreport.h"
#include "chartpainter.h"
#include "helpers/reportreadback.h"
#include "helpers/reportfixture.h"
#include "htmlrenderer.h"
#include "markdownrenderer.h"
#include "pdfrenderer.h"
#include "reportwriter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;
using namespace troupe::test;

namespace {

/** A QStringList from literals (the build forbids implicit conversions from char *). */
inline QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestReportContent final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runReportSections();
    void broadcastsOnce();
    void html();
    void markdown();
    void chartKinds();
    void chartImageResolution();
    void formatNames();
    void asyncWrite();

private:
    QTemporaryDir m_dir;
    StoredRun m_run;
    report::ReportDocument m_doc;
};

void TestReportContent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_run = runWithCli(QStringLiteral(TROUPE_CLI_PATH), QStringLiteral("focus_group"), m_dir.filePath(QStringLiteral("fg.troupe")),
                       {QStringLiteral("--steps"), QStringLiteral("3")});
    QVERIFY2(m_run.error.isEmpty(), qPrintable(m_run.error));
    m_doc = report::runReport(m_run.summary, m_run.events);
}

void TestReportContent::runReportSections()
{
    QCOMPARE(m_doc.title, QStringLiteral("Focus group: Roundup, a savings app"));
    QStringList headings;
    int tables = 0, charts = 0, notes = 0, transcripts = 0;
    for (const report::Block &b : m_doc.blocks) {
        if (const auto *h = std::get_if<report::Heading>(&b))
            headings.append(h->text);
        tables += std::holds_alternative<report::Table>(b);
        charts += std::holds_alternative<report::Chart>(b);
        transcripts += std::holds_alternative<report::Transcript>(b);
        if (const auto *p = std::get_if<report::Paragraph>(&b))
            notes += p->style == report::Paragraph::Style::Note;
    }
    QCOMPARE(headings, (list({"Summary", "Actions by type", "Activity per step", "Who talked to whom", "Transcript"})));
    QCOMPARE(tables, 3);
    QCOMPARE(charts, 2);
    QCOMPARE(transcripts, 1);
    QCOMPARE(notes, 2); // simulated people; the offline engine
    const QList<const report::Chart *> c = m_doc.charts();
    QCOMPARE(c[0]->x, (QList<double>{1, 2, 3}));
    QVERIFY(c[0]->xAxis.integer && c[0]->yAxis.integer);
    QCOMPARE(c[1]->id, QStringLiteral("tokens"));

    // The talk matrix: full names while they fit, initials (with the key) for many people.
    const report::Table matrix = report::talkMatrixTable(m_run.summary);
    QCOMPARE(matrix.columns[1].title, m_run.summary.agents.first());
    RunSummary crowd = m_run.summary;
    for (int i = 0; i < 4; ++i)
        crowd.agents.append(QStringLiteral("Extra Person%1").arg(i));
    const report::Table initials = report::talkMatrixTable(crowd);
    QCOMPARE(initials.columns[1].title, QStringLiteral("AO"));
    QCOMPARE(initials.columns[1].tooltip, QStringLiteral("Amara Okafor"));
    QVERIFY(initials.note.contains(QStringLiteral("AO = Amara Okafor")));
    QCOMPARE(report::initialsOf(QStringLiteral("Moderator")), QStringLiteral("Moderator"));

    // Quotes cite their place.
    const report::Quote q = report::quoteOf(m_run.events.last());
    QCOMPARE(q.citation, QStringLiteral("step %1, event %2").arg(m_run.events.last().step).arg(m_run.events.last().seq));
}

void TestReportContent::broadcastsOnce()
{
    const report::Transcript t = report::runTranscript(m_run.summary, m_run.events);
    QCOMPARE(t.steps.first().step, 1);
    int voices = 0;
    for (const report::TranscriptLine &l : t.steps.first().lines)
        if (l.kind == report::TranscriptLine::Kind::Voice) {
            ++voices;
            QCOMPARE(l.speaker, QStringLiteral("Moderator"));
            QCOMPARE(l.listener, QStringLiteral("everyone"));
        }
    QCOMPARE(voices, 1); // five listeners heard it; it is one line
    // DONE never appears; every TALK does, with its listener.
    int talks = 0;
    for (const report::TranscriptStep &s : t.steps)
        for (const report::TranscriptLine &l : s.lines) {
            QVERIFY(l.label != QLatin1String("DONE"));
            talks += l.kind == report::TranscriptLine::Kind::Talk;
        }
    int expected = 0;
    for (const RunEvent &e : m_run.events)
        expected += e.kind == QLatin1String("action") && e.type == QLatin1String("TALK");
    QCOMPARE(talks, expected);
}

void TestReportContent::html()
{
    const QString path = m_dir.filePath(QStringLiteral("r.html"));
    QVERIFY(report::writeHtml(m_doc, path).ok());
    const QString html = read(path);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("<title>Focus group: Roundup, a savings app</title>")));
    QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), 2); // self-contained
    QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    QVERIFY(!html.contains(QStringLiteral(".png\"")));
    QVERIFY(html.contains(QStringLiteral("<th align=\"right\" class=\"n\" bgcolor=\"#eef1f5\">TALK</th>")));
    QVERIFY(html.contains(QStringLiteral("<h2>Who talked to whom</h2>")));
    QVERIFY(html.contains(QStringLiteral("<h4>Step 3 — ")));
    QVERIFY(html.contains(QStringLiteral("<b>Moderator</b> <span class=\"to\">→ everyone</span>")));
    QVERIFY(html.contains(QStringLiteral("not a language model")));
    // Text is escaped.
    report::ReportDocument tricky;
    tricky.title = QStringLiteral("<script>alert(1)</script> & co");
    tricky.paragraph(QStringLiteral("a < b"));
    const QString escaped = report::reportHtml(tricky);
    QVERIFY(!escaped.contains(QStringLiteral("<script>")));
    QVERIFY(escaped.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
    QVERIFY(escaped.contains(QStringLiteral("<p>a &lt; b</p>")));
    // A fragment for the studio: no page around it, no images.
    report::HtmlOptions fragment;
    fragment.standalone = false;
    fragment.charts = false;
    const QString part = report::reportHtml(m_doc, {}, fragment);
    QVERIFY(!part.contains(QStringLiteral("<html")));
    QVERIFY(!part.contains(QStringLiteral("<img")));
}

void TestReportContent::markdown()
{
    QDir(m_dir.path()).mkdir(QStringLiteral("md"));
    const QString path = m_dir.filePath(QStringLiteral("md/run report.md"));
    QVERIFY(report::writeMarkdown(m_doc, path).ok());
    const QString md = read(path);
    QVERIFY(md.startsWith(QStringLiteral("# Focus group: Roundup, a savings app\n")));
    QVERIFY(md.contains(QStringLiteral("## Actions by type\n\n| Agent | TALK | THINK | Total |\n|---|---:|---:|---:|\n")));
    QVERIFY(md.contains(QStringLiteral("![Actions per step](run report-actions.png)")));
    QVERIFY(md.contains(QStringLiteral("### Step 3 — ")));
    QVERIFY(md.contains(QStringLiteral("- **Moderator** → everyone: Thanks for joining")));
    QVERIFY(md.contains(QStringLiteral("> **Note:** ")));
    for (const char *png : {"md/run report-actions.png", "md/run report-tokens.png"}) {
        const QImage image(m_dir.filePath(QLatin1String(png)));
        QVERIFY2(!image.isNull(), png);
        QVERIFY(image.width() >= 1300);
    }
    // Table cells keep their pipes and line breaks from breaking the table.
    report::ReportDocument d;
    report::Table t;
    t.columns = {report::TableColumn(QStringLiteral("a|b"))};
    t.rows.append({{QStringLiteral("x\ny|z")}, {}, false});
    d.add(t);
    QVERIFY(report::reportMarkdown(d, QStringLiteral("b")).contains(QStringLiteral("| a\\|b |\n|---|\n| x y\\|z |\n")));
    // Two charts with one id get two files.
    report::Chart c;
    c.id = QStringLiteral("same");
    d.add(c).add(c);
    const auto names = report::chartFileNames(d, QStringLiteral("b"));
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), 2);
}

void TestReportContent::chartKinds()
{
    // The chart kinds study reports will use, each drawn with its labels.
    report::ReportDocument d;
    d.title = QStringLiteral("Charts");
    report::Chart likert;
    likert.id = QStringLiteral("likert");
    likert.title = QStringLiteral("Would buy (n = 30)");
    likert.categories = {QStringLiteral("1 would never buy"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                         QStringLiteral("5 would certainly buy")};
    likert.series.append({QStringLiteral("Answers"), {3, 6, 9, 7, 5}, {}, {}, {}});
    likert.showValues = likert.showPercent = true;
    likert.yAxis.integer = true;
    likert.yAxis.title = QStringLiteral("Respondents");
    d.add(likert);
    report::Chart choice = likert;
    choice.id = QStringLiteral("choice");
    choice.title = QStringLiteral("Which ad");
    choice.horizontal = true;
    choice.categories = {QStringLiteral("Ad A: the family breakfast"), QStringLiteral("Ad B: the commute"), QStringLiteral("Ad C: none")};
    choice.series.first().values = {12, 15, 3};
    d.add(choice);
    report::Chart grouped;
    grouped.id = QStringLiteral("grouped");
    grouped.title = QStringLiteral("By age");
    grouped.kind = report::Chart::Kind::GroupedBar;
    grouped.categories = {QStringLiteral("18-34"), QStringLiteral("35-54"), QStringLiteral("55+")};
    grouped.series = {{QStringLiteral("Yes"), {10, 8, 4}, {}, {}, {}}, {QStringLiteral("No"), {2, 4, 2}, {}, {}, {}}};
    d.add(grouped);
    report::Chart mean;
    mean.id = QStringLiteral("mean");
    mean.title = QStringLiteral("Mean score with 95% CI");
    mean.kind = report::Chart::Kind::IntervalBar;
    mean.categories = {QStringLiteral("Control"), QStringLiteral("Treatment")};
    mean.series.append({QStringLiteral("Mean"), {3.2, 3.9}, {2.9, 3.5}, {3.5, 4.3}, {}});
    mean.yAxis.hasMin = mean.yAxis.hasMax = true;
    mean.yAxis.min = 1;
    mean.yAxis.max = 5;
    mean.showValues = true;
    d.add(mean);
    report::Chart histogram;
    histogram.id = QStringLiteral("price");
    histogram.title = QStringLiteral("Price they would pay");
    histogram.kind = report::Chart::Kind::Histogram;
    histogram.x = {0, 2, 4, 6, 8, 10};
    histogram.series.append({QStringLiteral("Respondents"), {1, 4, 9, 5, 2}, {}, {}, {}});
    histogram.xAxis.title = QStringLiteral("USD");
    d.add(histogram);
    report::Chart empty;
    empty.title = QStringLiteral("Nothing yet");
    d.add(empty);

    const QString path = m_dir.filePath(QStringLiteral("charts.pdf"));
    QVERIFY(report::writePdf(d, path).ok());
    QString text;
    for (const PdfPage &p : readPdf(path))
        text += p.text + u' ';
    for (const char *label : {"Would buy (n = 30)", "9 (30%)", "would certainly buy", "Respondents", "Ad B: the commute",
                              "15 (50%)", "18-34", "55+", "Yes", "No", "Control", "Treatment", "3.9", "Price they would pay",
                              "USD", "10", "No data"})
        QVERIFY2(text.contains(QString::fromUtf8(label)), label);
}

void TestReportContent::chartImageResolution()
{
    const report::Chart chart = *m_doc.charts().first();
    const QSizeF size = report::chartSize(chart, 480);
    QCOMPARE(size.width(), 480.0);
    const QImage image = report::chartImage(chart, size, 144);
    QCOMPARE(image.width(), 960);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 144);
    // Something is drawn in the bars' colour, and the corners stay white.
    bool bar = false;
    for (int y = 0; y < image.height() && !bar; y += 4)
        for (int x = 0; x < image.width() && !bar; x += 4)
            bar = image.pixelColor(x, y) == QColor(0x4e, 0x79, 0xa7);
    QVERIFY(bar);
    QCOMPARE(image.pixelColor(0, image.height() - 1), QColor(Qt::white));
}

void TestReportContent::formatNames()
{
    QCOMPARE(report::reportFormatFromName(QStringLiteral("PDF")), report::ReportFormat::Pdf);
    QCOMPARE(report::reportFormatFromName(QStringLiteral("odt")), report::ReportFormat::Odt);
    QCOMPARE(report::reportFormatFromName(QStringLiteral("htm")), report::ReportFormat::Html);
    QCOMPARE(report::reportFormatFromName(QStringLiteral("markdown")), report::ReportFormat::Markdown);
    QVERIFY(!report::reportFormatFromName(QStringLiteral("docx")));
    QCOMPARE(report::reportSuffix(report::ReportFormat::Odt), QStringLiteral(".odt"));
}

void TestReportContent::asyncWrite()
{
    // The studio writes on a pool thread: the same file comes out.
    const QString path = m_dir.filePath(QStringLiteral("async.pdf"));
    QFuture<Status> f = report::writeReportAsync(m_doc, path, report::ReportFormat::Pdf);
    f.waitForFinished();
    QVERIFY(f.result().ok());
    QVERIFY(readPdf(path).size() > 1);
}

QTEST_MAIN(TestReportContent)
#include "tst_reportcontent.moc"
