// The results panel on finished runs, offscreen: axis labels as drawn (whole steps, round
// values), table headers that never break inside a word, a talk matrix that fits without
// scrolling, and the export buttons clicked, written on a pool thread and read back.
#include "helpers/reportreadback.h"
#include "helpers/reportfixture.h"
#include "resultspanel.h"
#include "talkmatrix.h"
#include "store/projectfile.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>

using namespace troupe;
using namespace troupe::test;

namespace {

// The centre of the main window at 1440 × 900, explorer on the left and docks on the
// right, as measured in the studio under Xvfb.
constexpr int kPanelWidth = 580;
constexpr int kPanelHeight = 740;

/** The numeric tick labels Qt Charts drew along one axis of `view`, in order. */
QStringList axisLabels(QChartView *view, Qt::Orientation orientation)
{
    const QRectF plot = view->chart()->plotArea();
    static const QRegularExpression number(QStringLiteral("^-?[\\d,]+$"));
    QList<QPair<double, QString>> found;
    for (QGraphicsItem *item : view->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString label = text->toPlainText();
        if (!number.match(label).hasMatch())
            continue;
        const QRectF r = text->sceneBoundingRect();
        if (orientation == Qt::Horizontal && r.top() >= plot.bottom() - 2)
            found.append({r.center().x(), label});
        else if (orientation == Qt::Vertical && r.right() <= plot.left() + 2)
            found.append({-r.center().y(), label});
    }
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto &[at, label] : found)
        out.append(label);
    return out;
}

QStringList numbers(int from, int to, int step = 1)
{
    QStringList out;
    for (int i = from; i <= to; i += step)
        out.append(QString::number(i));
    return out;
}

/** True when `labels` are 0, s, 2s, ... with s = 1, 2 or 5 × 10^k, and the last reaches `top`. */
bool roundTicks(const QStringList &labels, double top)
{
    if (labels.size() < 2 || labels.first() != QLatin1String("0"))
        return false;
    const double step = labels[1].toDouble();
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    if (std::abs(mantissa - 1) > 1e-9 && std::abs(mantissa - 2) > 1e-9 && std::abs(mantissa - 5) > 1e-9)
        return false;
    for (int i = 0; i < labels.size(); ++i)
        if (labels[i].toDouble() != i * step)
            return false;
    return labels.last().toDouble() >= top;
}

/** Lines in the tables of `doc` that start inside a word (the "Amar a Okaf or" defect). */
QStringList midWordBreaks(QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextCursor c(b);
        if (!c.currentTable())
            continue;
        const QString text = b.text();
        const QTextLayout *layout = b.layout();
        for (int i = 1; i < layout->lineCount(); ++i) {
            const int start = layout->lineAt(i).textStart();
            if (start > 0 && text.at(start - 1).isLetterOrNumber() && text.at(start).isLetterOrNumber())
                out.append(text);
        }
    }
    return out;
}

const char *const kEightPeople = R"({
  "name": "Eight people",
  "world": {"name": "A room", "start": "2026-03-02T18:00:00", "step_minutes": 5, "steps": 2, "seed": 7},
  "agents": [
    {"spec": {"type": "TinyPerson", "persona": {"name": "Amara Okafor", "age": 34, "occupation": "pharmacist"}}},
    {"spec": {"type": "TinyPerson", "persona": {"name": "Bartholomew Fitzgerald", "age": 51, "occupation": "surveyor"}}},
    {"spec": {"type": "TinyPerson", "persona": {"name": "Chiamaka Eze", "age": 29, "occupation": "nurse"}}},
    {"spec": {"type": "TinyPerson", "persona": {"name": "Dmitri Volkonsky", "age": 45, "occupation": "engineer"}}},
    {"spec": {"type": "TinyPerson", "persona": {"name": "Esperanza Villalobos", "age": 38, "occupation": "teacher"}}},
    {"spec": {"type": "TinyPerson", "persona": {"name": "Friedrich Oberhauser", "age": 62, "occupation": "baker"}}},
    {"spec": {"type": "TinyPerson", "persona": {"name": "Guadalupe Hernandez", "age": 24, "occupation": "student"}}},
    {"spec": {"type": "TinyPerson", "persona": {"name": "Hiroshi Takahashi", "age": 57, "occupation": "accountant"}}}
  ],
  "everyone_accessible": true,
  "script": [{"step": 1, "do": "broadcast", "source": "Moderator", "content": "What do you think of paying for a savings app?"}]
})";

} // namespace

class TestResultsPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stepAxesShowWholeSteps_data();
    void stepAxesShowWholeSteps();
    void valueAxesAreRound();
    void talkMatrixFits_data();
    void talkMatrixFits();
    void summaryHeadersDoNotBreakWords();
    void exportPdfThroughTheButton();
    void exportOdtThroughTheButton();
    void exportErrorIsShown();
    void cancelledDialogWritesNothing();

private:
    void open(const StoredRun &run);

    QTemporaryDir m_dir;
    StoredRun m_six, m_two, m_twenty, m_eight;
    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<ResultsPanel> m_panel;
};

void TestResultsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString cli = QStringLiteral(TROUPE_CLI_PATH);
    m_six = runWithCli(cli, QStringLiteral("focus_group"), m_dir.filePath(QStringLiteral("six.troupe")));
    QVERIFY2(m_six.error.isEmpty(), qPrintable(m_six.error));
    m_two = runWithCli(cli, QStringLiteral("focus_group"), m_dir.filePath(QStringLiteral("two.troupe")), {QStringLiteral("--steps"), QStringLiteral("2")});
    QVERIFY2(m_two.error.isEmpty(), qPrintable(m_two.error));
    m_twenty = runWithCli(cli, QStringLiteral("focus_group"), m_dir.filePath(QStringLiteral("twenty.troupe")), {QStringLiteral("--steps"), QStringLiteral("20")});
    QVERIFY2(m_twenty.error.isEmpty(), qPrintable(m_twenty.error));
    QFile scenario(m_dir.filePath(QStringLiteral("eight.json")));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(kEightPeople);
    scenario.close();
    m_eight = runWithCli(cli, scenario.fileName(), m_dir.filePath(QStringLiteral("eight.troupe")));
    QVERIFY2(m_eight.error.isEmpty(), qPrintable(m_eight.error));
    QCOMPARE(m_eight.summary.agents.size(), 8);
}

void TestResultsPanel::init()
{
    m_panel = std::make_unique<ResultsPanel>();
    m_panel->resize(kPanelWidth, kPanelHeight);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestResultsPanel::cleanup()
{
    QTRY_VERIFY(!m_panel->isExporting()); // never leave a pool job writing behind
    m_panel.reset();
    m_project.reset();
}

void TestResultsPanel::open(const StoredRun &run)
{
    auto opened = ProjectFile::open(run.project);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_project = std::move(opened).value();
    m_panel->setProject(m_project.get());
    QVERIFY(m_panel->showRun(run.runId).ok());
    QCOMPARE(m_panel->runId(), run.runId);
    QTest::qWait(50); // let the charts and tables lay out
}

void TestResultsPanel::stepAxesShowWholeSteps_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("2 steps: 1 2, not 1 1 1 1 2") << 2 << numbers(1, 2);
    QTest::newRow("6 steps: 1..6, no skipped 5") << 6 << numbers(1, 6);
    QTest::newRow("20 steps: every 2nd") << 20 << numbers(2, 20, 2);
}

void TestResultsPanel::stepAxesShowWholeSteps()
{
    QFETCH(int, which);
    QFETCH(QStringList, steps);
    open(which == 2 ? m_two : which == 6 ? m_six : m_twenty);
    QCOMPARE(axisLabels(m_panel->actionsChart(), Qt::Horizontal), steps);
    QCOMPARE(axisLabels(m_panel->tokensChart(), Qt::Horizontal), steps);
}

void TestResultsPanel::valueAxesAreRound()
{
    open(m_six);
    const RunSummary &s = m_panel->summary();
    const int topActions = *std::max_element(s.actionsPerStep.begin(), s.actionsPerStep.end());
    const qint64 topTokens = *std::max_element(s.tokensPerStep.begin(), s.tokensPerStep.end());
    QVERIFY(topTokens > 10000); // the case that read 15656 and 20875
    const QStringList actions = axisLabels(m_panel->actionsChart(), Qt::Vertical);
    const QStringList tokens = axisLabels(m_panel->tokensChart(), Qt::Vertical);
    QVERIFY2(roundTicks(actions, topActions), qPrintable(actions.join(u' ')));
    QVERIFY2(roundTicks(tokens, double(topTokens)), qPrintable(tokens.join(u' ')));
    QVERIFY2(tokens[1].endsWith(QLatin1String("000")), qPrintable(tokens.join(u' ')));
}

void TestResultsPanel::talkMatrixFits_data()
{
    QTest::addColumn<int>("people");
    QTest::newRow("5 people") << 5;
    QTest::newRow("8 people") << 8;
}

void TestResultsPanel::talkMatrixFits()
{
    QFETCH(int, people);
    open(people == 5 ? m_six : m_eight);
    TalkMatrix *matrix = m_panel->matrix();
    QVERIFY(matrix->isVisible());
    QVERIFY(matrix->columnCount() >= people);
    QHeaderView *columns = matrix->horizontalHeader();
    // No horizontal scrolling: every column is inside the viewport.
    QVERIFY2(columns->length() <= matrix->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(columns->length()).arg(matrix->viewport()->width())));
    QCOMPARE(matrix->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(matrix->verticalScrollBar()->maximum(), 0); // and every speaker's row in view
    // Headers are initials (whole, one word) with the full name as tooltip, and they fit.
    const QFontMetrics fm(columns->font());
    for (int c = 0; c < matrix->columnCount(); ++c) {
        const QTableWidgetItem *h = matrix->horizontalHeaderItem(c);
        QVERIFY(!h->text().contains(u' '));
        QCOMPARE(h->toolTip(), matrix->listeners().at(c));
        QVERIFY2(fm.horizontalAdvance(h->text()) + 4 <= columns->sectionSize(c), qPrintable(h->text()));
    }
    // Speakers are named in full on the rows, and the row header is wide enough for each.
    const QFontMetrics rfm(matrix->verticalHeader()->font());
    for (int r = 0; r < matrix->rowCount(); ++r) {
        const QString name = matrix->verticalHeaderItem(r)->text();
        QCOMPARE(name, m_panel->summary().agents.at(r));
        QVERIFY2(rfm.horizontalAdvance(name) <= matrix->verticalHeader()->width(), qPrintable(name));
    }
    // Counts agree with the summary.
    const RunSummary &s = m_panel->summary();
    for (int r = 0; r < matrix->rowCount(); ++r)
        for (int c = 0; c < matrix->columnCount(); ++c) {
            const int n = s.talkCount(s.agents[r], matrix->listeners()[c]);
            QCOMPARE(matrix->item(r, c)->text(), n ? QString::number(n) : QString());
        }
}

void TestResultsPanel::summaryHeadersDoNotBreakWords()
{
    open(m_eight);
    QTextDocument *doc = m_panel->summaryView()->document();
    QVERIFY(m_panel->summaryView()->toPlainText().contains(QStringLiteral("Who talked to whom")));
    QVERIFY(doc->documentLayout()->documentSize().width() > 0);
    const QStringList broken = midWordBreaks(doc);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(" | "))));
    // Narrower still (the splitter dragged): headers still break only between words.
    m_panel->summaryView()->resize(300, 400);
    QTest::qWait(20);
    QVERIFY2(midWordBreaks(doc).isEmpty(), qPrintable(midWordBreaks(doc).join(QStringLiteral(" | "))));
}

void TestResultsPanel::exportPdfThroughTheButton()
{
    open(m_six);
    const QString path = m_dir.filePath(QStringLiteral("clicked.pdf"));
    QString suggested;
    m_panel->setSaveFileHook([&](const QString &name, const QString &) {
        suggested = name;
        return path;
    });
    QSignalSpy exported(m_panel.get(), &ResultsPanel::exported);
    QPushButton *button = m_panel->exportButton(ResultsPanel::Format::Pdf);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    // The file is written on a pool thread; meanwhile the panel says it is busy.
    QVERIFY(m_panel->isExporting());
    QVERIFY(m_panel->exportProgress()->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(m_panel->exportStatus()->text().contains(QStringLiteral("clicked.pdf")));
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    QCOMPARE(exported.first().first().toString(), path);
    QCOMPARE(suggested, QStringLiteral("Focus group Roundup a savings app.pdf"));
    QVERIFY(!m_panel->exportProgress()->isVisible());
    QVERIFY(button->isEnabled());
    QVERIFY(m_panel->exportStatus()->text().contains(QStringLiteral("Report written to")));

    const QList<PdfPage> pages = readPdf(path);
    QVERIFY(pages.size() > 1);
    QVERIFY(pages.first().text.contains(QStringLiteral("Focus group: Roundup, a savings app")));
    QString all;
    for (const PdfPage &p : pages)
        all += p.text;
    QVERIFY(all.contains(QStringLiteral("Who talked to whom")));
    QVERIFY(pages.last().text.contains(QStringLiteral("Step 6")));
}

void TestResultsPanel::exportOdtThroughTheButton()
{
    open(m_six);
    const QString path = m_dir.filePath(QStringLiteral("clicked"));
    m_panel->setSaveFileHook([&](const QString &, const QString &filter) {
        return filter.contains(QStringLiteral("*.odt")) ? path : QString();
    });
    QSignalSpy exported(m_panel.get(), &ResultsPanel::exported);
    QTest::mouseClick(m_panel->exportButton(ResultsPanel::Format::Odt), Qt::LeftButton);
    QVERIFY(m_panel->isExporting());
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 60000);
    const QString written = path + QStringLiteral(".odt"); // the suffix is added
    QCOMPARE(exported.first().first().toString(), written);
    const QByteArray content = zipEntry(written, QStringLiteral("content.xml"));
    QVERIFY(content.contains("<table:table "));
    QVERIFY(content.contains("Who talked to whom"));
    QVERIFY(content.contains("REACH_OUT"));
    QCOMPARE(content.count("<draw:image "), 2);
}

void TestResultsPanel::exportErrorIsShown()
{
    open(m_two);
    const QString path = m_dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    m_panel->setSaveFileHook([&](const QString &, const QString &) { return path; });
    QSignalSpy failed(m_panel.get(), &ResultsPanel::exportFailed);
    QSignalSpy exported(m_panel.get(), &ResultsPanel::exported);
    QTest::mouseClick(m_panel->exportButton(ResultsPanel::Format::Pdf), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QCOMPARE(exported.count(), 0);
    QVERIFY(failed.first().first().toString().contains(path));
    QVERIFY(m_panel->exportStatus()->text().startsWith(QStringLiteral("Export failed")));
    QVERIFY(m_panel->exportStatus()->text().contains(QStringLiteral("report.pdf")));
    QVERIFY(m_panel->exportButton(ResultsPanel::Format::Pdf)->isEnabled());
}

void TestResultsPanel::cancelledDialogWritesNothing()
{
    open(m_two);
    int asked = 0;
    m_panel->setSaveFileHook([&](const QString &, const QString &) {
        ++asked;
        return QString();
    });
    QSignalSpy exported(m_panel.get(), &ResultsPanel::exported);
    QSignalSpy failed(m_panel.get(), &ResultsPanel::exportFailed);
    QTest::mouseClick(m_panel->exportButton(ResultsPanel::Format::Markdown), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(!m_panel->isExporting());
    QTest::qWait(50);
    QCOMPARE(exported.count() + failed.count(), 0);
    // With no run, the buttons are off.
    QVERIFY(m_panel->showRun(0).ok());
    QVERIFY(!m_panel->exportButton(ResultsPanel::Format::Odt)->isEnabled());
}

QTEST_MAIN(TestResultsPanel)
#include "tst_resultspanel.moc"
