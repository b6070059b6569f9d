// troupe experiment run: filled in once study runs are available.
#include "cliio.h"

#include <QCoreApplication>

namespace troupe::cli {

int runExperimentRun(const QStringList &)
{
    return fail(QStringLiteral("experiment run"), QCoreApplication::translate("ExperimentCommand", "not available yet"));
}

} // namespace troupe::cli
