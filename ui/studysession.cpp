#include "studysession.h"

#include "config/config.h"
#include "session/runengine.h"
#include "store/projectfile.h"
#include "study/studyrunner.h"

#include <QTimer>

#include <memory>

namespace troupe {

/** Lives on the session's thread: the project connection and the run are made and used there. */
class StudyWorker final : public QObject
{
    Q_OBJECT
public:
    StudyWorker() : m_eventTimer(new QTimer(this))
    {
        // The conversation gets the run's events in batches, at most ten times a second, as scenario runs do.
        m_eventTimer->setSingleShot(true);
        m_eventTimer->setInterval(100);
        connect(m_eventTimer, &QTimer::timeout, this, &StudyWorker::flushEvents);
    }

    void start(const QString &projectPath, const Study &study, const llm::EndpointFlags &flags)
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
        m_run = std::make_unique<StudyRun>(*m_project, config.value());
        connect(m_run.get(), &StudyRun::answerStored, this, &StudyWorker::answerArrived);
        connect(&m_run->engine(), &RunEngine::eventsAppended, this, [this](const RunEvents &events) {
            m_events += events;
            if (!m_eventTimer->isActive())
                m_eventTimer->start();
        });
        connect(m_run.get(), &StudyRun::ended, this, [this](RunStatus status, const QString &reason) {
            flushEvents(); // every event is in the conversation before it hears the run ended
            emit ended(status, reason);
        });
        connect(m_run.get(), &StudyRun::failed, this, &StudyWorker::failed);
        StudyRun::Options options;
        options.flags = flags;
        if (Status s = m_run->start(study, options); !s) {
            emit failed(s.error());
            return;
        }
        emit started(m_run->runId(), study.name);
    }

    void stop()
    {
        if (m_run)
            m_run->engine().stop(tr("stopped in the studio"));
    }

    void tearDown()
    {
        m_eventTimer->stop();
        m_events.clear();
        m_run.reset(); // its engine marks a run still going as interrupted
        m_project.reset();
    }

Q_SIGNALS:
    void started(qint64 runId, const QString &title);
    void eventsAppended(const troupe::RunEvents &events);
    void answerArrived(const troupe::AnswerRecord &answer);
    void ended(troupe::RunStatus status, const QString &reason);
    void failed(const QString &error);

private:
    void flushEvents()
    {
        m_eventTimer->stop();
        if (m_events.isEmpty())
            return;
        RunEvents batch;
        batch.swap(m_events);
        emit eventsAppended(batch);
    }

    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<StudyRun> m_run;
    QTimer *m_eventTimer; // a child, so it moves to the study thread with the worker
    RunEvents m_events;
};

StudySession::StudySession(QObject *parent) : QObject(parent), m_worker(new StudyWorker)
{
    qRegisterMetaType<troupe::AnswerRecord>();
    qRegisterMetaType<troupe::RunStatus>();
    qRegisterMetaType<troupe::RunEvents>();
    m_thread.setObjectName(QStringLiteral("study"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StudyWorker::started, this, [this](qint64 runId, const QString &title) {
        m_runId = runId;
        emit started(runId, title);
    });
    connect(m_worker, &StudyWorker::eventsAppended, this, &StudySession::eventsAppended);
    connect(m_worker, &StudyWorker::answerArrived, this, &StudySession::answerArrived);
    connect(m_worker, &StudyWorker::ended, this, [this](RunStatus status, const QString &reason) {
        m_running = false;
        emit ended(status, reason);
    });
    connect(m_worker, &StudyWorker::failed, this, [this](const QString &error) {
        m_running = false;
        emit failed(error);
    });
    m_thread.start();
}

StudySession::~StudySession()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); w->tearDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StudySession::start(const QString &projectPath, const Study &study, const llm::EndpointFlags &flags)
{
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, projectPath, study, flags] { w->start(projectPath, study, flags); },
                              Qt::QueuedConnection);
}

void StudySession::stop()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); }, Qt::QueuedConnection);
}

} // namespace troupe

#include "studysession.moc"
