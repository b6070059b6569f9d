#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace troupe {

enum class QuestionType { Likert, Open, Choice, Multi, Ranking, Numeric, YesNo };

/** "likert", "open", "choice", "multi", "ranking", "numeric", "yes_no". */
QString questionTypeName(QuestionType type);
std::optional<QuestionType> questionTypeFromName(const QString &name);

/** A JSON number that is written as an integer when it is whole (0, not 0.0). */
nlohmann::ordered_json jsonNumber(double v);

/** A problem inside one object, with the path of the offending value from that object. */
struct FieldProblem
{
    std::vector<std::string> path; // keys and indices, e.g. {"scale", "labels", "7"}
    QString message;
};

/** An interview follow-up: asked after the answer, always or when the answer mentions a phrase. */
struct FollowUp
{
    QString text;
    QString mentioned; // empty: always asked
};

/**
 * One question of a study (README, "Study files"). Which members are used depends on the
 * type; the parser refuses keys that the type does not use, so a member that is set is
 * meaningful.
 */
struct Question
{
    QString id;   // an identifier: a letter, then letters, digits or _ (at most 40): it names export columns
    QuestionType type = QuestionType::Open;
    QString text;

    // likert
    int scaleMin = 1;
    int scaleMax = 5;
    std::map<int, QString> labels;          // scale point -> label, a subset of the scale
    bool ssr = false;                       // also rate the free text by semantic similarity
    std::map<int, QStringList> anchors;     // scale point -> anchor statements (SSR)

    // choice, multi, ranking
    QStringList options;
    // multi: how many options may be picked (defaults: 1 and the number of options)
    int minCount = 1;
    int maxCount = 0;

    // numeric
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString unit;
    bool integer = false;                   // the value must be a whole number

    // discussion: step after which the question is asked; nullopt = the study's ask_at
    std::optional<int> askAtStep;
    bool askAtEnd = false;                  // explicitly "end" for this question
    // interview
    std::optional<FollowUp> followUp;

    /** Number of scale points (likert) or options (choice, multi, ranking). */
    int pointCount() const;
    /** Label of a likert point, empty when the point has none. */
    QString labelOf(int point) const;

    /** The question in the study file format (what parse() reads). */
    nlohmann::ordered_json toJson() const;

    /**
     * Reads one question object of a study file. Problems are named by their path inside
     * the object; nullopt when there is any.
     */
    static std::optional<Question> parse(const nlohmann::ordered_json &object, std::vector<FieldProblem> &problems);
};

} // namespace troupe
