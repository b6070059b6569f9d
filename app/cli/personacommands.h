#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe persona validate|import|list|export ...`; `args` starts at the verb after "persona". */
int runPersonaCommand(const QStringList &args);

} // namespace troupe::cli
