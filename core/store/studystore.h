#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace troupe {

class ProjectFile;

/** A study kept in the project, in its resolved form (StudyFile's definition). */
struct StoredStudyInfo
{
    qint64 id = 0;
    QString name;
    QDateTime updatedAt;
};

/** A run of a study: which study (a snapshot of its definition) and, in an experiment, the arm and replicate. */
struct StudyRunRecord
{
    qint64 runId = 0;
    QString studyName;
    nlohmann::ordered_json definition; // the study as it was when the run started
    QString experiment;                 // empty outside an experiment
    QString arm;                        // empty outside an experiment
    std::optional<int> replicate;
    QDateTime createdAt;
};

/** One respondent of a run: the persona it answered as and attributes beyond the persona. */
struct RespondentRecord
{
    QString agent;
    nlohmann::ordered_json persona;    // the persona object ({"name", "age", ...})
    nlohmann::ordered_json attributes; // an object: population dimensions of the sample it came from; may be null
    QString arm;                        // between-subjects assignment; empty otherwise
};

/**
 * One answer of one agent to one question. Exactly one of `value` and `missingReason` is
 * set: a missing answer keeps the reason it is missing (the store refuses anything else).
 */
struct AnswerRecord
{
    qint64 runId = 0;
    QString agent;
    QString questionId;
    QString type;                            // the question type's name, e.g. "likert"
    std::optional<nlohmann::json> value;    // the normalised value (validateAnswer)
    QString justification;
    std::optional<qint64> eventSeq;         // the event that holds the answer
    QString missingReason;
    QString arm;
    std::optional<int> replicate;
    std::optional<nlohmann::json> ssr;      // semantic similarity rating: probabilities per scale point, min to max
    QDateTime createdAt;                    // set by the store when invalid
};

/** An extraction: an objective and fields, one result per agent or one for the whole world. */
struct ExtractionRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    QString objective;
    nlohmann::json fields;                  // [{"name", "hint"}...] as the user gave them
    QString agent;                          // empty: the whole world
    nlohmann::json result;                  // the extracted object
    QList<qint64> citedSeqs;                // the events it used
    QDateTime createdAt;
};

/** A label that normalisation gave to open answers of one question, with the agents whose answer got it. */
struct AnswerLabelRecord
{
    QString label;
    QStringList agents;
    QString method;                         // "model" or "keywords"
};

/**
 * Studies and their data in a project file (migration 5): study definitions, the runs of a
 * study, respondents, answers, extractions and normalisation labels. It takes and returns
 * plain values; every write is one transaction (a batch of answers is committed together
 * or not at all).
 */
class StudyStore final
{
public:
    explicit StudyStore(ProjectFile &project) : m_project(project) {}

    Status saveStudy(const QString &name, const nlohmann::ordered_json &definition);
    Result<nlohmann::ordered_json> study(const QString &name) const;
    Result<QList<StoredStudyInfo>> studies() const;
    Status removeStudy(const QString &name);

    /** Marks a run as a run of a study (replacing an earlier mark of the same run). */
    Status saveStudyRun(const StudyRunRecord &run);
    Result<StudyRunRecord> studyRun(qint64 runId) const;
    /** Runs of a study, or of an experiment when `experiment` is set; oldest first. */
    Result<QList<StudyRunRecord>> studyRuns(const QString &studyName) const;
    Result<QList<StudyRunRecord>> experimentRuns(const QString &experiment) const;

    /** Stores the respondents of a run in this order (replacing those of the same agents). */
    Status saveRespondents(qint64 runId, const QList<RespondentRecord> &respondents);
    Result<QList<RespondentRecord>> respondents(qint64 runId) const;

    /** Stores answers in one transaction; an answer to a question already answered replaces it. */
    Status saveAnswers(const QList<AnswerRecord> &answers);
    /** A run's answers, in the order they were stored. */
    Result<QList<AnswerRecord>> answers(qint64 runId) const;
    Result<QList<AnswerRecord>> answers(qint64 runId, const QString &questionId) const;

    /** Stores an extraction; returns its id. */
    Result<qint64> saveExtraction(const ExtractionRecord &extraction);
    Result<QList<ExtractionRecord>> extractions(qint64 runId) const;

    /** Replaces the labels of one question's open answers. */
    Status saveLabels(qint64 runId, const QString &questionId, const QList<AnswerLabelRecord> &labels);
    Result<QList<AnswerLabelRecord>> labels(qint64 runId, const QString &questionId) const;

private:
    ProjectFile &m_project;
};

} // namespace troupe
