#include "experimentprogress.h"

#include "experimentsession.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace troupe {

ExperimentProgress::ExperimentProgress(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_bar(new QProgressBar(this)), m_current(new QLabel(this)),
      m_answers(new QLabel(this)), m_status(new QLabel(this)), m_jobs(new QListWidget(this)), m_stop(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("experimentProgress"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_current->setWordWrap(true);
    m_status->setWordWrap(true);
    m_bar->setFormat(tr("%v of %m jobs"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_jobs->setAccessibleName(tr("Jobs of the experiment"));
    m_jobs->setMinimumHeight(60);
    m_stop->setEnabled(false);
    m_stop->setToolTip(tr("Stops the job in progress (its run is kept, and continued by the next Run)"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addWidget(m_current);
    layout->addWidget(m_answers);
    layout->addWidget(m_status);
    layout->addWidget(m_jobs, 1);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_session) {
            m_stop->setEnabled(false);
            setStatus(tr("Stopping after the calls in flight…"), false);
            m_session->stop();
        }
    });
}

void ExperimentProgress::setSession(ExperimentSession *session, const QString &experiment)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_done = m_jobAnswers = m_allAnswers = 0;
    m_hadProblem = false;
    m_jobs->clear();
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_current->clear();
    m_answers->clear();
    m_title->setText(experiment);
    m_stop->setEnabled(session != nullptr);
    setStatus(session ? tr("Starting…") : QString(), false);
    if (!session)
        return;
    connect(session, &ExperimentSession::planned, this, [this](int total) {
        m_bar->setRange(0, std::max(1, total));
        m_bar->setValue(0);
    });
    connect(session, &ExperimentSession::jobSkipped, this, [this](int number, int total, const ExperimentJob &job, qint64 runId) {
        ++m_done;
        m_bar->setRange(0, total);
        m_bar->setValue(m_done);
        m_jobs->addItem(tr("%1/%2 · replicate %3 · %4: done before (run #%5)").arg(number).arg(total).arg(job.replicate).arg(job.arm).arg(runId));
    });
    connect(session, &ExperimentSession::jobStarted, this, [this](int number, int total, const ExperimentJob &job, qint64 runId) {
        m_jobAnswers = 0;
        m_bar->setRange(0, total);
        m_current->setText(tr("Job %1 of %2: replicate %3 · %4 (run #%5, seed %6)")
                               .arg(number).arg(total).arg(job.replicate).arg(job.arm).arg(runId).arg(job.seed));
        m_answers->setText(tr("Waiting for the first answers…"));
        setStatus(tr("Running"), false);
    });
    connect(session, &ExperimentSession::answerArrived, this, [this](const ExperimentJob &, const AnswerRecord &a) {
        ++m_jobAnswers;
        ++m_allAnswers;
        m_answers->setText(tr("%n answer(s) in this job · %1 in all · last from %2", nullptr, m_jobAnswers).arg(m_allAnswers).arg(a.agent));
    });
    connect(session, &ExperimentSession::jobEnded, this, &ExperimentProgress::jobEnded);
    connect(session, &ExperimentSession::finished, this, &ExperimentProgress::finished);
    connect(session, &ExperimentSession::failed, this, [this](const QString &error) {
        m_stop->setEnabled(false);
        m_current->clear();
        setStatus(tr("The experiment could not run: %1").arg(error), true);
    });
}

void ExperimentProgress::jobEnded(int number, int total, const ExperimentJob &job, qint64 runId, RunStatus status, const QString &reason,
                                  int answers)
{
    const bool ok = status == RunStatus::Finished;
    if (ok) {
        ++m_done;
        m_bar->setValue(m_done);
    }
    m_current->setText(tr("Job %1 of %2 (replicate %3 · %4) ended: %5").arg(number).arg(total).arg(job.replicate).arg(job.arm)
                           .arg(runStatusLabel(status)));
    QString line = tr("%1/%2 · replicate %3 · %4: run #%5 %6, %n answer(s)", nullptr, answers)
                       .arg(number).arg(total).arg(job.replicate).arg(job.arm).arg(runId).arg(runStatusLabel(status));
    if (!reason.isEmpty())
        line += tr(" — %1").arg(reason);
    auto *item = new QListWidgetItem(line, m_jobs);
    item->setToolTip(line);
    if (!ok) {
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
        m_hadProblem = true;
    }
    m_jobs->scrollToBottom();
}

void ExperimentProgress::finished(int failures, bool stopped)
{
    m_stop->setEnabled(false);
    m_current->clear();
    if (failures > 0 && m_hadProblem && stopped)
        setStatus(tr("Stopped: a job did not finish (its reason is in the list). Fix the cause, for example the model in "
                     "Settings, then Run the experiment again to continue where it stopped."), true);
    else if (stopped)
        setStatus(tr("Stopped. Run the experiment again to continue where it stopped."), false);
    else
        setStatus(tr("All %n job(s) done.", nullptr, m_bar->maximum()), false);
}

void ExperimentProgress::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());
}

} // namespace troupe
