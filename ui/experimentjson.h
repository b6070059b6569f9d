#pragma once

#include "experiment/experiment.h"
#include "persona/personadocument.h"

namespace troupe {

class ProjectFile;

/**
 * What the experiment editor shows and what the project stores. The project keeps the
 * resolved definition (the study inline, so its runs can be made again); the editor shows
 * the experiment file a person would write, with the study by name when it is a bundled
 * study or one of the project's, and reads it back through ExperimentFile.
 */
namespace experimentjson {

/** The definition as an experiment file: the study by name when one of that definition is known. */
OrderedJson editable(const OrderedJson &definition, ProjectFile *project);
/**
 * Reads an experiment file as the editor holds it (`label` names it in problems). A study
 * named there is a bundled one or, failing that, the project's of that name.
 */
ExperimentFile::Outcome resolve(const QByteArray &text, const QString &label, ProjectFile *project);
/** A new experiment called `name`: a control and a variant of the first bundled study. */
OrderedJson fresh(const QString &name);
/** The study names the editor offers: bundled first, then the project's. */
QStringList bundledStudies();
QStringList projectStudies(ProjectFile *project);

} // namespace experimentjson

} // namespace troupe
