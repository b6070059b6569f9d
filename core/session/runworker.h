#pragma once

#include "runsession.h"
#include "agent/agentsettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <memory>

namespace troupe {

class ProjectFile;
class RunEngine;
class RunStore;
class World;

/** The part of a RunSession that lives on the run's thread. */
class RunWorker final : public QObject
{
    Q_OBJECT
public:
    RunWorker();
    ~RunWorker() override;

    void open(const troupe::RunRequest &request);
    void run(int steps);
    void pause();
    void stop(const QString &reason);
    /** Called (blocking) before the thread ends: a run still going is marked interrupted. */
    void shutdown();

Q_SIGNALS:
    void opened(qint64 runId, const QString &title, const QStringList &agents, const QString &providerLabel,
                const QString &model, int stepsPlanned);
    void eventsAppended(const troupe::RunEvents &events);
    void typing(const QString &agent, const QString &textSoFar);
    void progressed(const troupe::RunProgress &progress);
    void running();
    void paused(const QString &reason);
    void finished(bool allStepsDone);
    void failed(const QString &error);

private:
    void build(const RunRequest &request);
    void onStreamed(const QString &agent, const QString &textSoFar);
    void flushTyping();
    void dropTyping();
    RunProgress progress() const;
    void setStatus(const QString &status);

    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<RunEngine> m_engine;
    std::unique_ptr<World> m_world;
    AgentSettings m_agentSettings; // from the config.ini read when the run opened
    qint64 m_runId = 0;
    int m_planned = 0;
    bool m_stopping = false;
    QString m_stopReason;
    QHash<QString, QString> m_typing;
    QTimer *m_typingTimer; // a child, so it moves to the run thread with the worker
};

} // namespace troupe
