#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe run --fork RUN --at-step K --project P`: a new run from a stored run's step K, with a change. */
int runForkCommand(const QStringList &args);
/** `troupe run show RUN --project P`: a stored run printed as it was printed live. */
int runShowCommand(const QStringList &args);

} // namespace troupe::cli
