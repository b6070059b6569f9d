// MainWindow's actions on a stored run. Forks: "Fork from Here…" in the conversation and
// "Fork…" on a run ask with a ForkDialog, then the fork runs through the same RunSession as
// every studio run. Extract Results… (the run's menu, the study tab) opens an ExtractionDialog.
#include "mainwindow.h"

#include "conversationpanel.h"
#include "extractiondialog.h"
#include "forkdialog.h"
#include "resultspanel.h"
#include "inspectorpanel.h"
#include "projectexplorer.h"
#include "studiosettings.h"
#include "persona/personaparser.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/runview.h"
#include "store/studystore.h"

#include <QStatusBar>

namespace troupe {

void MainWindow::askFork(qint64 runId, int atStep)
{
    if (!project())
        return reportError(tr("open or create a project first"));
    auto record = RunStore(*project()).run(runId);
    if (!record)
        return reportError(record.error());
    const RunStore::RunRecord &r = record.value();
    ForkDialog::Parent parent;
    parent.runId = runId;
    parent.name = r.name;
    parent.stepsDone = r.stepsDone;
    parent.length = std::max(r.stepsDone, int(r.config.value("steps", r.stepsDone)));
    parent.agents = runAgentNames(r.scenario);
    // A project fragment goes into the change whole, so the fork does not depend on it staying as it is.
    QMap<QString, nlohmann::ordered_json> fragments;
    PersonaStore personas(*project());
    if (auto specs = personas.list())
        for (const auto &s : specs.value())
            if (s.kind == SpecKind::Fragment)
                if (auto doc = personas.load(s.name, SpecKind::Fragment))
                    fragments.insert(s.name, doc.value().document());
    auto *dialog = new ForkDialog(parent, atStep < 0 ? r.stepsDone : atStep, fragments, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, runId] {
        ForkRequest fork;
        fork.parentRunId = runId;
        fork.atStep = dialog->atStep();
        fork.stepsAfter = dialog->stepsAfter();
        fork.change = dialog->changeJson();
        if (Status s = forkRun(fork); !s)
            reportError(s.error());
    });
    execDialog(dialog);
}

Status MainWindow::forkRun(const ForkRequest &fork)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    if (m_session && m_session->state() == RunSession::State::Running)
        return Status::failure(tr("a run is in progress; pause or stop it first"));
    RunRequest request;
    request.projectPath = project()->path();
    request.fork = fork;
    // The parent's engine, so its first steps are answered as they were; only how many calls
    // go at once comes from the settings.
    request.endpoint.concurrency = ModelSettings::load().flags().concurrency;
    delete m_session;
    auto *session = new RunSession(this);
    attachSession(session, false, true);
    connect(session, &RunSession::opened, this, [this, fork] {
        m_conversation->setForkOrigin(fork.parentRunId, fork.atStep);
        statusBar()->showMessage(tr("Forked run %1 at step %2").arg(fork.parentRunId).arg(fork.atStep), 8000);
    });
    session->open(request);
    return {};
}

void MainWindow::askExtraction(qint64 runId)
{
    if (!project())
        return reportError(tr("open or create a project first"));
    auto record = RunStore(*project()).run(runId);
    if (!record)
        return reportError(record.error());
    auto stored = StudyStore(*project()).extractions(runId);
    if (!stored)
        return reportError(stored.error());
    ExtractionDialog::Run run;
    run.runId = runId;
    run.name = record.value().name;
    run.agents = runAgentNames(record.value().scenario);
    run.projectPath = project()->path();
    auto *dialog = new ExtractionDialog(run, stored.value(), ModelSettings::load().flags(), this);
    connect(dialog, &ExtractionDialog::eventRequested, this, [this](qint64 id, qint64 seq) {
        if (m_shownRun != id)
            (void)showRun(id);
        showRunEvent(id, seq);
    });
    // Its calls are in the run's cost now: the results show the new figures.
    connect(dialog, &ExtractionDialog::extracted, this, [this](qint64 id) {
        if (m_results->runId() == id)
            (void)m_results->showRun(id);
    });
    execDialog(dialog);
}

} // namespace troupe
