// Forking from the conversation: a right click on an event (a real mouse event through the
// window) offers "Fork from Here…", the dialog is driven with the keyboard, the fork runs on
// the offline engine through the studio's run thread, its first k steps' stored events are
// the parent's, the conversation marks them as inherited, and the explorer lists the fork
// under its parent. The dialog's JSON box refuses what the CLI's --apply would refuse.
#include "conversationpanel.h"
#include "forkdialog.h"
#include "mainwindow.h"
#include "projectexplorer.h"
#include "helpers/offlinerun.h"
#include "helpers/studiohost.h"
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"
#include "models/projecttreemodel.h"
#include "store/exampleproject.h"
#include "store/runstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace troupe;

namespace {

const QString kFocus = QStringLiteral("Focus group: Roundup, a savings app");

/** An event as it is compared: everything but its place in the log. */
QString eventText(const RunEvent &e)
{
    nlohmann::json j = e.toJson();
    j.erase("seq");
    return QString::fromStdString(j.dump()) + QStringLiteral(" payload=") + QString::fromStdString(e.payload.dump());
}

QStringList upTo(const RunEvents &events, int step)
{
    QStringList out;
    for (const RunEvent &e : events)
        if (e.step <= step)
            out.append(eventText(e));
    return out;
}

} // namespace

class TestForkDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void forkFromTheConversation();
    void jsonBoxRefusesWhatCannotApply();
    void tabThroughEveryField();

private:
    ForkDialog *openDialog(int step);
    /** Right-clicks the first row of `step` in the conversation and picks the first menu item. */
    QStringList rightClickStep(int step);

    QStringList m_errors;
    QList<QDialog *> m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
    qint64 m_parent = 0;
};

void TestForkDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
}

void TestForkDialog::init()
{
    QSettings().clear();
    m_errors.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("example.troupe"));
    QVERIFY(openExampleProject(path));
    m_parent = test::runOffline(path, kFocus, 3);
    QVERIFY(m_parent > 0);
    m_window = test::openStudio(path, &m_errors, &m_dialogs);
    QVERIFY(m_window);
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_window->explorer()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_window->showRun(m_parent).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->conversation()->isLoading(), 20000);
}

void TestForkDialog::cleanup()
{
    m_treeTester.reset();
    qDeleteAll(m_dialogs);
    m_dialogs.clear();
    m_window.reset();
    m_dir.reset();
}

QStringList TestForkDialog::rightClickStep(int step)
{
    QListView *view = m_window->conversation()->view();
    ConversationFilter *filter = m_window->conversation()->filter();
    QModelIndex target;
    for (int r = 0; r < filter->rowCount() && !target.isValid(); ++r) {
        const QModelIndex i = filter->index(r, 0);
        if (i.data(ConversationModel::StepRole).toInt() == step
            && ConversationModel::RowType(i.data(ConversationModel::RowTypeRole).toInt()) == ConversationModel::RowType::Event)
            target = i;
    }
    if (!target.isValid())
        return {QStringLiteral("no event of step %1").arg(step)};
    view->scrollTo(target);
    QCoreApplication::processEvents();
    QStringList offered;
    QTimer::singleShot(200, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            offered << a->text();
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    // Through the window, as the platform delivers it: the press becomes a context menu event.
    const QPoint at = view->viewport()->mapTo(m_window.get(), view->visualRect(target).center());
    QTest::mouseClick(m_window->windowHandle(), Qt::RightButton, {}, at);
    if (!QTest::qWaitFor([&offered] { return !offered.isEmpty(); }, 5000))
        return {QStringLiteral("no context menu")};
    return offered;
}

ForkDialog *TestForkDialog::openDialog(int step)
{
    const QStringList offered = rightClickStep(step);
    if (!offered.contains(QStringLiteral("&Fork from Here…")))
        qWarning("offered: %s", qPrintable(offered.join(u'|')));
    if (!QTest::qWaitFor([this] { return !m_dialogs.isEmpty(); }, 5000))
        return nullptr;
    return qobject_cast<ForkDialog *>(m_dialogs.last());
}

void TestForkDialog::forkFromTheConversation()
{
    ForkDialog *dialog = openDialog(2);
    QVERIFY(dialog);
    QCOMPARE(dialog->atStep(), 2);      // the clicked event's step, prefilled
    QCOMPARE(dialog->stepsAfter(), 1);  // up to the parent's three steps
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // The change, chosen and typed: the combo finds "Say something to them" by its first letters.
    dialog->kindBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(dialog->kindBox(), QStringLiteral("Say"));
    QCOMPARE(dialog->kindBox()->currentData().toInt(), int(ForkDialog::ChangeKind::Broadcast));
    QTest::mouseClick(dialog->textBox()->viewport(), Qt::LeftButton);
    QTest::keyClicks(dialog->textBox(), QStringLiteral("The app now pays 5% interest."));
    QTest::keyClick(dialog->textBox(), Qt::Key_Tab);
    QVERIFY2(dialog->jsonBox()->toPlainText().contains(QStringLiteral("\"broadcast\"")), qPrintable(dialog->jsonBox()->toPlainText()));
    QVERIFY2(dialog->jsonBox()->toPlainText().contains(QStringLiteral("5% interest")), qPrintable(dialog->jsonBox()->toPlainText()));
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    // The fork runs on the run thread; the conversation follows it.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->runId() > m_parent
                                 && m_window->session()->state() == RunSession::State::Finished,
                             60000);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    const qint64 fork = m_window->session()->runId();
    RunStore store(*m_window->project());
    const auto record = store.run(fork).value();
    QCOMPARE(record.parentRunId, m_parent);
    QCOMPARE(record.forkStep, 2);
    QCOMPARE(record.stepsDone, 3);
    const RunEvents parentEvents = store.events(m_parent).value();
    const RunEvents forkEvents = store.events(fork).value();
    QVERIFY(!upTo(parentEvents, 2).isEmpty());
    QCOMPARE(upTo(forkEvents, 2), upTo(parentEvents, 2)); // the shared steps, event for event
    bool heard = false;
    for (const RunEvent &e : forkEvents)
        heard = heard || (e.step == 3 && e.content.contains(QStringLiteral("5% interest")));
    QVERIFY(heard); // the change arrived at step 3

    // The conversation shows the fork: the inherited steps marked, a divider before step 3.
    ConversationModel *model = m_window->conversation()->model();
    QTRY_COMPARE(model->events().size(), forkEvents.size());
    QCOMPARE(model->forkParent(), m_parent);
    const int header = model->headerRow(3);
    QVERIFY(header >= 0);
    QVERIFY(model->index(header).data(ConversationModel::ForkDividerRole).toString().contains(QStringLiteral("run %1").arg(m_parent)));
    QVERIFY(model->index(model->headerRow(1) + 1).data(ConversationModel::InheritedRole).toBool());
    QVERIFY(!model->index(header + 1).data(ConversationModel::InheritedRole).toBool());

    // The explorer lists it under its parent, as "fork at step 2".
    ProjectTreeModel *tree = m_window->explorer()->model();
    const QModelIndex forkRow = tree->find(ProjectEntry::Kind::Run, {}, fork);
    QVERIFY(forkRow.isValid());
    QCOMPARE(forkRow.parent(), tree->find(ProjectEntry::Kind::Run, {}, m_parent));
    QVERIFY(forkRow.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("fork at step 2")));
    QVERIFY(m_window->explorer()->view()->isExpanded(forkRow.parent()));

    // Reopened, the stored fork reads the same way.
    QVERIFY(m_window->openProject(m_window->project()->path()).ok());
    QVERIFY(m_window->showRun(fork).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->conversation()->isLoading(), 20000);
    QCOMPARE(m_window->conversation()->model()->forkStep(), 2);
    QVERIFY(m_window->explorer()->model()->find(ProjectEntry::Kind::Run, {}, fork).parent().isValid());
    if (const QString dir = qEnvironmentVariable("FORK_SHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/fork-window.png"));
}

void TestForkDialog::jsonBoxRefusesWhatCannotApply()
{
    ForkDialog *dialog = openDialog(1);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPlainTextEdit *json = dialog->jsonBox();
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    auto type = [&](const QString &text) {
        QTest::mouseClick(json->viewport(), Qt::LeftButton);
        QTest::keyClick(json, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(json, text);
        QTest::keyClick(json, Qt::Key_Tab);
        QTest::qWait(250); // checked 150 ms after the last key
    };
    type(QStringLiteral("{\"temperature\": 5}"));
    QVERIFY2(dialog->problem().contains(QStringLiteral("temperature")), qPrintable(dialog->problem()));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog->problemLabel()->text(), dialog->problem());
    type(QStringLiteral("{\"broadcast\": \"hi\", \"colour\": 1}"));
    QVERIFY2(dialog->problem().contains(QStringLiteral("colour")), qPrintable(dialog->problem()));
    type(QStringLiteral("{\"broadcast\": "));
    QVERIFY(!dialog->problem().isEmpty()); // not JSON: where it breaks
    QVERIFY2(dialog->problem().contains(QStringLiteral(":1:")), qPrintable(dialog->problem()));
    // Enter (in a field, where OK is the default button) does not accept a change that cannot apply.
    QTest::mouseClick(dialog->stepBox(), Qt::LeftButton);
    QTest::keyClick(dialog->stepBox(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    type(QStringLiteral("{\"model\": \"gpt-4o-mini\", \"to\": [\"Nobody Here\"]}"));
    QVERIFY(dialog->problem().isEmpty()); // the agents are checked when the fork is planned
    type(QStringLiteral("{}"));
    QVERIFY(dialog->problem().isEmpty());
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog->problemLabel()->text().startsWith(QStringLiteral("No change")));
}

void TestForkDialog::tabThroughEveryField()
{
    ForkDialog *dialog = openDialog(1);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Tab goes down the dialog as it reads: the step, the change, whom it is for.
    QTest::mouseClick(dialog->stepBox(), Qt::LeftButton);
    QTest::keyClick(dialog->stepBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->kindBox());
    QTest::keyClick(dialog->kindBox(), Qt::Key_Down);
    QTest::keyClick(dialog->kindBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->toBox());
    QTest::keyClick(dialog->toBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->textBox());
    // Every kind of change, then Tab through the whole dialog: nothing may crash on the way.
    for (int kind = 0; kind < dialog->kindBox()->count(); ++kind) {
        dialog->kindBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(dialog->kindBox(), kind == 0 ? Qt::Key_Home : Qt::Key_Down);
        QCOMPARE(dialog->kindBox()->currentIndex(), kind);
        for (int i = 0; i < 20; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        QVERIFY2(dialog->problem().isEmpty() || kind == 1 || kind == 2, qPrintable(dialog->problem()));
    }
    // An empty text is refused: a broadcast needs words.
    dialog->kindBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog->kindBox(), Qt::Key_Home);
    QTest::keyClick(dialog->kindBox(), Qt::Key_Down);
    QVERIFY(!dialog->problem().isEmpty());
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // The fragment page carries a project fragment whole.
    QTest::keyClick(dialog->kindBox(), Qt::Key_Down);
    QTest::keyClick(dialog->kindBox(), Qt::Key_Down);
    QCOMPARE(dialog->kindBox()->currentData().toInt(), int(ForkDialog::ChangeKind::Fragment));
    QVERIFY(dialog->fragmentBox()->count() > 0);
    QVERIFY2(dialog->jsonBox()->toPlainText().contains(QStringLiteral("\"fragments\"")), qPrintable(dialog->jsonBox()->toPlainText()));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
}

QTEST_MAIN(TestForkDialog)
#include "tst_forkdialog.moc"
