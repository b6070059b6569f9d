#pragma once

#include "persona/personadocument.h"
#include "util/diagnostic.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace troupe {

class ProjectFile;
class PersonaStore;

/** The same as Scenario::PopulationResolver: a population's people, everyone or a seeded sample. */
using PopulationPeople = std::function<Result<QList<PersonaDocument>>(const QString &name, std::optional<int> sample, quint64 seed)>;

struct StoredScenarioInfo
{
    qint64 id = 0;
    QString name;
    QDateTime updatedAt;
};

/**
 * Scenarios kept in a project. They are stored in "design" form: the scenario file format
 * (README) except that each agent names a persona of the project (`"persona": "Amara
 * Okafor"`) and its fragments by name (`"fragments": ["budget_conscious"]`), so editing a
 * persona changes every scenario that uses it. A top-level `"run"` object holds the
 * provider, model and budget cap the studio starts runs with.
 */
class ScenarioStore final
{
public:
    explicit ScenarioStore(ProjectFile &project) : m_project(project) {}

    Status save(const OrderedJson &design);
    Result<QList<StoredScenarioInfo>> list() const;
    Result<OrderedJson> load(const QString &name) const;
    Status remove(const QString &name);
    Status rename(const QString &from, const QString &to);

    struct Resolved
    {
        std::optional<nlohmann::ordered_json> scenario; // what Scenario::build takes
        Diagnostics diagnostics;                        // empty when scenario is set
    };
    /** The design with the project's personas and fragments (and populations) put in: ready to run. */
    static Resolved resolve(const OrderedJson &design, const PersonaStore &personas,
                            const PopulationPeople &populations = {});

    /**
     * Reads a scenario file (or a bundled name) and stores it in design form: its agent and
     * fragment files are imported as the project's personas and fragments unless one of that
     * name is already there (a user's edits are kept). Returns the scenario's name.
     */
    Result<QString> importFile(const QString &pathOrBundledName, PersonaStore &personas);

private:
    ProjectFile &m_project;
};

} // namespace troupe
