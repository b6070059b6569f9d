#include "factorymodels.h"

#include "offlinefactoryengine.h"

namespace troupe {

FactoryModels::FactoryModels(llm::Provider &provider, llm::CallScheduler &scheduler)
    : m_provider(&provider), m_scheduler(&scheduler)
{
    if (provider.isLanguageModel())
        return;
    m_offline = std::make_unique<OfflineFactoryEngine>();
    m_ownScheduler = std::make_unique<llm::CallScheduler>(m_offline.get());
    m_provider = m_offline.get();
    m_scheduler = m_ownScheduler.get();
}

FactoryModels::~FactoryModels()
{
    m_ownScheduler.reset(); // it refers to the engine
}

} // namespace troupe
