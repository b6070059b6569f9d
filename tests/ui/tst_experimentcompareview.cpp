// The Compare view of an experiment, on a project with two arms of known answers over two
// replicates: the tests table shows core's figures (read back from the cells), each arm has
// its interval in the chart, each replicate its figure, the question follows the keyboard,
// Copy and Export give the table as CSV, an unknown experiment says so, and the main
// window's Results menu opens it through its chooser.
#include "helpers/experimentfixture.h"

#include "empiricalpanel.h"
#include "experimentcompareview.h"
#include "experimentresultspage.h"
#include "intervalchart.h"
#include "mainwindow.h"
#include "testnames.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace troupe;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestExperimentCompareView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    ExperimentComparison m_core;

    static void waitFor(ExperimentCompareView &view)
    {
        QSignalSpy done(&view, &ExperimentCompareView::finished);
        QVERIFY(done.wait(20000));
    }

    static const QTableWidgetItem *testRow(const QTableWidget *t, const QString &name, int *row)
    {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->data(Qt::UserRole).toString() == name) {
                *row = r;
                return t->item(r, 0);
            }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(QStringLiteral("experiment.troupe"));
        auto project = ProjectFile::create(m_path);
        QVERIFY2(project, qPrintable(project.error()));
        const QString error = test::writeExperiment(*project.value());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto core = compareExperiment(*project.value(), test::kExperimentName);
        QVERIFY2(core, qPrintable(core.error()));
        m_core = core.value();
        QCOMPARE(m_core.questions.size(), size_t(2));
    }

    void showsCoreFiguresForTheVote()
    {
        ExperimentCompareView view;
        view.resize(1100, 800);
        view.show();
        view.showExperiment(m_path, test::kExperimentName);
        // Off the window's thread, with a busy indicator while it runs.
        QVERIFY(view.isBusy());
        QVERIFY(view.busyIndicator()->isVisible());
        waitFor(view);
        QVERIFY(!view.isBusy());
        QVERIFY(!view.busyIndicator()->isVisible());
        QVERIFY(view.comparison());
        QCOMPARE(view.questionBox()->count(), 2);
        QVERIFY(view.header()->text().contains(test::kExperimentName));

        const QuestionComparison &q = m_core.questions[0];
        QCOMPARE(q.question, QStringLiteral("vote"));
        // The tests table: every test of core's with its statistic, df, p, Holm p and effect.
        QTableWidget *t = view.testsTable();
        QCOMPARE(t->rowCount(), int(q.tests.size()));
        QCOMPARE(t->rowCount(), 4);
        for (size_t i = 0; i < q.tests.size(); ++i) {
            const stats::TestResult &core = q.tests[i];
            int row = -1;
            QVERIFY2(testRow(t, core.name, &row), qPrintable(core.name));
            QCOMPARE(t->item(row, 0)->text(), readableTestName(core.name));
            QCOMPARE(t->item(row, 1)->text(), QString::number(core.statistic, 'f', 3));
            QVERIFY(near(t->item(row, 1)->data(Qt::UserRole).toDouble(), core.statistic));
            QCOMPARE(t->item(row, 3)->text(), pValueText(core.p));
            QVERIFY(near(t->item(row, 3)->data(Qt::UserRole).toDouble(), core.p));
            if (core.df)
                QCOMPARE(t->item(row, 2)->text(), QString::number(*core.df, 'f', 1));
            if (core.effect) {
                QCOMPARE(t->item(row, 5)->text(), QString::number(*core.effect, 'f', 3));
                QCOMPARE(t->item(row, 6)->text(), readableEffectName(core.effectName));
            }
        }
        int welch = -1;
        QVERIFY(testRow(t, QStringLiteral("welch_t"), &welch));
        QCOMPARE(welch, 0);
        QVERIFY(q.primaryPHolm);
        QCOMPARE(t->item(0, 4)->text(), pValueText(*q.primaryPHolm));
        QVERIFY(near(t->item(0, 4)->data(Qt::UserRole).toDouble(), *q.primaryPHolm));
        // The JSON of `experiment compare --json` holds the same p.
        const auto json = q.toJson();
        QVERIFY(near(json["tests"][0]["p"].get<double>(), t->item(0, 3)->data(Qt::UserRole).toDouble()));
        QVERIFY(near(json["tests"][0]["p_holm"].get<double>(), t->item(0, 4)->data(Qt::UserRole).toDouble()));
        // Half price raised the vote: p well below 0.05 and the summary says so.
        QVERIFY(q.tests.front().p < 0.01);
        QCOMPARE(view.summary()->text(), q.summary);
        QVERIFY(view.summary()->text().startsWith(QLatin1String("half price raised mean vote by 1.33 points")));
        QVERIFY(view.summary()->text().contains(QLatin1String("2 replicates agree")));

        // The chart: one bar per arm with its t interval, and each replicate's mean beside it.
        const IntervalChartData &d = view.chart()->data();
        QCOMPARE(d.groups, QStringList({ QStringLiteral("control"), QStringLiteral("half price") }));
        QCOMPARE(d.cells.size(), size_t(2));
        for (size_t a = 0; a < 2; ++a) {
            const IntervalChartData::Cell &c = d.cells[a].front();
            QVERIFY(c.hasInterval());
            QVERIFY(near(c.value, q.arms[a].pooled.mean));
            QVERIFY(near(c.lo, q.arms[a].pooled.ci.lo));
            QVERIFY(near(c.hi, q.arms[a].pooled.ci.hi));
            QCOMPARE(c.dots.size(), size_t(2));
            QVERIFY(near(c.dots[0], q.arms[a].byReplicate.at(1).mean));
            QVERIFY(near(c.dots[1], q.arms[a].byReplicate.at(2).mean));
            QCOMPARE(c.note, QStringLiteral("n = 12"));
        }
        QVERIFY(near(d.cells[0].front().value, 34.0 / 12)); // control: 17 + 17 over 12
        QVERIFY(near(d.cells[1].front().value, 50.0 / 12)); // half price: 25 + 25 over 12

        // The replicates table: each arm's replicates and then its pooled row.
        QTableWidget *r = view.replicatesTable();
        QCOMPARE(r->rowCount(), 6);
        const QStringList expected = { QStringLiteral("control|1|6|2.83"), QStringLiteral("control|2|6|2.83"),
            QStringLiteral("control|all|12|2.83"), QStringLiteral("half price|1|6|4.17"),
            QStringLiteral("half price|2|6|4.17"), QStringLiteral("half price|all|12|4.17") };
        for (int row = 0; row < r->rowCount(); ++row) {
            QStringList cells;
            for (int c = 0; c < 4; ++c)
                cells.append(r->item(row, c)->text());
            QCOMPARE(cells.join(u'|'), expected[row]);
        }
    }

    void yesNoQuestionByKeyboard()
    {
        ExperimentCompareView view;
        view.resize(1100, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showExperiment(m_path, test::kExperimentName);
        waitFor(view);
        view.questionBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(view.questionBox(), Qt::Key_Down);
        QCOMPARE(view.questionBox()->currentIndex(), 1);
        const QuestionComparison &q = m_core.questions[1];
        QCOMPARE(q.question, QStringLiteral("buy"));
        QCOMPARE(view.summary()->text(), q.summary);
        QVERIFY2(
            q.summary.startsWith(QLatin1String("half price answered \"yes\" more often than control (83% against 25%")),
            qPrintable(q.summary));
        // Chi-square first (Holm-adjusted), then Fisher's exact test for the 2×2 table.
        QTableWidget *t = view.testsTable();
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->item(0, 0)->data(Qt::UserRole).toString(), QStringLiteral("chi_square"));
        QCOMPARE(t->item(1, 0)->data(Qt::UserRole).toString(), QStringLiteral("fisher_exact"));
        for (int row = 0; row < 2; ++row)
            QVERIFY(near(t->item(row, 3)->data(Qt::UserRole).toDouble(), q.tests[size_t(row)].p));
        QVERIFY(near(t->item(0, 4)->data(Qt::UserRole).toDouble(), *q.primaryPHolm));
        // Shares with Wilson intervals, per option and arm, and each replicate's share.
        const IntervalChartData &d = view.chart()->data();
        QVERIFY(d.percent);
        QCOMPARE(d.series, QStringList({ QStringLiteral("control"), QStringLiteral("half price") }));
        const qsizetype yes = d.groups.indexOf(QStringLiteral("yes"));
        QVERIFY(yes >= 0);
        const stats::Proportion control = stats::wilson(3, 12), half = stats::wilson(10, 12);
        QVERIFY(near(d.cells[size_t(yes)][0].value, control.estimate));
        QVERIFY(near(d.cells[size_t(yes)][0].lo, control.ci.lo));
        QVERIFY(near(d.cells[size_t(yes)][1].hi, half.ci.hi));
        QCOMPARE(d.cells[size_t(yes)][1].dots.size(), size_t(2));
        QVERIFY(near(d.cells[size_t(yes)][1].dots[0], 5.0 / 6));
        QVERIFY(near(d.cells[size_t(yes)][1].dots[1], 5.0 / 6));
        QVERIFY(near(d.cells[size_t(yes)][0].dots[0], 2.0 / 6));
        QVERIFY(near(d.cells[size_t(yes)][0].dots[1], 1.0 / 6));
        // The replicates' counts, as `experiment compare --json` lists them.
        const auto json = q.toJson();
        QCOMPARE(json["arms"]["control"]["replicates"][1]["counts"]["yes"].get<int>(), 1);
        QTableWidget *r = view.replicatesTable();
        QCOMPARE(r->rowCount(), 6);
        const int yesColumn = [&] {
            for (int c = 0; c < r->columnCount(); ++c)
                if (r->horizontalHeaderItem(c)->text() == QLatin1String("yes"))
                    return c;
            return -1;
        }();
        QVERIFY(yesColumn > 0);
        QCOMPARE(r->item(1, yesColumn)->text(), QStringLiteral("1 (16.7%)")); // control, replicate 2
        QCOMPARE(r->item(2, yesColumn)->text(), QStringLiteral("3 (25.0%)")); // control, all
    }

    void copyAndExportTheTestsTable()
    {
        ExperimentCompareView view;
        view.show();
        view.showExperiment(m_path, test::kExperimentName);
        waitFor(view);
        QTest::mouseClick(view.copyButton(), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1String("Test,Statistic,df,p,p (Holm),Effect size,Effect\r\n")),
            qPrintable(copied));
        QVERIFY(copied.contains(readableTestName(QStringLiteral("mann_whitney_u"))));
        const QString out = m_dir.filePath(QStringLiteral("tests.csv"));
        view.setSavePathHook([&] { return out; });
        QSignalSpy exported(&view, &ExperimentCompareView::exported);
        QTest::mouseClick(view.exportButton(), Qt::LeftButton);
        QCOMPARE(exported.size(), 1);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), copied);
        // A path that cannot be written says so.
        view.setSavePathHook([&] { return m_dir.filePath(QStringLiteral("no/such/dir/tests.csv")); });
        QSignalSpy failed(&view, &ExperimentCompareView::exportFailed);
        QTest::mouseClick(view.exportButton(), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
    }

    void unknownExperimentAndBadProject()
    {
        ExperimentCompareView view;
        view.show();
        view.showExperiment(m_path, QStringLiteral("no such experiment"));
        QSignalSpy done(&view, &ExperimentCompareView::finished);
        QVERIFY(done.wait(20000));
        QVERIFY(!done.first().at(0).toString().isEmpty());
        QVERIFY(view.status()->text().contains(QLatin1String("no such experiment")));
        QCOMPARE(view.testsTable()->rowCount(), 0);
        view.showExperiment(m_dir.filePath(QStringLiteral("missing.troupe")), test::kExperimentName);
        QVERIFY(done.wait(20000));
        QVERIFY(!done.last().at(0).toString().isEmpty());
        // A newer request drops what the older one sends.
        view.showExperiment(m_path, QStringLiteral("no such experiment"));
        view.showExperiment(m_path, test::kExperimentName);
        QTRY_VERIFY(view.comparison().has_value());
        QCOMPARE(view.testsTable()->rowCount(), 4);
    }

    void mainWindowResultsMenu()
    {
        MainWindow window;
        QStringList errors;
        window.setErrorHandler([&](const QString &text) { errors << text; });
        QList<QDialog *> dialogs;
        window.setDialogHook([&](QDialog *d) {
            dialogs << d;
            d->show();
        });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *compare = window.findChild<QAction *>(QStringLiteral("compareExperiment"));
        QVERIFY(compare);
        compare->trigger(); // no project yet
        QCOMPARE(errors.size(), 1);
        QVERIFY(window.openProject(m_path).ok());
        compare->trigger();
        QCOMPARE(dialogs.size(), 1);
        auto *chooser = qobject_cast<QInputDialog *>(dialogs.first());
        QVERIFY(chooser);
        QCOMPARE(chooser->comboBoxItems(), QStringList({ test::kExperimentName }));
        auto *buttons = chooser->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ExperimentResultsPage *page = window.experimentPage();
        QCOMPARE(window.centre()->currentWidget(), page);
        QCOMPARE(page->currentIndex(), int(ExperimentResultsPage::kCompareTab));
        QTRY_VERIFY_WITH_TIMEOUT(page->compareView()->comparison().has_value(), 20000);
        QCOMPARE(page->compareView()->testsTable()->rowCount(), 4);
        // The Real Data tab beside it compares the same experiment's runs.
        QCOMPARE(page->empiricalPanel()->which(), test::kExperimentName);
        // What the explorer's experiments call: the same page.
        window.showExperimentComparison(test::kExperimentName);
        QTRY_VERIFY_WITH_TIMEOUT(page->compareView()->comparison().has_value(), 20000);
        QVERIFY2(errors.size() == 1, qPrintable(errors.join(u'\n')));
    }
};

QTEST_MAIN(TestExperimentCompareView)
#include "tst_experimentcompareview.moc"
