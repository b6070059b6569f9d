#pragma once

#include "persona/personadocument.h"
#include "runrecords.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace troupe {

class ProjectFile;

/** A row of the project's population list. */
struct PopulationInfo
{
    qint64 id = 0;
    QString name;
    QString title;
    QString engine;      // "offline engine — not a language model (offline-engine-1)", "openai gpt-4.1"...
    int samples = 0;     // people planned
    int generated = 0;
    int failed = 0;
    double cost = 0;     // US dollars of its model calls
    int calls = 0;
    QDateTime updatedAt;
};

/** A stored population: what it was made from and how. */
struct PopulationRecord
{
    PopulationInfo info;
    nlohmann::ordered_json input;      // {"description": {...}} or {"context": "..."}, "extra"
    nlohmann::ordered_json dimensions; // the dimensions list
    nlohmann::ordered_json plan;       // {"dimensions", "seed", "samples"}
    quint64 seed = 0;
};

/** One sample of a population and the person made from it (or why none was). */
struct PopulationMember
{
    int sampleIndex = 0;
    QString status;      // "generated", "failed"
    QString persona;     // the stored persona's name; empty when failed
    QString problem;
    QString bio;
    int attempts = 0;
};

/** A generated person on the way into storage; `problem` is set when it could not be stored. */
struct StoredPerson
{
    int index = 0;
    PersonaDocument person;
    QString bio;
    int attempts = 0;
    QString problem;
};

/** A sample that got no person, and why. */
struct FailedSample
{
    int index = 0;
    QString problem;
    int attempts = 0;
};

/**
 * Populations kept in a project: their input, dimensions, plan, seed and engine, and their
 * people, who are ordinary stored personas linked to the sample they came from. Model calls
 * made for a population are kept in llm_calls with its id, so its cost is accounted.
 */
class PopulationStore final
{
public:
    explicit PopulationStore(ProjectFile &project) : m_project(project) {}

    /** Creates an empty population; fails if the name is taken. */
    Result<qint64> create(const QString &name, const QString &title, const QString &engine,
                          const nlohmann::ordered_json &input, const nlohmann::ordered_json &dimensions,
                          const nlohmann::ordered_json &plan, quint64 seed);
    /**
     * Stores a generated person as a project persona linked to its sample, with the calls
     * that made it, in one transaction. Fails without storing anything when another persona
     * already has the name (names are unique in the project).
     */
    Status storePerson(qint64 populationId, int sampleIndex, const PersonaDocument &person, const QString &bio,
                       int attempts, const std::vector<LlmCallRecord> &calls);
    /** Records that a sample got no person, and why, with the calls that were tried. */
    Status storeFailure(qint64 populationId, int sampleIndex, const QString &problem, int attempts,
                        const std::vector<LlmCallRecord> &calls);
    Status storeCalls(qint64 populationId, const std::vector<LlmCallRecord> &calls);
    /**
     * Stores a batch in one transaction with statements prepared once: people (one whose
     * name another persona has is recorded as failed, with `problem` set), failures and
     * calls. Generation stores its people this way.
     */
    Status storeBatch(qint64 populationId, std::vector<StoredPerson> &people, const std::vector<FailedSample> &failures,
                      const std::vector<LlmCallRecord> &calls);
    /** Forgets one sample's person (the persona is deleted), so it can be generated again. */
    Status clearMember(qint64 populationId, int sampleIndex);

    Result<QList<PopulationInfo>> list() const;
    Result<PopulationRecord> load(const QString &name) const;
    Result<QList<PopulationMember>> members(qint64 populationId) const;
    /** The population's people in sample order (failed samples left out). */
    Result<QList<PersonaDocument>> people(const QString &name) const;
    /** The same with each person's sample index. */
    Result<QList<std::pair<int, PersonaDocument>>> indexedPeople(const QString &name) const;
    /**
     * Everyone (`sample` empty) or `sample` people drawn with `seed` (the same seed, the same
     * people), in sample order. Fails when the population has fewer people than asked.
     */
    Result<QList<PersonaDocument>> pick(const QString &name, std::optional<int> sample, quint64 seed) const;
    /** Every persona name in the project, lower-cased: generated names must avoid them. */
    Result<QSet<QString>> takenNames() const;
    /** Deletes the population and the personas generated for it. */
    Status remove(const QString &name);

private:
    ProjectFile &m_project;
};

} // namespace troupe
