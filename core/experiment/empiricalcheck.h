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
    /**
     * Ranking: the item whose position (1 = first) is compared; empty compares first choices.
     * Multi: the option whose mention ("yes"/"no") is compared; needed.
     */
    QString option;
    std::vector<AttributeMatch> matches;
};

/** How a simulated answer becomes an observation (see EmpiricalCheck::option). */
enum class SimulatedReading
{
    Value,    // a number, a text, or a list's first item (a ranking's first choice)
    Position, // the 1-based position of an item in a list (missing when absent)
    Mention,  // "yes" when a list holds an option, else "no"
};

/** A question of the runs being checked, as the Empirical tab lists them. */
struct EmpiricalQuestion
{
    QString id;
    QString type;                        // likert, numeric, choice, yes_no, multi, ranking, open
    QString text;
    QStringList options;                 // choice, multi and ranking questions
};

/** What the runs `which` names offer to compare: their questions and the respondents' attributes. */
struct EmpiricalSubject
{
    QList<qint64> runs;
    std::vector<EmpiricalQuestion> questions; // open questions are left out
    QStringList attributes;              // persona fields and sample attributes, plus arm and replicate, sorted
};
Result<EmpiricalSubject> empiricalSubject(ProjectFile &project, const QString &which);

/** The report with the two samples it compared (for a chart of both distributions). */
struct EmpiricalOutcome
{
    EmpiricalReport report;
    SurveyValueKind kind = SurveyValueKind::Numeric; // how the column was read
    std::vector<Observation> simulated;
    std::vector<Observation> real;
};

/** The study runs `which` names: one run ("last" or an id), or every run of an experiment. */
Result<QList<qint64>> studyRunsNamed(ProjectFile &project, const QString &which);

/**
 * The simulated answers as observations, with each respondent's persona fields and sample
 * attributes (as text) to group them by: "age" → "34", "gender" → "Woman", plus the arm and
 * replicate of an experiment's runs.
 */
Result<std::vector<Observation>> simulatedObservations(ProjectFile &project, const QList<qint64> &runs,
                                                       const QString &questionId,
                                                       SimulatedReading reading = SimulatedReading::Value,
                                                       const QString &option = {});

Result<EmpiricalOutcome> runEmpiricalCheckWithData(ProjectFile &project, const EmpiricalCheck &check);
Result<EmpiricalReport> runEmpiricalCheck(ProjectFile &project, const EmpiricalCheck &check);

} // namespace troupe
