#include "agentsettings.h"

#include "config/config.h"

#include <algorithm>

namespace troupe {

AgentSettings AgentSettings::fromConfig(const Config &config)
{
    AgentSettings s;
    auto integer = [&](const char *section, const char *key, int fallback) {
        bool ok = false;
        const int v = config.value(QString::fromLatin1(section), QString::fromLatin1(key)).toString().toInt(&ok);
        return ok ? v : fallback;
    };
    auto boolean = [&](const char *section, const char *key, bool fallback) {
        return config.flag(QString::fromLatin1(section), QString::fromLatin1(key), fallback);
    };
    s.fixedPrefixLength = integer("Cognition", "EPISODIC_MEMORY_FIXED_PREFIX_LENGTH", s.fixedPrefixLength);
    s.lookbackLength = integer("Cognition", "EPISODIC_MEMORY_LOOKBACK_LENGTH", s.lookbackLength);
    s.minEpisodeLength = integer("Cognition", "MIN_EPISODE_LENGTH", s.minEpisodeLength);
    s.maxEpisodeLength = std::max(s.minEpisodeLength, integer("Cognition", "MAX_EPISODE_LENGTH", s.maxEpisodeLength));
    s.consolidation = boolean("Cognition", "ENABLE_MEMORY_CONSOLIDATION", s.consolidation);
    s.contextualRetrieval =
        boolean("Cognition", "ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL", s.contextualRetrieval);
    s.maxContentLength = integer("OpenAI", "MAX_CONTENT_DISPLAY_LENGTH", s.maxContentLength);
    s.maxAttempts = std::max(1, integer("ActionGenerator", "MAX_ATTEMPTS", s.maxAttempts));
    s.harmfulContentPrevention = boolean("Simulation", "RAI_HARMFUL_CONTENT_PREVENTION", s.harmfulContentPrevention);
    s.copyrightInfringementPrevention =
        boolean("Simulation", "RAI_COPYRIGHT_INFRINGEMENT_PREVENTION", s.copyrightInfringementPrevention);
    s.maxTokens = integer("OpenAI", "MAX_COMPLETION_TOKENS", s.maxTokens);
    bool ok = false;
    const double t = config.value(QStringLiteral("OpenAI"), QStringLiteral("TEMPERATURE")).toString().toDouble(&ok);
    if (ok)
        s.temperature = t;
    return s;
}

} // namespace troupe
