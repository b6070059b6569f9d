#pragma once

#include "scenario.h"
#include "store/runstore.h"

namespace troupe {

/**
 * Rebuilds a stored run as it was after its last stored step: the world from the run's
 * scenario snapshot, then each agent's persona, cognitive state and memories, and the
 * world's clock, intervention and log bookkeeping. Running it on continues the run.
 */
Result<std::unique_ptr<World>> resumeRun(const RunStore &store, qint64 runId, llm::CallScheduler *scheduler,
                                         const Scenario::BuildOptions &options, QObject *parent = nullptr);

} // namespace troupe
