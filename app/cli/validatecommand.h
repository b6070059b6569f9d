#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe validate empirical RUN_OR_EXPERIMENT --project P --csv FILE --column COL --question QID`. */
int runValidateCommand(const QStringList &args);

} // namespace troupe::cli
