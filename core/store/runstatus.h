#pragma once

#include <QString>

#include <optional>

namespace troupe {

/** Where a run stands. Stored as its key ("paused"); shown with runStatusLabel(). */
enum class RunStatus { Created, Running, Paused, Finished, Failed, Interrupted };

QString runStatusKey(RunStatus status);
std::optional<RunStatus> runStatusFromKey(const QString &key);
/** The status for people, in the studio's language ("finished", "angehalten"...). */
QString runStatusLabel(RunStatus status);
/**
 * Whether Resume continues it: paused, interrupted, created (nothing ran yet) or running
 * (the process that ran it died). A finished run is continued only on request, for more steps.
 */
bool runCanResume(RunStatus status);
/** Whether the run has stopped for good or for now (finished, failed, interrupted). */
bool runHasEnded(RunStatus status);

} // namespace troupe
