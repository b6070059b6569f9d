#pragma once

#include "question.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace troupe {

class StudyStore;
struct AnswerRecord;

/** One respondent in one run: who answered, as whom, and in which arm and replicate. */
struct Respondent
{
    qint64 runId = 0;
    QString agent;
    QString arm;
    std::optional<int> replicate;
    /**
     * Attributes in column order: age, gender, nationality, residence, occupation (the
     * title), education from the persona (those it has), then population dimensions. Values
     * are JSON scalars (age stays a number).
     */
    std::vector<std::pair<QString, nlohmann::json>> attributes;

    const nlohmann::json *attribute(const QString &name) const;

    /** Reads the attributes of a persona object and, when given, a sample's dimensions. */
    static std::vector<std::pair<QString, nlohmann::json>> attributesOf(const nlohmann::json &persona,
                                                                        const nlohmann::json &dimensions = {});
};

/** One cell of the table: an answer, a missing answer with its reason, or nothing asked yet. */
struct ResultAnswer
{
    enum class State { NotAsked, Answered, Missing };
    State state = State::NotAsked;
    nlohmann::json value;        // the normalised value when answered
    QString justification;
    std::optional<qint64> eventSeq;
    QString missingReason;
    std::optional<nlohmann::json> ssr; // probabilities per scale point, from min to max

    bool answered() const { return state == State::Answered; }
    /** The SSR distribution's mean on the question's scale, when there is a distribution. */
    std::optional<double> ssrMean(const Question &q) const;
};

/**
 * The in-memory table of a study's results: questions (columns), respondents (rows: an
 * agent in a run, with its arm and replicate) and one cell per respondent and question.
 * It is what the results panel, the statistics and every export read. Load it from the
 * project for one run, or for a set of runs (an experiment's arms and replicates).
 */
class ResultTable final
{
public:
    ResultTable() = default;
    ResultTable(QString studyName, QList<Question> questions);

    const QString &studyName() const { return m_studyName; }
    const QList<Question> &questions() const { return m_questions; }
    const QList<Respondent> &respondents() const { return m_respondents; }
    int questionIndex(const QString &id) const;
    const ResultAnswer &answer(int respondent, int question) const;

    /** Adds a respondent (a row of cells not asked yet); returns its row. */
    int addRespondent(Respondent respondent);
    /** Row of an agent in a run, or -1. */
    int respondentIndex(qint64 runId, const QString &agent) const;
    void setAnswer(int respondent, int question, ResultAnswer answer);

    /** Whether any respondent has an arm or a replicate: exports then add those columns. */
    bool hasArms() const;
    /** Whether any likert answer carries a semantic similarity rating. */
    bool hasSsr() const;
    /** Attribute names over all respondents, in order of first appearance. */
    QStringList attributeNames() const;

    /**
     * The results of one or more runs of a study. Questions come from each run's study
     * snapshot (a question id in two runs must have the same type); respondents from the
     * stored respondents, then any agent that answered without one; arm and replicate from
     * the respondent, else the run, else its answers.
     */
    static Result<ResultTable> load(const StudyStore &store, const QList<qint64> &runIds);

private:
    QString m_studyName;
    QList<Question> m_questions;
    QList<Respondent> m_respondents;
    std::vector<std::vector<ResultAnswer>> m_cells; // [respondent][question]
};

} // namespace troupe
