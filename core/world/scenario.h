#pragma once

#include "world.h"
#include "util/diagnostic.h"

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

    /** Reads a scenario file; a bundled scenario name ("focus_group") also works. */
    static Outcome loadFile(const QString &pathOrBundledName);
    static Outcome load(QByteArray text, const QString &label, const QString &baseDir);
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
