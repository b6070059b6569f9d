#include "mainwindow.h"

#include "conversationpanel.h"
#include "experimentresultspage.h"
#include "experimenteditor.h"
#include "experimentsession.h"
#include "store/studystore.h"
#include "study/studyfile.h"
#include "studyrundialog.h"
#include "studysession.h"
#include "inspectorpanel.h"
#include "personaeditor.h"
#include "populationbuilder.h"
#include "projectcontroller.h"
#include "projectexplorer.h"
#include "replaybar.h"
#include "resultspanel.h"
#include "runpanel.h"
#include "scenarioeditor.h"
#include "settingsdialog.h"
#include "studiosettings.h"
#include "talkdialog.h"
#include "undorouter.h"
#include "llm/endpoint.h"
#include "persona/personaparser.h"
#include "session/runsession.h"
#include "store/exampleproject.h"
#include "store/personastore.h"
#include "store/populationstore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/runview.h"
#include "store/scenariostore.h"
#include "util/jsonvalue.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSqlQuery>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace troupe {

static const QString kRecentKey = QStringLiteral("recentProjects");

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_project(new ProjectController(this)), m_explorer(new ProjectExplorer(this)),
      m_centre(new QStackedWidget(this)), m_welcome(new QLabel(this)), m_personaEditor(new PersonaEditor(m_project, this)),
      m_scenarioEditor(new ScenarioEditor(m_project, this)), m_results(new ResultsPanel(this)),
      m_populationBuilder(new PopulationBuilder(m_project, this)), m_experimentPage(new ExperimentResultsPage(this)),
      m_conversation(new ConversationPanel(this)), m_inspector(new InspectorPanel(this)), m_runPanel(new RunPanel(this)),
      m_statusProject(new QLabel(this)), m_statusEngine(new QLabel(this)), m_statusUsage(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    auto *welcome = static_cast<QLabel *>(m_welcome);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    welcome->setText(tr("<h2>Troupe Studio</h2><p>Select a persona to edit it, a scenario to run it, or a run to "
                        "see its results.</p>"));
    m_centre->addWidget(m_welcome);
    m_centre->addWidget(m_personaEditor);
    m_centre->addWidget(m_scenarioEditor);
    // The results' own minimum width (export buttons, charts) must not widen the window
    // past the screen: in the middle they scroll instead.
    auto *resultsScroll = new QScrollArea(this);
    resultsScroll->setWidgetResizable(true);
    resultsScroll->setFrameShape(QFrame::NoFrame);
    resultsScroll->setWidget(m_results);
    m_centre->addWidget(resultsScroll);
    m_resultsPage = resultsScroll;
    m_centre->addWidget(m_populationBuilder);
    m_centre->addWidget(m_experimentPage);
    createExperimentViews();
    // People appear under their population in the tree as they are stored.
    connect(m_populationBuilder, &PopulationBuilder::populationCreated, this, [this] { refresh(); });
    connect(m_populationBuilder, &PopulationBuilder::personArrived, this, [this](qint64 id, const QString &name) {
        m_explorer->model()->appendMember(id, {ProjectEntry::Kind::Persona, name, {}, {}, 0, {}});
    });
    connect(m_populationBuilder, &PopulationBuilder::generationFinished, this, [this] { refresh(); });
    auto *middle = new QWidget(this);
    auto *ml = new QVBoxLayout(middle);
    ml->setContentsMargins(0, 0, 0, 0);
    ml->setSpacing(0);
    createBanner();
    ml->addWidget(m_banner);
    ml->addWidget(m_centre, 1);
    setCentralWidget(middle);
    createDocks();
    statusBar()->addWidget(m_statusProject, 1);
    statusBar()->addPermanentWidget(m_statusEngine);
    statusBar()->addPermanentWidget(m_statusUsage);
    createActions();

    connect(m_explorer, &ProjectExplorer::entrySelected, this, &MainWindow::select);
    connect(m_explorer, &ProjectExplorer::commandRequested, this, &MainWindow::runCommand);
    connect(m_project, &ProjectController::changed, this, &MainWindow::refresh);
    connect(m_project, &ProjectController::error, this, &MainWindow::reportError);
    connect(m_project, &ProjectController::specChanged, this, [this](SpecKind kind, const QString &name) {
        m_explorer->select(kind == SpecKind::Agent ? ProjectEntry::Kind::Persona : ProjectEntry::Kind::Fragment, name);
    });
    connect(m_project, &ProjectController::scenarioChanged, this,
            [this](const QString &name) { m_explorer->select(ProjectEntry::Kind::Scenario, name); });
    connect(m_personaEditor, &PersonaEditor::talkRequested, this, &MainWindow::talkTo);
    connect(m_personaEditor, &PersonaEditor::duplicateRequested, this, [this] { (void)duplicateSelected(); });
    connect(m_personaEditor, &PersonaEditor::exportRequested, this, [this] {
        const ProjectEntry *e = m_explorer->current();
        if (!e)
            return;
        const QString suffix = e->kind == ProjectEntry::Kind::Persona ? QStringLiteral(".agent.json") : QStringLiteral(".fragment.json");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export"), e->name + suffix, tr("JSON files (*.json)"));
        if (!path.isEmpty())
            (void)exportSelected(path);
    });
    connect(m_personaEditor, &PersonaEditor::closed, this, [this] {
        if (m_centre->currentWidget() == m_personaEditor)
            m_centre->setCurrentWidget(m_welcome);
    });
    connect(m_scenarioEditor, &ScenarioEditor::closed, this, [this] {
        if (m_centre->currentWidget() == m_scenarioEditor)
            m_centre->setCurrentWidget(m_welcome);
    });
    connect(m_scenarioEditor, &ScenarioEditor::runRequested, this, [this](const QString &name) { (void)startRun(name); });
    connect(m_runPanel, &RunPanel::startRequested, this, [this](bool stepOnly) {
        const ProjectEntry *e = m_explorer->current();
        if (e && e->kind == ProjectEntry::Kind::Scenario)
            (void)startRun(e->name, stepOnly);
    });
    connect(m_conversation, &ConversationPanel::eventSelected, this, [this](const RunEvent &e) {
        const QString agent = e.agent.isEmpty() ? e.source : e.agent;
        if (m_shownRun <= 0 || agent.isEmpty())
            return;
        if (m_conversation->replayBar()->isPlaying())
            m_inspector->inspectSoon(m_shownRun, agent, e.step); // once the replay rests a moment
        else
            m_inspector->inspect(m_shownRun, agent, e.step);
    });
    connect(m_conversation, &ConversationPanel::forkRequested, this, [this](int step) {
        if (m_shownRun > 0)
            askFork(m_shownRun, step);
    });
    connect(m_results, &ResultsPanel::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Report written to %1").arg(path), 8000);
    });
    connect(m_results, &ResultsPanel::exportFailed, this, &MainWindow::reportError);
    connect(m_results, &ResultsPanel::eventRequested, this, &MainWindow::showRunEvent);
    connect(m_results, &ResultsPanel::extractRequested, this, &MainWindow::askExtraction);

    restoreLayout();
    updateTitle();
    updateEngineStatus();
    m_runPanel->setSession(nullptr);
}

MainWindow::~MainWindow()
{
    delete m_session; // its thread ends here; a run still going is marked interrupted
    delete m_experimentSession; // likewise for the job of an experiment in progress
}

ProjectFile *MainWindow::project() const
{
    return m_project->file();
}

void MainWindow::createBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("offlineBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("#offlineBanner { background: #fff8e1; border: 1px solid #ffca28; }"
                                           "#offlineBanner QLabel { color: #4e342e; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    auto *configure = new QPushButton(tr("Configure a Model…"), m_banner);
    configure->setObjectName(QStringLiteral("configureModel"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    auto *l = new QHBoxLayout(m_banner);
    l->addWidget(m_bannerText, 1);
    l->addWidget(configure);
    l->addWidget(dismiss);
    connect(configure, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(), tr("Troupe projects (*.troupe)"));
        if (!path.isEmpty())
            (void)openProject(path.endsWith(QLatin1String(".troupe")) ? path : path + QStringLiteral(".troupe"), true);
    });
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), tr("Troupe projects (*.troupe);;All files (*)"));
        if (!path.isEmpty())
            (void)openProject(path);
    });
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Example Project"), this, [this] { (void)openExampleProject(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction *save = file->addAction(tr("&Save"), this, [this] {
        statusBar()->showMessage(tr("Everything is saved as you edit; use Save As to make a copy."), 5000);
    });
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save Project &As…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QString(), tr("Troupe projects (*.troupe)"));
        if (!path.isEmpty())
            (void)saveProjectAs(path.endsWith(QLatin1String(".troupe")) ? path : path + QStringLiteral(".troupe"));
    });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Persona, Fragment or Scenario…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import"), QString(),
                                                                tr("TinyTroupe agents, fragments and scenarios (*.json)"));
        if (!files.isEmpty())
            (void)importFiles(files);
    });
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *exportAction = file->addAction(tr("&Export Selected…"), m_personaEditor, &PersonaEditor::exportRequested);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(undoKeys());
    QAction *redo = m_project->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(redoKeys());
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *newPersonaAction = edit->addAction(tr("New &Persona"), this, [this] { (void)newPersona(); });
    newPersonaAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    QAction *newScenarioAction = edit->addAction(tr("New &Scenario"), this, [this] { (void)newScenario(); });
    newScenarioAction->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction *duplicate = edit->addAction(tr("&Duplicate"), this, [this] { (void)duplicateSelected(); });
    duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    QAction *remove = edit->addAction(tr("De&lete"), this, [this] { (void)deleteSelected(); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_explorer->addAction(remove);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    // The menu's items never repeat its title ("&Run" was both in Russian); F5 and F10 live
    // here, where the menu shows them, and work wherever focus is in the window.
    QAction *start = run->addAction(tr("&Start or Continue"), m_runPanel, [this] { m_runPanel->runButton()->click(); });
    start->setShortcut(QKeySequence(Qt::Key_F5));
    start->setObjectName(QStringLiteral("runStart"));
    QAction *stepOnce = run->addAction(tr("&Step Once"), m_runPanel, [this] { m_runPanel->stepButton()->click(); });
    stepOnce->setShortcut(QKeySequence(Qt::Key_F10));
    stepOnce->setObjectName(QStringLiteral("runStep"));
    run->addAction(tr("&Pause"), m_runPanel, [this] { m_runPanel->pauseButton()->click(); });
    run->addAction(tr("S&top"), m_runPanel, [this] { m_runPanel->stopButton()->click(); });
    run->addSeparator();
    QAction *study = run->addAction(tr("Run S&tudy…"), this, &MainWindow::chooseStudy);
    study->setObjectName(QStringLiteral("runStudy"));
    addExperimentActions(file, run);
    run->addSeparator();
    run->addAction(tr("&Results"), this, &MainWindow::showResults)->setShortcut(QKeySequence(tr("Ctrl+R")));

    createResultsMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = studioLanguage();
    for (const auto &[code, label] : {std::pair{QString(), tr("System Default")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                      std::pair{QStringLiteral("ru"), QStringLiteral("Русский")}}) {
        QAction *a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { // an init-capture: clang 14 cannot capture a structured binding
            setStudioLanguage(code);
            emit languageChangeRequested(code);
        });
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Model Provider…"), this, &MainWindow::openSettings)->setShortcut(QKeySequence::Preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Troupe Studio"), this, [this] {
        QMessageBox::about(this, tr("About Troupe Studio"),
                           tr("<h3>Troupe Studio %1</h3><p>A desktop studio for simulating people with language "
                              "models, compatible with TinyTroupe's files.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    m_projectActions += QList<QAction *>{saveAs, import, exportAction, newPersonaAction, newScenarioAction, duplicate, remove};
}

void MainWindow::reportError(const QString &text)
{
    statusBar()->showMessage(text, 10000);
    if (m_errorHandler)
        m_errorHandler(text);
    else
        QMessageBox::warning(this, tr("Troupe Studio"), text);
}

void MainWindow::execDialog(QDialog *dialog)
{
    if (m_dialogHook) {
        m_dialogHook(dialog);
        return;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Status MainWindow::openProject(const QString &path, bool create)
{
    return adoptProject(create ? ProjectFile::create(path) : ProjectFile::open(path), path);
}

Status MainWindow::openExampleProject()
{
    const QString path = defaultExampleProjectPath();
    return adoptProject(troupe::openExampleProject(path), path);
}

Status MainWindow::adoptProject(Result<std::unique_ptr<ProjectFile>> opened, QString path)
{
    if (!opened) {
        reportError(opened.error());
        return Status::failure(opened.error());
    }
    delete m_session;
    m_runPanel->setSession(nullptr);
    m_shownRun = 0;
    m_conversation->clear();
    m_inspector->setProject(opened.value().get());
    m_results->setProject(opened.value().get());
    (void)m_results->showRun(0);
    m_personaEditor->clear();
    m_scenarioEditor->clear();
    m_experimentPage->clear();
    resetExperimentViews();
    m_centre->setCurrentWidget(m_welcome);
    m_explorer->setEntries({}); // nothing of the old project stays selected (clicking it again would do nothing)
    m_project->adopt(std::move(opened).value());
    rememberRecent(path);
    updateTitle();
    return {};
}

Status MainWindow::saveProjectAs(const QString &path)
{
    if (!project())
        return Status::failure(tr("no project is open"));
    if (QFileInfo::exists(path)) {
        const QString text = tr("%1 already exists; choose a new name").arg(path);
        reportError(text);
        return Status::failure(text);
    }
    QSqlQuery q(project()->database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        const QString text = tr("Cannot save a copy at %1: %2").arg(path, sqlError(q));
        reportError(text);
        return Status::failure(text);
    }
    return openProject(path);
}

void MainWindow::refresh()
{
    if (!project()) {
        m_explorer->setEntries({});
        return;
    }
    QList<ProjectEntry> entries;
    // A population's people are listed under it, not among the hand-made personas.
    QSet<QString> members;
    if (auto populations = PopulationStore(*project()).list()) {
        for (const PopulationInfo &p : populations.value()) {
            ProjectEntry e{ProjectEntry::Kind::Population, p.name, p.failed > 0 ? tr("%n failed", nullptr, p.failed) : QString(),
                           tr("%1\n%2 of %3 people · %4").arg(p.title).arg(p.generated).arg(p.samples).arg(p.engine), p.id, {}};
            if (auto list = PopulationStore(*project()).members(p.id))
                for (const PopulationMember &m : list.value())
                    if (!m.persona.isEmpty()) {
                        e.children.append({ProjectEntry::Kind::Persona, m.persona, tr("sample %1").arg(m.sampleIndex + 1), m.bio, 0, {}});
                        members.insert(m.persona);
                    }
            entries.append(e);
        }
    }
    if (auto specs = PersonaStore(*project()).list()) {
        for (const auto &s : specs.value())
            if (!members.contains(s.name))
                entries.append({s.kind == SpecKind::Agent ? ProjectEntry::Kind::Persona : ProjectEntry::Kind::Fragment, s.name, s.summary,
                            s.sourceFile.isEmpty() ? s.summary : tr("%1\nImported from %2").arg(s.summary, s.sourceFile), 0});
    } else {
        reportError(specs.error());
    }
    if (auto scenarios = ScenarioStore(*project()).list())
        for (const auto &s : scenarios.value())
            entries.append({ProjectEntry::Kind::Scenario, s.name, QLocale().toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat), {}, s.id});
    QSet<qint64> experimentRuns; // listed under their experiment, not among the plain runs
    appendExperimentEntries(entries, experimentRuns);
    if (auto runs = RunStore(*project()).runs()) {
        // Forks are listed under the run they were forked from, recursively; newest first.
        QHash<qint64, ProjectEntry> byId;
        QList<qint64> order;
        QSet<qint64> listed; // runs listed here: a fork of any other run (an experiment's, a deleted one) keeps its name
        for (const auto &r : runs.value())
            if (!experimentRuns.contains(r.id))
                listed.insert(r.id);
        for (const auto &r : runs.value()) {
            if (experimentRuns.contains(r.id))
                continue;
            // Runs of one scenario differ by when and on what they ran: both are in the row.
            const QString model = jsonString(r.config, "model");
            const QString engine = jsonString(r.config, "provider") + (model.isEmpty() ? QString() : QStringLiteral(" ") + model);
            const QString when = QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
            ProjectEntry e{ProjectEntry::Kind::Run, tr("#%1 %2").arg(r.id).arg(r.name),
                           tr("%1 · %n step(s) · %2 · %3", nullptr, r.stepsDone).arg(runStatusLabel(r.status), when, engine),
                           tr("Created %1 · %2").arg(when, engine), r.id};
            if (r.parentRunId > 0 && listed.contains(r.parentRunId)) { // under its parent, whose name it shares: what sets it apart is where it forked
                e.name = tr("#%1 fork at step %2").arg(r.id).arg(r.forkStep);
                e.detail = tr("fork at step %1 · %2").arg(r.forkStep).arg(e.detail);
                e.tooltip = tr("%1\nForked from run %2 at step %3\n%4").arg(r.name).arg(r.parentRunId).arg(r.forkStep).arg(e.tooltip);
            } else if (r.parentRunId > 0) { // its parent is an experiment's run (or gone): listed on its own, saying where it came from
                e.detail = tr("fork of run %1 at step %2 · %3").arg(r.parentRunId).arg(r.forkStep).arg(e.detail);
            }
            e.resumable = runCanResume(r.status);
            e.parentId = r.parentRunId;
            byId.insert(r.id, std::move(e));
            order.append(r.id);
        }
        QSet<qint64> placed; // each run once, whatever the stored parents say
        std::function<ProjectEntry(qint64)> build = [&](qint64 id) {
            placed.insert(id);
            ProjectEntry e = byId.value(id);
            for (qint64 child : std::as_const(order))
                if (byId.value(child).parentId == id && !placed.contains(child))
                    e.children.append(build(child));
            return e;
        };
        for (qint64 id : std::as_const(order))
            if (!byId.contains(byId.value(id).parentId)) // a fork whose parent was deleted stands alone
                entries.append(build(id));
        for (qint64 id : std::as_const(order))
            if (!placed.contains(id)) // a loop of parents: listed at the top, not lost
                entries.append(build(id));
    }
    m_explorer->setEntries(entries);
    updateTitle();
}

void MainWindow::select(const ProjectEntry &entry)
{
    switch (entry.kind) {
    case ProjectEntry::Kind::Persona:
    case ProjectEntry::Kind::Fragment:
        m_personaEditor->showSpec(entry.kind == ProjectEntry::Kind::Persona ? SpecKind::Agent : SpecKind::Fragment, entry.name);
        m_centre->setCurrentWidget(m_personaEditor);
        break;
    case ProjectEntry::Kind::Scenario:
        m_scenarioEditor->showScenario(entry.name);
        m_centre->setCurrentWidget(m_scenarioEditor);
        break;
    case ProjectEntry::Kind::Run:
        (void)showRun(entry.id);
        break;
    case ProjectEntry::Kind::Population:
        m_populationBuilder->showPopulation(entry.name);
        m_centre->setCurrentWidget(m_populationBuilder);
        break;
    case ProjectEntry::Kind::Experiment:
        m_experimentEditor->showExperiment(entry.name);
        m_centre->setCurrentWidget(m_experimentEditor);
        break;
    }
    const bool scenario = entry.kind == ProjectEntry::Kind::Scenario;
    m_runPanel->setCanStart(scenario, entry.name);
}

void MainWindow::runCommand(const QString &command, const ProjectEntry &entry)
{
    if (runExperimentCommand(command, entry))
        return;
    if (command == QLatin1String("new-persona"))
        (void)newPersona();
    else if (command == QLatin1String("new-scenario"))
        (void)newScenario();
    else if (command == QLatin1String("duplicate"))
        (void)duplicateSelected();
    else if (command == QLatin1String("delete"))
        (void)deleteSelected();
    else if (command == QLatin1String("talk"))
        talkTo(entry.name);
    else if (command == QLatin1String("export"))
        emit m_personaEditor->exportRequested();
    else if (command == QLatin1String("run"))
        (void)startRun(entry.name);
    else if (command == QLatin1String("resume"))
        (void)resumeRun(entry.id);
    else if (command == QLatin1String("fork"))
        askFork(entry.id);
    else if (command == QLatin1String("extract"))
        askExtraction(entry.id);
    else if (command == QLatin1String("continue")) {
        bool ok = false;
        const int more = QInputDialog::getInt(this, tr("Continue the Run"), tr("Run this many more steps:"), 1, 1, 100000, 1, &ok);
        if (ok)
            (void)resumeRun(entry.id, more);
    }
    else if (command == QLatin1String("new-population"))
        newPopulation();
    else if (command == QLatin1String("delete-population") && project()) {
        if (m_populationBuilder->isGenerating())
            return reportError(tr("wait for the generation to finish or cancel it"));
        if (Status s = PopulationStore(*project()).remove(entry.name); !s)
            reportError(s.error());
        refresh();
    }
}

void MainWindow::newPopulation()
{
    m_populationBuilder->newPopulation();
    m_centre->setCurrentWidget(m_populationBuilder);
}

Status MainWindow::startRun(const QString &scenario, bool stepOnly)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    if (m_session && m_session->state() == RunSession::State::Running)
        return Status::failure(tr("a run is in progress; pause or stop it first"));
    auto design = ScenarioStore(*project()).load(scenario);
    if (!design) {
        reportError(design.error());
        return Status::failure(design.error());
    }
    PopulationStore populations(*project());
    const auto resolved = ScenarioStore::resolve(design.value(), PersonaStore(*project()),
                                                 [&populations](const QString &name, std::optional<int> sample, quint64 seed) {
                                                     return populations.pick(name, sample, seed);
                                                 });
    if (!resolved.scenario) {
        QStringList lines;
        for (const Diagnostic &d : resolved.diagnostics)
            lines.append(d.field.isEmpty() ? d.message : d.field + QStringLiteral(": ") + d.message);
        const QString text = tr("“%1” cannot run yet:\n%2").arg(scenario, lines.join(u'\n'));
        reportError(text);
        return Status::failure(text);
    }
    RunRequest request;
    request.projectPath = project()->path();
    request.scenario = resolved.scenario;
    request.endpoint = ModelSettings::load().flags();
    const OrderedJson &run = jsonObject(design.value(), "run");
    if (run.contains("provider"))
        request.endpoint.provider = jsonString(run, "provider");
    if (run.contains("model"))
        request.endpoint.model = jsonString(run, "model");
    request.budgetUsd = jsonNumber(run, "budget_usd", 0.0);
    delete m_session;
    auto *session = new RunSession(this);
    attachSession(session, stepOnly, true);
    session->open(request);
    return {};
}

Status MainWindow::resumeRun(qint64 runId, int moreSteps)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    if (m_session && m_session->state() == RunSession::State::Running)
        return Status::failure(tr("a run is in progress; pause or stop it first"));
    (void)showRun(runId);
    RunRequest request;
    request.projectPath = project()->path();
    request.resumeRunId = runId;
    request.steps = moreSteps; // -1: what is left of a paused or interrupted run
    request.endpoint = ModelSettings::load().flags();
    delete m_session;
    auto *session = new RunSession(this);
    attachSession(session, false, moreSteps > 0); // Continue for N steps runs them; Resume waits for Run
    session->open(request);
    return {};
}

void MainWindow::attachSession(RunSession *session, bool stepOnly, bool startAtOnce)
{
    m_session = session;
    m_runPanel->setSession(session);
    connect(session, &RunSession::opened, this, [this, session, stepOnly, startAtOnce](qint64 runId, const QString &title,
                                                                                         const QStringList &agents) {
        if (startAtOnce) {
            m_shownRun = runId;
            m_conversation->startLive(agents);
            m_inspector->clear();
        } else {
            m_conversation->setLive(true);
        }
        m_conversation->setTitle(tr("Run #%1 — %2").arg(runId).arg(title));
        refresh();
        m_explorer->select(ProjectEntry::Kind::Run, {}, runId);
        m_statusEngine->setText(tr("%1 · %2").arg(session->providerLabel(), session->model()));
        if (startAtOnce)
            stepOnly ? session->stepOnce() : session->run();
    });
    connect(session, &RunSession::eventsAppended, m_conversation, &ConversationPanel::appendEvents);
    connect(session, &RunSession::typing, m_conversation, &ConversationPanel::setTyping);
    connect(session, &RunSession::progressed, this, &MainWindow::updateUsage);
    connect(session, &RunSession::stateChanged, this, [this, session](RunSession::State state, const QString &reason) {
        m_conversation->setLive(state == RunSession::State::Running);
        if (m_shownRun == session->runId())
            m_conversation->setForkable(state != RunSession::State::Running && state != RunSession::State::Preparing);
        if (state == RunSession::State::Running)
            return;
        refresh();
        if (state == RunSession::State::Finished || state == RunSession::State::Paused) {
            if (m_centre->currentWidget() == m_resultsPage && m_results->runId() == session->runId())
                (void)m_results->showRun(session->runId());
        }
        if (state == RunSession::State::Failed)
            reportError(tr("The run could not start: %1").arg(reason));
        else if (state == RunSession::State::Paused && !reason.isEmpty())
            statusBar()->showMessage(tr("Run paused: %1").arg(reason), 10000);
    });
}

Status MainWindow::showRun(qint64 runId)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    RunStore store(*project());
    auto record = store.run(runId);
    if (!record) {
        reportError(record.error());
        return Status::failure(record.error());
    }
    const bool live = m_session && m_session->runId() == runId;
    if (m_shownRun != runId && !live) {
        m_shownRun = runId;
        m_inspector->clear();
        // Off the window's thread: a long run loads in the background, then can be replayed.
        m_conversation->showStoredRun(project()->path(), runId, runAgentNames(record.value().scenario));
        m_conversation->setForkOrigin(record.value().parentRunId, record.value().forkStep);
        m_conversation->setTitle(tr("Run #%1 — %2 (%3)").arg(runId).arg(record.value().name, runStatusLabel(record.value().status)));
    } else if (live && m_shownRun != runId) {
        m_shownRun = runId;
    }
    m_conversation->setForkable(!(live && m_session->state() == RunSession::State::Running));
    if (Status s = m_results->showRun(runId); !s)
        reportError(s.error());
    m_centre->setCurrentWidget(m_resultsPage);
    return {};
}

void MainWindow::chooseStudy()
{
    if (!project()) {
        reportError(tr("open or create a project first"));
        return;
    }
    QStringList inProject;
    if (auto stored = StudyStore(*project()).studies())
        for (const StoredStudyInfo &s : stored.value())
            inProject.append(s.name);
    auto *dialog = new StudyRunDialog(StudyFile::bundledNames(), inProject, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (Status s = startStudy(dialog->studyName(), dialog->isBundled()); !s)
            reportError(s.error());
    });
    execDialog(dialog);
}

Status MainWindow::startStudy(const QString &name, bool bundled)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    if (m_studySession && m_studySession->isRunning())
        return Status::failure(tr("a study is already running"));
    StudyFile::Outcome loaded;
    if (bundled) {
        loaded = StudyFile::loadFile(name);
    } else {
        auto definition = StudyStore(*project()).study(name);
        if (!definition)
            return Status::failure(definition.error());
        loaded = StudyFile::fromDefinition(definition.value(), name);
    }
    if (!loaded.study)
        return Status::failure(loaded.diagnostics.isEmpty() ? tr("the study %1 cannot be read").arg(name)
                                                            : loaded.diagnostics.first().toString());
    delete m_studySession;
    auto *session = new StudySession(this);
    m_studySession = session;
    // Answers come in bursts (a step's worth): the results are refreshed at most every 300 ms.
    auto *throttle = new QTimer(session);
    throttle->setSingleShot(true);
    throttle->setInterval(300);
    connect(throttle, &QTimer::timeout, this, [this, session] {
        if (m_results->runId() == session->runId())
            (void)m_results->showRun(session->runId());
    });
    connect(session, &StudySession::started, this, [this](qint64 runId, const QString &title) {
        refresh();
        statusBar()->showMessage(tr("Study \"%1\" running as run %2").arg(title).arg(runId), 8000);
        // A new run: nothing is stored yet, so the conversation follows it live from the start.
        QStringList agents;
        if (auto record = RunStore(*project()).run(runId))
            agents = runAgentNames(record.value().scenario);
        m_shownRun = runId;
        m_inspector->clear();
        m_conversation->startLive(agents);
        m_conversation->setTitle(tr("Run #%1 — %2 (study)").arg(runId).arg(title));
        (void)showRun(runId);
        m_explorer->select(ProjectEntry::Kind::Run, {}, runId); // the explorer marks the run shown (already loaded: no reload)
        m_conversation->setForkable(false); // not before its steps are stored
    });
    connect(session, &StudySession::eventsAppended, this, [this, session](const RunEvents &events) {
        if (m_shownRun == session->runId())
            m_conversation->appendEvents(events);
    });
    connect(session, &StudySession::answerArrived, throttle, [throttle] {
        if (!throttle->isActive())
            throttle->start(); // not restarted by each answer: a long burst still shows every 300 ms
    });
    connect(session, &StudySession::ended, this, [this, session](RunStatus status, const QString &reason) {
        refresh();
        // The conversation followed the run live; it now offers the replay, and forks.
        if (m_shownRun == session->runId()) {
            m_conversation->setLive(false);
            m_conversation->setForkable(true);
        }
        if (m_results->runId() == session->runId())
            (void)m_results->showRun(session->runId());
        statusBar()->showMessage(reason.isEmpty() ? tr("Study run %1 %2").arg(session->runId()).arg(runStatusLabel(status))
                                                  : tr("Study run %1 %2: %3").arg(session->runId()).arg(runStatusLabel(status), reason),
                                 10000);
    });
    connect(session, &StudySession::failed, this, [this](const QString &error) { reportError(tr("The study could not run: %1").arg(error)); });
    session->start(project()->path(), *loaded.study, ModelSettings::load().flags());
    return {};
}

void MainWindow::showRunEvent(qint64 runId, qint64 seq)
{
    if (runId <= 0 || runId != m_shownRun)
        return;
    if (auto *dock = qobject_cast<QDockWidget *>(m_conversation->parentWidget())) {
        dock->show();
        dock->raise();
    }
    if (!m_conversation->isLoading()) {
        if (!m_conversation->selectEvent(seq))
            statusBar()->showMessage(tr("Event %1 is not in the conversation view").arg(seq), 6000);
        return;
    }
    // The stored run is still loading: select the event once it is in.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_conversation, &ConversationPanel::loadFinished, this, [this, connection, runId, seq](qint64 loaded) {
        QObject::disconnect(*connection);
        if (loaded == runId)
            m_conversation->selectEvent(seq);
    });
}

void MainWindow::showResults()
{
    if (m_shownRun > 0)
        (void)m_results->showRun(m_shownRun);
    m_centre->setCurrentWidget(m_resultsPage);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    connect(dialog, &QDialog::accepted, this, &MainWindow::updateEngineStatus);
    execDialog(dialog);
}

void MainWindow::talkTo(const QString &persona)
{
    if (!project())
        return;
    auto doc = PersonaStore(*project()).load(persona, SpecKind::Agent);
    if (!doc) {
        reportError(doc.error());
        return;
    }
    execDialog(new TalkDialog(doc.value(), ModelSettings::load().flags(), this));
}

void MainWindow::updateTitle()
{
    const bool open = project() != nullptr;
    setWindowTitle(open ? tr("%1 — Troupe Studio").arg(QFileInfo(project()->path()).fileName()) : tr("Troupe Studio"));
    m_statusProject->setText(open ? project()->path() : tr("No project open"));
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(open);
}

void MainWindow::updateEngineStatus()
{
    const ModelSettings settings = ModelSettings::load();
    const QString provider = settings.effectiveProvider();
    const bool offline = provider == QLatin1String("offline");
    m_statusEngine->setText(offline ? tr("Offline engine — not a language model")
                                    : tr("%1 · %2").arg(llm::presetLabel(provider), settings.model.isEmpty() ? tr("default model") : settings.model));
    m_bannerText->setText(tr("<b>Running on the offline engine.</b> It is deterministic and persona-aware, but it is not a "
                             "language model: use it to try the studio, then configure a model for real studies."));
    m_banner->setVisible(offline);
}

void MainWindow::updateUsage(const RunProgress &p)
{
    const QLocale locale;
    m_statusUsage->setText(tr("%1 tokens%2 · %3")
                               .arg(locale.toString(p.promptTokens + p.completionTokens), p.tokensEstimated ? tr(" (est.)") : QString(),
                                    p.tokensEstimated ? tr("$0 (offline)") : QStringLiteral("$") + QString::number(p.cost, 'f', 4)));
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(kRecentKey, recent.mid(0, 10));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { (void)openProject(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace troupe
