#pragma once

#include "analysis/observation.h"
#include "util/csvreader.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace troupe {

/** How the cells of the question's column are read. */
enum class SurveyValueKind
{
    Numeric,  // "4", "3.5"
    Choice,   // category text: "Agree"
    Ranking,  // items in order of preference, most preferred first: "B-C-D-A-E", "B > C > A", "B,C,A"
    Multi,    // several values in one cell: "price; taste; brand"
};

/** The column that holds the answers to one question. */
struct SurveyQuestionMapping
{
    QString column;                  // header name (exact, else trimmed and case-insensitive)
    SurveyValueKind kind = SurveyValueKind::Numeric;
    QString questionId;              // the question these answers are for; defaults to the column
    /**
     * Ranking: "-", ">" or ","; empty means detected for the whole column (">" if any cell
     * has one, else "," if any has one, else "-"). Multi: default ";".
     */
    QString separator;
};

/** Which columns are read, and how. */
struct SurveyMapping
{
    SurveyQuestionMapping question;
    QStringList attributes;          // respondent attributes ("Age Range", "Gender Identity", ...)
    /** Cells that mean "no answer", compared case-insensitively after trimming. */
    QStringList missingMarkers = {QStringLiteral("NA"), QStringLiteral("N/A"), QStringLiteral("#N/A"),
                                  QStringLiteral("NaN"), QStringLiteral("null")};
};

/** One respondent's answer. */
struct SurveyAnswer
{
    int line = 0;                    // where the respondent's record starts in the file
    QString raw;                     // the cell as written
    bool missing = false;
    QString missingReason;           // when missing: why (see SurveyData::missing)
    double number = stats::kNaN;     // Numeric
    QString choice;                  // Choice
    QStringList items;               // Ranking (first = most preferred) or Multi (in the cell's order)
    std::map<QString, QString> attributes; // attribute (as named in the mapping) -> trimmed cell, "" when empty
};

/** How many answers are missing for one reason, and the first lines where they are. */
struct MissingTally
{
    QString reason;
    int count = 0;
    QList<int> lines;                // at most kMaxListedLines of them
    static constexpr int kMaxListedLines = 20;
};

/** A survey column read as one question's answers, with respondent attributes. */
struct SurveyData
{
    QString source;                  // the file
    SurveyQuestionMapping question;  // as resolved: column as in the header, separator as used
    QStringList attributeColumns;    // as in the header
    std::vector<SurveyAnswer> answers;        // one per record, in file order, missing ones included
    std::vector<MissingTally> missing;        // by reason, in order of first appearance
    std::map<QString, int> emptyAttributes;   // attribute (as named in the mapping) -> number of empty cells

    int answered() const;
    int missingCount() const;
    /** Numeric answers that are not missing, in file order. */
    std::vector<double> numbers() const;
    /** Choice answers that are not missing, in file order. */
    QStringList choices() const;
    /** Distinct choices (Choice), or distinct items (Ranking, Multi), in order of first appearance. */
    QStringList categories() const;

    /**
     * The answers as observations for the empirical comparison: Numeric → numbers, Choice →
     * categories; attributes carried along. Ranking and Multi columns have no single value per
     * respondent: use the derivations below.
     */
    std::vector<Observation> observations() const;
    /** Ranking: the 1-based position of `item` in each ranking that has it. */
    std::vector<Observation> rankPositions(const QString &item) const;
    /** Ranking: each respondent's first choice, as a category. */
    std::vector<Observation> topChoices() const;
    /** Multi: whether each respondent chose `option`, as the category "yes" or "no". */
    std::vector<Observation> mentions(const QString &option) const;
};

/**
 * Reads the question column and the attribute columns of a parsed CSV table. Empty cells
 * and missing markers are missing answers, tallied with their reason; so are cells that do
 * not read as the column's kind ("not a number", a ranking that repeats an item). Errors
 * (with file:line:column): a column that is not in the header or is there twice, a table
 * with no records, a column in which not one cell reads as its kind.
 */
Result<SurveyData> mapSurvey(const CsvTable &table, const SurveyMapping &mapping);

/** readCsvFile + mapSurvey. */
Result<SurveyData> readSurveyCsv(const QString &path, const SurveyMapping &mapping);

/** "numeric", "choice", "ranking", "multi"; and back (nullopt for anything else). */
QString surveyValueKindName(SurveyValueKind kind);
std::optional<SurveyValueKind> surveyValueKindFromName(const QString &name);

} // namespace troupe
