#pragma once

#include <QStringList>

namespace troupe::cli {

/** `troupe population dimensions|plan|generate|regenerate|list|profile|export|remove ...` */
int runPopulationCommand(const QStringList &args);

int populationGenerate(const QStringList &args);
int populationRegenerate(const QStringList &args);

} // namespace troupe::cli
