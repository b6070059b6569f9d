#pragma once

#include "llm/callscheduler.h"

#include <memory>

namespace troupe {

class OfflineFactoryEngine;

/**
 * What the person factory calls: for a language model, the provider and scheduler of the
 * run's model stack (so cache, limits and cost accounting are shared); for the offline
 * engine, an OfflineFactoryEngine with its own scheduler, which answers the factory's calls.
 */
class FactoryModels final
{
public:
    FactoryModels(llm::Provider &provider, llm::CallScheduler &scheduler);
    ~FactoryModels();

    llm::Provider &provider() const { return *m_provider; }
    llm::CallScheduler &scheduler() const { return *m_scheduler; }
    bool isLanguageModel() const { return m_provider->isLanguageModel(); }

private:
    std::unique_ptr<OfflineFactoryEngine> m_offline;
    std::unique_ptr<llm::CallScheduler> m_ownScheduler;
    llm::Provider *m_provider;
    llm::CallScheduler *m_scheduler;
};

} // namespace troupe
