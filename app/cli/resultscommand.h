#pragma once

#include <QStringList>

namespace troupe::cli {

/**
 * `troupe results SUBCOMMAND ...`: `extract` and `normalise` (resultscommand.cpp). The
 * subcommands are a table in resultscommand.cpp; `list` and `export` (resultsexport.cpp) are
 * added to it there.
 */
int runResultsCommand(const QStringList &args);

/** `troupe results extract RUN --project P --objective TEXT --field NAME[:HINT]... [--agent NAME | --world] [--json]` */
int runResultsExtract(const QStringList &args);
/** `troupe results normalise RUN --project P --question QID [--k 5] [--method model|keywords] [--json]` */
int runResultsNormalise(const QStringList &args);

} // namespace troupe::cli
