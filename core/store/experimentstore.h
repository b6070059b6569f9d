#pragma once

#include <functional>

#include "projectfile.h"

#include <QStringList>

#include <nlohmann/json.hpp>

namespace troupe {

/**
 * The experiments of a project (migration 6): each name with the resolved definition its
 * runs were made from. A name keeps one definition, so runs made from different arms or
 * replicates never mix under it, and `troupe project merge` can refuse projects that differ.
 */
class ExperimentStore final
{
public:
    explicit ExperimentStore(ProjectFile &project) : m_project(project) {}

    /** Stores the definition; the same one again is fine, a different one under the name is refused. */
    Status saveExperiment(const QString &name, const nlohmann::ordered_json &definition);
    /** The stored definition, or null when there is none. */
    Result<nlohmann::ordered_json> experiment(const QString &name) const;
    Result<QStringList> names() const;
    /**
     * Stores or replaces the definition under the name (the studio's editor). Refused when
     * the project holds runs of the experiment and the stored definition differs: those
     * runs were made from it. With no definition stored (it was deleted), it is stored.
     */
    Status replaceExperiment(const QString &name, const nlohmann::ordered_json &definition);
    /** Forgets the definition; the experiment's runs stay in the project. */
    Status removeExperiment(const QString &name);

private:
    /**
     * Stores `definition` under `name`. A stored, different definition is replaced only if
     * `mayReplace` is given and allows it; without it, that is refused.
     */
    Status write(const QString &name, const nlohmann::ordered_json &definition, const std::function<Status()> &mayReplace);

    ProjectFile &m_project;
};

} // namespace troupe
