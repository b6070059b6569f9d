#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe experiment run|compare ...`. */
int runExperimentCommand(const QStringList &args);
/** `troupe project merge A B ... -o OUT`. */
int runProjectCommand(const QStringList &args);

} // namespace troupe::cli
