// Whole-window flows on a 1440x900 screen, each test on a fresh copy of the example project:
// the banner; a persona edited with the keyboard and undone from the window; an undone
// Duplicate leaving no editor on the copy; a focus group run with F5, an event clicked and
// inspected, reports written; a stored run replayed with the inspector following; the Run
// menu's items and shortcuts; a language switch that keeps the window on the screen and the
// view where it was; talking to a persona. Dialogs are hooked so nothing blocks.
#include "conversationpanel.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "personaeditor.h"
#include "personaform.h"
#include "projectcontroller.h"
#include "projectexplorer.h"
#include "replaybar.h"
#include "resultspanel.h"
#include "runpanel.h"
#include "scenarioeditor.h"
#include "settingsdialog.h"
#include "studiowindow.h"
#include "talkdialog.h"
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"
#include "models/episodicmodel.h"
#include "models/projecttreemodel.h"
#include "store/exampleproject.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/scenariostore.h"
#include "util/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputDialog>
#include <QMenu>
#include <QTimer>
#include <QContextMenuEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTableWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace troupe;

namespace {

const QString kFocus = QStringLiteral("Focus group: Roundup, a savings app");
const QString kAmara = QStringLiteral("Amara Okafor");

/** Stands in for the Russian catalogue for strings the lead has not translated yet. */
class StatusTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "RunStatus") == 0 && qstrcmp(source, "finished") == 0)
            return QStringLiteral("завершён");
        return {};
    }
    bool isEmpty() const override { return false; }
};

QAction *menuAction(QMenuBar *bar, const QString &objectName)
{
    for (QAction *a : bar->findChildren<QAction *>())
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensExampleWithBanner();
    void editPersonaWithKeysAndUndo();
    void undoneDuplicateLeavesNoEditorOnTheCopy();
    void invalidJsonIsMarkedNotSaved();
    void focusGroupRunWithF5();
    void storedRunReplaysAndInspectorFollows();
    void runMenuItemsAndShortcuts();
    void inspectorStartsTallEnough();
    void statusesTranslatedWhenShown();
    void talkToPersona();
    void refusesNonProjectAndKeepsCurrent();
    void languageSwitchKeepsTheViewOnTheScreen();
    void finishedRunContinuesOnlyWhenAsked();

private:
    void clickEntry(ProjectEntry::Kind kind, const QString &name, qint64 id = 0);
    void setStepsByTyping(int steps);
    qint64 runFocusGroup(int steps);

    QStringList m_errors;
    QList<QDialog *> m_dialogs;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(1440, 900));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_errors.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->setErrorHandler([this](const QString &text) { m_errors << text; });
    m_window->setDialogHook([this](QDialog *d) { m_dialogs << d; });
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QString path = m_dir->filePath(QStringLiteral("example.troupe"));
    QVERIFY(openExampleProject(path));
    QVERIFY(m_window->openProject(path).ok());
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_window->explorer()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMainWindow::cleanup()
{
    m_treeTester.reset();
    qDeleteAll(m_dialogs);
    m_dialogs.clear();
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::clickEntry(ProjectEntry::Kind kind, const QString &name, qint64 id)
{
    QTreeView *tree = m_window->explorer()->view();
    const QModelIndex index = m_window->explorer()->model()->find(kind, name, id);
    QVERIFY(index.isValid());
    tree->scrollTo(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    QTRY_VERIFY(m_window->explorer()->current() && m_window->explorer()->current()->kind == kind);
}

void TestMainWindow::setStepsByTyping(int steps)
{
    clickEntry(ProjectEntry::Kind::Scenario, kFocus);
    QSpinBox *box = m_window->scenarioEditor()->stepsBox();
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(10, box->height() / 2));
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::number(steps));
    QTest::keyClick(box, Qt::Key_Tab);
    QCOMPARE(ScenarioStore(*m_window->project()).load(kFocus).value().at("world").at("steps").get<int>(), steps);
}

qint64 TestMainWindow::runFocusGroup(int steps)
{
    setStepsByTyping(steps);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    if (!QTest::qWaitFor([&] { return m_window->session() && m_window->session()->state() == RunSession::State::Finished; }, 30000))
        return 0;
    return m_window->session()->runId();
}

void TestMainWindow::opensExampleWithBanner()
{
    ProjectTreeModel *model = m_window->explorer()->model();
    QCOMPARE(model->rowCount(model->index(0, 0)), 6);
    QCOMPARE(model->rowCount(model->index(1, 0)), 4);
    QCOMPARE(model->rowCount(model->index(2, 0)), 3);
    QCOMPARE(model->rowCount(model->index(3, 0)), 0);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("example.troupe")));
    QVERIFY(m_window->banner()->isVisible()); // no model configured: the offline engine, said plainly
    auto *configure = m_window->banner()->findChild<QPushButton *>(QStringLiteral("configureModel"));
    QVERIFY(configure);
    QTest::mouseClick(configure, Qt::LeftButton);
    QCOMPARE(m_dialogs.size(), 1);
    QVERIFY(qobject_cast<SettingsDialog *>(m_dialogs.last()));
    QVERIFY(m_errors.isEmpty());
}

void TestMainWindow::editPersonaWithKeysAndUndo()
{
    clickEntry(ProjectEntry::Kind::Persona, kAmara);
    PersonaEditor *editor = m_window->personaEditor();
    QCOMPARE(m_window->centre()->currentWidget(), editor);
    QCoreApplication::processEvents();
    auto *age = qobject_cast<QLineEdit *>(editor->form()->fieldWidget(QStringLiteral("persona.age")));
    QVERIFY(age);
    QTest::mouseClick(age, Qt::LeftButton);
    QTRY_VERIFY(age->hasFocus());
    QTest::keyClick(age, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(age, QStringLiteral("41"));
    QTest::keyClick(age, Qt::Key_Tab);
    auto stored = [this] { return PersonaStore(*m_window->project()).load(kAmara, SpecKind::Agent).value().persona(); };
    QCOMPARE(stored().at("age").get<int>(), 41);
    QVERIFY(editor->jsonEdit()->toPlainText().contains(QStringLiteral("\"age\": 41")));
    QWidget *next = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(next));
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier); // the window's Undo, from the next field
    QCOMPARE(stored().at("age").get<int>(), 34);
    QCOMPARE(age->text(), QStringLiteral("34"));
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored().at("age").get<int>(), 41);
    QCOMPARE(m_window->controller()->undoStack()->count(), 1);
}

void TestMainWindow::undoneDuplicateLeavesNoEditorOnTheCopy()
{
    clickEntry(ProjectEntry::Kind::Persona, kAmara);
    PersonaEditor *editor = m_window->personaEditor();
    QToolButton *duplicate = nullptr;
    for (QToolButton *b : editor->findChildren<QToolButton *>())
        if (b->text() == QLatin1String("Duplicate"))
            duplicate = b;
    QVERIFY(duplicate);
    QTest::mouseClick(duplicate, Qt::LeftButton);
    const QString copy = QStringLiteral("Amara Okafor (copy)");
    QTRY_VERIFY(editor->document() && editor->document()->name() == copy);
    QTest::keyClick(m_window->explorer()->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!PersonaStore(*m_window->project()).load(copy, SpecKind::Agent));
    QVERIFY(!editor->document() || editor->document()->name() != copy); // nothing edits what is gone
    QVERIFY(m_window->centre()->currentWidget() != editor);
    QTest::keyClick(m_window->explorer()->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(PersonaStore(*m_window->project()).load(copy, SpecKind::Agent));
    QTRY_VERIFY(editor->document() && editor->document()->name() == copy); // redo brings it back, selected
    QCOMPARE(m_window->centre()->currentWidget(), editor);
}

void TestMainWindow::invalidJsonIsMarkedNotSaved()
{
    clickEntry(ProjectEntry::Kind::Persona, QStringLiteral("Kenji Watanabe"));
    PersonaEditor *editor = m_window->personaEditor();
    const auto before = PersonaStore(*m_window->project()).load(QStringLiteral("Kenji Watanabe"), SpecKind::Agent).value().document();
    editor->tabs()->setCurrentIndex(1);
    QPlainTextEdit *json = editor->jsonEdit();
    QTextCursor c = json->textCursor();
    const int at = json->toPlainText().indexOf(QStringLiteral("\"age\": "));
    QVERIFY(at > 0);
    c.setPosition(at + 7);
    json->setTextCursor(c);
    json->setFocus();
    QTest::keyClick(json, Qt::Key_Delete);
    QTest::keyClick(json, Qt::Key_Delete);
    QTest::keyClicks(json, QStringLiteral("[1, 2]"));
    QTRY_VERIFY(!editor->problems().isEmpty());
    QVERIFY(editor->problemLabel()->text().contains(QStringLiteral("persona.age")));
    QVERIFY(!editor->jsonEdit()->extraSelections().isEmpty()); // the offending line is marked
    QVERIFY(!editor->form()->fieldWidget(QStringLiteral("persona.age"))->styleSheet().isEmpty());
    QVERIFY(PersonaStore(*m_window->project()).load(QStringLiteral("Kenji Watanabe"), SpecKind::Agent).value().document() == before);
}

void TestMainWindow::focusGroupRunWithF5()
{
    const qint64 runId = runFocusGroup(3);
    QVERIFY(runId > 0);
    RunPanel *panel = m_window->runPanel();
    QCOMPARE(m_window->session()->progress().stepsDone, 3);
    QVERIFY(panel->progressBar()->text().contains(QStringLiteral("3")));
    QVERIFY(m_errors.isEmpty());

    ConversationPanel *conversation = m_window->conversation();
    QAbstractItemModelTester tester(conversation->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    conversation->flushPending();
    QVERIFY(conversation->model()->events().size() > 20);
    QCOMPARE(conversation->model()->lastStep(), 3);

    // Click Margit's TALK at step 2: the inspector explains it.
    QModelIndex target;
    for (int r = 0; r < conversation->filter()->rowCount() && !target.isValid(); ++r) {
        const QModelIndex i = conversation->filter()->index(r, 0);
        if (i.data(ConversationModel::AgentRole).toString() == QLatin1String("Margit Halvorsen") && i.data(ConversationModel::TypeRole).toString() == QLatin1String("TALK")
            && i.data(ConversationModel::StepRole).toInt() == 2)
            target = i;
    }
    QVERIFY(target.isValid());
    QListView *view = conversation->view();
    view->scrollTo(target);
    QCoreApplication::processEvents();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(target).center());
    InspectorPanel *inspector = m_window->inspector();
    QTRY_COMPARE(inspector->agent(), QStringLiteral("Margit Halvorsen"));
    QCOMPARE(inspector->step(), 2);
    QVERIFY(inspector->callView()->toPlainText().contains(QStringLiteral("Prompt sent")));
    QVERIFY(inspector->callView()->toPlainText().contains(QStringLiteral("Raw reply")));
    QAbstractItemModelTester episodicTester(inspector->episodic(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(inspector->episodic()->inWindowCount() > 0);
    QCOMPARE(inspector->stateTable()->rowCount(), 2);

    // Results and reports.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_window->centre()->currentWidget(), m_window->resultsPage());
    ResultsPanel *results = m_window->results();
    QCOMPARE(results->summary().steps, 3);
    QCOMPARE(results->summary().agents.size(), 5);
    const QString md = m_dir->filePath(QStringLiteral("report.md"));
    QVERIFY(results->exportReport(md, ResultsPanel::Format::Markdown).ok());
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString mdText = QString::fromUtf8(mdFile.readAll());
    QVERIFY(mdText.contains(QStringLiteral("## Transcript")));
    QVERIFY(mdText.contains(QStringLiteral("### Step 3")));
    auto runs = RunStore(*m_window->project()).runs();
    QVERIFY(runs);
    QCOMPARE(runs.value().first().status, RunStatus::Finished);
    QVERIFY(m_window->showRun(runs.value().first().id).ok());
}

void TestMainWindow::storedRunReplaysAndInspectorFollows()
{
    const qint64 runId = runFocusGroup(2);
    QVERIFY(runId > 0);
    // Open the project again: the run is now only stored, not live.
    const QString path = m_window->project()->path();
    QVERIFY(m_window->openProject(path).ok());
    clickEntry(ProjectEntry::Kind::Run, {}, runId);
    ConversationPanel *conversation = m_window->conversation();
    QTRY_VERIFY(!conversation->isLoading());
    QTRY_VERIFY(conversation->model()->events().size() > 20);
    ReplayBar *replay = conversation->replayBar();
    QVERIFY(replay->isVisible());
    QTest::mouseClick(replay->slider(), Qt::LeftButton);
    QTest::keyClick(replay->slider(), Qt::Key_Home);
    QTest::keyClick(replay->slider(), Qt::Key_Right); // step 1
    InspectorPanel *inspector = m_window->inspector();
    QTRY_COMPARE(inspector->step(), 1);
    QTest::mouseClick(replay->playButton(), Qt::LeftButton);
    QVERIFY(replay->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(inspector->step() == 2, 20000); // it follows the replay into step 2
    QTest::mouseClick(replay->playButton(), Qt::LeftButton);
    QVERIFY(!replay->isPlaying());
}

void TestMainWindow::runMenuItemsAndShortcuts()
{
    QMenu *run = nullptr;
    for (QAction *a : m_window->menuBar()->actions())
        if (a->menu() && a->text().remove(u'&') == QLatin1String("Run"))
            run = a->menu();
    QVERIFY(run);
    const QList<QAction *> items = run->actions();
    QVERIFY(!items.isEmpty());
    for (QAction *a : items) // no item repeats the menu's title
        QVERIFY2(a->isSeparator() || a->text().remove(u'&') != QLatin1String("Run"), qPrintable(a->text()));
    QAction *start = menuAction(m_window->menuBar(), QStringLiteral("runStart"));
    QAction *step = menuAction(m_window->menuBar(), QStringLiteral("runStep"));
    QVERIFY(start && step);
    QCOMPARE(start->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(step->shortcut(), QKeySequence(Qt::Key_F10));
    // F10 from the explorer runs one step of the selected scenario.
    clickEntry(ProjectEntry::Kind::Scenario, kFocus);
    QTest::keyClick(m_window->explorer()->view(), Qt::Key_F10);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->state() == RunSession::State::Paused
                                 && m_window->session()->progress().stepsDone == 1, 20000);
}

void TestMainWindow::inspectorStartsTallEnough()
{
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(m_window->frameGeometry().width() <= screen.width() && m_window->frameGeometry().width() >= screen.width() - 10);
    InspectorPanel *inspector = m_window->inspector();
    QVERIFY2(inspector->height() >= 280, qPrintable(QString::number(inspector->height())));
    const int lines = inspector->callView()->viewport()->height() / inspector->callView()->fontMetrics().lineSpacing();
    QVERIFY2(lines >= 10, qPrintable(QString::number(lines)));
}

void TestMainWindow::statusesTranslatedWhenShown()
{
    const qint64 runId = runFocusGroup(1);
    QVERIFY(runId > 0);
    StatusTranslator russian;
    QCoreApplication::installTranslator(&russian);
    QVERIFY(m_window->openProject(m_window->project()->path()).ok()); // the explorer reloads in the new language
    const QModelIndex entry = m_window->explorer()->model()->find(ProjectEntry::Kind::Run, {}, runId);
    QVERIFY(entry.isValid());
    const QString shown = entry.siblingAtColumn(1).data().toString() + entry.data().toString();
    clickEntry(ProjectEntry::Kind::Run, {}, runId);
    const QString title = m_window->conversation()->findChild<QLabel *>()->text();
    QCoreApplication::removeTranslator(&russian);
    QVERIFY2(shown.contains(QStringLiteral("завершён")), qPrintable(shown));
    QVERIFY2(title.contains(QStringLiteral("завершён")), qPrintable(title));
}

void TestMainWindow::talkToPersona()
{
    m_window->talkTo(QStringLiteral("Rahul Desai"));
    QCOMPARE(m_dialogs.size(), 1);
    auto *talk = qobject_cast<TalkDialog *>(m_dialogs.last());
    QVERIFY(talk);
    talk->show();
    QTRY_VERIFY(talk->sendButton()->isEnabled());
    const qsizetype runsBefore = RunStore(*m_window->project()).runs().value().size();
    QTest::keyClicks(talk->input(), QStringLiteral("Would you pay 4 dollars a month for a savings app?"));
    QSignalSpy answered(talk, &TalkDialog::answered);
    QTest::mouseClick(talk->sendButton(), Qt::LeftButton);
    QVERIFY(answered.wait(10000));
    bool talked = false;
    for (const RunEvent &e : talk->transcript()->events())
        talked = talked || (e.type == QLatin1String("TALK") && e.agent == QLatin1String("Rahul Desai") && !e.content.isEmpty());
    QVERIFY(talked);
    QCOMPARE(RunStore(*m_window->project()).runs().value().size(), runsBefore); // saved runs untouched
}

void TestMainWindow::refusesNonProjectAndKeepsCurrent()
{
    const QString current = m_window->project()->path();
    const QString junk = m_dir->filePath(QStringLiteral("junk.troupe"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all, just text");
    f.close();
    QVERIFY(!m_window->openProject(junk).ok());
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QStringLiteral("junk.troupe")));
    QCOMPARE(m_window->project()->path(), current);
}

void TestMainWindow::languageSwitchKeepsTheViewOnTheScreen()
{
    const QString path = m_window->project()->path();
    m_window.reset();
    MainWindow *window = openStudioWindow(path);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QModelIndex focus = window->explorer()->model()->find(ProjectEntry::Kind::Scenario, kFocus);
    QTest::mouseClick(window->explorer()->view()->viewport(), Qt::LeftButton, {}, window->explorer()->view()->visualRect(focus).center());
    QTRY_COMPARE(window->centre()->currentWidget(), window->scenarioEditor());
    QAction *russian = nullptr;
    for (QAction *a : window->menuBar()->findChildren<QAction *>())
        if (a->text() == QStringLiteral("Русский"))
            russian = a;
    QVERIFY(russian);
    QPointer<MainWindow> old(window);
    russian->trigger();
    QTRY_VERIFY(!old);
    MainWindow *rebuilt = nullptr;
    QTRY_VERIFY((rebuilt = [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *m = qobject_cast<MainWindow *>(w); m && m->isVisible())
                return m;
        return static_cast<MainWindow *>(nullptr);
    }()));
    QVERIFY(QTest::qWaitForWindowExposed(rebuilt));
    const int screen = QGuiApplication::primaryScreen()->availableGeometry().width();
    QVERIFY2(rebuilt->minimumSizeHint().width() <= screen, qPrintable(QString::number(rebuilt->minimumSizeHint().width())));
    QVERIFY2(rebuilt->frameGeometry().width() <= screen, qPrintable(QString::number(rebuilt->frameGeometry().width())));
    QCOMPARE(rebuilt->centre()->currentWidget(), rebuilt->scenarioEditor()); // the view is kept
    QVERIFY(rebuilt->scenarioEditor()->design());
    QCOMPARE(QString::fromStdString(rebuilt->scenarioEditor()->design()->value("name", std::string())), kFocus);
    QVERIFY(rebuilt->menuBar()->actions().first()->text() != QLatin1String("&File")); // in Russian now
    rebuilt->close(); // saves its size: not wider than the screen
    QMainWindow probe;
    QVERIFY(probe.restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray()));
    QVERIFY2(probe.width() <= screen, qPrintable(QString::number(probe.width())));
    installTranslations(QLocale(QLocale::English));
}

// A 1440x900 screen, the size the studio is checked at.
void TestMainWindow::finishedRunContinuesOnlyWhenAsked()
{
    const qint64 runId = runFocusGroup(1);
    QVERIFY(runId > 0);
    QVERIFY(m_window->openProject(m_window->project()->path()).ok()); // the run is only stored now
    clickEntry(ProjectEntry::Kind::Run, {}, runId);
    QTreeView *tree = m_window->explorer()->view();
    tree->setFocus();
    // The context menu, opened with the keyboard: a finished run offers Continue, not Resume.
    QStringList offered;
    QTimer::singleShot(200, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            offered << a->text();
        QTimer::singleShot(200, [] { // then the number of steps, typed
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                auto *box = dialog->findChild<QSpinBox *>();
                QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(box, QStringLiteral("2"));
                QTest::keyClick(dialog, Qt::Key_Return);
            }
        });
        QTest::keyClick(menu, Qt::Key_Down); // the first item
        QTest::keyClick(menu, Qt::Key_Return);
    });
    const QPoint at = tree->visualRect(tree->currentIndex()).center();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, tree->viewport()->mapToGlobal(at));
    QApplication::sendEvent(tree->viewport(), &event);
    QVERIFY2(offered.contains(QStringLiteral("Continue for More Steps…")), qPrintable(offered.join(u'|')));
    QVERIFY(!offered.contains(QStringLiteral("Resume")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->runId() == runId
                                 && m_window->session()->state() == RunSession::State::Finished,
                             30000);
    QCOMPARE(RunStore(*m_window->project()).runInfo(runId).value().stepsDone, 3); // exactly the two asked for
    QCOMPARE(m_window->runPanel()->progressBar()->format(), QStringLiteral("Step 3 of 3"));
}

int main(int argc, char *argv[])
{
    const QString config = QDir::temp().filePath(QStringLiteral("troupe-screen-1440x900.json"));
    QFile f(config);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    f.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
