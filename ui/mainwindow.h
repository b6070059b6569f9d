#pragma once

#include "models/projecttreemodel.h"
#include "session/runsession.h"
#include "util/result.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QFrame;

namespace troupe {

class PopulationBuilder;
class ExperimentResultsPage;

class ConversationPanel;
class ExperimentEditor;
class ExperimentProgress;
class ExperimentSession;
class InspectorPanel;
class PersonaEditor;
class ProjectController;
class ProjectExplorer;
class ProjectFile;
class ResultsPanel;
class StudySession;
class RunPanel;
class ScenarioEditor;

/**
 * The studio's main window: the project explorer, the editors in the middle, the live
 * conversation, the inspector and the run controls around them. Panels are their own
 * widgets; the window wires them to the open project and to the run in progress.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** What the window shows: the entry selected in the explorer, and whether the results are in the middle. */
    struct ViewState
    {
        bool valid = false;
        ProjectEntry::Kind kind = ProjectEntry::Kind::Persona;
        QString name;
        qint64 id = 0;
        bool results = false;
    };
    ViewState viewState() const;
    void restoreView(const ViewState &view);

    /** Opens (or, with create, makes) a project; on failure the current one stays open. */
    Status openProject(const QString &path, bool create = false);
    Status openExampleProject();
    /** Copies the project to `path` and continues there. */
    Status saveProjectAs(const QString &path);
    /** Imports agent/fragment/scenario files into the open project; all must be valid. */
    Status importFiles(const QStringList &files);
    Status exportSelected(const QString &path);
    Status newPersona();
    Status newScenario();
    Status duplicateSelected();
    Status deleteSelected();
    /** Starts a run of a stored scenario (one step, or all its steps). */
    Status startRun(const QString &scenario, bool stepOnly = false);
    /** Continues a stored run (paused, interrupted or finished) in a new session. */
    /** Continues a stored run: what is left of it, or `moreSteps` more (a finished run only this way). */
    Status resumeRun(qint64 runId, int moreSteps = -1);
    /** Asks how to fork a stored run after `atStep` (-1: its last step), then runs the fork. */
    void askFork(qint64 runId, int atStep = -1);
    /** Runs a fork of a stored run in a new session; the conversation follows it. */
    Status forkRun(const ForkRequest &fork);
    /** Opens the extraction of a stored run's results (with an objective of the user's). */
    void askExtraction(qint64 runId);
    /** Asks which study to run (bundled or the project's), then runs it. */
    void chooseStudy();
    /** Runs a study on a worker thread; its answers appear in the results as they arrive. */
    Status startStudy(const QString &name, bool bundled);
    StudySession *studySession() const { return m_studySession; }
    /** Selects event `seq` of the shown run in the conversation (a study quote was picked). */
    void showRunEvent(qint64 runId, qint64 seq);
    /** Shows a stored run in the conversation view and the results panel. */
    Status showRun(qint64 runId);
    void openSettings();
    void talkTo(const QString &persona);
    /** Shows an experiment of the open project: its arms compared, and the real-data check beside them. */
    void showExperimentComparison(const QString &name);
    /** Shows the real-data check of one study run. */
    void showRealDataComparison(qint64 runId);
    ExperimentResultsPage *experimentPage() const { return m_experimentPage; }

    // Experiments (mainwindowexperiments.cpp).
    /** Stores a new experiment (a control and a variant, or a copy of a bundled one) and opens it. */
    Status newExperiment(const QString &bundled = {});
    /** Runs the jobs of a stored experiment not finished yet, off the window's thread. */
    Status runExperiment(const QString &name);
    /** Asks which of the project's experiments to run, then runs it. */
    void chooseExperiment();
    /** Stores a copy under a new name and opens it. */
    Status duplicateExperiment(const QString &name);
    /** Deletes the definition after asking (its runs stay in the project). */
    Status deleteExperiment(const QString &name);
    ExperimentEditor *experimentEditor() const { return m_experimentEditor; }
    ExperimentSession *experimentSession() const { return m_experimentSession; }
    ExperimentProgress *experimentProgress() const { return m_experimentProgress; }

    ProjectFile *project() const;
    ProjectController *controller() const { return m_project; }
    ProjectExplorer *explorer() const { return m_explorer; }
    PersonaEditor *personaEditor() const { return m_personaEditor; }
    ScenarioEditor *scenarioEditor() const { return m_scenarioEditor; }
    ConversationPanel *conversation() const { return m_conversation; }
    InspectorPanel *inspector() const { return m_inspector; }
    RunPanel *runPanel() const { return m_runPanel; }
    ResultsPanel *results() const { return m_results; }
    PopulationBuilder *populationBuilder() const { return m_populationBuilder; }
    /** Opens the Population Builder on a new design. */
    void newPopulation();
    RunSession *session() const { return m_session; }
    QFrame *banner() const { return m_banner; }
    QStackedWidget *centre() const { return m_centre; }
    /** The page of the centre that holds the results. */
    QWidget *resultsPage() const { return m_resultsPage; }
    void showResults();

    /** Replaces message boxes (tests use this so nothing blocks). */
    void setErrorHandler(std::function<void(const QString &)> handler) { m_errorHandler = std::move(handler); }
    /** Replaces modal dialogs (settings, talk) with a hook; tests use it so nothing blocks. */
    void setDialogHook(std::function<void(QDialog *)> hook) { m_dialogHook = std::move(hook); }

Q_SIGNALS:
    /** The user picked a language; the application rebuilds the window in it. */
    void languageChangeRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /** The saved size and docks, kept within the screen. */
    void restoreLayout();
    void fitToScreen();
    void createDocks();
    void createActions();
    void createBanner();
    void createResultsMenu(); // experimentactions.cpp
    void chooseExperimentToCompare();
    void chooseRealDataSubject();
    void createExperimentViews();
    /** Another project: the experiment of the last one stops (its job kept as interrupted), its views empty. */
    void resetExperimentViews();
    void addExperimentActions(QMenu *file, QMenu *run);
    /** The Experiments group: each experiment with its runs; `grouped` gets the ids of those runs. */
    void appendExperimentEntries(QList<ProjectEntry> &entries, QSet<qint64> &grouped);
    bool runExperimentCommand(const QString &command, const ProjectEntry &entry);
    Status adoptProject(Result<std::unique_ptr<ProjectFile>> opened, QString path); // by value: it may be the old project's own path
    void refresh();
    void select(const ProjectEntry &entry);
    void runCommand(const QString &command, const ProjectEntry &entry);
    void reportError(const QString &text);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void updateTitle();
    void updateEngineStatus();
    void updateUsage(const RunProgress &progress);
    void attachSession(RunSession *session, bool stepOnly, bool startAtOnce);
    void execDialog(QDialog *dialog);
    QString uniqueName(ProjectEntry::Kind kind, const QString &base) const;

    ProjectController *m_project;
    ProjectExplorer *m_explorer;
    QStackedWidget *m_centre;
    QWidget *m_welcome;
    PersonaEditor *m_personaEditor;
    ScenarioEditor *m_scenarioEditor;
    ResultsPanel *m_results;
    QWidget *m_resultsPage = nullptr; // the results in their scroll area
    PopulationBuilder *m_populationBuilder;
    ExperimentResultsPage *m_experimentPage;
    ConversationPanel *m_conversation;
    InspectorPanel *m_inspector;
    RunPanel *m_runPanel;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPointer<RunSession> m_session;
    StudySession *m_studySession = nullptr; // the last study run started here (a child of the window)
    ExperimentEditor *m_experimentEditor = nullptr;
    ExperimentProgress *m_experimentProgress = nullptr;
    QDockWidget *m_experimentDock = nullptr;
    ExperimentSession *m_experimentSession = nullptr; // the experiment running or last run here (a child of the window)
    qint64 m_shownRun = 0;
    QLabel *m_statusProject;
    QLabel *m_statusEngine;
    QLabel *m_statusUsage;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_projectActions;
    std::function<void(const QString &)> m_errorHandler;
    std::function<void(QDialog *)> m_dialogHook;
};

} // namespace troupe
