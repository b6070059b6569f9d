// PDF reports read back with poppler: pages, paper, the text and its type sizes, tables as
// text, charts as vectors (their labels are text), long transcripts over many pages.
#include "analysis/runreport.h"
#include "helpers/reportreadback.h"
#include "helpers/reportfixture.h"
#include "pagesetup.h"
#include "pdfrenderer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace troupe;
using namespace troupe::test;

namespace {

bool near(double a, double b, double tolerance = 1.0)
{
    return std::abs(a - b) <= tolerance;
}

/** The words of `page` at `size` ± 0.3 pt. */
QStringList wordsAt(const PdfPage &page, double size)
{
    QStringList out;
    for (const PdfWord &w : page.words)
        if (near(w.size, size, 0.3))
            out.append(w.text);
    return out;
}

/** A run of `steps` steps with `agents` people, made up: a long transcript and a long table. */
report::ReportDocument syntheticReport(int agents, int steps)
{
    RunEvents events;
    qint64 seq = 0;
    const QDateTime start(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);
    for (int step = 1; step <= steps; ++step)
        for (int a = 0; a < agents; ++a) {
            RunEvent e;
            e.seq = ++seq;
            e.step = step;
            e.time = start.addSecs(300 * step);
            e.agent = QStringLiteral("Person %1").arg(a + 1);
            e.kind = QStringLiteral("action");
            e.type = QStringLiteral("TALK");
            e.target = QStringLiteral("Person %1").arg((a + 1) % agents + 1);
            e.content = QStringLiteral("At step %1 I, person %2, say something long enough to wrap over a line or two of the "
                                       "transcript so that pages fill up the way a real discussion does.")
                            .arg(step)
                            .arg(a + 1);
            events.append(e);
        }
    RunSummary s = summarizeEvents(events);
    s.runId = 7;
    s.name = QStringLiteral("Synthetic long run");
    s.status = QStringLiteral("finished");
    s.provider = QStringLiteral("offline");
    s.tokensPerStep.assign(size_t(steps), 1200);
    return report::runReport(s, events);
}

} // namespace

class TestPdfReport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void focusGroupReadsWell();
    void longTranscriptContinuesOverPages();
    void longTableRepeatsItsHeader();
    void letterUnderUsLocale();
    void cliWritesThePdf();
    void unwritablePathIsAnError();

private:
    QTemporaryDir m_dir;
    StoredRun m_run;
};

void TestPdfReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_run = runWithCli(QStringLiteral(TROUPE_CLI_PATH), QStringLiteral("focus_group"), m_dir.filePath(QStringLiteral("fg.troupe")));
    QVERIFY2(m_run.error.isEmpty(), qPrintable(m_run.error));
    QCOMPARE(m_run.summary.steps, 6);
}

void TestPdfReport::focusGroupReadsWell()
{
    const QString path = m_dir.filePath(QStringLiteral("fg.pdf"));
    report::RenderOptions options;
    options.locale = QLocale::c(); // no territory: A4
    QVERIFY(report::writePdf(report::runReport(m_run.summary, m_run.events), path, options).ok());
    const QList<PdfPage> pages = readPdf(path);
    QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
    for (const PdfPage &p : pages) {
        QVERIFY2(near(p.size.width(), 595) && near(p.size.height(), 842),
                 qPrintable(QStringLiteral("%1 x %2").arg(p.size.width()).arg(p.size.height())));
        QVERIFY(!p.words.isEmpty()); // no blank pages
    }

    // The title and the headings are there, larger than the body.
    QVERIFY(pages.first().text.contains(QStringLiteral("Focus group: Roundup, a savings app")));
    QVERIFY(wordsAt(pages.first(), 20).contains(QStringLiteral("Roundup,")));
    QString all;
    for (const PdfPage &p : pages)
        all += p.text + u' ';
    for (const char *heading : {"Summary", "Actions by type", "Activity per step", "Who talked to whom", "Transcript"})
        QVERIFY2(all.contains(QString::fromUtf8(heading)), heading);
    bool bigHeading = false;
    for (const PdfPage &p : pages)
        bigHeading = bigHeading || wordsAt(p, 15).contains(QStringLiteral("Transcript"));
    QVERIFY(bigHeading);

    // Body text is 9-11 pt: nearly every character; nothing is smaller than the charts' 8 pt labels.
    qsizetype body = 0, total = 0;
    for (const PdfPage &p : pages)
        for (const PdfWord &w : p.words) {
            QVERIFY2(w.size >= 7.9, qPrintable(QStringLiteral("\"%1\" at %2 pt").arg(w.text).arg(w.size)));
            total += w.text.size();
            if (w.size >= 9 - 0.01 && w.size <= 11 + 0.01)
                body += w.text.size();
        }
    QVERIFY2(double(body) / double(total) > 0.85, qPrintable(QStringLiteral("%1 of %2 characters at 9-11 pt").arg(body).arg(total)));
    // The transcript (the last page is all transcript) is entirely body text.
    for (const PdfWord &w : pages.last().words)
        QVERIFY2(w.size >= 9 - 0.01 && w.size <= 11 + 0.01, qPrintable(QStringLiteral("\"%1\" at %2 pt").arg(w.text).arg(w.size)));

    // Tables are text: a header cell, a row label and counts.
    const QString first = pages.first().text;
    QVERIFY(first.contains(QStringLiteral("REACH_OUT")));
    QVERIFY(first.contains(QStringLiteral("Margit Halvorsen")));
    QVERIFY(wordsAt(pages.first(), 9).contains(QStringLiteral("TALK")));
    QVERIFY(all.contains(QStringLiteral("Speaker →"))); // the header wraps between its words
    // Charts are vectors: their titles and axis labels are text on the page.
    QVERIFY(all.contains(QStringLiteral("Actions per step")));
    QVERIFY(all.contains(QStringLiteral("Tokens per step (estimated)")));
    bool tickLabels = false;
    for (const PdfPage &p : pages)
        tickLabels = tickLabels || (wordsAt(p, 8).contains(QStringLiteral("Step")) && wordsAt(p, 8).contains(QStringLiteral("6")));
    QVERIFY(tickLabels);

    // The last step's last line is on the last page; every page has its number.
    QString lastLine;
    for (const RunEvent &e : m_run.events)
        if (e.step == 6 && e.kind == QLatin1String("action") && e.type == QLatin1String("TALK"))
            lastLine = e.content;
    QVERIFY(!lastLine.isEmpty());
    const QString opening = lastLine.simplified().section(u' ', 0, 5);
    QVERIFY2(pages.last().text.contains(opening), qPrintable(opening));
    QVERIFY(pages.last().text.contains(QStringLiteral("Step 6")));
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY(pages[i].text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    // The broadcast is in once per step, to everyone.
    QCOMPARE(all.count(QStringLiteral("Moderator → everyone: Thanks for joining")), 1);
}

void TestPdfReport::longTranscriptContinuesOverPages()
{
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(report::writePdf(syntheticReport(4, 30), path).ok());
    const QList<PdfPage> pages = readPdf(path);
    QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
    const PdfPage &last = pages.last();
    QVERIFY(last.text.contains(QStringLiteral("Step 30")));
    QVERIFY(last.text.contains(QStringLiteral("At step 30 I, person 4, say something")));
    // Steps follow in order over the pages, none is lost.
    int lastSeen = 0;
    for (const PdfPage &p : pages) {
        static const QRegularExpression stepHeading(QStringLiteral("Step (\\d+) — "));
        for (auto it = stepHeading.globalMatch(p.text); it.hasNext();) {
            const int step = it.next().captured(1).toInt();
            QCOMPARE(step, lastSeen + 1);
            lastSeen = step;
        }
    }
    QCOMPARE(lastSeen, 30);
    // A step heading never ends a page: some line of its step follows it on the same page.
    for (const PdfPage &p : pages) {
        const qsizetype at = p.text.lastIndexOf(QRegularExpression(QStringLiteral("Step \\d+ — \\S+ \\S+")));
        if (at >= 0)
            QVERIFY2(p.text.indexOf(QStringLiteral("Person"), at) > at, qPrintable(p.text.mid(at)));
    }
}

void TestPdfReport::longTableRepeatsItsHeader()
{
    // 80 people: the actions table and the talk matrix run over several pages.
    const QString path = m_dir.filePath(QStringLiteral("table.pdf"));
    QVERIFY(report::writePdf(syntheticReport(80, 2), path).ok());
    const QList<PdfPage> pages = readPdf(path);
    int pagesWithPeople = 0, pagesWithHeader = 0;
    for (const PdfPage &p : pages) {
        if (p.text.contains(QStringLiteral("Transcript")))
            break;
        if (!p.text.contains(QStringLiteral("Person 5")) && !p.text.contains(QStringLiteral("Person 6")))
            continue;
        ++pagesWithPeople;
        // The header row is repeated at the top of each page the table covers.
        if (p.text.contains(QStringLiteral("Agent TALK Total")) || p.text.contains(QStringLiteral("Speaker Listener Times")))
            ++pagesWithHeader;
    }
    QVERIFY2(pagesWithPeople >= 2, qPrintable(QString::number(pagesWithPeople)));
    QCOMPARE(pagesWithHeader, pagesWithPeople);
}

void TestPdfReport::letterUnderUsLocale()
{
    const report::ReportDocument doc = report::runReport(m_run.summary, m_run.events);
    report::RenderOptions us;
    us.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(report::paperFor(us.locale), QPageSize::Letter);
    QCOMPARE(report::paperFor(QLocale(QLocale::Spanish, QLocale::Mexico)), QPageSize::Letter);
    QCOMPARE(report::paperFor(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
    QCOMPARE(report::paperFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    QCOMPARE(report::paperFor(QLocale(QLocale::Russian, QLocale::Russia)), QPageSize::A4);
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    QVERIFY(report::writePdf(doc, path, us).ok());
    const QList<PdfPage> pages = readPdf(path);
    QVERIFY(pages.size() > 1);
    QString all;
    for (const PdfPage &p : pages) {
        QVERIFY(near(p.size.width(), 612) && near(p.size.height(), 792));
        all += p.text + u' ';
    }
    // Nothing is lost on the shorter page: every section, chart and step is there.
    for (const char *text : {"Summary", "Actions by type", "Actions per step", "Tokens per step", "Who talked to whom",
                             "Transcript", "Step 1 — ", "Step 2 — ", "Step 3 — ", "Step 4 — ", "Step 5 — ", "Step 6 — "})
        QVERIFY2(all.contains(QString::fromUtf8(text)), text);
    // Numbers in the charts follow the locale: 20,000 with a group separator.
    bool grouped = false;
    for (const PdfPage &p : pages)
        grouped = grouped || p.text.contains(QRegularExpression(QStringLiteral("\\b\\d{1,3},000\\b")));
    QVERIFY(grouped);
    // An explicit paper wins over the locale.
    report::RenderOptions a4 = us;
    a4.paper = QPageSize::A4;
    QVERIFY(report::writePdf(doc, path, a4).ok());
    QVERIFY(near(readPdf(path).first().size.height(), 842));
}

void TestPdfReport::cliWritesThePdf()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI picks the offscreen platform itself
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("report"), QStringLiteral("last"), QStringLiteral("--project"), m_run.project,
                                              QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), path,
                                              QStringLiteral("--paper"), QStringLiteral("letter")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(path));
    const QList<PdfPage> pages = readPdf(path);
    QVERIFY(pages.size() > 1);
    QVERIFY(near(pages.first().size.width(), 612));
    QVERIFY(pages.first().text.contains(QStringLiteral("Focus group: Roundup")));

    // Usage errors exit 2 with the reason; a missing run exits 1.
    p.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("report"), QStringLiteral("last"), QStringLiteral("--project"), m_run.project,
                                              QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), path});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--format"));
    p.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("report"), QStringLiteral("99"), QStringLiteral("--project"), m_run.project,
                                              QStringLiteral("-o"), path});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("99"));
}

void TestPdfReport::unwritablePathIsAnError()
{
    const Status s = report::writePdf(report::runReport(m_run.summary, m_run.events), m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("no/such/dir/x.pdf")));
}

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
