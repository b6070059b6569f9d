#pragma once

#include <QString>
#include <QtGlobal>

namespace troupe {

/**
 * Sends Qt's log messages (qCDebug ... qCritical, every category) at `threshold` and above to
 * a file, one line each: "2026-03-02T18:00:00.123Z WARNING troupe.http: ...". Every line
 * goes through redactSecrets() first. The troupe.* categories are switched on down to the
 * threshold; what reached stderr before still does (QT_LOGGING_RULES keeps working), and
 * nothing more. The file is opened on the first line, appended to, and started afresh
 * (the old one kept as .1) when it passes 10 MB. Call once, early in main().
 */
void installLogFile(const QString &path, QtMsgType threshold);

/** Stops writing the file (tests); messages go where they went before. */
void removeLogFile();

/** $TROUPE_LOG_FILE, else $XDG_STATE_HOME (~/.local/state)/TroupeStudio/troupe.log. */
QString defaultLogFilePath();

} // namespace troupe
