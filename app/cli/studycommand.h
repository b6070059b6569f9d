#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace troupe {
struct Study;
}

namespace troupe::cli {

struct PopulationOptions;

/** `troupe study run ...`; returns the exit code. */
int runStudyCommand(const QStringList &args);

/** Generates the study's population into the project when it lacks it (also for experiments). */
int ensureStudyPopulation(const Study &study, const QString &projectPath, const QStringList &modelArgs, bool json);
/** The provider flags as given, to pass on to population generation. */
QStringList studyModelArguments(const QCommandLineParser &parser, const PopulationOptions &o);

} // namespace troupe::cli
