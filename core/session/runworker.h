#pragma once

#include "runsession.h"
#include "util/result.h"

#include <QHash>
#include <QTimer>

#include <memory>

namespace troupe {

class ProjectFile;
class RunEngine;

/** The part of a RunSession that lives on the run's thread: a RunEngine and the batching of what it reports. */
class RunWorker final : public QObject
{
    Q_OBJECT
public:
    RunWorker();
    ~RunWorker() override;

    void open(const troupe::RunRequest &request);
    void run(int steps);
    void extend(int moreSteps);
    void setPace(int msPerStep);
    void pause();
    void stop(const QString &reason);
    /** Called (blocking) before the thread ends: a run still going is marked interrupted. */
    void shutdown();

Q_SIGNALS:
    void opened(qint64 runId, const QString &title, const QStringList &agents, const QString &providerLabel,
                const QString &model, int stepsPlanned);
    void notice(const QString &text);
    void eventsAppended(const troupe::RunEvents &events);
    void typing(const QString &agent, const QString &textSoFar);
    void progressed(const troupe::RunProgress &progress);
    void running();
    void paused(const QString &reason);
    void finished(bool allStepsDone);
    void failed(const QString &error);

private:
    Status startFork(const ForkRequest &fork);
    void onStatus(RunStatus status, const QString &reason);
    void onStreamed(const QString &agent, const QString &textSoFar);
    void flushTyping();
    void dropTyping();
    void flushEvents();
    RunProgress progress() const;

    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<RunEngine> m_engine;
    QHash<QString, QString> m_typing;
    QTimer *m_typingTimer; // children, so they move to the run thread with the worker
    QTimer *m_eventTimer;
    RunEvents m_events;
    bool m_progressDue = false;
    llm::EndpointFlags m_flags; // the request's: a fork takes them over its parent's engine
};

} // namespace troupe
