// The main window's Results menu: an experiment's arms compared, and simulated answers
// checked against a real survey, on the centre's comparison page.
#include "mainwindow.h"

#include "experimentresultspage.h"
#include "store/experimentstore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QInputDialog>
#include <QMenuBar>
#include <QStackedWidget>

#include <algorithm>

namespace troupe {

void MainWindow::createResultsMenu()
{
    QMenu *results = menuBar()->addMenu(tr("Res&ults"));
    QAction *compare = results->addAction(tr("Compare &Experiment…"), this, &MainWindow::chooseExperimentToCompare);
    compare->setObjectName(QStringLiteral("compareExperiment"));
    QAction *real = results->addAction(tr("Compare with &Real Data…"), this, &MainWindow::chooseRealDataSubject);
    real->setObjectName(QStringLiteral("compareRealData"));
}

void MainWindow::showExperimentComparison(const QString &name)
{
    if (!project()) {
        reportError(tr("open or create a project first"));
        return;
    }
    m_experimentPage->showExperiment(project()->path(), name);
    m_centre->setCurrentWidget(m_experimentPage);
}

void MainWindow::showRealDataComparison(qint64 runId)
{
    if (!project()) {
        reportError(tr("open or create a project first"));
        return;
    }
    auto run = StudyStore(*project()).studyRun(runId);
    if (!run) {
        reportError(tr("Run %1 is not a study run: only a study's answers can be compared with a survey").arg(runId));
        return;
    }
    m_experimentPage->showRun(project()->path(), runId, tr("run %1 (%2)").arg(runId).arg(run.value().studyName));
    m_centre->setCurrentWidget(m_experimentPage);
}

void MainWindow::chooseExperimentToCompare()
{
    if (!project()) {
        reportError(tr("open or create a project first"));
        return;
    }
    auto names = ExperimentStore(*project()).names();
    if (!names) {
        reportError(names.error());
        return;
    }
    if (names.value().isEmpty()) {
        reportError(
            tr("This project holds no experiments yet. Run one first (troupe experiment run NAME --project P)."));
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Compare Experiment"));
    dialog->setLabelText(tr("&Experiment:"));
    dialog->setComboBoxItems(names.value());
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, &MainWindow::showExperimentComparison);
    execDialog(dialog);
}

void MainWindow::chooseRealDataSubject()
{
    if (!project()) {
        reportError(tr("open or create a project first"));
        return;
    }
    // Experiments (their runs pooled) first, then every study run, newest first.
    QStringList items;
    QList<std::pair<QString, qint64>> subjects; // experiment name, or run id
    if (auto names = ExperimentStore(*project()).names())
        for (const QString &n : names.value()) {
            items.append(tr("Experiment \"%1\" (all its runs)").arg(n));
            subjects.append({ n, 0 });
        }
    StudyStore studies(*project());
    QList<StudyRunRecord> runs;
    if (auto all = RunStore(*project()).runs())
        for (const RunStore::RunInfo &info : all.value())
            if (auto r = studies.studyRun(info.id))
                runs.append(r.value());
    std::sort(
        runs.begin(), runs.end(), [](const StudyRunRecord &a, const StudyRunRecord &b) { return a.runId > b.runId; });
    int current = 0;
    for (const StudyRunRecord &r : runs) {
        if (r.runId == m_shownRun)
            current = int(items.size());
        items.append(r.experiment.isEmpty() ? tr("Run %1: %2").arg(r.runId).arg(r.studyName)
                                            : tr("Run %1: %2 (%3, %4, replicate %5)")
                                                  .arg(r.runId)
                                                  .arg(r.studyName, r.experiment, r.arm)
                                                  .arg(r.replicate.value_or(1)));
        subjects.append({ QString(), r.runId });
    }
    if (items.isEmpty()) {
        reportError(tr("This project holds no study runs yet. Run a study first (Run → Run Study…)."));
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Compare with Real Data"));
    dialog->setLabelText(tr("&Simulated answers of:"));
    dialog->setComboBoxItems(items);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(items.value(current));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, items, subjects](const QString &text) {
        const qsizetype i = items.indexOf(text);
        if (i < 0)
            return;
        if (subjects[i].second > 0) {
            showRealDataComparison(subjects[i].second);
        } else {
            showExperimentComparison(subjects[i].first);
            m_experimentPage->setCurrentIndex(ExperimentResultsPage::kEmpiricalTab);
        }
    });
    execDialog(dialog);
}

} // namespace troupe
