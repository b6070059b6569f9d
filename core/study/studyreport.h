#pragma once

#include "analysis/reportdocument.h"
#include "analysis/runsummary.h"
#include "studysummary.h"

#include <optional>

namespace troupe {

class RunStore;
class StudyStore;
struct Study;

namespace report {

/**
 * One question's results as a chart: bars with counts and shares (likert, choice, yes_no,
 * open labels), the share choosing each option (multi), mean rank (ranking) or a histogram
 * (numeric). Nothing for an open question without labels.
 */
std::optional<Chart> questionChart(const QuestionSummary &q);
/** Counts, shares and 95% Wilson intervals per category (ranking: mean rank, Borda, first choices). */
Table questionTable(const QuestionSummary &q);
/** One line of figures: answered, missing, mean with its interval, top-2 box, median. */
QString questionFigures(const QuestionSummary &q);
/** The crosstab as a table: groups down the side, the question's categories across, n at the end. */
Table crosstabTable(const StudyCrosstab &t);

struct StudyReportOptions
{
    int quotesPerQuestion = 3;
    QDateTime generated;  // invalid: now
    bool transcript = false;
};

/**
 * The report of a study run: design and questionnaire, respondents (the distribution of
 * each attribute), per-question results with charts, selected quotes with their place in
 * the transcript, engine and cost, and the caveat that these are synthetic respondents.
 * `study` may be null when the stored definition could not be read (the design is then
 * the questions alone).
 */
ReportDocument studyReport(const StudySummary &summary, const Study *study, const RunSummary &run, const RunEvents &events,
                           const StudyReportOptions &options = {});

/**
 * The study report of a stored run, read from the project: its study snapshot, answers,
 * labels, run summary and events. Fails when the run is not a study run (callers then
 * write the run report).
 */
Result<ReportDocument> storedStudyReport(const StudyStore &studies, const RunStore &runs, qint64 runId,
                                         const StudyReportOptions &options = {});

/** The caveat every study report and panel shows. */
QString syntheticRespondentsCaveat();

} // namespace report
} // namespace troupe
