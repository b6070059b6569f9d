// MainWindow's experiments: the Experiments group of the explorer (each experiment with
// its runs), New / Edit / Run / Continue / Compare / Delete, and the run with its progress.
#include "mainwindow.h"

#include "experimenteditor.h"
#include "experimentjson.h"
#include "experimentprogress.h"
#include "experimentsession.h"
#include "projectcontroller.h"
#include "projectexplorer.h"
#include "resultspanel.h"
#include "studiosettings.h"
#include "experiment/experimentrun.h"
#include "store/experimentstore.h"
#include "store/projectfile.h"
#include "store/runstatus.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace troupe {

void MainWindow::createExperimentViews()
{
    m_experimentEditor = new ExperimentEditor(m_project, this);
    m_centre->addWidget(m_experimentEditor);
    connect(m_experimentEditor, &ExperimentEditor::closed, this, [this] {
        if (m_centre->currentWidget() == m_experimentEditor)
            m_centre->setCurrentWidget(m_welcome);
    });
    connect(m_experimentEditor, &ExperimentEditor::runRequested, this, [this](const QString &name) {
        if (Status s = runExperiment(name); !s)
            reportError(s.error());
    });
    connect(m_experimentEditor, &ExperimentEditor::compareRequested, this, &MainWindow::showExperimentComparison);
    connect(m_experimentEditor, &ExperimentEditor::copied, this,
            [this](const QString &name) { m_explorer->select(ProjectEntry::Kind::Experiment, name); });
    connect(m_project, &ProjectController::experimentChanged, this,
            [this](const QString &name) { m_explorer->select(ProjectEntry::Kind::Experiment, name); });

    m_experimentProgress = new ExperimentProgress(this);
    m_experimentDock = new QDockWidget(tr("Experiment"), this);
    m_experimentDock->setObjectName(QStringLiteral("ExperimentDock"));
    m_experimentDock->setWidget(m_experimentProgress);
    addDockWidget(Qt::RightDockWidgetArea, m_experimentDock);
    m_experimentDock->hide(); // until an experiment runs
}

void MainWindow::resetExperimentViews()
{
    delete m_experimentSession;
    m_experimentSession = nullptr;
    m_experimentProgress->setSession(nullptr, {});
    m_experimentDock->hide();
    m_experimentEditor->clear();
}

void MainWindow::addExperimentActions(QMenu *file, QMenu *run)
{
    // In the File menu right after New Project.
    QAction *before = file->actions().value(1);
    auto *create = new QAction(tr("New E&xperiment"), file);
    create->setObjectName(QStringLiteral("newExperiment"));
    connect(create, &QAction::triggered, this, [this] {
        if (Status s = newExperiment(); !s)
            reportError(s.error());
    });
    file->insertAction(before, create);
    auto *bundled = new QMenu(tr("New Experiment &from Bundled"), file);
    for (const QString &name : ExperimentFile::bundledNames())
        bundled->addAction(name, this, [this, name] {
            if (Status s = newExperiment(name); !s)
                reportError(s.error());
        });
    file->insertMenu(before, bundled);
    QAction *runIt = run->addAction(tr("Run E&xperiment…"), this, &MainWindow::chooseExperiment);
    runIt->setObjectName(QStringLiteral("runExperiment"));
    m_projectActions << create << bundled->menuAction() << runIt;
}

void MainWindow::appendExperimentEntries(QList<ProjectEntry> &entries, QSet<qint64> &grouped)
{
    auto names = ExperimentStore(*project()).names();
    if (!names)
        return reportError(names.error());
    RunStore runs(*project());
    for (const QString &name : names.value()) {
        const auto definition = ExperimentStore(*project()).experiment(name);
        const OrderedJson def = definition ? definition.value() : OrderedJson();
        const int arms = def.is_object() && def.contains("arms") && def.at("arms").is_array() ? int(def.at("arms").size()) : 0;
        // Read with care: a definition edited outside the studio may hold anything.
        const int replicates = def.is_object() && def.contains("replicates") && def.at("replicates").is_number_integer()
            ? def.at("replicates").get<int>() : 1;
        ProjectEntry e{ProjectEntry::Kind::Experiment, name, {}, {}, 0, {}};
        int finished = 0;
        if (auto list = StudyStore(*project()).experimentRuns(name))
            for (const StudyRunRecord &r : list.value()) {
                auto info = runs.runInfo(r.runId);
                const RunStatus status = info ? info.value().status : RunStatus::Failed;
                finished += status == RunStatus::Finished ? 1 : 0;
                ProjectEntry run{ProjectEntry::Kind::Run, tr("#%1 %2 · replicate %3").arg(r.runId).arg(r.arm).arg(r.replicate.value_or(0)),
                                 runStatusLabel(status), tr("Run %1 of %2: arm %3, replicate %4").arg(r.runId).arg(name, r.arm).arg(r.replicate.value_or(0)),
                                 r.runId, {}};
                run.resumable = false; // continued as a job of the experiment (Run / Continue), not one by one
                e.children.append(std::move(run));
                grouped.insert(r.runId);
            }
        const int jobs = arms * replicates;
        e.detail = tr("%1 of %2 runs done").arg(std::min(finished, jobs)).arg(jobs);
        const QString description = def.is_object() && def.contains("description") && def.at("description").is_string()
            ? QString::fromStdString(def.at("description").get<std::string>()) : QString();
        e.tooltip = tr("%1\n%n arm(s) × %2 replicate(s)", nullptr, arms).arg(description).arg(replicates);
        entries.append(std::move(e));
    }
}

bool MainWindow::runExperimentCommand(const QString &command, const ProjectEntry &entry)
{
    const auto report = [this](const Status &s) {
        if (!s)
            reportError(s.error());
    };
    if (command == QLatin1String("new-experiment"))
        report(newExperiment());
    else if (command.startsWith(QLatin1String("new-experiment-from:")))
        report(newExperiment(command.mid(int(qstrlen("new-experiment-from:")))));
    else if (command == QLatin1String("edit-experiment"))
        m_explorer->select(ProjectEntry::Kind::Experiment, entry.name);
    else if (command == QLatin1String("run-experiment"))
        report(runExperiment(entry.name));
    else if (command == QLatin1String("compare-experiment"))
        showExperimentComparison(entry.name);
    else if (command == QLatin1String("delete-experiment"))
        report(deleteExperiment(entry.name));
    else
        return false;
    return true;
}

Status MainWindow::newExperiment(const QString &bundled)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    OrderedJson definition;
    QString base = tr("New Experiment");
    if (!bundled.isEmpty()) {
        const ExperimentFile::Outcome loaded = ExperimentFile::loadFile(bundled);
        if (!loaded.experiment)
            return Status::failure(loaded.diagnostics.isEmpty() ? tr("the bundled experiment %1 cannot be read").arg(bundled)
                                                                : loaded.diagnostics.first().toString());
        definition = loaded.experiment->definition;
        base = loaded.experiment->name;
    }
    QString name = base;
    const auto taken = [this](const QString &n) {
        auto runs = StudyStore(*project()).experimentRuns(n);
        return m_explorer->model()->find(ProjectEntry::Kind::Experiment, n).isValid() || !runs || !runs.value().isEmpty();
    };
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    if (bundled.isEmpty()) {
        const ExperimentFile::Outcome made = experimentjson::resolve(QByteArray::fromStdString(experimentjson::fresh(name).dump()), name, project());
        if (!made.experiment)
            return Status::failure(made.diagnostics.isEmpty() ? tr("a new experiment cannot be made") : made.diagnostics.first().toString());
        definition = made.experiment->definition;
    }
    definition["name"] = name.toStdString();
    if (Status s = m_project->editExperiment(std::nullopt, definition, tr("New experiment %1").arg(name)); !s)
        return s;
    refresh();
    m_explorer->select(ProjectEntry::Kind::Experiment, name);
    m_experimentEditor->showExperiment(name);
    m_centre->setCurrentWidget(m_experimentEditor);
    return {};
}

Status MainWindow::duplicateExperiment(const QString &name)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    m_experimentEditor->showExperiment(name);
    m_centre->setCurrentWidget(m_experimentEditor);
    m_experimentEditor->editCopy();
    return {};
}

Status MainWindow::deleteExperiment(const QString &name)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    if (m_experimentSession && m_experimentSession->isRunning() && m_experimentSession->experimentName() == name)
        return Status::failure(tr("stop the experiment before deleting it"));
    auto stored = ExperimentStore(*project()).experiment(name);
    if (!stored)
        return Status::failure(stored.error());
    if (stored.value().is_null())
        return Status::failure(tr("the project has no experiment called \"%1\"").arg(name));
    if (!m_errorHandler
        && QMessageBox::question(this, tr("Delete Experiment"),
                                 tr("Delete the experiment \"%1\"? Its runs stay in the project, listed among the runs.").arg(name))
            != QMessageBox::Yes)
        return {};
    if (m_experimentEditor->experimentName() == name) {
        m_experimentEditor->clear();
        m_centre->setCurrentWidget(m_welcome);
    }
    // Undoable: the definition comes back, and its runs are grouped under it again.
    return m_project->editExperiment(stored.value(), std::nullopt, tr("Delete experiment %1").arg(name));
}

void MainWindow::chooseExperiment()
{
    if (!project())
        return reportError(tr("open or create a project first"));
    auto names = ExperimentStore(*project()).names();
    if (!names)
        return reportError(names.error());
    if (names.value().isEmpty())
        return reportError(tr("the project has no experiment yet: make one with File > New Experiment"));
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Run Experiment"));
    auto *box = new QComboBox(dialog);
    box->setObjectName(QStringLiteral("experimentBox"));
    box->addItems(names.value());
    if (m_experimentEditor->definition())
        box->setCurrentText(m_experimentEditor->experimentName());
    auto *note = new QLabel(tr("Runs every arm in every replicate with the engine chosen in Settings. Jobs already finished "
                               "are not run again, so this also continues a stopped experiment."), dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *form = new QFormLayout(dialog);
    form->addRow(tr("&Experiment:"), box);
    form->addRow(note);
    form->addRow(buttons);
    connect(dialog, &QDialog::accepted, this, [this, box] {
        if (Status s = runExperiment(box->currentText()); !s)
            reportError(s.error());
    });
    execDialog(dialog);
}

Status MainWindow::runExperiment(const QString &name)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    if (m_experimentSession && m_experimentSession->isRunning())
        return Status::failure(tr("the experiment \"%1\" is running; stop it first").arg(m_experimentSession->experimentName()));
    auto stored = ExperimentStore(*project()).experiment(name);
    if (!stored)
        return Status::failure(stored.error());
    if (stored.value().is_null())
        return Status::failure(tr("the project has no experiment called \"%1\"").arg(name));
    const ExperimentFile::Outcome loaded = ExperimentFile::fromDefinition(stored.value(), name);
    if (!loaded.experiment)
        return Status::failure(loaded.diagnostics.isEmpty() ? tr("the experiment %1 cannot be read").arg(name)
                                                            : loaded.diagnostics.first().toString());
    if (Status s = ExperimentRun::checkRunnable(*loaded.experiment); !s)
        return Status::failure(tr("The experiment \"%1\" cannot run: %2").arg(name, s.error()));
    delete m_experimentSession; // the last one, finished
    auto *session = new ExperimentSession(this);
    m_experimentSession = session;
    m_experimentProgress->setSession(session, name);
    m_experimentDock->show();
    m_experimentDock->raise();
    // The explorer follows the runs as they are made and end.
    connect(session, &ExperimentSession::jobStarted, this, [this] {
        refresh();
        if (m_experimentEditor->definition()) // it has runs now: read-only
            m_experimentEditor->showExperiment(m_experimentEditor->experimentName());
    });
    connect(session, &ExperimentSession::jobEnded, this, [this](int, int, const ExperimentJob &, qint64 runId) {
        refresh();
        // A run looked at while it ran is shown again as it ended (its answers, its whole conversation).
        if (m_centre->currentWidget() == m_resultsPage && m_results->runId() == runId) {
            m_shownRun = 0;
            (void)showRun(runId);
        }
    });
    connect(session, &ExperimentSession::finished, this, [this, name](int failures, bool stopped) {
        refresh();
        m_experimentEditor->showExperiment(m_experimentEditor->experimentName()); // it may be read-only now
        statusBar()->showMessage(stopped ? tr("Experiment \"%1\" stopped; %n job(s) did not finish", nullptr, failures).arg(name)
                                         : tr("Experiment \"%1\": every job done").arg(name),
                                 10000);
    });
    connect(session, &ExperimentSession::failed, this,
            [this](const QString &error) { reportError(tr("The experiment could not run: %1").arg(error)); });
    session->start(project()->path(), *loaded.experiment, ModelSettings::load().flags());
    return {};
}

} // namespace troupe
