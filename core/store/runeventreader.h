#pragma once

#include "projectfile.h"
#include "world/runevent.h"

namespace troupe {

/**
 * Reads one run's event log in pages, in `seq` order, so a view can load a long run in the
 * background and show progress (RunStore::events() reads it in one piece). Use it on the
 * thread that opened `project`.
 */
class RunEventReader final
{
public:
    RunEventReader(ProjectFile &project, qint64 runId) : m_project(project), m_runId(runId) {}

    /** How many events the run has. */
    Result<qint64> count() const;
    /** The next `limit` events after those already read; empty at the end. */
    Result<RunEvents> next(int limit);

private:
    ProjectFile &m_project;
    qint64 m_runId;
    qint64 m_lastSeq = -1;
};

} // namespace troupe
