#pragma once

#include "study/study.h"
#include "util/diagnostic.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace troupe {

/** One arm of an experiment: the study as it is (control), or with one thing changed. */
struct ExperimentArm
{
    QString name;
    QList<StudyMaterial> material;                  // replaces the study's material of that name, or is added
    std::vector<nlohmann::ordered_json> fragments;  // applied to every respondent
    QString model;                                  // the model of this arm's runs
    std::optional<double> temperature;
    std::optional<int> sample;                      // another sample size of the study's population
};

enum class Assignment { Within, Between };

/**
 * An experiment read from an experiment file (docs/experiments.md) and resolved: the study
 * is inline, so `definition` is self-contained; that JSON is what a project stores and what
 * `troupe project merge` compares.
 */
struct Experiment
{
    QString name;
    QString description;
    Study study;
    std::vector<ExperimentArm> arms;
    Assignment assignment = Assignment::Within;
    QStringList balance;  // between subjects: attributes the assignment balances
    int replicates = 1;
    quint64 seed = 1;
    nlohmann::ordered_json definition;

    const ExperimentArm *arm(const QString &name) const;
};

class ExperimentFile final
{
public:
    struct Outcome;
    /** Reads an experiment file; a bundled experiment name ("gazpacho_price") also works. */
    static Outcome loadFile(const QString &pathOrBundledName);
    /** The study may be a bundled name, a path relative to `baseDir`, or inline. */
    static Outcome load(QByteArray text, const QString &label, const QString &baseDir);
    /** Rebuilds an experiment from its resolved definition (what a project stores). */
    static Outcome fromDefinition(const nlohmann::ordered_json &definition, const QString &label);
    static QStringList bundledNames();
};

struct ExperimentFile::Outcome
{
    std::optional<Experiment> experiment;
    Diagnostics diagnostics; // empty when experiment is set
};

/** One run of an experiment: an arm in a replicate. */
struct ExperimentJob
{
    int index = 0;        // position in arms × replicates order: replicate-major, arms in file order
    QString arm;
    int replicate = 1;    // 1-based
    quint64 seed = 0;     // the replicate's seed: the experiment's seed + replicate - 1, the same in every arm
};

/** Every run of the experiment, replicate by replicate, arms in file order. */
std::vector<ExperimentJob> experimentJobs(const Experiment &experiment);

/** "I/N" with 0 <= I < N (Slurm array task ids and Kubernetes completion indexes count from 0). */
struct Shard
{
    int index = 0;
    int count = 1;
};
Result<Shard> parseShard(const QString &text);
/** The jobs shard I of N runs: those whose index is I modulo N. */
std::vector<ExperimentJob> shardJobs(const std::vector<ExperimentJob> &jobs, const Shard &shard);

/**
 * The study an arm runs: the base study with the arm's material (replacing material of the
 * same name, else added after it) and sample size. The arm's fragments, model and
 * temperature are not part of the study: the run applies them (ExperimentRun).
 */
Result<Study> armStudy(const Experiment &experiment, const ExperimentArm &arm);

/**
 * Between subjects: each respondent's arm (0..arms-1), seeded and balanced on `balance`:
 * respondents are grouped by their values of those attributes, each group is shuffled with
 * the seed and dealt to the arms in turn, each group going on from the arm the one before
 * stopped at,
 * so every group splits as evenly as it can and the arm sizes differ by at most one.
 */
std::vector<int> assignBalanced(const std::vector<std::map<QString, QString>> &attributes, const QStringList &balance,
                                int arms, quint64 seed);

} // namespace troupe
