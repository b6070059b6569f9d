#include "modelstack.h"

#include "config/config.h"
#include "llm/openaiprovider.h"
#include "llm/providers.h"
#include "store/projectcallcache.h"
#include "store/sharedcallcache.h"
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
    // [OpenAI] CACHE_FILE_NAME: a reply cache shared by every project (and runs without one),
    // asked after the project's own.
    const QString sharedFile = config.value(QStringLiteral("OpenAI"), QStringLiteral("CACHE_FILE_NAME")).toString().trimmed();
    const bool cacheOn = (project || !sharedFile.isEmpty()) && engine->m_provider->isLanguageModel() && !noCache
        && config.flag(QStringLiteral("OpenAI"), QStringLiteral("CACHE_API_CALLS"), true);
    if (cacheOn) {
        if (project)
            engine->m_cache = std::make_unique<ProjectCallCache>(*project);
        llm::CallCache *cache = engine->m_cache.get();
        if (!sharedFile.isEmpty()) {
            auto shared = SharedCallCache::open(sharedFile);
            if (!shared)
                return R::failure(shared.error());
            engine->m_tiered = std::make_unique<TieredCallCache>(engine->m_cache.get(), std::move(shared).value());
            cache = engine->m_tiered.get();
        }
        engine->m_caching = std::make_unique<llm::CachingProvider>(engine->m_provider.get(), cache);
    }
    engine->m_scheduler = std::make_unique<llm::CallScheduler>(&engine->active());
    // [Simulation] PARALLEL_AGENT_ACTIONS off: one model call at a time, for debugging.
    if (!config.flag(QStringLiteral("Simulation"), QStringLiteral("PARALLEL_AGENT_ACTIONS"), true))
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
