#pragma once

#include "persona/personadocument.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace troupe {

class ProjectFile;

/** A row of the project's persona or fragment list. */
struct StoredSpecInfo
{
    qint64 id = 0;
    SpecKind kind = SpecKind::Agent;
    QString name;
    QString summary;
    QString sourceFile;
    QDateTime updatedAt;
};

/** Agents and fragments kept in a project file, stored as their full JSON documents. */
class PersonaStore final
{
public:
    explicit PersonaStore(ProjectFile &project) : m_project(project) {}

    enum class SaveOutcome { Added, Replaced };
    /** Saves a document under its name, replacing one of the same kind and name. */
    Result<SaveOutcome> save(const PersonaDocument &document, const QString &sourceFile = {});
    /** Agents first, then fragments, each sorted by name; `kind` limits the list. */
    Result<QList<StoredSpecInfo>> list(std::optional<SpecKind> kind = std::nullopt) const;
    /** The stored document named `name`, searching agents then fragments unless `kind` is given. */
    Result<PersonaDocument> load(const QString &name, std::optional<SpecKind> kind = std::nullopt) const;
    Status remove(SpecKind kind, const QString &name);

private:
    ProjectFile &m_project;
};

} // namespace troupe
