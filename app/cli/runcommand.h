#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe run`: runs a scenario (or resumes a stored run) and prints it as it happens. */
int runScenarioCommand(const QStringList &args);

} // namespace troupe::cli
