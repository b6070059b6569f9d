#include "populationrunner.h"

#include "config/config.h"
#include "factory/factorymodels.h"
#include "session/modelstack.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace troupe {

/** Lives on the runner's thread; everything here runs there. */
class PopulationWorker final : public QObject
{
    Q_OBJECT
public:
    void dimensions(const PopulationInput &input, const llm::EndpointFlags &flags)
    {
        if (!setUp({}, flags))
            return;
        connect(m_factory.get(), &PersonFactory::dimensionsReady, this, &PopulationWorker::dimensionsReady);
        connect(m_factory.get(), &PersonFactory::dimensionsFailed, this, &PopulationWorker::dimensionsFailed);
        const int attempts = m_config ? m_config->value(QStringLiteral("ActionGenerator"), QStringLiteral("MAX_ATTEMPTS"), 2).toInt() : 2;
        m_stack->provider().prepare([this, input, attempts](const QString &error) {
            if (!error.isEmpty())
                emit dimensionsFailed(error);
            else
                m_factory->requestDimensions(input, m_stack->defaultModel(), std::max(2, attempts));
        });
    }

    void generate(const QString &projectPath, qint64 populationId, const PopulationInput &input, const SamplingPlan &plan,
                  const QList<int> &indices, const llm::EndpointFlags &flags, double budget)
    {
        if (!setUp(projectPath, flags))
            return;
        connect(m_factory.get(), &PersonFactory::personStored, this, &PopulationWorker::personStored);
        connect(m_factory.get(), &PersonFactory::personFailed, this, &PopulationWorker::personFailed);
        connect(m_factory.get(), &PersonFactory::progress, this, &PopulationWorker::progress);
        connect(m_factory.get(), &PersonFactory::finished, this, &PopulationWorker::finished);
        GenerationOptions options;
        options.model = m_stack->defaultModel();
        options.maxAttempts = std::max(1, m_config->value(QStringLiteral("ActionGenerator"), QStringLiteral("MAX_ATTEMPTS"), 2).toInt());
        options.budgetUsd = budget;
        const QString parallel = m_config->value(QStringLiteral("Simulation"), QStringLiteral("PARALLEL_AGENT_GENERATION"), true).toString().toLower();
        if (parallel == QLatin1String("false") || parallel == QLatin1String("0") || parallel == QLatin1String("off"))
            options.parallel = 1;
        m_stack->provider().prepare([=, this](const QString &error) {
            if (!error.isEmpty()) {
                emit failed(error);
                return;
            }
            if (Status s = m_factory->generate(populationId, input, plan, indices, options); !s)
                emit failed(s.error());
        });
    }

    void cancel()
    {
        if (m_factory)
            m_factory->cancel();
    }

    void tearDown()
    {
        m_factory.reset();
        m_models.reset();
        m_stack.reset();
        m_project.reset();
    }

Q_SIGNALS:
    void dimensionsReady(const troupe::Dimensions &dimensions);
    void dimensionsFailed(const QString &problem);
    void personStored(int index, const QString &name);
    void personFailed(int index, const QString &problem);
    void progress(int done, int total);
    void finished(const troupe::GenerationSummary &summary);
    void failed(const QString &problem);

private:
    bool setUp(const QString &projectPath, const llm::EndpointFlags &flags)
    {
        tearDown();
        auto config = Config::load();
        if (!config) {
            emit failed(config.error());
            return false;
        }
        m_config = std::make_unique<Config>(config.value());
        if (!projectPath.isEmpty()) {
            auto opened = ProjectFile::open(projectPath);
            if (!opened) {
                emit failed(opened.error());
                return false;
            }
            m_project = std::move(opened).value();
        } else {
            // The dimensions call stores nothing yet: a scratch project holds the factory's store.
            m_scratch = std::make_unique<QTemporaryDir>();
            auto created = ProjectFile::create(m_scratch->filePath(QStringLiteral("dimensions.troupe")));
            if (!created) {
                emit failed(created.error());
                return false;
            }
            m_project = std::move(created).value();
        }
        auto stack = ModelStack::create(projectPath.isEmpty() ? nullptr : m_project.get(), flags, *m_config, false);
        if (!stack) {
            emit failed(stack.error());
            return false;
        }
        m_stack = std::move(stack).value();
        m_models = std::make_unique<FactoryModels>(m_stack->active(), m_stack->scheduler());
        m_factory = std::make_unique<PersonFactory>(*m_project, m_models->provider(), m_models->scheduler());
        return true;
    }

    std::unique_ptr<Config> m_config;
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::unique_ptr<ProjectFile> m_project;
    std::unique_ptr<ModelStack> m_stack;
    std::unique_ptr<FactoryModels> m_models;
    std::unique_ptr<PersonFactory> m_factory;
};

PopulationRunner::PopulationRunner(QObject *parent) : QObject(parent), m_worker(new PopulationWorker)
{
    qRegisterMetaType<Dimensions>();
    qRegisterMetaType<GenerationSummary>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PopulationWorker::dimensionsReady, this, [this](const Dimensions &d) {
        m_busy = false;
        emit dimensionsReady(d);
    });
    connect(m_worker, &PopulationWorker::dimensionsFailed, this, [this](const QString &p) {
        m_busy = false;
        emit dimensionsFailed(p);
    });
    connect(m_worker, &PopulationWorker::personStored, this, &PopulationRunner::personStored);
    connect(m_worker, &PopulationWorker::personFailed, this, &PopulationRunner::personFailed);
    connect(m_worker, &PopulationWorker::progress, this, &PopulationRunner::progress);
    connect(m_worker, &PopulationWorker::finished, this, [this](const GenerationSummary &s) {
        m_busy = false;
        emit finished(s);
    });
    connect(m_worker, &PopulationWorker::failed, this, [this](const QString &p) {
        m_busy = false;
        emit failed(p);
    });
    m_thread.setObjectName(QStringLiteral("population"));
    m_thread.start();
}

PopulationRunner::~PopulationRunner()
{
    PopulationWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] {
        worker->cancel();
        worker->tearDown();
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PopulationRunner::requestDimensions(const PopulationInput &input, const llm::EndpointFlags &flags)
{
    m_busy = true;
    PopulationWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, input, flags] { worker->dimensions(input, flags); });
}

void PopulationRunner::generate(const QString &projectPath, qint64 populationId, const PopulationInput &input, const SamplingPlan &plan,
                                const QList<int> &indices, const llm::EndpointFlags &flags, double budgetUsd)
{
    m_busy = true;
    PopulationWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [=] { worker->generate(projectPath, populationId, input, plan, indices, flags, budgetUsd); });
}

void PopulationRunner::cancel()
{
    PopulationWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->cancel(); });
}

} // namespace troupe

#include "populationrunner.moc"
