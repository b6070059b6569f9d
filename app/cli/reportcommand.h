#pragma once

#include <QStringList>

namespace troupe::cli {

/** True when the command line asks for `troupe report`, which needs a QGuiApplication (fonts). */
bool isReportCommand(int argc, char *argv[]);

/** `troupe report RUN --project P --format pdf|html|odt|md -o FILE`: writes a run's report. */
int runReportCommand(const QStringList &args);

} // namespace troupe::cli
