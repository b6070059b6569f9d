#pragma once

#include <QString>

namespace troupe {

/** One thing an agent does in a turn: TALK, THINK, REACH_OUT, DONE or a faculty's action. */
struct Action
{
    QString type;
    QString content;
    QString target;

    bool operator==(const Action &) const = default;
};

namespace actions {
inline QString talk() { return QStringLiteral("TALK"); }
inline QString think() { return QStringLiteral("THINK"); }
inline QString reachOut() { return QStringLiteral("REACH_OUT"); }
inline QString done() { return QStringLiteral("DONE"); }
} // namespace actions

} // namespace troupe
