#pragma once

#include "llm/callcache.h"
#include "llm/callscheduler.h"
#include "llm/endpoint.h"
#include "util/result.h"

#include <memory>

namespace troupe {

class Config;
class ProjectFile;
class ProjectCallCache;
class TieredCallCache;
class ProjectSettings;

/**
 * What a run talks to the model through, set up the same way by `troupe run` and the
 * studio: the provider the flags and config.ini choose, the structured-output mode
 * remembered in the project, the project's call log as a cache (language models only,
 * when CACHE_API_CALLS is on), and the scheduler that bounds concurrency.
 */
class ModelStack final
{
public:
    ~ModelStack();
    static Result<std::unique_ptr<ModelStack>> create(ProjectFile *project, const llm::EndpointFlags &flags,
                                                     const Config &config, bool noCache);

    llm::Provider &provider() const { return *m_provider; }
    /** The project's call cache; null without a project or with caching off. */
    ProjectCallCache *projectCache() const { return m_cache.get(); }
    /** What calls go through: the cache in front of the provider, or the provider. */
    llm::Provider &active() const;
    llm::CallScheduler &scheduler() const { return *m_scheduler; }
    const llm::CachingProvider *caching() const { return m_caching.get(); }
    /** The model agents without their own use: --model, config.ini MODEL, or the engine's. */
    const QString &defaultModel() const { return m_defaultModel; }

private:
    ModelStack() = default;
    std::unique_ptr<llm::Provider> m_provider;
    std::unique_ptr<ProjectSettings> m_settings;
    std::unique_ptr<ProjectCallCache> m_cache;
    std::unique_ptr<TieredCallCache> m_tiered; // CACHE_FILE_NAME set: the project's cache, then the shared file
    std::unique_ptr<llm::CachingProvider> m_caching;
    std::unique_ptr<llm::CallScheduler> m_scheduler;
    QString m_defaultModel;
};

} // namespace troupe
