#include "runsession.h"

#include "runworker.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunSession)
};

} // namespace

RunSession::RunSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RunEvents>();
    qRegisterMetaType<RunProgress>();
    m_thread.setObjectName(QStringLiteral("run"));
    auto *worker = new RunWorker;
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &RunWorker::opened, this,
            [this](qint64 runId, const QString &title, const QStringList &agents, const QString &label, const QString &model,
                   int planned) {
                m_runId = runId;
                m_providerLabel = label;
                m_model = model;
                m_progress.stepsPlanned = planned;
                m_state = State::Ready; // so a handler of opened() can run at once
                emit opened(runId, title, agents);
                emit stateChanged(m_state, {});
            });
    connect(worker, &RunWorker::eventsAppended, this, &RunSession::eventsAppended);
    connect(worker, &RunWorker::notice, this, &RunSession::notice);
    connect(worker, &RunWorker::typing, this, &RunSession::typing);
    connect(worker, &RunWorker::progressed, this, [this](const RunProgress &p) {
        m_progress = p;
        emit progressed(p);
    });
    connect(worker, &RunWorker::running, this, [this] { setState(State::Running); });
    connect(worker, &RunWorker::paused, this, [this](const QString &reason) { setState(State::Paused, reason); });
    connect(worker, &RunWorker::finished, this, [this](bool allDone) {
        setState(State::Finished, allDone ? QString() : Tr::tr("stopped; the run can be resumed from the run list"));
    });
    connect(worker, &RunWorker::failed, this, [this](const QString &error) {
        setState(State::Failed, error);
        emit failed(error);
    });
    m_thread.start();
}

RunSession::~RunSession()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &RunWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RunSession::open(RunRequest request)
{
    setState(State::Preparing);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, request = std::move(request)] { w->open(request); }, Qt::QueuedConnection);
}

void RunSession::run(int steps)
{
    if (m_state != State::Ready && m_state != State::Paused)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, steps] { w->run(steps); }, Qt::QueuedConnection);
}

void RunSession::extend(int moreSteps)
{
    if (m_state != State::Ready && m_state != State::Paused && m_state != State::Finished)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, moreSteps] { w->extend(moreSteps); }, Qt::QueuedConnection);
}

void RunSession::setPace(int msPerStep)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, msPerStep] { w->setPace(msPerStep); }, Qt::QueuedConnection);
}

void RunSession::pause()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->pause(); }, Qt::QueuedConnection);
}

void RunSession::stop()
{
    const QString reason = Tr::tr("stopped by you");
    QMetaObject::invokeMethod(m_worker, [w = m_worker, reason] { w->stop(reason); }, Qt::QueuedConnection);
}

void RunSession::setState(State state, const QString &reason)
{
    m_state = state;
    emit stateChanged(state, reason);
}

} // namespace troupe
