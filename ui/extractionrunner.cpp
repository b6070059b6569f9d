#include "extractionrunner.h"

#include "config/config.h"
#include "session/modelstack.h"
#include "store/projectfile.h"
#include "study/analysiscalls.h"

#include <memory>

namespace troupe {

/** Lives on the runner's thread: the project connection, the model stack and the calls are made and used there. */
class ExtractionWorker final : public QObject
{
    Q_OBJECT
public:
    void start(const ExtractionAsk &ask)
    {
        tearDown();
        auto config = Config::load();
        if (!config)
            return emit failed(config.error());
        auto opened = ProjectFile::open(ask.projectPath);
        if (!opened)
            return emit failed(opened.error());
        m_project = std::move(opened).value();
        auto job = prepareExtraction(*m_project, ask.runId, ask.objective, ask.fields, ask.agent, ask.wholeWorld);
        if (!job)
            return emit failed(job.error());
        auto stack = ModelStack::create(m_project.get(), ask.flags, config.value(), false);
        if (!stack)
            return emit failed(stack.error());
        m_stack = std::move(stack).value();
        m_calls = std::make_unique<AnalysisCalls>(&m_stack->provider());
        m_context = std::make_unique<QObject>();
        QObject *context = m_context.get();
        const qint64 runId = ask.runId;
        // A network provider may check its server first; the offline engine is ready at once.
        m_stack->provider().prepare([this, context, runId, job = std::move(job).value()](const QString &error) mutable {
            if (!m_context || m_context.get() != context)
                return;
            if (!error.isEmpty())
                return emit failed(error);
            runExtraction(m_stack->scheduler(), std::move(job), m_stack->defaultModel(), context, m_calls->recorder(),
                          [this, runId](ExtractionOutcome outcome) { finish(runId, std::move(outcome)); });
        });
    }

    void tearDown()
    {
        m_context.reset(); // callbacks of calls still in flight find no context and do nothing
        m_stack.reset();   // cancels those calls; what they report is still logged, so the log goes after it
        m_calls.reset();
        m_project.reset();
    }

Q_SIGNALS:
    void finished(const QList<troupe::ExtractionRecord> &records, const QStringList &problems, const QString &cost);
    void failed(const QString &problem);

private:
    void finish(qint64 runId, ExtractionOutcome outcome)
    {
        // The calls were paid for whatever came of them: their cost joins the run's first.
        if (Status s = m_calls->store(*m_project, runId); !s)
            return emit failed(s.error());
        auto ids = storeExtraction(*m_project, outcome);
        if (!ids)
            return emit failed(ids.error());
        QList<ExtractionRecord> records;
        for (size_t i = 0; i < outcome.records.size(); ++i) {
            ExtractionRecord r = outcome.records[i];
            r.id = ids.value().value(qsizetype(i));
            records.append(std::move(r));
        }
        emit finished(records, outcome.problems, m_calls->summary(runId));
    }

    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<ModelStack> m_stack;
    std::unique_ptr<AnalysisCalls> m_calls;
    std::unique_ptr<QObject> m_context;
};

ExtractionRunner::ExtractionRunner(QObject *parent) : QObject(parent), m_worker(new ExtractionWorker)
{
    qRegisterMetaType<QList<troupe::ExtractionRecord>>();
    m_thread.setObjectName(QStringLiteral("extraction"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ExtractionWorker::finished, this,
            [this](const QList<ExtractionRecord> &records, const QStringList &problems, const QString &cost) {
                m_busy = false;
                emit finished(records, problems, cost);
            });
    connect(m_worker, &ExtractionWorker::failed, this, [this](const QString &problem) {
        m_busy = false;
        emit failed(problem);
    });
    m_thread.start();
}

ExtractionRunner::~ExtractionRunner()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->tearDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ExtractionRunner::start(const ExtractionAsk &ask)
{
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ask] { w->start(ask); }, Qt::QueuedConnection);
}

} // namespace troupe

#include "extractionrunner.moc"
