#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe results list|export ...` (and the verbs of resultscommand); returns the exit code. */
int runResultsCommand(const QStringList &args);

} // namespace troupe::cli
