#pragma once

#include "world.h"
#include "util/diagnostic.h"
#include "util/result.h"

#include <functional>

#include <memory>
#include <optional>

namespace troupe {

/**
 * A scenario file (documented in README.md): the world, its agents (files relative to the
 * scenario, or inline specs) with fragments and per-agent model settings, relations or
 * everyone-accessible, a script of events by step, and interventions.
 *
 * Loading resolves every file: the result is self-contained (agents inline with their
 * fragments applied), which is what a run stores and what a resumed run is rebuilt from.
 */
class Scenario final
{
public:
    struct Outcome
    {
        std::optional<nlohmann::ordered_json> resolved;
        Diagnostics diagnostics; // empty when resolved is set
    };

    /**
     * The people of a project's population for `"agents": [{"population": "NAME"}]`:
     * everyone, or `sample` of them drawn with `seed`. Without one, such entries are errors.
     */
    using PopulationResolver =
        std::function<Result<QList<PersonaDocument>>(const QString &name, std::optional<int> sample, quint64 seed)>;

    /** Reads a scenario file; a bundled scenario name ("focus_group") also works. */
    static Outcome loadFile(const QString &pathOrBundledName, const PopulationResolver &populations = {});
    /** Population entries become one inline agent per person, so the result stays self-contained. */
    static Outcome load(QByteArray text, const QString &label, const QString &baseDir,
                        const PopulationResolver &populations = {});
    /** Names of the bundled scenarios, e.g. "focus_group". */
    static QStringList bundledNames();

    struct BuildOptions
    {
        AgentSettings settings;
        std::optional<int> steps;
        std::optional<quint64> seed;
        QString defaultModel;
    };
    /** A world ready to run from a resolved scenario. */
    static std::unique_ptr<World> build(const nlohmann::ordered_json &resolved, llm::CallScheduler *scheduler,
                                        const BuildOptions &options, QObject *parent = nullptr);
    /** The steps the scenario asks for (world.steps, default 6). */
    static int steps(const nlohmann::ordered_json &resolved);
    static quint64 seed(const nlohmann::ordered_json &resolved);
};

} // namespace troupe
