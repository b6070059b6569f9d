#pragma once

#include <QDateTime>
#include <QString>

namespace troupe {

/**
 * Simulation time is wall-clock time in the simulated place, with no zone: kept as UTC
 * internally so runs are identical on every machine (no daylight-saving jumps).
 */
inline QDateTime parseSimTime(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? QDateTime(parsed.date(), parsed.time(), Qt::UTC) : QDateTime();
}

/** "2026-03-02T18:05:00" */
inline QString simTimeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

} // namespace troupe
