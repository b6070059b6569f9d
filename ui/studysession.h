#pragma once

#include "llm/endpoint.h"
#include "store/runrecords.h"
#include "store/runstatus.h"
#include "store/studystore.h"
#include "study/study.h"

#include <QObject>
#include <QThread>

namespace troupe {

class StudyWorker;

/**
 * A study run off the window's thread, as scenario runs are: a worker on its own QThread
 * with its own connection to the project file, its configuration and the StudyRun that
 * drives the engine. The window sees it only through queued signals; closing stops the
 * run (it is marked interrupted and can be resumed) and waits for the thread.
 */
class StudySession final : public QObject
{
    Q_OBJECT
public:
    explicit StudySession(QObject *parent = nullptr);
    ~StudySession() override;

    /** Starts a new run of `study` in the project at `projectPath`; started() or failed() follows. */
    void start(const QString &projectPath, const Study &study, const llm::EndpointFlags &flags);
    /** Stops after the calls in flight; ended() follows. */
    void stop();
    qint64 runId() const { return m_runId; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(qint64 runId, const QString &title);
    /** The run's events as they are stored, in batches at most every 100 ms (the last batch before ended()). */
    void eventsAppended(const troupe::RunEvents &events);
    void answerArrived(const troupe::AnswerRecord &answer);
    void ended(troupe::RunStatus status, const QString &reason);
    void failed(const QString &error);

private:
    QThread m_thread;
    StudyWorker *m_worker;
    qint64 m_runId = 0;
    bool m_running = false;
};

} // namespace troupe
