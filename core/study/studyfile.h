#pragma once

#include "study.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace troupe {

/**
 * Reads study files (README, "Study files") with every problem located as
 * file:line:column and named by its field, like scenario files: first the shape
 * (resources/schemas/study.schema.json), then the rules a schema cannot say (unique
 * question ids and options, labels inside the scale, keys a question type does not use,
 * mode-specific keys). The scenario (a bundled name, a path relative to the study file or
 * inline) and the population description (the same three ways) are resolved and put
 * inline, so the study's definition is self-contained.
 */
class StudyFile final
{
public:
    struct Outcome
    {
        std::optional<Study> study;
        Diagnostics diagnostics; // empty when study is set
    };

    /** Reads a study file; a bundled study name ("bottled_gazpacho") also works. */
    static Outcome loadFile(const QString &pathOrBundledName);
    static Outcome load(QByteArray text, const QString &label, const QString &baseDir);
    /** Rebuilds a study from its resolved definition (what a project stores). */
    static Outcome fromDefinition(const nlohmann::ordered_json &definition, const QString &label);
    /** Names of the bundled studies, e.g. "bottled_gazpacho". */
    static QStringList bundledNames();
    /** Names of the bundled population descriptions, e.g. "japan_seniors". */
    static QStringList bundledPopulationNames();
};

} // namespace troupe
