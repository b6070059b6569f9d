// Extract Results… on a stored run: opened from the run's context menu, the objective and
// fields typed with the keyboard, Run off the window's thread on the offline engine, one row
// per agent with the cited events as links that open them in the conversation, the results
// stored in the project as `troupe results extract` stores them, and shown again when the
// dialog is opened after the project is reopened. Bad input says what and where.
#include "conversationpanel.h"
#include "extractiondialog.h"
#include "mainwindow.h"
#include "projectexplorer.h"
#include "resultspanel.h"
#include "studyresultspanel.h"
#include "helpers/offlinerun.h"
#include "helpers/studiohost.h"
#include "models/conversationmodel.h"
#include "store/exampleproject.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace troupe;

namespace {

const QString kAds = QStringLiteral("Ad evaluation: three ads for a repair-friendly kettle");

} // namespace

class TestExtractionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void extractFromTheRunMenu();
    void badInputSaysWhere();

private:
    /** Opens the run's context menu with the keyboard and picks `item`. */
    ExtractionDialog *openFromMenu(const QString &item);
    void editCell(QTableWidget *table, int row, int column, const QString &text);

    QStringList m_errors;
    QList<QDialog *> m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_run = 0;
};

void TestExtractionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
}

void TestExtractionDialog::init()
{
    QSettings().clear();
    m_errors.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("example.troupe"));
    QVERIFY(openExampleProject(path));
    m_run = test::runOffline(path, kAds, 2);
    QVERIFY(m_run > 0);
    m_window = test::openStudio(path, &m_errors, &m_dialogs);
    QVERIFY(m_window);
}

void TestExtractionDialog::cleanup()
{
    qDeleteAll(m_dialogs);
    m_dialogs.clear();
    m_window.reset();
    m_dir.reset();
}

ExtractionDialog *TestExtractionDialog::openFromMenu(const QString &item)
{
    QTreeView *tree = m_window->explorer()->view();
    const QModelIndex index = m_window->explorer()->model()->find(ProjectEntry::Kind::Run, {}, m_run);
    if (!index.isValid())
        return nullptr;
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    if (!QTest::qWaitFor([this] { return !m_window->conversation()->isLoading(); }, 20000))
        return nullptr;
    const qsizetype before = m_dialogs.size();
    bool picked = false;
    QTimer::singleShot(200, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        // Down through the menu until the item is the active one, then Enter.
        for (int i = 0; i < menu->actions().size() && (!menu->activeAction() || menu->activeAction()->text() != item); ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        picked = menu->activeAction() && menu->activeAction()->text() == item;
        QTest::keyClick(menu, picked ? Qt::Key_Return : Qt::Key_Escape);
    });
    const QPoint at = tree->visualRect(tree->currentIndex()).center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, tree->viewport()->mapToGlobal(at));
    QApplication::sendEvent(tree->viewport(), &event);
    if (!picked || m_dialogs.size() == before)
        return nullptr;
    return qobject_cast<ExtractionDialog *>(m_dialogs.last());
}

void TestExtractionDialog::editCell(QTableWidget *table, int row, int column, const QString &text)
{
    const QRect cell = table->visualItemRect(table->item(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::keyClick(table->viewport(), Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->item(row, column)->text(), text); // the editor commits on the next turn of the event loop
}

void TestExtractionDialog::extractFromTheRunMenu()
{
    ExtractionDialog *dialog = openFromMenu(QStringLiteral("Extract Results…"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->earlierBox()->count(), 0);
    QTest::mouseClick(dialog->objectiveBox(), Qt::LeftButton);
    QTest::keyClicks(dialog->objectiveBox(), QStringLiteral("which ad each person picked and why"));
    QTableWidget *fields = dialog->fieldsTable();
    QCOMPARE(fields->rowCount(), 1);
    editCell(fields, 0, 0, QStringLiteral("choice"));
    editCell(fields, 0, 1, QStringLiteral("the ad they picked"));
    QTest::mouseClick(dialog->addFieldButton(), Qt::LeftButton);
    QCOMPARE(fields->rowCount(), 2);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("age")); // Add Field opens the new name for typing
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(fields->item(1, 0)->text(), QStringLiteral("age"));
    QCOMPARE(dialog->scopeBox()->currentText(), QStringLiteral("Each agent"));

    RunStore runs(*m_window->project());
    const double costBefore = runs.usage(m_run, RunStore::UsageBy::Run).value().front().calls;
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(dialog->isRunning() || dialog->resultsTable()->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("6 result(s) stored")), qPrintable(dialog->statusLabel()->text()));
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("6 call(s) to the offline engine, at no cost (run %1's tokens count them)").arg(m_run)),
             qPrintable(dialog->statusLabel()->text()));
    // The calls are the run's now: they are in its call log.
    QCOMPARE(runs.usage(m_run, RunStore::UsageBy::Run).value().front().calls, int(costBefore) + 6);

    // One row per agent, the fields as columns, the cited events last.
    QTableWidget *results = dialog->resultsTable();
    QCOMPARE(results->rowCount(), 6);
    QCOMPARE(results->columnCount(), 4);
    QCOMPARE(results->horizontalHeaderItem(1)->text(), QStringLiteral("choice"));
    auto stored = StudyStore(*m_window->project()).extractions(m_run);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 6);
    const ExtractionRecord first = *std::find_if(stored.value().cbegin(), stored.value().cend(),
                                                 [&](const ExtractionRecord &r) { return r.agent == results->item(0, 0)->text(); });
    QVERIFY2(results->item(0, 1)->text().startsWith(QStringLiteral("I'd pick Ad ")), qPrintable(results->item(0, 1)->text()));
    QVERIFY(!first.citedSeqs.isEmpty());

    // A cited event, clicked, is selected in the conversation.
    auto *cited = qobject_cast<QLabel *>(results->cellWidget(0, 3));
    QVERIFY(cited);
    QVERIFY(cited->text().contains(QStringLiteral(">%1</a>").arg(first.citedSeqs.first())));
    QTest::mouseClick(cited, Qt::LeftButton, {}, QPoint(cited->contentsMargins().left() + 3, cited->height() / 2));
    QTRY_COMPARE(m_window->conversation()->view()->currentIndex().data(ConversationModel::SeqRole).toLongLong(), first.citedSeqs.first());
    if (const QString dir = qEnvironmentVariable("EXTRACT_SHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + QStringLiteral("/extract-dialog.png"));

    // Reopened with the project, the dialog shows what was stored.
    dialog->reject();
    QVERIFY(m_window->openProject(m_window->project()->path()).ok());
    ExtractionDialog *again = openFromMenu(QStringLiteral("Extract Results…"));
    QVERIFY(again);
    QCOMPARE(again->earlierBox()->count(), 1);
    QCOMPARE(again->objectiveBox()->text(), QStringLiteral("which ad each person picked and why"));
    QCOMPARE(again->fieldsTable()->rowCount(), 2);
    QCOMPARE(again->resultsTable()->rowCount(), 6);
    QCOMPARE(again->resultsTable()->item(0, 1)->text(), results->item(0, 1)->text());
    // The world as a whole: one more result, one more group.
    again->scopeBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(again->scopeBox(), Qt::Key_Down);
    QCOMPARE(again->scopeBox()->currentText(), QStringLiteral("The whole world"));
    QTest::mouseClick(again->objectiveBox(), Qt::LeftButton);
    QTest::keyClick(again->objectiveBox(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(again->objectiveBox(), QStringLiteral("what the group concluded"));
    QTest::mouseClick(again->runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!again->isRunning(), 30000);
    QCOMPARE(again->resultsTable()->rowCount(), 1);
    QCOMPARE(again->resultsTable()->item(0, 0)->text(), QStringLiteral("The whole world"));
    QCOMPARE(again->earlierBox()->count(), 2);
    QVERIFY(m_errors.isEmpty());
}

void TestExtractionDialog::badInputSaysWhere()
{
    ExtractionDialog *dialog = openFromMenu(QStringLiteral("Extract Results…"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY(!dialog->isRunning());
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Objective:")), qPrintable(dialog->statusLabel()->text()));
    QTest::keyClicks(dialog->objectiveBox(), QStringLiteral("anything"));
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Fields: add at least one field")), qPrintable(dialog->statusLabel()->text()));
    editCell(dialog->fieldsTable(), 0, 0, QStringLiteral("9lives"));
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Fields, row 1:")), qPrintable(dialog->statusLabel()->text()));
    editCell(dialog->fieldsTable(), 0, 0, QStringLiteral("cited_events"));
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("reserved")), qPrintable(dialog->statusLabel()->text()));
    QVERIFY(!dialog->isRunning());
    QCOMPARE(StudyStore(*m_window->project()).extractions(m_run).value().size(), 0);
    // Tab through everything: nothing crashes on the way.
    for (int i = 0; i < 25; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

QTEST_MAIN(TestExtractionDialog)
#include "tst_extractiondialog.moc"
