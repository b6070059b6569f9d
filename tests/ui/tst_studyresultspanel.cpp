// The Study tab of the results panel, driven with real clicks and keys on a project filled
// through the stores: one chart per question with its figures, the crosstab following its
// combos, quotes that ask for their event (click and Enter), missing answers with reasons,
// the study report from the export button, and in the main window a quote selecting its
// event in the conversation.
#include "helpers/reportreadback.h"
#include "helpers/studyfixture.h"

#include "conversationpanel.h"
#include "mainwindow.h"
#include "models/conversationmodel.h"
#include "resultspanel.h"
#include "studyresultspanel.h"
#include "studyrundialog.h"
#include "studysession.h"

#include <QAction>
#include <QDialogButtonBox>

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace troupe;

class TestStudyResultsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<ResultsPanel> m_panel;
    qint64 m_run = 0;

    StudyResultsPanel *study() const { return m_panel->studyPanel(); }

    static void clickTab(QTabWidget *tabs, const QString &text)
    {
        QTabBar *bar = tabs->tabBar();
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i).startsWith(text)) {
                QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                return;
            }
        QFAIL(qPrintable(QStringLiteral("no tab %1").arg(text)));
    }

    static void clickRow(QTreeWidget *tree, int row)
    {
        QTreeWidgetItem *item = tree->topLevelItem(row);
        QVERIFY(item);
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
    }

    /** Focus by Tab from the widget before it, as a keyboard user reaches it. */
    static void focusByTab(QWidget *from, QWidget *target)
    {
        from->setFocus(Qt::OtherFocusReason);
        for (int i = 0; i < 20 && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), target);
    }

    static QString cell(QStandardItemModel *m, int row, int column) { return m->item(row, column)->text(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto p = ProjectFile::create(m_dir->filePath(QStringLiteral("study.troupe")));
        QVERIFY2(p, qPrintable(p.error()));
        m_project = std::move(p).value();
        const auto run = test::writeStudyRun(*m_project);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        m_run = run.runId;
        m_panel = std::make_unique<ResultsPanel>();
        m_panel->setProject(m_project.get());
        m_panel->resize(1200, 900);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(m_panel->showRun(m_run).ok());
    }

    void cleanup()
    {
        m_panel.reset();
        m_project.reset();
        m_dir.reset();
    }

    void refreshingLeavesOneCardPerQuestion()
    {
        // Answers arriving refresh the panel many times; an open question not labelled yet has
        // no chart, and its card must go with the others each time (it once stayed, overlapping).
        StudySummary summary = study()->summary();
        for (QuestionSummary &q : summary.questions)
            if (q.question.id == QLatin1String("why")) {
                q.labelled = false;
                q.openLabels = {};
            }
        for (int i = 0; i < 3; ++i)
            study()->setSummary(summary);
        QCOMPARE(study()->findChildren<QLabel *>(QStringLiteral("figures-why")).size(), 1);
        QCOMPARE(study()->findChildren<QLabel *>(QStringLiteral("figures-vote")).size(), 1);
        QCOMPARE(study()->charts().size(), 6);
    }

    void studyRunOpensOnTheStudyTabWithOneChartPerQuestion()
    {
        QVERIFY(m_panel->isStudyRun());
        QVERIFY(m_panel->views()->isTabVisible(1));
        QCOMPARE(m_panel->views()->currentWidget(), study());
        clickTab(m_panel->views(), QStringLiteral("Run"));
        QCOMPARE(m_panel->views()->currentIndex(), 0);
        clickTab(m_panel->views(), QStringLiteral("Study"));
        QCOMPARE(m_panel->views()->currentWidget(), study());
        QVERIFY(study()->header()->text().contains(QStringLiteral("synthetic")));

        // Seven questions, seven charts (the open question has labels).
        QCOMPARE(study()->charts().size(), 7);
        QChart *vote = study()->charts().first()->chart();
        QCOMPARE(vote->series().size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(vote->series().first());
        QVERIFY(bars);
        QBarSet *set = bars->barSets().first();
        QCOMPARE(set->count(), 5);
        QCOMPARE(set->at(3), 2.0);
        QCOMPARE(set->at(4), 2.0);
        auto *figures = study()->findChild<QLabel *>(QStringLiteral("figures-vote"));
        QVERIFY(figures);
        QVERIFY2(figures->text().contains(QStringLiteral("top-2 box 80%")), qPrintable(figures->text()));
        QVERIFY(figures->text().contains(QStringLiteral("mean 4.00 (95% CI 2.48–5.52)")));
        auto *order = study()->findChild<QLabel *>(QStringLiteral("figures-order"));
        QVERIFY(order && order->text().contains(QStringLiteral("A: Borda 5")));
        auto *price = study()->findChild<QLabel *>(QStringLiteral("figures-price"));
        QVERIFY(price && price->text().contains(QStringLiteral("median 25")));
        // For looking at it by hand: STUDY_SHOT_DIR=/tmp tst_studyresultspanel
        if (const QString dir = qEnvironmentVariable("STUDY_SHOT_DIR"); !dir.isEmpty()) {
            clickTab(study()->tabs(), QStringLiteral("Crosstab"));
            m_panel->grab().save(dir + QStringLiteral("/study-panel.png"));
            clickTab(study()->tabs(), QStringLiteral("Quotes"));
            m_panel->grab().save(dir + QStringLiteral("/study-quotes.png"));
        }
    }

    void plainRunHasNoStudyTab()
    {
        RunStore::NewRun nr;
        nr.name = QStringLiteral("plain");
        nr.scenario = nlohmann::ordered_json::object();
        auto id = RunStore(*m_project).createRun(nr);
        QVERIFY(id);
        QVERIFY(m_panel->showRun(id.value()).ok());
        QVERIFY(!m_panel->isStudyRun());
        QVERIFY(!m_panel->views()->isTabVisible(1));
        QCOMPARE(m_panel->views()->currentIndex(), 0);
        QVERIFY(study()->charts().isEmpty());
    }

    void damagedStudySnapshotStillShowsTheRun()
    {
        RunStore::NewRun nr;
        nr.name = QStringLiteral("damaged");
        nr.scenario = nlohmann::ordered_json::object();
        auto id = RunStore(*m_project).createRun(nr);
        QVERIFY(id);
        StudyRunRecord rec;
        rec.runId = id.value();
        rec.studyName = QStringLiteral("damaged");
        rec.definition = nlohmann::ordered_json::parse(R"({"name": "damaged", "questions": [{"id": "q", "type": "bogus", "text": "?"}]})");
        QVERIFY(StudyStore(*m_project).saveStudyRun(rec));
        const Status s = m_panel->showRun(id.value());
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("damaged")), qPrintable(s.error()));
        QCOMPARE(m_panel->runId(), id.value()); // the run's own results are there
        QVERIFY(!m_panel->views()->isTabVisible(1));
    }

    void crosstabFollowsItsCombos()
    {
        QAbstractItemModelTester tester(study()->crosstabModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        clickTab(study()->tabs(), QStringLiteral("Crosstab"));
        QStandardItemModel *m = study()->crosstabModel();
        // vote by age: 18-24, 25-34, 45-54 (Di, 70, did not answer).
        QCOMPARE(study()->crosstabAttribute()->currentText(), QStringLiteral("age"));
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->verticalHeaderItem(1)->text(), QStringLiteral("25–34"));
        QCOMPARE(cell(m, 1, 3), QStringLiteral("2 (100%)"));
        QCOMPARE(cell(m, 2, 5), QStringLiteral("2"));

        focusByTab(study()->crosstabQuestion(), study()->crosstabAttribute());
        QTest::keyClick(study()->crosstabAttribute(), Qt::Key_Down);
        QCOMPARE(study()->crosstabAttribute()->currentText(), QStringLiteral("gender"));
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->verticalHeaderItem(0)->text(), QStringLiteral("Female"));
        QCOMPARE(cell(m, 0, 4), QStringLiteral("2 (67%)"));
        QCOMPARE(cell(m, 1, 1), QStringLiteral("1 (50%)"));

        // The open question by gender counts its labels.
        QTest::keyClick(study()->crosstabAttribute(), Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), study()->crosstabQuestion());
        QTest::keyClick(study()->crosstabQuestion(), Qt::Key_Down);
        QCOMPARE(study()->crosstabQuestion()->currentData().toString(), QStringLiteral("why"));
        QCOMPARE(m->columnCount(), 3);
        QCOMPARE(m->horizontalHeaderItem(0)->text(), QStringLiteral("fresh"));
        QCOMPARE(cell(m, 0, 0), QStringLiteral("3 (100%)"));
        QCOMPARE(cell(m, 1, 1), QStringLiteral("3 (100%)"));
        QCOMPARE(cell(m, 1, 2), QStringLiteral("3"));
    }

    void quotesAskForTheirEvent()
    {
        QAbstractItemModelTester tester(study()->quotes()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        clickTab(study()->tabs(), QStringLiteral("Quotes"));
        QSignalSpy spy(study(), &StudyResultsPanel::eventRequested);
        QCOMPARE(study()->quotes()->topLevelItemCount(), 30);
        clickRow(study()->quotes(), 0);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toLongLong(), m_run);
        QCOMPARE(spy.first().at(1).toLongLong(), 1);

        // Only the open question's answers, by keyboard: Down picks "vote", Down again "why".
        study()->quoteQuestion()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(study()->quoteQuestion(), Qt::Key_Down);
        QTest::keyClick(study()->quoteQuestion(), Qt::Key_Down);
        QCOMPARE(study()->quoteQuestion()->currentData().toString(), QStringLiteral("why"));
        QCOMPARE(study()->quotes()->topLevelItemCount(), 6);
        QCOMPARE(study()->quotes()->topLevelItem(0)->text(3), QStringLiteral("Fresh and quick"));
        clickRow(study()->quotes(), 0);
        QCOMPARE(spy.last().at(1).toLongLong(), 7);
        QTest::keyClick(study()->quotes(), Qt::Key_Down);
        QTest::keyClick(study()->quotes(), Qt::Key_Return);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.last().at(1).toLongLong(), 8);

        // The results panel passes the request on.
        QSignalSpy outer(m_panel.get(), &ResultsPanel::eventRequested);
        clickRow(study()->quotes(), 2);
        QCOMPARE(outer.size(), 1);
        QCOMPARE(outer.first().at(1).toLongLong(), 9);
    }

    void missingAnswersShowTheirReasons()
    {
        QAbstractItemModelTester tester(study()->missing()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        clickTab(study()->tabs(), QStringLiteral("Missing"));
        QCOMPARE(study()->tabs()->tabText(study()->tabs()->currentIndex()), QStringLiteral("Missing answers (1)"));
        QCOMPARE(study()->missing()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = study()->missing()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("vote"));
        QCOMPARE(row->text(1), QStringLiteral("Di"));
        QVERIFY(row->text(2).contains(QStringLiteral("found text \"four\"")));
    }

    void exportWritesTheStudyReport()
    {
        const QString path = m_dir->filePath(QStringLiteral("out.pdf"));
        m_panel->setSaveFileHook([&](const QString &, const QString &) { return path; });
        QSignalSpy done(m_panel.get(), &ResultsPanel::exported);
        QTest::mouseClick(m_panel->exportButton(ResultsPanel::Format::Pdf), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QString all;
        for (const test::PdfPage &p : test::readPdf(path))
            all += p.text + u' ';
        QVERIFY(all.contains(QStringLiteral("Study report")));
        QVERIFY(all.contains(QStringLiteral("Selected quotes")));
        QVERIFY(all.contains(QStringLiteral("step 2, event 7")));
    }

    void mainWindowSelectsTheQuotedEvent()
    {
        const QString path = m_project->path();
        m_panel.reset();
        m_project.reset();
        MainWindow window;
        window.setErrorHandler([](const QString &text) { qWarning("%s", qPrintable(text)); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path).ok());
        QVERIFY(window.showRun(m_run).ok());
        QTRY_VERIFY(!window.conversation()->isLoading());
        StudyResultsPanel *panel = window.results()->studyPanel();
        QCOMPARE(window.results()->views()->currentWidget(), panel);
        clickTab(panel->tabs(), QStringLiteral("Quotes"));
        clickRow(panel->quotes(), 5); // Ann's open answer, event 7 (after five vote quotes)
        const QModelIndex current = window.conversation()->view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(ConversationModel::SeqRole).toLongLong(), 7);
    }

    void runStudyFromTheStudio()
    {
        const QString path = m_dir->filePath(QStringLiteral("fresh.troupe"));
        m_panel.reset();
        m_project.reset();
        MainWindow window;
        QStringList errors;
        window.setErrorHandler([&](const QString &text) { errors << text; });
        QList<QDialog *> dialogs;
        window.setDialogHook([&](QDialog *d) { dialogs << d; d->show(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path, true).ok());

        auto *action = window.findChild<QAction *>(QStringLiteral("runStudy"));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(dialogs.size(), 1);
        auto *dialog = qobject_cast<StudyRunDialog *>(dialogs.first());
        QVERIFY(dialog);
        // Keyboard: the combo finds the bundled focus group study by its first letters.
        dialog->studies()->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(dialog->studies(), QStringLiteral("focus"));
        QCOMPARE(dialog->studyName(), QStringLiteral("focus_group_closing"));
        QVERIFY(dialog->isBundled());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // The session exists once Run is clicked; its worker has not answered anything yet.
        QVERIFY(window.studySession());
        QSignalSpy answers(window.studySession(), &StudySession::answerArrived);
        QSignalSpy ended(window.studySession(), &StudySession::ended);
        QTRY_VERIFY_WITH_TIMEOUT(window.studySession()->runId() > 0 || !errors.isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 1 || !errors.isEmpty(), 120000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(ended.first().at(0).value<RunStatus>(), RunStatus::Finished);
        QVERIFY(answers.size() > 0);
        // The answers are in the Study tab: the results show the study run, every question charted.
        QTRY_VERIFY(window.results()->isStudyRun());
        QCOMPARE(window.results()->runId(), window.studySession()->runId());
        const StudySummary &summary = window.results()->studyPanel()->summary();
        QVERIFY(!summary.questions.isEmpty());
        int answered = 0;
        for (const QuestionSummary &q : summary.questions)
            answered += q.answered + q.missing;
        QCOMPARE(answered, answers.size());
        QCOMPARE(window.results()->views()->currentWidget(), window.results()->studyPanel());
        // The conversation is read again at the end: it holds the run's events.
        QTRY_VERIFY_WITH_TIMEOUT(!window.conversation()->isLoading() && window.conversation()->model()->rowCount() > 0, 30000);
        if (const QString dir = qEnvironmentVariable("STUDY_SHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300);
            window.grab().save(dir + QStringLiteral("/study-window.png"));
        }
    }
};

QTEST_MAIN(TestStudyResultsPanel)
#include "tst_studyresultspanel.moc"
