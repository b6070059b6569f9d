#pragma once

#include "store/runstore.h"

#include <QObject>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace troupe {

/**
 * A run's writes on a thread of their own, with their own connection to the project, so a
 * step's storage (hundreds of milliseconds for a thousand agents, a full fsync included)
 * overlaps the next step's model calls instead of adding to it.
 *
 * Writes happen one at a time in the order they were posted, each in its own transaction,
 * so what a crash leaves is always a prefix of what was posted: step N is stored before
 * any call of step N+1. After a write fails nothing more is written (a later step without
 * the one before would not resume), and every post and drain reports that first failure.
 * When the project cannot take a second connection, writes happen at once on the caller's.
 */
class RunWriter final : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<Status(RunStore &)>;

    explicit RunWriter(ProjectFile &project, QObject *parent = nullptr);
    /** Writes what is queued, then stops. */
    ~RunWriter() override;

    /**
     * Queues a write. `stepsDone` > 0 says the job completes that step: stepStored follows
     * once it is written. Returns the first failure so far instead, and then queues nothing.
     */
    Status post(Job job, int stepsDone = 0);
    /** Waits until everything posted is written; the first failure, if any. */
    Status drain();
    /**
     * Waits until at most `atMost` step commits are still to be written; the first failure,
     * if any. The run waits here so that storage never falls more than a step behind.
     */
    Status waitForSteps(int atMost);
    /** The first failed write; empty while every write has succeeded. */
    QString failure() const;
    /** The highest step written so far. */
    int stepsStored() const;
    bool isThreaded() const { return m_thread.joinable(); }

Q_SIGNALS:
    /** A step is in the project (always queued, on the writer object's thread). */
    void stepStored(int stepsDone);
    /** The first write that failed; nothing after it is written. */
    void failed(const QString &reason);

private:
    void loop(std::unique_ptr<ProjectFile> connection);
    void finished(const Status &s, int stepsDone);

    ProjectFile &m_project; // the owner's connection, used when no second one can be made
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<std::pair<Job, int>> m_queue;
    bool m_busy = false;
    bool m_quit = false;
    QString m_failure;
    int m_stored = 0;
    int m_pendingSteps = 0; // step commits posted and not yet written
};

} // namespace troupe
