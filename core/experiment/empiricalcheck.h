#pragma once

#include "analysis/empirical.h"
#include "analysis/surveycsv.h"
#include "store/projectfile.h"

namespace troupe {

/**
 * The empirical check of `troupe validate empirical` and the studio's Empirical tab: the
 * simulated answers to one question of one study run (or of every run of an experiment),
 * compared with one column of a real survey CSV, overall and per matched attribute.
 */
struct EmpiricalCheck
{
    QString which;                       // a study run id, "last", or an experiment's name
    QString questionId;
    QString csvPath;
    QString column;
    std::optional<SurveyValueKind> kind; // default: numeric when the simulated answers are numbers, else choice
    std::vector<AttributeMatch> matches;
};

/** The study runs `which` names: one run ("last" or an id), or every run of an experiment. */
Result<QList<qint64>> studyRunsNamed(ProjectFile &project, const QString &which);

/**
 * The simulated answers as observations, with each respondent's persona fields and sample
 * attributes (as text) to group them by: "age" → "34", "gender" → "Woman", plus the arm and
 * replicate of an experiment's runs.
 */
Result<std::vector<Observation>> simulatedObservations(ProjectFile &project, const QList<qint64> &runs,
                                                       const QString &questionId);

Result<EmpiricalReport> runEmpiricalCheck(ProjectFile &project, const EmpiricalCheck &check);

} // namespace troupe
