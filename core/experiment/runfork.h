#pragma once

#include "session/runengine.h"
#include "util/diagnostic.h"

#include <QObject>

#include <functional>
#include <optional>

namespace troupe {

class World;

/**
 * What a fork changes after its fork step (docs/experiments.md, "Change files"): words said
 * to everyone, material shown, fragments applied, and the model or temperature of the agents
 * (all of them, or those named in "to").
 */
struct ForkChange
{
    struct Material
    {
        QString name;
        QString text;
    };
    QStringList broadcasts;
    QString source;                           // who says the broadcasts and shows the material
    std::vector<Material> material;
    std::vector<nlohmann::ordered_json> fragments; // inline fragment documents
    QStringList fragmentNames;
    QStringList to;                           // empty: every agent
    std::optional<QString> model;
    std::optional<double> temperature;

    bool isEmpty() const;
    nlohmann::ordered_json toJson() const;

    struct Outcome;
    /** A change file; fragment paths are relative to it. */
    static Outcome loadFile(const QString &path);
    static Outcome load(QByteArray text, const QString &label, const QString &baseDir);
};

struct ForkChange::Outcome
{
    std::optional<ForkChange> change;
    Diagnostics diagnostics; // empty when change is set
};

/** A new run that replays a stored run up to a step, then takes the change. */
struct ForkPlan
{
    RunEngine::NewRun run;
    llm::EndpointFlags flags; // the parent's engine with the user's explicit flags on top
    int forkStep = 0;
    ForkChange change;
};

/**
 * Plans a fork of `parentId` after `atStep`. The fork is a new run of the parent's scenario,
 * seed and engine: its first `atStep` steps are answered from the project's call cache (or
 * by the deterministic offline engine), so they repeat the parent's exactly; the change's
 * words, material and fragments are added to its scenario as script entries at the step after
 * the fork, so a stored fork resumes with them. `stepsAfter` defaults to the parent's length.
 */
Result<ForkPlan> planFork(const RunStore &store, qint64 parentId, int atStep, const ForkChange &change,
                          std::optional<int> stepsAfter, const llm::EndpointFlags &explicitFlags);

/**
 * Creates a planned fork's run on `engine` (with the plan's engine flags) and schedules the
 * change's model and temperature for the start of the step after the fork, so nothing of
 * the first K steps differs. `applied` (may be empty) is called when the change is made.
 * The one way a fork starts: `troupe run --fork` (through ForkDriver) and the studio's run
 * thread both use it; ready() of the engine follows as for any new run.
 */
Status startFork(RunEngine &engine, const ForkPlan &plan, std::function<void()> applied = {});

/**
 * A change as JSON text (a change file's form, fragments inline): an empty object, or blank
 * text, is no change at all, which a fork may have (it then only repeats and continues).
 */
ForkChange::Outcome forkChangeFromText(const QByteArray &text, const QString &label);

/**
 * Runs a planned fork on an engine: the replay up to the fork step, then (at the start of
 * the next step) the model and temperature change, then the rest. done() follows once the
 * engine stops: finished, paused or interrupted.
 */
class ForkDriver final : public QObject
{
    Q_OBJECT
public:
    ForkDriver(RunEngine &engine, ForkPlan plan, QObject *parent = nullptr);
    /** Creates the fork's run; false with the reason when it cannot. */
    Status start();
    bool changeApplied() const { return m_applied; }

Q_SIGNALS:
    void done(troupe::RunStatus status);

private:
    RunEngine &m_engine;
    ForkPlan m_plan;
    bool m_applied = false;
};

/** Sets the change's model and temperature on the agents it names. */
void applyAgentChange(World &world, const ForkChange &change);

} // namespace troupe
