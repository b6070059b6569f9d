#pragma once

#include "study.h"

#include "config/config.h"
#include "llm/endpoint.h"
#include "llm/llmtypes.h"
#include "persona/personadocument.h"
#include "store/runrecords.h"
#include "store/runstatus.h"
#include "store/studystore.h"
#include "util/result.h"

#include <QObject>

#include <memory>
#include <optional>

namespace troupe {

class ProjectFile;
class RunEngine;

/** One respondent of a study: the persona it answers as and the sample attributes it was drawn with. */
struct StudyRespondent
{
    PersonaDocument persona;
    nlohmann::ordered_json attributes; // population dimensions of its sample; null for scenario agents
};

/**
 * Who answers a study: a sample of the project's population (`study.population`), or the
 * agents of the study's scenario. An error names the population that is missing; it is
 * never replaced by other people.
 */
Result<QList<StudyRespondent>> studyRespondents(ProjectFile &project, const Study &study);

/**
 * The scenario a study runs as (README, "How a study runs"):
 * - survey: every respondent alone (broadcast_if_no_target off, no relations), the material
 *   shown at step 1 and the questions asked in the same step, one after another;
 * - interview: the interviewer's introduction and material at step 1, then one question per
 *   step, each followed by its follow-up (always, or when the answer mentions a phrase);
 * - discussion: the study's scenario with the material shown at step 1 and each question asked
 *   after its step (ask_at; at the end by default: one step more).
 * The questions are `"do": "ask"` entries whose schema is answerSchema(question).
 */
Result<nlohmann::ordered_json> studyScenario(const Study &study, const QList<StudyRespondent> &respondents);

/**
 * The answer an "answer" event of a run holds, checked again against its question: a value
 * in normal form, or missing with the reason (the event's own, or why the value does not
 * pass). nullopt for events that are not answers to one of the study's questions.
 */
std::optional<AnswerRecord> answerFromEvent(const Study &study, qint64 runId, const RunEvent &event);

/**
 * Semantic similarity rating (Maier et al. 2025): the respondent's free-text answer compared
 * with each scale point's anchor statements by cosine similarity of their embeddings; the
 * similarity minus the smallest one, normalised, is the probability of each point (min to
 * max). `anchors[i]` are the embeddings of point i's statements. Empty when nothing differs.
 */
std::vector<double> ssrDistribution(const std::vector<float> &answer, const std::vector<std::vector<std::vector<float>>> &anchors);

/**
 * A study run: the study's scenario driven by the run engine, with the study's definition,
 * respondents and answers stored beside the run. Answers are derived from the stored
 * "answer" events after every step (and again on resume), so they always agree with the
 * run's log; Likert questions with `ssr` also get their SSR distribution. Lives on one thread.
 */
class StudyRun final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        llm::EndpointFlags flags;
        bool noCache = false;
        QString experiment;              // empty outside an experiment
        QString arm;
        std::optional<int> replicate;
        std::optional<quint64> seed;     // default: the scenario's
        std::optional<double> budgetUsd;
        QString name;                    // default: the study's name
        QStringList respondents;         // between subjects: only these of the study's respondents answer (empty: all)
        std::vector<nlohmann::ordered_json> fragments; // applied to every respondent's persona, in order
        std::optional<double> temperature;             // of every respondent's model calls
    };

    StudyRun(ProjectFile &project, Config config, QObject *parent = nullptr);
    ~StudyRun() override;

    /**
     * Stores the study and starts a new run of it; answerStored follows per answer, then
     * ended. The respondents are the study's (studyRespondents), or the subset named in the
     * options, with the options' fragments applied and temperature set.
     */
    Status start(const Study &study, const Options &options);
    /** Continues a stored study run where it stopped (its answers so far are kept). */
    Status resume(qint64 runId, const llm::EndpointFlags &overrides = {});

    RunEngine &engine() { return *m_engine; }
    qint64 runId() const;
    const Study &study() const { return m_study; }
    /** The answers stored so far, in the order they arrived. */
    const QList<AnswerRecord> &answers() const { return m_answers; }

Q_SIGNALS:
    void answerStored(const troupe::AnswerRecord &answer);
    /** The run stopped: finished, paused (with the reason) or interrupted. */
    void ended(troupe::RunStatus status, const QString &reason);
    /** The run could not be set up at all. */
    void failed(const QString &error);

private:
    void connectEngine();
    void collect();
    void rateSimilarity(QList<AnswerRecord> answers);
    void rated(const AnswerRecord &answer, const std::vector<int> &counts, const llm::EmbeddingReply &reply);
    void finishIfDone();

    ProjectFile &m_project;
    Config m_config;
    std::unique_ptr<RunEngine> m_engine;
    Study m_study;
    QList<AnswerRecord> m_answers;
    QSet<QString> m_stored; // agent + '\n' + question
    qint64 m_lastSeq = 0;
    Options m_options;
    int m_pendingRatings = 0;
    bool m_ended = false;      // the run stopped; ended() waits for the ratings in flight
    RunStatus m_endStatus = RunStatus::Created;
    QString m_endReason;
};

} // namespace troupe
