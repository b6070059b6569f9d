#pragma once

#include "resulttable.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace troupe {

/**
 * One column of the wide layout (one row per respondent), shared by the wide CSV, the XLSX
 * data sheet and the SAV file so the three agree: run, agent, [arm, replicate], the
 * attributes, then per question its value, [one 0/1 column per multi option | one rank
 * column per ranking option], [the SSR mean], `<id>_why` and `<id>_missing`.
 */
struct WideColumn
{
    enum class Kind { Run, Agent, Arm, Replicate, Attribute, Value, OptionChosen, OptionRank, SsrMean, Why, Missing };
    enum class Measure { Nominal, Ordinal, Scale };

    Kind kind = Kind::Value;
    QString name;       // column header: "vote", "features_2", "order_rank_1", "vote_why"
    QString label;      // for people: the question text, "features: Quiet boiling", ...
    QString type;       // codebook type: a question type, "attribute", "justification", ...
    int question = -1;  // index into the table's questions
    int option = -1;    // option index for OptionChosen / OptionRank
    QString attribute;  // for Attribute
    bool numeric = false;             // a number in every format
    bool coded = false;               // text in CSV and XLSX, a code in SAV (choice, yes_no)
    Measure measure = Measure::Nominal;
    std::vector<std::pair<double, QString>> valueLabels; // codes and their labels
};

/** A cell of the wide layout: text for people, and the number of numeric and coded columns. */
struct WideCell
{
    QString text;                    // empty when missing
    std::optional<double> number;    // numeric and coded columns; nullopt when missing
    ResultAnswer::State state = ResultAnswer::State::Answered; // of the answer behind it (Answered for non-answer columns)
};

std::vector<WideColumn> wideColumns(const ResultTable &table);
WideCell wideCell(const ResultTable &table, const WideColumn &column, int row);

/**
 * The codebook's "value labels": "1 = would never buy; 5 = would certainly buy" for numeric
 * columns, the allowed texts ("A; B; C") for coded ones as CSV and XLSX show them, and
 * `codes` = true gives the coded columns' codes as well ("1 = A; 2 = B"), as in SAV.
 */
QString valueLabelText(const WideColumn &column, bool codes = false);

/** The names made unique by appending _2, _3... to later repeats (case-insensitively). */
QStringList uniqueNames(const QStringList &names);

/** Writes bytes to `path` through a save file, so a failure leaves no half-written file. */
Status saveBytes(const QString &path, const QByteArray &data);
/** A path beside `path` for libraries that write files themselves; rename it into place after. */
QString scratchPathBeside(const QString &path);
Status moveIntoPlace(const QString &scratch, const QString &path);

} // namespace troupe
