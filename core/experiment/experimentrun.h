#pragma once

#include "experiment.h"

#include "config/config.h"
#include "llm/endpoint.h"
#include "session/runengine.h" // the RunStatus metatype
#include "store/runstatus.h"
#include "store/studystore.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace troupe {

class ProjectFile;
class StudyRun;

/**
 * Runs the jobs of an experiment (every arm in every replicate, or one shard of them) one
 * after another, each a study run stored with its experiment, arm, replicate and seed.
 * Driven by `troupe experiment run` and by the studio's experiment thread alike.
 *
 * A job already finished in the project is skipped, so starting again continues an
 * interrupted experiment; a job whose run stopped part-way (paused, interrupted, crashed)
 * is resumed rather than started again, so no arm and replicate ever has two runs.
 * Each arm's runs take its fragments (applied to every respondent) and its temperature;
 * between subjects, each arm asks only its share of the respondents. Everything happens
 * asynchronously on the thread the object lives on: start() only sets up, the first job
 * begins from the event loop.
 */
class ExperimentRun final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        llm::EndpointFlags flags;
        bool noCache = false;
        Shard shard;                 // default 0/1: every job
        bool stopOnFailure = false;  // a job that does not finish ends the experiment (else: on to the next)
    };

    ExperimentRun(ProjectFile &project, Config config, QObject *parent = nullptr);
    ~ExperimentRun() override;

    /** What cannot be run as it is written (a sample size per arm between subjects), as the reason. */
    static Status checkRunnable(const Experiment &experiment);
    /**
     * Between subjects: the respondents each arm asks (by arm, in file order), split by
     * assignBalanced() with the experiment's seed over the study's respondents, balanced on
     * `balance` (persona fields and sample attributes). Within subjects: empty lists (all).
     */
    static Result<std::vector<QStringList>> armRespondents(ProjectFile &project, const Experiment &experiment);

    /** Stores the definition in the project and plans the jobs; jobStarted()/jobSkipped() follow from the event loop. */
    Status start(const Experiment &experiment, const Options &options);
    /** Stops the job in progress (its run is kept as interrupted) and runs no more; finished() follows. */
    void stop(const QString &reason);

    const Experiment &experiment() const { return m_experiment; }
    /** The jobs this run goes through (the shard's), in order. */
    const std::vector<ExperimentJob> &jobs() const { return m_jobs; }
    /** Jobs that ended without finishing so far. */
    int failures() const { return m_failures; }
    bool isRunning() const { return m_running; }

    /** The finished run of this arm and replicate in the project, or 0. */
    static qint64 finishedRun(ProjectFile &project, const QString &experiment, const ExperimentJob &job);

Q_SIGNALS:
    /** Job `number` of `total` (1-based) was finished before: it is not run again. */
    void jobSkipped(int number, int total, const troupe::ExperimentJob &job, qint64 runId);
    /** Job `number` began as run `runId` (a new run, or one continued where it stopped). */
    void jobStarted(int number, int total, const troupe::ExperimentJob &job, qint64 runId);
    void answerArrived(const troupe::ExperimentJob &job, const troupe::AnswerRecord &answer);
    /** Job `number` stopped: finished, or paused/interrupted/failed with the reason. */
    void jobEnded(int number, int total, const troupe::ExperimentJob &job, qint64 runId, troupe::RunStatus status,
                  const QString &reason, int answers);
    /** No job is left to run (`stopped`: stop() or a failure ended it early). */
    void finished(int failures, bool stopped);
    /** The experiment cannot go on: an arm does not make a study (`number` 0) or job `number` could not start. */
    void failed(int number, const QString &error);

private:
    void next();
    void runJob(int at);
    void jobDone(RunStatus status, const QString &reason);
    void end(bool stopped);
    /** A run of this arm and replicate that stopped part-way and can be continued, or 0. */
    qint64 unfinishedRun(const ExperimentJob &job) const;

    ProjectFile &m_project;
    Config m_config;
    Experiment m_experiment;
    Options m_options;
    std::vector<ExperimentJob> m_jobs;
    std::vector<QStringList> m_respondents; // by arm: who it asks (between subjects)
    QPointer<StudyRun> m_run; // a child: gone with this object at the latest
    int m_at = -1;
    int m_failures = 0;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace troupe

Q_DECLARE_METATYPE(troupe::ExperimentJob)
