#pragma once

#include "config.h"

namespace troupe {

/**
 * Starts the log file at config.ini's [Logging] LOGLEVEL (DEBUG, INFO, WARNING, ERROR,
 * CRITICAL; NONE: no file) in defaultLogFilePath(). Returns the file's path, or an empty
 * string when there is none.
 */
QString setupLogging(const Config &config);

} // namespace troupe
