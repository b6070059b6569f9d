#pragma once

#include "world/runevent.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace troupe {

class RunLoadWorker;

/**
 * Loads a stored run's events on a thread of its own, through its own connection to the
 * project file, and hands them to the window in pages with the count so far: a run of
 * 100,000 events never holds up the window. A new load (or cancel) drops what an older one
 * still sends.
 */
class RunLoader final : public QObject
{
    Q_OBJECT
public:
    explicit RunLoader(QObject *parent = nullptr);
    ~RunLoader() override;

    void load(const QString &projectPath, qint64 runId);
    void cancel();
    bool isLoading() const { return m_loading; }
    qint64 runId() const { return m_runId; }
    /** Events per page. */
    static constexpr int kPage = 4000;

Q_SIGNALS:
    /** Some events, in order; `done` of `total` are loaded with these. */
    void page(qint64 runId, const troupe::RunEvents &events, qint64 done, qint64 total);
    /** The load ended: everything was sent, or `error` says why not. */
    void finished(qint64 runId, const QString &error);

private:
    std::shared_ptr<std::atomic<int>> m_generation;
    QThread m_thread;
    RunLoadWorker *m_worker = nullptr;
    qint64 m_runId = 0;
    bool m_loading = false;
};

/** The loader's half on its thread. */
class RunLoadWorker final : public QObject
{
    Q_OBJECT
public:
    explicit RunLoadWorker(std::shared_ptr<std::atomic<int>> generation) : m_generation(std::move(generation)) {}
    void load(int generation, const QString &projectPath, qint64 runId);

Q_SIGNALS:
    void page(int generation, qint64 runId, const troupe::RunEvents &events, qint64 done, qint64 total);
    void finished(int generation, qint64 runId, const QString &error);

private:
    std::shared_ptr<std::atomic<int>> m_generation;
};

} // namespace troupe
