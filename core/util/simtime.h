#pragma once

#include <QDateTime>
#include <QString>

#include <cstdio>

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

/**
 * "2026-03-02T18:05:00" ("2026-03-02 18:05" with `minutes`). Written by hand: QDateTime's
 * formatter goes through the calendar and locale machinery, and every event and memory item
 * of a run is stamped with one of these.
 */
inline QString simTimeText(const QDateTime &time, bool minutes = false)
{
    if (!time.isValid())
        return {};
    const QDate d = time.date();
    const QTime t = time.time();
    char buf[24];
    const int n = minutes ? std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", d.year(), d.month(), d.day(), t.hour(), t.minute())
                          : std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(), t.hour(),
                                          t.minute(), t.second());
    return QString::fromLatin1(buf, n);
}

} // namespace troupe
