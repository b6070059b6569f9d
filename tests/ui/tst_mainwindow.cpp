// Drives the real main window offscreen through a whole offline run: open the example,
// edit a persona (and undo), set the focus group to 3 steps, run it, select an event,
// inspect memory and the model call, export reports. Dialogs are hooked so nothing blocks.
#include "conversationpanel.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "models/conversationfilter.h"
#include "models/conversationmodel.h"
#include "models/episodicmodel.h"
#include "models/projecttreemodel.h"
#include "personaeditor.h"
#include "personaform.h"
#include "projectcontroller.h"
#include "projectexplorer.h"
#include "resultspanel.h"
#include "runpanel.h"
#include "scenarioeditor.h"
#include "settingsdialog.h"
#include "talkdialog.h"
#include "store/exampleproject.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/scenariostore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include "relationsgraph.h"
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace troupe;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensExampleWithBanner();
    void editPersonaAndUndo();
    void invalidJsonIsMarkedNotSaved();
    void scenarioEditsAreUndoable();
    void wholeOfflineRun();
    void talkToPersona();
    void refusesNonProjectAndKeepsCurrent();
    void cleanupTestCase();

private:
    QStringList m_errors;
    QList<QDialog *> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    std::unique_ptr<QAbstractItemModelTester> m_treeTester;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    QFile::remove(defaultExampleProjectPath());
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setErrorHandler([this](const QString &text) { m_errors << text; });
    m_window->setDialogHook([this](QDialog *d) { m_dialogs << d; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_treeTester = std::make_unique<QAbstractItemModelTester>(m_window->explorer()->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMainWindow::opensExampleWithBanner()
{
    QVERIFY(m_window->openExampleProject().ok());
    ProjectTreeModel *model = m_window->explorer()->model();
    QCOMPARE(model->rowCount(model->index(0, 0)), 6);
    QCOMPARE(model->rowCount(model->index(1, 0)), 4);
    QCOMPARE(model->rowCount(model->index(2, 0)), 3);
    QCOMPARE(model->rowCount(model->index(3, 0)), 0);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("example.troupe")));
    QVERIFY(m_window->banner()->isVisible()); // no model configured: the offline engine, said plainly
    auto *configure = m_window->banner()->findChild<QPushButton *>(QStringLiteral("configureModel"));
    QVERIFY(configure);
    configure->click();
    QCOMPARE(m_dialogs.size(), 1);
    QVERIFY(qobject_cast<SettingsDialog *>(m_dialogs.last()));
    delete m_dialogs.takeLast();
    QVERIFY(m_errors.isEmpty());
}

void TestMainWindow::editPersonaAndUndo()
{
    QVERIFY(m_window->explorer()->select(ProjectEntry::Kind::Persona, QStringLiteral("Amara Okafor")));
    PersonaEditor *editor = m_window->personaEditor();
    QCOMPARE(m_window->centre()->currentWidget(), editor);
    auto *age = qobject_cast<QLineEdit *>(editor->form()->fieldWidget(QStringLiteral("persona.age")));
    QVERIFY(age);
    QCOMPARE(age->text(), QStringLiteral("34"));
    age->setFocus();
    age->selectAll();
    QTest::keyClicks(age, QStringLiteral("35"));
    QTest::keyClick(age, Qt::Key_Return);
    auto stored = PersonaStore(*m_window->project()).load(QStringLiteral("Amara Okafor"), SpecKind::Agent);
    QVERIFY(stored);
    QCOMPARE(stored.value().persona().at("age").get<int>(), 35); // saved at once, as a number
    QVERIFY(editor->jsonEdit()->toPlainText().contains(QStringLiteral("\"age\": 35")));

    // A Big Five slider writes the level in front of the explanation.
    auto *slider = qobject_cast<QSlider *>(editor->form()->fieldWidget(QStringLiteral("persona.personality.big_five.openness")));
    QVERIFY(slider);
    slider->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    QTRY_VERIFY(PersonaStore(*m_window->project()).load(QStringLiteral("Amara Okafor"), SpecKind::Agent).value().persona()
                    .at("personality").at("big_five").at("openness").get<std::string>().rfind("Medium-high.", 0) == 0);

    QUndoStack *undo = m_window->controller()->undoStack();
    QCOMPARE(undo->count(), 2); // one step per field: the age, the slider
    undo->undo();
    undo->undo();
    stored = PersonaStore(*m_window->project()).load(QStringLiteral("Amara Okafor"), SpecKind::Agent);
    QCOMPARE(stored.value().persona().at("age").get<int>(), 34);
    undo->redo();
    QCOMPARE(PersonaStore(*m_window->project()).load(QStringLiteral("Amara Okafor"), SpecKind::Agent).value().persona().at("age").get<int>(), 35);

    // Fragments: apply, then remove.
    editor->applyFragment(QStringLiteral("early_adopter"));
    QVERIFY(editor->document()->persona().dump().find("early") != std::string::npos
            || editor->document()->document() != stored.value().document());
    const auto withFragment = editor->document()->document();
    editor->removeFragment(QStringLiteral("early_adopter"));
    QVERIFY(editor->document()->document() != withFragment);
    undo->undo();
    QVERIFY(editor->document()->document() == withFragment);

    // Duplicate names the copy and selects it.
    QVERIFY(m_window->duplicateSelected().ok());
    QVERIFY(PersonaStore(*m_window->project()).load(QStringLiteral("Amara Okafor (copy)"), SpecKind::Agent));
    QVERIFY(m_window->deleteSelected().ok());
    QVERIFY(!PersonaStore(*m_window->project()).load(QStringLiteral("Amara Okafor (copy)"), SpecKind::Agent));
    undo->undo();
    QVERIFY(PersonaStore(*m_window->project()).load(QStringLiteral("Amara Okafor (copy)"), SpecKind::Agent));
}

void TestMainWindow::invalidJsonIsMarkedNotSaved()
{
    QVERIFY(m_window->explorer()->select(ProjectEntry::Kind::Persona, QStringLiteral("Kenji Watanabe")));
    PersonaEditor *editor = m_window->personaEditor();
    const auto before = PersonaStore(*m_window->project()).load(QStringLiteral("Kenji Watanabe"), SpecKind::Agent).value().document();
    QString text = editor->jsonEdit()->toPlainText();
    text.replace(QRegularExpression(QStringLiteral("\"age\": \\d+")), QStringLiteral("\"age\": [1, 2]"));
    editor->jsonEdit()->setPlainText(text);
    QTRY_VERIFY(!editor->problems().isEmpty());
    QVERIFY(editor->problemLabel()->text().contains(QStringLiteral("persona.age")));
    QVERIFY(!editor->jsonEdit()->extraSelections().isEmpty()); // the offending line is marked
    QVERIFY(!editor->form()->fieldWidget(QStringLiteral("persona.age"))->styleSheet().isEmpty());
    QVERIFY(PersonaStore(*m_window->project()).load(QStringLiteral("Kenji Watanabe"), SpecKind::Agent).value().document() == before);
    editor->jsonEdit()->setPlainText(QStringLiteral("{ not json"));
    QTRY_VERIFY(editor->problemLabel()->text().contains(QStringLiteral(":1:")));
    m_window->explorer()->select(ProjectEntry::Kind::Persona, QStringLiteral("Amara Okafor"));
}

void TestMainWindow::scenarioEditsAreUndoable()
{
    QVERIFY(m_window->newScenario().ok());
    ScenarioEditor *editor = m_window->scenarioEditor();
    QTRY_COMPARE(m_window->centre()->currentWidget(), editor);
    QVERIFY(editor->design());
    QVERIFY(!editor->problems().isEmpty()); // no agents yet: it says so
    editor->addAgent(QStringLiteral("Kenji Watanabe"));
    editor->addAgent(QStringLiteral("Elena Popescu"));
    QTRY_COMPARE(editor->agentsTable()->rowCount(), 2);
    QVERIFY(editor->problems().isEmpty());
    editor->everyoneBox()->setChecked(false);
    QCOMPARE(editor->graph()->edgeCount(), 0);
    auto *rel = editor->relationsTable();
    rel->insertRow(0);
    rel->setItem(0, 0, new QTableWidgetItem(QStringLiteral("colleagues")));
    rel->setItem(0, 1, new QTableWidgetItem(QStringLiteral("Kenji Watanabe, Elena Popescu")));
    QTRY_COMPARE(editor->graph()->edgeCount(), 1);
    auto design = ScenarioStore(*m_window->project()).load(QStringLiteral("New Scenario"));
    QVERIFY(design);
    QCOMPARE(design.value().at("relations")[0].at("between").size(), size_t(2));
    // A relation naming someone not in the scenario is reported with its field.
    rel->item(0, 1)->setText(QStringLiteral("Kenji Watanabe, Nobody"));
    QTRY_VERIFY(editor->problemLabel()->text().contains(QStringLiteral("relations[0]")));
    m_window->controller()->undoStack()->undo();
    QTRY_VERIFY(editor->problems().isEmpty());
}

void TestMainWindow::wholeOfflineRun()
{
    const QString focus = QStringLiteral("Focus group: Roundup, a savings app");
    QVERIFY(m_window->explorer()->select(ProjectEntry::Kind::Scenario, focus));
    ScenarioEditor *editor = m_window->scenarioEditor();
    QTRY_COMPARE(m_window->centre()->currentWidget(), editor);
    editor->stepsBox()->setValue(3);
    emit editor->stepsBox()->editingFinished();
    QCOMPARE(ScenarioStore(*m_window->project()).load(focus).value().at("world").at("steps").get<int>(), 3);

    RunPanel *panel = m_window->runPanel();
    QVERIFY(panel->runButton()->isEnabled());
    panel->runButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session() && m_window->session()->state() == RunSession::State::Finished, 30000);
    QCOMPARE(m_window->session()->progress().stepsDone, 3);
    QVERIFY(panel->progressBar()->text().contains(QStringLiteral("3")));
    QVERIFY(m_errors.isEmpty());

    // The conversation filled live; the filter model passes the tester.
    ConversationPanel *conversation = m_window->conversation();
    QAbstractItemModelTester tester(conversation->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(conversation->model()->events().size() > 20);
    QCOMPARE(conversation->model()->lastStep(), 3);
    QVERIFY(conversation->jumpToStep(2));

    // Select Margit's TALK at step 2: the inspector explains it.
    qint64 seq = 0;
    for (const RunEvent &e : conversation->model()->events())
        if (e.agent == QLatin1String("Margit Halvorsen") && e.type == QLatin1String("TALK") && e.step == 2)
            seq = e.seq;
    QVERIFY(seq > 0);
    QVERIFY(conversation->selectEvent(seq));
    InspectorPanel *inspector = m_window->inspector();
    QCOMPARE(inspector->agent(), QStringLiteral("Margit Halvorsen"));
    QCOMPARE(inspector->step(), 2);
    QVERIFY(inspector->callView()->toPlainText().contains(QStringLiteral("Prompt sent")));
    QVERIFY(inspector->callView()->toPlainText().contains(QStringLiteral("Margit")));
    QVERIFY(inspector->callView()->toPlainText().contains(QStringLiteral("Raw reply")));
    QAbstractItemModelTester episodicTester(inspector->episodic(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(inspector->episodic()->rowCount() > 0);
    QVERIFY(inspector->episodic()->inWindowCount() > 0);
    QVERIFY(inspector->stateTable()->rowCount() > 0);
    inspector->search(QStringLiteral("fees and privacy"));
    // Consolidation may not have run by step 2; when it has, hits are ranked best first.
    for (int r = 1; r < inspector->semanticHits()->rowCount(); ++r)
        QVERIFY(inspector->semanticHits()->item(r - 1, 0)->text().toDouble() >= inspector->semanticHits()->item(r, 0)->text().toDouble());

    // Results and reports.
    m_window->showResults();
    ResultsPanel *results = m_window->results();
    QCOMPARE(results->summary().steps, 3);
    QCOMPARE(results->summary().agents.size(), 5);
    QVERIFY(results->summary().actionCount(QStringLiteral("Margit Halvorsen"), QStringLiteral("TALK")) > 0);
    QVERIFY(results->summaryView()->toPlainText().contains(QStringLiteral("Who talked to whom")));
    const QString md = m_dir.filePath(QStringLiteral("report.md"));
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY(results->exportReport(md, ResultsPanel::Format::Markdown).ok());
    QVERIFY(results->exportReport(html, ResultsPanel::Format::Html).ok());
    QVERIFY(results->exportReport(pdf, ResultsPanel::Format::Pdf).ok());
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString mdText = QString::fromUtf8(mdFile.readAll());
    QVERIFY(mdText.contains(QStringLiteral("## Transcript")));
    QVERIFY(mdText.contains(QStringLiteral("### Step 3")));
    QVERIFY(mdText.contains(QStringLiteral("![Actions per step](report-actions.png)")));
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("report-actions.png"))).size() > 1000);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    QVERIFY(htmlFile.readAll().contains("data:image/png;base64,"));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    // The run is listed with its status; selecting it again reloads it from the project.
    auto runs = RunStore(*m_window->project()).runs();
    QVERIFY(runs);
    QCOMPARE(runs.value().first().status, QStringLiteral("finished"));
    QVERIFY(m_window->showRun(runs.value().first().id).ok());
}

void TestMainWindow::talkToPersona()
{
    m_window->talkTo(QStringLiteral("Rahul Desai"));
    QCOMPARE(m_dialogs.size(), 1);
    auto *talk = qobject_cast<TalkDialog *>(m_dialogs.last());
    QVERIFY(talk);
    QTRY_VERIFY(talk->sendButton()->isEnabled());
    const qsizetype runsBefore = RunStore(*m_window->project()).runs().value().size();
    talk->input()->setText(QStringLiteral("Would you pay 4 dollars a month for a savings app?"));
    QSignalSpy answered(talk, &TalkDialog::answered);
    talk->send();
    QVERIFY(answered.wait(10000));
    bool talked = false;
    for (const RunEvent &e : talk->transcript()->events())
        talked = talked || (e.type == QLatin1String("TALK") && e.agent == QLatin1String("Rahul Desai") && !e.content.isEmpty());
    QVERIFY(talked);
    QCOMPARE(RunStore(*m_window->project()).runs().value().size(), runsBefore); // saved runs untouched
    delete m_dialogs.takeLast();
}

void TestMainWindow::refusesNonProjectAndKeepsCurrent()
{
    const QString current = m_window->project()->path();
    const QString junk = m_dir.filePath(QStringLiteral("junk.troupe"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all, just text");
    f.close();
    m_errors.clear();
    QVERIFY(!m_window->openProject(junk).ok());
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(QStringLiteral("junk.troupe")));
    QCOMPARE(m_window->project()->path(), current);
}

void TestMainWindow::cleanupTestCase()
{
    m_treeTester.reset();
    m_window.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
