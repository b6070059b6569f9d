#pragma once

#include "migrations.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace troupe {

/**
 * One study in one SQLite file (*.troupe): WAL journal, foreign keys on, full fsync at
 * every commit so a killed process or machine keeps every committed transaction. Opening
 * inspects the file read-only first; a file that is not a project, is corrupt or comes
 * from a newer schema is refused without being touched.
 */
class ProjectFile final
{
public:
    /** "TRUP": PRAGMA application_id of every project file. */
    static constexpr int kApplicationId = 0x54525550;

    /** Creates a new project; fails if `path` exists. */
    static Result<std::unique_ptr<ProjectFile>> create(const QString &path,
                                                       const MigrationList &migrations = projectMigrations());
    /** Opens an existing project, migrating an older schema forward. */
    static Result<std::unique_ptr<ProjectFile>> open(const QString &path,
                                                     const MigrationList &migrations = projectMigrations());
    /** Opens `path`, creating it when it does not exist. */
    static Result<std::unique_ptr<ProjectFile>> openOrCreate(const QString &path,
                                                             const MigrationList &migrations = projectMigrations());

    /**
     * Another connection to a project this process already has open, for a thread of its
     * own (a connection is used only on the thread that made it): no inspection and no
     * migration, since `open` did both. Call it on that thread.
     */
    static Result<std::unique_ptr<ProjectFile>> attach(const ProjectFile &open);

    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase database() const;

    /**
     * Runs `work` in one transaction: committed if it succeeds, rolled back otherwise. A
     * transaction inside `work` joins this one.
     */
    Status transaction(const std::function<Status()> &work);

private:
    ProjectFile(QString path, QString connection);
    Status configure();
    Status migrate(const MigrationList &migrations);

    QString m_path;
    QString m_connection;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
};

/** Text of the last error of `query` or `db`, for messages. */
QString sqlError(const class QSqlQuery &query);

} // namespace troupe
