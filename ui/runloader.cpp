#include "runloader.h"

#include "store/projectfile.h"
#include "store/runeventreader.h"

namespace troupe {

RunLoader::RunLoader(QObject *parent)
    : QObject(parent), m_generation(std::make_shared<std::atomic<int>>(0))
{
    qRegisterMetaType<RunEvents>();
    m_worker = new RunLoadWorker(m_generation);
    m_thread.setObjectName(QStringLiteral("run loader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunLoadWorker::page, this, [this](int generation, qint64 runId, const RunEvents &events, qint64 done, qint64 total) {
        if (generation == m_generation->load())
            emit page(runId, events, done, total);
    });
    connect(m_worker, &RunLoadWorker::finished, this, [this](int generation, qint64 runId, const QString &error) {
        if (generation != m_generation->load())
            return;
        m_loading = false;
        emit finished(runId, error);
    });
    m_thread.start();
}

RunLoader::~RunLoader()
{
    ++*m_generation; // the worker stops at its next page
    m_thread.quit();
    m_thread.wait();
}

void RunLoader::load(const QString &projectPath, qint64 runId)
{
    const int generation = ++*m_generation;
    m_runId = runId;
    m_loading = true;
    RunLoadWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, generation, projectPath, runId] { worker->load(generation, projectPath, runId); },
                              Qt::QueuedConnection);
}

void RunLoader::cancel()
{
    ++*m_generation;
    m_loading = false;
}

void RunLoadWorker::load(int generation, const QString &projectPath, qint64 runId)
{
    if (generation != m_generation->load())
        return;
    // A connection of this thread's own: SQLite connections are not shared between threads.
    auto project = ProjectFile::open(projectPath);
    if (!project) {
        emit finished(generation, runId, project.error());
        return;
    }
    RunEventReader reader(*project.value(), runId);
    const auto total = reader.count();
    if (!total) {
        emit finished(generation, runId, total.error());
        return;
    }
    qint64 done = 0;
    while (generation == m_generation->load()) {
        auto events = reader.next(RunLoader::kPage);
        if (!events) {
            emit finished(generation, runId, events.error());
            return;
        }
        if (events.value().isEmpty())
            break;
        done += events.value().size();
        emit page(generation, runId, events.value(), done, std::max(done, total.value()));
    }
    emit finished(generation, runId, QString());
}

} // namespace troupe
