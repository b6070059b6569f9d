#pragma once

#include <QStringList>

namespace troupe::cli {

// `troupe results extract` and `troupe results normalise`; runResultsCommand (resultsexport.h)
// dispatches to them, next to `list` and `export`. Each takes the arguments from the verb on.

/** `troupe results extract RUN --project P --objective TEXT --field NAME[:HINT]... [--agent NAME | --world] [--json]` */
int runResultsExtract(const QStringList &args);
/** `troupe results normalise RUN --project P --question QID [--k 5] [--method model|keywords] [--json]` */
int runResultsNormalise(const QStringList &args);

} // namespace troupe::cli
