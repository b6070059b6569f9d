#pragma once

#include "projectfile.h"

#include <QStringList>

#include <memory>

namespace troupe {

/** Resource paths of the bundled example agents, fragments and population descriptions. */
QStringList bundledExampleAgents();
QStringList bundledExampleFragments();
QStringList bundledExamplePopulations();

/** Where the example project lives for this user (under the application data folder). */
QString defaultExampleProjectPath();

/** Adds the bundled scenarios (and their personas) to a project that has no scenarios. */
Status addBundledScenarios(ProjectFile &project);

/**
 * Opens the example project at `path`, creating it from the bundled examples when it does
 * not exist yet. An existing file is opened as it is: the user's edits are never overwritten.
 */
Result<std::unique_ptr<ProjectFile>> openExampleProject(const QString &path);

} // namespace troupe
