#pragma once

#include "experiment/experimentrun.h" // the ExperimentJob and RunStatus metatypes
#include "llm/endpoint.h"
#include "store/runstatus.h"
#include "store/studystore.h"

#include <QObject>
#include <QThread>

namespace troupe {

class ExperimentWorker;

/**
 * An experiment run off the window's thread, as study runs are: a worker on its own QThread
 * with its own connection to the project file and the ExperimentRun that goes through the
 * jobs. The window sees it only through queued signals. A job that does not finish (a
 * model that cannot be reached pauses its run) ends the experiment with the reason; Run
 * again continues it. Closing stops the job in progress (kept as interrupted) and waits.
 */
class ExperimentSession final : public QObject
{
    Q_OBJECT
public:
    explicit ExperimentSession(QObject *parent = nullptr);
    ~ExperimentSession() override;

    /** Runs the jobs of `experiment` not finished yet in the project at `projectPath`. */
    void start(const QString &projectPath, const Experiment &experiment, const llm::EndpointFlags &flags);
    /** Stops the job in progress; finished() follows. */
    void stop();
    bool isRunning() const { return m_running; }
    const QString &experimentName() const { return m_name; }

Q_SIGNALS:
    /** The jobs are planned: `total` of them. */
    void planned(int total);
    void jobSkipped(int number, int total, const troupe::ExperimentJob &job, qint64 runId);
    void jobStarted(int number, int total, const troupe::ExperimentJob &job, qint64 runId);
    void answerArrived(const troupe::ExperimentJob &job, const troupe::AnswerRecord &answer);
    void jobEnded(int number, int total, const troupe::ExperimentJob &job, qint64 runId, troupe::RunStatus status,
                  const QString &reason, int answers);
    void finished(int failures, bool stopped);
    void failed(const QString &error);

private:
    QThread m_thread;
    ExperimentWorker *m_worker;
    QString m_name;
    bool m_running = false;
};

} // namespace troupe
