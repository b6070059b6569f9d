#pragma once

#include "episodicmemory.h"
#include "semanticmemory.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace troupe {

/** When and how episodic memory is folded into semantic memory ([Cognition] settings). */
struct ConsolidationSettings
{
    bool enabled = true;        // ENABLE_MEMORY_CONSOLIDATION
    int minEpisodeLength = 10;  // MIN_EPISODE_LENGTH: items pending before anything is done
    int maxEpisodeLength = 15;  // MAX_EPISODE_LENGTH: items per episode
    int maxContentLength = 1024;
};

/** The texts to embed for the items of one agent not yet consolidated, and what each becomes. */
struct ConsolidationJob
{
    qsizetype from = 0;
    qsizetype to = 0;
    QStringList texts;           // each item, then one digest per episode
    std::vector<Engram> engrams; // one per text, in the same order
};

/**
 * What is due: every pending item with content becomes an engram, and each episode of up to
 * maxEpisodeLength items gets a digest of what was said and seen ("Episode at <time>
 * (<place>): ..."). Nothing when consolidation is off or fewer than minEpisodeLength items
 * are pending. A job with no texts just moves the consolidated mark (see finish()).
 */
std::optional<ConsolidationJob> planConsolidation(const EpisodicMemory &memory, const ConsolidationSettings &settings,
                                                  const QString &place, int step);

/** Stores the job's engrams with their embeddings and marks the items consolidated; false on a count mismatch. */
bool finishConsolidation(EpisodicMemory &episodic, SemanticMemory &semantic, const ConsolidationJob &job,
                         const std::vector<std::vector<float>> &vectors);

} // namespace troupe
