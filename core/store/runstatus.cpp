#include "runstatus.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunStatus)
};

struct Entry
{
    RunStatus status;
    const char *key;
};

constexpr Entry kStatuses[] = {
    {RunStatus::Created, "created"},   {RunStatus::Running, "running"}, {RunStatus::Paused, "paused"},
    {RunStatus::Finished, "finished"}, {RunStatus::Failed, "failed"},   {RunStatus::Interrupted, "interrupted"},
};

} // namespace

QString runStatusKey(RunStatus status)
{
    for (const Entry &e : kStatuses)
        if (e.status == status)
            return QString::fromLatin1(e.key);
    return {};
}

std::optional<RunStatus> runStatusFromKey(const QString &key)
{
    for (const Entry &e : kStatuses)
        if (key == QLatin1String(e.key))
            return e.status;
    return std::nullopt;
}

QString runStatusLabel(RunStatus status)
{
    switch (status) {
    case RunStatus::Created:
        return Tr::tr("created");
    case RunStatus::Running:
        return Tr::tr("running");
    case RunStatus::Paused:
        return Tr::tr("paused");
    case RunStatus::Finished:
        return Tr::tr("finished");
    case RunStatus::Failed:
        return Tr::tr("failed");
    case RunStatus::Interrupted:
        return Tr::tr("interrupted");
    }
    return {};
}

bool runCanResume(RunStatus status)
{
    return status == RunStatus::Paused || status == RunStatus::Interrupted || status == RunStatus::Created
           || status == RunStatus::Running;
}

bool runHasEnded(RunStatus status)
{
    return status == RunStatus::Finished || status == RunStatus::Failed || status == RunStatus::Interrupted;
}

} // namespace troupe
