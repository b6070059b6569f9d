#pragma once

#include "agent/agentsettings.h"
#include "memory/memoryitem.h"
#include "memory/semanticmemory.h"
#include "world/runevent.h"

#include <QStringList>

#include <vector>

namespace troupe {

/**
 * Why an agent did what it did at one step, rebuilt from what the run stored: the episodic
 * memory it had when its turn's call was made (not after the step, which adds the turn's
 * own reply), and the engrams its memory search retrieved for that turn, with their scores.
 */
namespace turnexplanation {

/** How many of the agent's episodic items it had when the turn's call was made. */
struct EpisodicAtCall
{
    qsizetype known = 0;   // items[0, known) were in memory at the call
    bool exact = false;    // found by matching the prompt that was sent; else estimated from the steps
};

/**
 * `items` is the agent's whole episodic memory in order; `turnRequest` the stored request of
 * its turn at `step` (null when there was no call). The prompt shows a window of the
 * memory, so the count whose window the prompt contains is the one.
 */
EpisodicAtCall episodicAtCall(const std::vector<MemoryItem> &items, int step, const nlohmann::json &turnRequest,
                              const AgentSettings &settings);

/** One engram a memory search found for the turn. */
struct Retrieved
{
    QString query;       // what was searched for
    bool contextual = false; // the search every turn makes (goals, attention, latest stimuli) rather than a RECALL
    qsizetype engram = 0;    // index into the agent's semantic memory
    float score = 0;
    bool confirmed = false;  // its text is in what the agent was given (the prompt, or the recall thought)
};

struct Retrieval
{
    bool searched = false;
    qsizetype engramsAtCall = 0; // the semantic memory had this many engrams then
    std::vector<Retrieved> hits;
    QString note;                // why nothing was searched, or what could not be rebuilt
};

/**
 * Rebuilds the memory searches of a turn. `memory` is the agent's whole semantic memory,
 * `calls` the agent's calls of the run (consolidation calls tell which engrams existed at
 * the step, the "recall" call holds the queries and their vectors), `turnRequest` the turn's
 * request and `stimuli` what the agent perceived at the step (recall results arrive as
 * thoughts).
 */
Retrieval retrievalForTurn(const SemanticMemory &memory, const std::vector<LlmCallRecord> &calls, int step,
                           const nlohmann::json &turnRequest, const RunEvents &stimuli, const AgentSettings &settings);

} // namespace turnexplanation
} // namespace troupe
