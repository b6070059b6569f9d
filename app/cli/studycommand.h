#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe study run ...`; returns the exit code. */
int runStudyCommand(const QStringList &args);

} // namespace troupe::cli
