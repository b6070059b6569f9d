#include "experimentsession.h"

#include "config/config.h"
#include "experiment/experimentrun.h"
#include "store/projectfile.h"

#include <memory>

namespace troupe {

/** Lives on the session's thread: the project connection and the runs are made and used there. */
class ExperimentWorker final : public QObject
{
    Q_OBJECT
public:
    void start(const QString &projectPath, const Experiment &experiment, const llm::EndpointFlags &flags)
    {
        tearDown();
        auto config = Config::load();
        if (!config) {
            emit failed(config.error());
            return;
        }
        auto opened = ProjectFile::open(projectPath);
        if (!opened) {
            emit failed(opened.error());
            return;
        }
        m_project = std::move(opened).value();
        m_run = std::make_unique<ExperimentRun>(*m_project, config.value());
        connect(m_run.get(), &ExperimentRun::jobSkipped, this, &ExperimentWorker::jobSkipped);
        connect(m_run.get(), &ExperimentRun::jobStarted, this, &ExperimentWorker::jobStarted);
        connect(m_run.get(), &ExperimentRun::answerArrived, this, &ExperimentWorker::answerArrived);
        connect(m_run.get(), &ExperimentRun::jobEnded, this, &ExperimentWorker::jobEnded);
        connect(m_run.get(), &ExperimentRun::finished, this, &ExperimentWorker::finished);
        connect(m_run.get(), &ExperimentRun::failed, this, [this](int number, const QString &error) {
            emit failed(number > 0 ? tr("job %1: %2").arg(number).arg(error) : error);
        });
        ExperimentRun::Options options;
        options.flags = flags;
        options.stopOnFailure = true; // the user fixes the engine, then continues
        if (Status s = m_run->start(experiment, options); !s) {
            emit failed(s.error());
            return;
        }
        emit planned(int(m_run->jobs().size()));
    }

    void stop()
    {
        if (m_run)
            m_run->stop(tr("stopped in the studio"));
    }

    void tearDown()
    {
        m_run.reset(); // the engine of a job still going marks its run interrupted
        m_project.reset();
    }

Q_SIGNALS:
    void planned(int total);
    void jobSkipped(int number, int total, const troupe::ExperimentJob &job, qint64 runId);
    void jobStarted(int number, int total, const troupe::ExperimentJob &job, qint64 runId);
    void answerArrived(const troupe::ExperimentJob &job, const troupe::AnswerRecord &answer);
    void jobEnded(int number, int total, const troupe::ExperimentJob &job, qint64 runId, troupe::RunStatus status,
                  const QString &reason, int answers);
    void finished(int failures, bool stopped);
    void failed(const QString &error);

private:
    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<ExperimentRun> m_run;
};

ExperimentSession::ExperimentSession(QObject *parent) : QObject(parent), m_worker(new ExperimentWorker)
{
    qRegisterMetaType<troupe::ExperimentJob>();
    qRegisterMetaType<troupe::AnswerRecord>();
    qRegisterMetaType<troupe::RunStatus>();
    m_thread.setObjectName(QStringLiteral("experiment"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ExperimentWorker::planned, this, &ExperimentSession::planned);
    connect(m_worker, &ExperimentWorker::jobSkipped, this, &ExperimentSession::jobSkipped);
    connect(m_worker, &ExperimentWorker::jobStarted, this, &ExperimentSession::jobStarted);
    connect(m_worker, &ExperimentWorker::answerArrived, this, &ExperimentSession::answerArrived);
    connect(m_worker, &ExperimentWorker::jobEnded, this, &ExperimentSession::jobEnded);
    connect(m_worker, &ExperimentWorker::finished, this, [this](int failures, bool stopped) {
        m_running = false;
        emit finished(failures, stopped);
    });
    connect(m_worker, &ExperimentWorker::failed, this, [this](const QString &error) {
        m_running = false;
        emit failed(error);
    });
    m_thread.start();
}

ExperimentSession::~ExperimentSession()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); w->tearDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ExperimentSession::start(const QString &projectPath, const Experiment &experiment, const llm::EndpointFlags &flags)
{
    m_running = true;
    m_name = experiment.name;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, projectPath, experiment, flags] { w->start(projectPath, experiment, flags); },
                              Qt::QueuedConnection);
}

void ExperimentSession::stop()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); }, Qt::QueuedConnection);
}

} // namespace troupe

#include "experimentsession.moc"
