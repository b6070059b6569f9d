#pragma once

#include "analysis/statistics.h"
#include "question.h"
#include "resulttable.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace troupe {

class StudyStore;

/** One bar of a question's results: a scale point, an option, "yes"/"no", a bin or a label. */
struct CategoryCount
{
    QString label;
    int count = 0;
    stats::Proportion share; // of the respondents who answered; Wilson interval
};

/** A ranking option: its mean rank (1 = most preferred) and Borda score (k - rank points, summed). */
struct RankingScore
{
    QString option;
    double meanRank = stats::kNaN;
    int borda = 0;
    int firstChoices = 0;
};

/** An answer the reader can quote: who, what they said, and the event that holds it. */
struct StudyQuote
{
    QString agent;
    QString value;         // the answer as text (answerText)
    QString text;          // open: the answer; others: the justification
    std::optional<qint64> eventSeq;
};

/** A missing answer with the reason it is missing. */
struct MissingAnswer
{
    QString agent;
    QString reason;
    std::optional<qint64> eventSeq;
};

/** Open-answer labels of one question: agent -> label, with the method that made them. */
struct OpenLabels
{
    QString method;
    QList<QPair<QString, QStringList>> labels; // label -> agents
};

/**
 * The results of one question over the respondents of a run. Which members are filled
 * depends on the type:
 * - likert, choice, yes_no: `categories` (every point or option, zeros included);
 *   likert also `topTwoBox` and `values` (mean with its t interval);
 * - multi: `categories` where the share is of respondents choosing the option;
 * - ranking: `ranking`, best mean rank first kept in option order;
 * - numeric: `values`, and `categories` as histogram bins over `binEdges`;
 * - open: `categories` are normalisation labels (empty when there are none), `labelled` says so.
 */
struct QuestionSummary
{
    Question question;
    int answered = 0;
    int missing = 0;
    int notAsked = 0;
    QList<CategoryCount> categories;
    std::optional<stats::Proportion> topTwoBox;
    stats::Descriptives values;
    QList<double> binEdges;
    QList<RankingScore> ranking;
    bool labelled = false;
    QString labelMethod;                    // "model" or "keywords" when labelled
    OpenLabels openLabels;                  // open: which agents got which label
    QList<QPair<QString, int>> missingReasons; // reason -> count, most frequent first
    QList<MissingAnswer> missingAnswers;
    QList<StudyQuote> quotes;               // every answer with text, in respondent order
};

/** A question's answers by groups of respondents (an attribute's values; age in ranges). */
struct StudyCrosstab
{
    QString attribute;
    QString questionId;
    QStringList groups;                     // rows
    QStringList categories;                 // columns: the question's categories
    std::vector<std::vector<int>> counts;   // [group][category]
    std::vector<int> groupTotals;           // respondents who answered, per group (multi: a respondent counts once)
};

/** The summary of a study run. */
struct StudySummary
{
    qint64 runId = 0;
    QString studyName;
    int respondents = 0;
    QStringList attributes;                 // what a crosstab can group by
    QList<QuestionSummary> questions;
    ResultTable table;                      // what the summary was made from (crosstabs, exports)

    const QuestionSummary *question(const QString &id) const;
};

/** Summarises question `column` of a table; `labels` are used for open questions. */
QuestionSummary summarizeQuestion(const ResultTable &table, int column, const OpenLabels &labels = {});

/**
 * The summary of a run of a study, from the project: its study snapshot, respondents,
 * answers and the labels of open answers. Fails when the run is not a study run.
 */
Result<StudySummary> summarizeStudyRun(const StudyStore &store, qint64 runId);

/** The group of an attribute value: ages in ranges ("25–34"), other values as text. */
QString attributeGroup(const QString &attribute, const nlohmann::json &value);

/**
 * Question `questionId` by `attribute` (a name from StudySummary::attributes). Groups in
 * age order for ages, else alphabetically; respondents without the attribute are left out.
 * Ranking answers count by their first choice; numeric answers by the histogram's bins;
 * open answers by label (none without labels).
 */
Result<StudyCrosstab> studyCrosstab(const StudySummary &summary, const QString &questionId, const QString &attribute);

} // namespace troupe
