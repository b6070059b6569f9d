#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe llm check|models ...`: talk to the configured model server once. */
int runLlmCommand(const QStringList &args);

} // namespace troupe::cli
