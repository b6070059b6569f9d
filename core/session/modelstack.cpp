#include "modelstack.h"

#include "config/config.h"
#include "llm/openaiprovider.h"
#include "llm/providers.h"
#include "store/projectcallcache.h"
#include "store/projectsettings.h"

namespace troupe {

ModelStack::~ModelStack()
{
    // The scheduler and cache refer to the providers: they go first.
    m_scheduler.reset();
    m_caching.reset();
}

Result<std::unique_ptr<ModelStack>> ModelStack::create(ProjectFile *project, const llm::EndpointFlags &flags,
                                                     const Config &config, bool noCache)
{
    using R = Result<std::unique_ptr<ModelStack>>;
    auto created = llm::createProvider(flags, config);
    if (!created)
        return R::failure(created.error());
    std::unique_ptr<ModelStack> engine(new ModelStack);
    engine->m_provider = std::move(created).value();
    auto *network = qobject_cast<llm::OpenAiProvider *>(engine->m_provider.get());
    if (project && network) {
        engine->m_settings = std::make_unique<ProjectSettings>(*project);
        ProjectSettings *settings = engine->m_settings.get();
        network->setModeMemory([settings](const QString &key) { return settings->value(key); },
                               [settings](const QString &key, const QString &mode) { (void)settings->set(key, mode); });
    }
    const bool cacheOn = project && engine->m_provider->isLanguageModel() && !noCache
        && config.value(QStringLiteral("OpenAI"), QStringLiteral("CACHE_API_CALLS"), true).toString().toLower() != QLatin1String("false");
    if (cacheOn) {
        engine->m_cache = std::make_unique<ProjectCallCache>(*project);
        engine->m_caching = std::make_unique<llm::CachingProvider>(engine->m_provider.get(), engine->m_cache.get());
    }
    engine->m_scheduler = std::make_unique<llm::CallScheduler>(&engine->active());
    // [Simulation] PARALLEL_AGENT_ACTIONS off: one model call at a time, for debugging.
    if (config.value(QStringLiteral("Simulation"), QStringLiteral("PARALLEL_AGENT_ACTIONS"), true).toString().toLower() == QLatin1String("false"))
        engine->m_scheduler->setConcurrencyCap(1);
    engine->m_defaultModel = engine->m_provider->defaultModel();
    if (!flags.model.isEmpty())
        engine->m_defaultModel = flags.model;
    else if (engine->m_provider->isLanguageModel())
        engine->m_defaultModel = config.value(QStringLiteral("OpenAI"), QStringLiteral("MODEL")).toString();
    return engine;
}

llm::Provider &ModelStack::active() const
{
    return m_caching ? static_cast<llm::Provider &>(*m_caching) : *m_provider;
}

} // namespace troupe
