#pragma once

#include "store/runstore.h"
#include "world/scenario.h"

namespace troupe {

/**
 * A stored run as it was after its last stored step: the world from the run's scenario
 * snapshot (key order kept), then each agent's persona, cognitive state and memories, and
 * the world's clock, intervention and log bookkeeping. Running it on continues the run; a
 * fork rebuilt at an earlier step continues from there.
 */
Result<std::unique_ptr<World>> rebuildRun(const RunStore &store, const RunStore::RunRecord &run,
                                          llm::CallScheduler *scheduler, const Scenario::BuildOptions &options,
                                          QObject *parent = nullptr);

} // namespace troupe
