#pragma once

#include "endpoint.h"
#include "provider.h"
#include "util/result.h"

#include <memory>

namespace troupe {
class Config;
}

namespace troupe::llm {

/** Names accepted by --provider and config.ini's API_TYPE: offline and the network presets. */
QStringList availableProviders();

/** The provider `flagName` means, lower-case: itself, or config.ini's API_TYPE when empty. */
QString chosenProvider(const QString &flagName, const Config &config);

/**
 * The provider `flags.provider` names (empty: config.ini's [OpenAI] API_TYPE): the offline
 * engine, or a network provider configured by resolveEndpoint() with config.ini [Prices].
 */
Result<std::unique_ptr<Provider>> createProvider(const EndpointFlags &flags, const Config &config);
inline Result<std::unique_ptr<Provider>> createProvider(const QString &name, const Config &config)
{
    EndpointFlags flags;
    flags.provider = name;
    return createProvider(flags, config);
}

} // namespace troupe::llm
