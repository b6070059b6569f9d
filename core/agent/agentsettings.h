#pragma once

namespace troupe {

class Config;

/** Memory and turn settings, from config.ini's [Cognition] and [OpenAI] sections. */
struct AgentSettings
{
    int fixedPrefixLength = 10;   // EPISODIC_MEMORY_FIXED_PREFIX_LENGTH
    int lookbackLength = 20;      // EPISODIC_MEMORY_LOOKBACK_LENGTH
    int maxContentLength = 1024;  // MAX_CONTENT_DISPLAY_LENGTH
    bool consolidation = true;    // ENABLE_MEMORY_CONSOLIDATION
    bool contextualRetrieval = false; // ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL
    int minEpisodeLength = 10;    // MIN_EPISODE_LENGTH
    int maxEpisodeLength = 15;    // MAX_EPISODE_LENGTH
    int contextualTopK = 7;
    int recallTopK = 20;
    int maxActionsPerTurn = 15;
    double repetitionThreshold = 0.85;
    int maxAttempts = 2;          // [ActionGenerator] MAX_ATTEMPTS: tries to get a valid turn
    double temperature = 1.0;     // [OpenAI] TEMPERATURE
    int maxTokens = 4096;         // [OpenAI] MAX_COMPLETION_TOKENS
    // [Simulation] RAI_*: our own short safety instructions in the agent's system prompt.
    bool harmfulContentPrevention = true;        // RAI_HARMFUL_CONTENT_PREVENTION
    bool copyrightInfringementPrevention = true; // RAI_COPYRIGHT_INFRINGEMENT_PREVENTION

    static AgentSettings fromConfig(const Config &config);
};

} // namespace troupe
