#pragma once

#include "provider.h"
#include "util/result.h"

#include <memory>

namespace troupe {
class Config;
}

namespace troupe::llm {

/** Names accepted by --provider and config.ini's API_TYPE in this build. */
QStringList availableProviders();

/** The provider called `name` (empty: config.ini's [OpenAI] API_TYPE). */
Result<std::unique_ptr<Provider>> createProvider(const QString &name, const Config &config);

} // namespace troupe::llm
