#pragma once

#include "experiment/experimentrun.h" // the ExperimentJob and RunStatus metatypes
#include "store/runstatus.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace troupe {

class ExperimentSession;

/**
 * An experiment as it runs: jobs done of all, the arm and replicate in progress with its
 * answers arriving, each job's outcome (a paused or failed job with its reason), and Stop.
 */
class ExperimentProgress final : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentProgress(QWidget *parent = nullptr);

    /** Follows `session` from now on (nullptr: nothing runs). */
    void setSession(ExperimentSession *session, const QString &experiment);

    QProgressBar *bar() const { return m_bar; }
    QLabel *currentLabel() const { return m_current; }
    QLabel *answersLabel() const { return m_answers; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *jobList() const { return m_jobs; }
    QPushButton *stopButton() const { return m_stop; }
    int jobsDone() const { return m_done; }

private:
    void jobEnded(int number, int total, const ExperimentJob &job, qint64 runId, RunStatus status, const QString &reason, int answers);
    void finished(int failures, bool stopped);
    void setStatus(const QString &text, bool problem);

    QPointer<ExperimentSession> m_session;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_current;
    QLabel *m_answers;
    QLabel *m_status;
    QListWidget *m_jobs;
    QPushButton *m_stop;
    int m_done = 0;
    int m_jobAnswers = 0;
    int m_allAnswers = 0;
    bool m_hadProblem = false;
};

} // namespace troupe
