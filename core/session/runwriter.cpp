#include "runwriter.h"

#include <QLoggingCategory>

#include <future>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace troupe {

namespace {
Q_LOGGING_CATEGORY(lcWriter, "troupe.run")
}

RunWriter::RunWriter(ProjectFile &project, QObject *parent) : QObject(parent), m_project(project)
{
    // The connection is made on the thread that uses it, as Qt SQL requires.
    std::promise<QString> opened;
    std::future<QString> result = opened.get_future();
    m_thread = std::thread([this, &opened] {
#ifdef Q_OS_LINUX
        // Below the run's own threads: they decide how soon the next call goes out, while
        // storage only has to keep within a step (the engine waits for it beyond that).
        (void)setpriority(PRIO_PROCESS, id_t(gettid()), 10);
#endif
        auto connection = ProjectFile::attach(m_project);
        if (!connection) {
            opened.set_value(connection.error());
            return;
        }
        opened.set_value(QString());
        loop(std::move(connection).value());
    });
    const QString error = result.get();
    if (!error.isEmpty()) {
        m_thread.join();
        qCWarning(lcWriter) << "the run is stored on the window's connection:" << error;
    }
}

RunWriter::~RunWriter()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RunWriter::loop(std::unique_ptr<ProjectFile> connection)
{
    RunStore store(*connection);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_quit || !m_queue.empty(); });
        if (m_queue.empty()) // quitting with nothing left to write
            break;
        auto [job, stepsDone] = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        const Status s = job(store);
        job = {}; // what it captured goes now, not under the lock
        finished(s, stepsDone);
        lock.lock();
        m_busy = false;
        if (stepsDone > 0 && m_pendingSteps > 0)
            --m_pendingSteps;
        m_idle.notify_all();
    }
    lock.unlock();
    connection.reset(); // closed on the thread that opened it
}

void RunWriter::finished(const Status &s, int stepsDone)
{
    if (!s) {
        {
            std::lock_guard lock(m_mutex);
            if (!m_failure.isEmpty())
                return;
            m_failure = s.error();
            m_queue.clear(); // a later step without this one could not be resumed
            m_pendingSteps = 0;
        }
        qCWarning(lcWriter) << "a run write failed:" << s.error();
        // Queued to the owner's thread in both modes: when writes happen on the caller's
        // connection, this is inside the caller's own write, which must finish first.
        QMetaObject::invokeMethod(this, [this, error = s.error()] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    if (stepsDone <= 0)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stored = std::max(m_stored, stepsDone);
    }
    QMetaObject::invokeMethod(this, [this, stepsDone] { emit stepStored(stepsDone); }, Qt::QueuedConnection);
}

Status RunWriter::post(Job job, int stepsDone)
{
    if (!m_thread.joinable()) {
        if (!m_failure.isEmpty())
            return Status::failure(m_failure);
        RunStore store(m_project);
        const Status s = job(store);
        finished(s, stepsDone);
        return s;
    }
    {
        std::lock_guard lock(m_mutex);
        if (!m_failure.isEmpty())
            return Status::failure(m_failure);
        m_queue.emplace_back(std::move(job), stepsDone);
        if (stepsDone > 0)
            ++m_pendingSteps;
    }
    m_wake.notify_one();
    return {};
}

Status RunWriter::drain()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_thread.joinable() || (m_queue.empty() && !m_busy); });
    return m_failure.isEmpty() ? Status() : Status::failure(m_failure);
}

Status RunWriter::waitForSteps(int atMost)
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this, atMost] { return !m_thread.joinable() || !m_failure.isEmpty() || m_pendingSteps <= atMost; });
    return m_failure.isEmpty() ? Status() : Status::failure(m_failure);
}

QString RunWriter::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

int RunWriter::stepsStored() const
{
    std::lock_guard lock(m_mutex);
    return m_stored;
}

} // namespace troupe
