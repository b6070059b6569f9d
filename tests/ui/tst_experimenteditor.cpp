// The experiment editor as a user drives it in the centre pane at 1440x900: typing in the
// fields and leaving them with Tab (every field in order), the arms table, undo and redo
// from the keyboard, the JSON tab kept in sync both ways, and a problem shown with its
// field and not saved. Then the studio as a whole: the bundled gazpacho experiment made
// from the File menu, run from the Run menu to the end off the window's thread with its
// runs grouped under it in the explorer; a window closed mid-run stopping cleanly and the
// experiment continuing; a server that cannot be reached pausing a job with its reason.
#include "helpers/editorhost.h"
#include "experimenteditor.h"
#include "experimentprogress.h"
#include "experimentsession.h"
#include "mainwindow.h"
#include "projectexplorer.h"
#include "studiosettings.h"
#include "models/projecttreemodel.h"
#include "store/experimentstore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace troupe;

namespace {

const QString kGazpacho = QStringLiteral("gazpacho price");

OrderedJson bundledDefinition()
{
    const ExperimentFile::Outcome o = ExperimentFile::loadFile(QStringLiteral("gazpacho_price"));
    return o.experiment ? o.experiment->definition : OrderedJson();
}

QAction *actionNamed(QWidget *root, const QString &objectName, const QString &text = {})
{
    for (QAction *a : root->findChildren<QAction *>())
        if ((!objectName.isEmpty() && a->objectName() == objectName) || (!text.isEmpty() && a->text() == text))
            return a;
    return nullptr;
}

/** The population the bundled study asks for, made with the command-line tool (the studio's Population Builder does the same). */
QString generateUsAdults(const QString &project)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TROUPE_CONFIG"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("population"), QStringLiteral("generate"), QStringLiteral("us_adults"),
                                              QStringLiteral("--name"), QStringLiteral("US adults"), QStringLiteral("--count"),
                                              QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--project"),
                                              project, QStringLiteral("--provider"), QStringLiteral("offline")});
    if (!p.waitForFinished(180000))
        return QStringLiteral("timed out");
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

} // namespace

class TestExperimentEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fitsTheCentrePane();
    void nameTypedTabbedAndUndone();
    void tabReachesEveryFieldInOrder();
    void armCellsEditedAndUndone();
    void jsonTabRoundTrip();
    void invalidJsonShowsTheFieldAndIsNotSaved();
    void gazpachoRunsFromTheStudio();
    void unreachableServerPausesTheJobWithItsReason();

private:
    OrderedJson stored(const QString &name = kGazpacho) const;
    void reveal(QWidget *w);
    void clickInto(QWidget *w);
    void editCell(int row, int column, const QString &text);
    void showTab(int index);
    std::unique_ptr<MainWindow> makeWindow(const QString &projectPath);

    std::unique_ptr<test::EditorHost> m_host;
    ExperimentEditor *m_editor = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_errors;
    QList<QDialog *> m_dialogs;
};

void TestExperimentEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
}

void TestExperimentEditor::init()
{
    QSettings().clear();
    m_errors.clear();
    m_host = std::make_unique<test::EditorHost>();
    QVERIFY2(m_host->error().isEmpty(), qPrintable(m_host->error()));
    QVERIFY(m_host->project()->editExperiment(std::nullopt, bundledDefinition(), QStringLiteral("add")));
    m_host->undoStack()->clear(); // the experiment is there before the user starts
    m_editor = new ExperimentEditor(m_host->project());
    m_host->resize(560, 860); // the centre pane at 1440x900, between the explorer and the conversation
    QVERIFY(m_host->show(m_editor));
    m_editor->showExperiment(kGazpacho);
    QVERIFY(m_editor->definition());
    test::EditorHost::settle();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_editor->armsTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestExperimentEditor::cleanup()
{
    m_tester.reset();
    m_host.reset();
    m_editor = nullptr;
    qDeleteAll(m_dialogs);
    m_dialogs.clear();
}

OrderedJson TestExperimentEditor::stored(const QString &name) const
{
    auto d = ExperimentStore(*m_host->file()).experiment(name);
    return d ? d.value() : OrderedJson();
}

void TestExperimentEditor::reveal(QWidget *w)
{
    if (auto *scroll = m_editor->findChild<QScrollArea *>(); scroll && scroll->widget()->isAncestorOf(w))
        scroll->ensureWidgetVisible(w, 10, 40);
    test::EditorHost::settle();
}

void TestExperimentEditor::clickInto(QWidget *w)
{
    reveal(w);
    QWidget *target = w;
    if (auto *text = qobject_cast<QPlainTextEdit *>(w))
        target = text->viewport();
    QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(12, target->height() / 2));
    QTRY_VERIFY(w->hasFocus());
}

void TestExperimentEditor::editCell(int row, int column, const QString &text)
{
    QTableWidget *table = m_editor->armsTable();
    reveal(table);
    table->scrollTo(table->model()->index(row, column));
    const QPoint at = table->visualRect(table->model()->index(row, column)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    test::EditorHost::settle(); // the table commits a cell after the key event
}

void TestExperimentEditor::showTab(int index)
{
    QTabBar *bar = m_editor->tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(m_editor->tabs()->currentIndex(), index);
    test::EditorHost::settle();
}

void TestExperimentEditor::fitsTheCentrePane()
{
    auto *scroll = m_editor->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    const int width = scroll->viewport()->width();
    QVERIFY2(scroll->widget()->width() <= width, qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->width()).arg(width)));
    for (QWidget *w : std::initializer_list<QWidget *>{m_editor->nameEdit(), m_editor->studyBox(), m_editor->armsTable(),
                                                       m_editor->assignmentBox(), m_editor->seedBox(), m_editor->replicatesBox()}) {
        const QRect r(w->mapTo(scroll->widget(), QPoint(0, 0)), w->size());
        QVERIFY2(r.left() >= 0 && r.right() < width, qPrintable(QStringLiteral("%1 at %2..%3, pane %4")
                                                                 .arg(QLatin1String(w->metaObject()->className())).arg(r.left()).arg(r.right()).arg(width)));
        QVERIFY(w->width() >= 60);
    }
    QCOMPARE(m_editor->armsTable()->rowCount(), 2);
    QCOMPARE(m_editor->studyBox()->currentData().toString(), QStringLiteral("bottled_gazpacho")); // the study by name, not inline
    QCOMPARE(m_editor->armsTable()->item(1, ExperimentEditor::MaterialName)->text(), QStringLiteral("price"));
}

void TestExperimentEditor::nameTypedTabbedAndUndone()
{
    QLineEdit *name = m_editor->nameEdit();
    clickInto(name);
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral(" test"));
    QTest::keyClick(name, Qt::Key_Tab);
    const QString renamed = kGazpacho + QStringLiteral(" test");
    QVERIFY(!stored(renamed).is_null());
    QVERIFY(stored().is_null()); // renamed, not copied
    QWidget *next = QApplication::focusWidget();
    QCOMPARE(next, static_cast<QWidget *>(m_editor->descriptionEdit()));
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(stored(renamed).is_null());
    QVERIFY(stored() == bundledDefinition());
    QCOMPARE(name->text(), kGazpacho);
    QTest::keyClick(next, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!stored(renamed).is_null());
    QCOMPARE(name->text(), renamed);
}

void TestExperimentEditor::tabReachesEveryFieldInOrder()
{
    // Between subjects, so the balance field takes part too.
    QComboBox *assignment = m_editor->assignmentBox();
    reveal(assignment);
    QTest::mouseClick(assignment, Qt::LeftButton);
    QTRY_VERIFY(assignment->view()->isVisible());
    QTest::keyClick(assignment->view(), Qt::Key_Down);
    QTest::keyClick(assignment->view(), Qt::Key_Return);
    QTRY_COMPARE(QString::fromStdString(stored().value("assignment", std::string())), QStringLiteral("between"));
    QVERIFY(m_editor->balanceEdit()->isEnabled());
    m_host->activateWindow(); // the popup had it
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));

    clickInto(m_editor->nameEdit());
    const QList<QWidget *> expected = {m_editor->descriptionEdit(), m_editor->studyBox(), m_editor->armsTable(), m_editor->addArmButton(),
                                       m_editor->removeArmButton(), m_editor->assignmentBox(), m_editor->balanceEdit(),
                                       m_editor->replicatesBox(), m_editor->seedBox()};
    for (QWidget *w : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        test::EditorHost::settle();
        QCOMPARE(QApplication::focusWidget(), w);
        if (w == m_editor->balanceEdit())
            QTest::keyClicks(w, QStringLiteral("gender"));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // leaving the seed
    const OrderedJson balance = stored().value("balance", OrderedJson::array());
    QCOMPARE(balance.size(), size_t(1));
    QCOMPARE(balance[0].get<std::string>(), std::string("gender"));
    QCOMPARE(stored().at("replicates").get<int>(), 3); // Tab alone changed nothing else
    QCOMPARE(stored().at("arms").size(), size_t(2));
}

void TestExperimentEditor::armCellsEditedAndUndone()
{
    editCell(1, ExperimentEditor::MaterialText, QStringLiteral("Now at a third of the price."));
    QCOMPARE(QString::fromStdString(stored().at("arms")[1].at("material")[0].at("text").get<std::string>()),
             QStringLiteral("Now at a third of the price."));
    editCell(0, ExperimentEditor::Model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(QString::fromStdString(stored().at("arms")[0].at("model").get<std::string>()), QStringLiteral("gpt-4o-mini"));
    // A temperature that is not a number is shown with its field and not stored.
    editCell(1, ExperimentEditor::Temperature, QStringLiteral("warm"));
    QVERIFY2(m_editor->problemLabel()->text().contains(QStringLiteral("arms[1].temperature")), qPrintable(m_editor->problemLabel()->text()));
    QVERIFY(!stored().at("arms")[1].contains("temperature"));
    editCell(1, ExperimentEditor::Temperature, QStringLiteral("0.4"));
    QCOMPARE(stored().at("arms")[1].at("temperature").get<double>(), 0.4);
    QVERIFY(m_editor->problemLabel()->text().isEmpty());

    // Add an arm with the button and name it; Ctrl+Z from the form takes the edits back one by one.
    reveal(m_editor->addArmButton());
    QTest::mouseClick(m_editor->addArmButton(), Qt::LeftButton);
    QTRY_COMPARE(stored().at("arms").size(), size_t(3));
    QWidget *cell = QApplication::focusWidget(); // the new arm's name is open for typing
    QVERIFY(qobject_cast<QLineEdit *>(cell));
    QTest::keyClick(cell, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(cell, QStringLiteral("third"));
    QTest::keyClick(cell, Qt::Key_Return);
    test::EditorHost::settle();
    QCOMPARE(stored().at("arms")[2].at("name").get<std::string>(), std::string("third"));
    clickInto(m_editor->nameEdit());
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(m_editor->nameEdit(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().at("arms").size(), size_t(2));
    QCOMPARE(m_editor->armsTable()->rowCount(), 2);
    QTest::keyClick(m_editor->nameEdit(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!stored().at("arms")[1].contains("temperature"));
    QCOMPARE(m_editor->armsTable()->item(1, ExperimentEditor::Temperature)->text(), QString());
}

void TestExperimentEditor::jsonTabRoundTrip()
{
    showTab(1);
    QPlainTextEdit *json = m_editor->jsonEdit();
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"study\": \"bottled_gazpacho\"")));
    clickInto(json);
    const QString key = QStringLiteral("\"replicates\": 3");
    const int at = json->toPlainText().indexOf(key);
    QVERIFY(at > 0);
    QTextCursor c = json->textCursor();
    c.setPosition(at + int(key.size()));
    json->setTextCursor(c); // where the user clicked
    QTest::keyClick(json, Qt::Key_Backspace);
    QTest::keyClicks(json, QStringLiteral("4"));
    QTRY_COMPARE(stored().at("replicates").get<int>(), 4);
    QCOMPARE(m_editor->replicatesBox()->value(), 4);
    // And back: the form changes the JSON.
    showTab(0);
    QSpinBox *seed = m_editor->seedBox();
    clickInto(seed);
    QTest::keyClick(seed, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(seed, QStringLiteral("9"));
    QTest::keyClick(seed, Qt::Key_Tab);
    QCOMPARE(stored().at("seed").get<int>(), 9);
    QVERIFY2(json->toPlainText().contains(QStringLiteral("\"seed\": 9")), qPrintable(json->toPlainText()));
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"replicates\": 4")));
    // Both steps are undoable.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().at("seed").get<int>(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored().at("replicates").get<int>(), 3);
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"replicates\": 3")));
}

void TestExperimentEditor::invalidJsonShowsTheFieldAndIsNotSaved()
{
    showTab(1);
    QPlainTextEdit *json = m_editor->jsonEdit();
    clickInto(json);
    const QString key = QStringLiteral("\"replicates\": 3");
    const int at = json->toPlainText().indexOf(key);
    QVERIFY(at > 0);
    QTextCursor c = json->textCursor();
    c.setPosition(at + int(key.size()));
    json->setTextCursor(c);
    QTest::keyClick(json, Qt::Key_Backspace);
    QTest::keyClicks(json, QStringLiteral("\"many\""));
    QTRY_VERIFY(m_editor->problemLabel()->text().contains(QStringLiteral("replicates")));
    QVERIFY(m_editor->problemLabel()->text().contains(QStringLiteral("line ")));
    QCOMPARE(stored().at("replicates").get<int>(), 3);
    QCOMPARE(m_editor->replicatesBox()->value(), 3); // the form keeps the stored experiment
    // Not JSON at all: where, and still nothing stored.
    QTest::keyClick(json, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(json, QStringLiteral("oops"));
    QTRY_VERIFY(m_editor->problemLabel()->text().contains(QStringLiteral("line ")));
    QVERIFY(stored() == bundledDefinition());
    // A second arm of the same name: the arm's field is named.
    QTest::keyClick(json, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(json, QStringLiteral(R"({"name": "gazpacho price", "study": "bottled_gazpacho", "arms": [{"name": "a"}, {"name": "a"}]})"));
    QTRY_VERIFY2(m_editor->problemLabel()->text().contains(QStringLiteral("arms[1].name")), qPrintable(m_editor->problemLabel()->text()));
    QVERIFY(stored() == bundledDefinition());
}

std::unique_ptr<MainWindow> TestExperimentEditor::makeWindow(const QString &projectPath)
{
    auto window = std::make_unique<MainWindow>();
    window->setErrorHandler([this](const QString &text) { m_errors << text; });
    window->setDialogHook([this](QDialog *d) { m_dialogs << d; });
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()) || !window->openProject(projectPath).ok())
        return nullptr;
    return window;
}

void TestExperimentEditor::gazpachoRunsFromTheStudio()
{
    m_host.reset(); // this test is the whole window
    m_editor = nullptr;
    m_tester.reset();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gazpacho.troupe"));
    QVERIFY(ProjectFile::create(path));
    const QString generated = generateUsAdults(path);
    QVERIFY2(generated.isEmpty(), qPrintable(generated));

    auto window = makeWindow(path);
    QVERIFY(window);
    QAbstractItemModelTester tree(window->explorer()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAction *fromBundled = actionNamed(window->menuBar(), {}, QStringLiteral("gazpacho_price"));
    QVERIFY(fromBundled);
    fromBundled->trigger();
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(window->centre()->currentWidget(), static_cast<QWidget *>(window->experimentEditor()));
    QCOMPARE(window->experimentEditor()->experimentName(), kGazpacho);
    const QModelIndex experiment = window->explorer()->model()->find(ProjectEntry::Kind::Experiment, kGazpacho);
    QVERIFY(experiment.isValid());

    // Run > Run Experiment…, the dialog's Run button.
    auto runFromMenu = [&] {
        QAction *run = actionNamed(window->menuBar(), QStringLiteral("runExperiment"));
        QVERIFY(run);
        run->trigger();
        QVERIFY(!m_dialogs.isEmpty());
        QDialog *dialog = m_dialogs.takeLast();
        QCOMPARE(dialog->findChild<QComboBox *>()->currentText(), kGazpacho);
        dialog->show();
        QPushButton *go = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(go, Qt::LeftButton);
        delete dialog;
    };
    runFromMenu();
    QVERIFY(window->experimentSession());
    ExperimentProgress *progress = window->experimentProgress();
    QTRY_VERIFY(progress->isVisible());
    // Close the window while the first job runs: it stops cleanly, its run kept as interrupted.
    QTRY_VERIFY_WITH_TIMEOUT(!progress->currentLabel()->text().isEmpty(), 30000);
    window.reset();
    qint64 interrupted = 0;
    {
        auto project = ProjectFile::open(path).value();
        const auto runs = StudyStore(*project).experimentRuns(kGazpacho).value();
        QVERIFY(!runs.isEmpty());
        for (const StudyRunRecord &r : runs) {
            const RunStatus s = RunStore(*project).runInfo(r.runId).value().status;
            QVERIFY2(s == RunStatus::Finished || s == RunStatus::Interrupted, qPrintable(runStatusKey(s)));
            if (s == RunStatus::Interrupted)
                interrupted = r.runId;
        }
    }

    // Open it again and continue: every job ends, the stopped one in its own run.
    window = makeWindow(path);
    QVERIFY(window);
    runFromMenu();
    progress = window->experimentProgress();
    QTRY_VERIFY_WITH_TIMEOUT(window->experimentSession() && !window->experimentSession()->isRunning(), 240000);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(progress->jobsDone(), 6);
    QCOMPARE(progress->bar()->value(), 6);
    QCOMPARE(progress->bar()->maximum(), 6);
    QVERIFY(progress->statusLabel()->text().contains(QStringLiteral("done")));

    // The runs are under the experiment, one per arm and replicate, and not among the plain runs.
    ProjectTreeModel *model = window->explorer()->model();
    const QModelIndex group = model->find(ProjectEntry::Kind::Experiment, kGazpacho);
    QVERIFY(group.isValid());
    QCOMPARE(model->rowCount(group), 6);
    QSet<QString> jobs;
    for (int row = 0; row < 6; ++row) {
        const ProjectEntry *run = model->entry(model->index(row, 0, group));
        QVERIFY(run && run->kind == ProjectEntry::Kind::Run);
        QCOMPARE(run->detail, runStatusLabel(RunStatus::Finished));
        jobs.insert(run->name.section(u' ', 1)); // "control · replicate 1"
        if (interrupted > 0 && run->id == interrupted)
            interrupted = -1; // continued in the same run
    }
    QCOMPARE(jobs.size(), 6);
    QVERIFY(interrupted <= 0);
    QCOMPARE(model->rowCount(model->index(int(ProjectEntry::Kind::Run), 0)), 0);
    QVERIFY(model->data(group.siblingAtColumn(1)).toString().contains(QStringLiteral("6 of 6")));
    // Selecting a run under the experiment shows it; the experiment itself is read-only now.
    window->explorer()->select(ProjectEntry::Kind::Experiment, kGazpacho);
    QTRY_COMPARE(window->centre()->currentWidget(), static_cast<QWidget *>(window->experimentEditor()));
    QVERIFY(window->experimentEditor()->isLocked());
    window.reset();
}

void TestExperimentEditor::unreachableServerPausesTheJobWithItsReason()
{
    m_tester.reset();
    m_editor = nullptr;
    m_host.reset();
    // Quick retries, and a server where nothing listens.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unreachable.troupe"));
    QVERIFY(ProjectFile::create(path));
    const QString ini = dir.filePath(QStringLiteral("quick.ini"));
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[OpenAI]\nEXPONENTIAL_BACKOFF_FACTOR=0.05\nMAX_ATTEMPTS=2\n");
    f.close();
    qputenv("TROUPE_CONFIG", ini.toUtf8());
    ModelSettings settings;
    settings.provider = QStringLiteral("vllm");
    settings.baseUrl = QStringLiteral("http://127.0.0.1:9/v1");
    settings.model = QStringLiteral("fake-model");
    settings.save();
    auto window = makeWindow(path);
    QVERIFY(window);
    // The bundled ad study needs no population.
    OrderedJson def = ExperimentFile::load(R"({"name": "ads", "study": "ad_concepts", "arms": [{"name": "a"}, {"name": "b"}]})",
                                           QStringLiteral("ads"), QString()).experiment->definition;
    QVERIFY(window->controller()->editExperiment(std::nullopt, def, QStringLiteral("add")));
    QVERIFY(window->runExperiment(QStringLiteral("ads")));
    QTRY_VERIFY_WITH_TIMEOUT(window->experimentSession() && !window->experimentSession()->isRunning(), 60000);
    ExperimentProgress *progress = window->experimentProgress();
    QCOMPARE(progress->jobList()->count(), 1); // stopped at the first job that did not finish
    const QString line = progress->jobList()->item(0)->text();
    QVERIFY2(line.contains(runStatusLabel(RunStatus::Paused)) && line.contains(QStringLiteral("cannot be used")), qPrintable(line));
    QVERIFY2(progress->statusLabel()->text().contains(QStringLiteral("Settings")), qPrintable(progress->statusLabel()->text()));
    QCOMPARE(progress->jobsDone(), 0);
    QVERIFY(m_errors.isEmpty());
    // The run kept its engine and waits, paused: nothing was answered by another one.
    auto runs = StudyStore(*window->project()).experimentRuns(QStringLiteral("ads")).value();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(RunStore(*window->project()).runInfo(runs.first().runId).value().status, RunStatus::Paused);
    QVERIFY(StudyStore(*window->project()).answers(runs.first().runId).value().isEmpty());
    window.reset();
    QSettings().clear();
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
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
    QApplication::setApplicationName(QStringLiteral("tst_experimenteditor"));
    TestExperimentEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_experimenteditor.moc"
