#include "projectfile.h"

#include <QSet>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace troupe {
namespace {

Q_LOGGING_CATEGORY(lcProject, "troupe.project")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)
};

QString uniqueConnectionName(const char *purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("troupe-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

struct Inspection
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

// Reads what identifies a project without writing a byte to the file.
Result<Inspection> inspect(const QString &path)
{
    auto refuse = [&](const QString &why) {
        return Result<Inspection>::failure(Tr::tr("%1 is not a Troupe Studio project: %2").arg(path, why));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Inspection>::failure(Tr::tr("cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return refuse(Tr::tr("the file is empty"));
    if (header != QByteArray("SQLite format 3\0", 16))
        return refuse(Tr::tr("it is not an SQLite database"));

    const QString name = uniqueConnectionName("inspect");
    Result<Inspection> result = Inspection{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            result = refuse(db.lastError().text());
        } else {
            QSqlQuery q(db);
            Inspection found;
            auto scalar = [&](const QString &sql, int *out) {
                if (!q.exec(sql) || !q.next())
                    return false;
                *out = q.value(0).toInt();
                return true;
            };
            if (!scalar(QStringLiteral("PRAGMA application_id"), &found.applicationId)
                || !scalar(QStringLiteral("PRAGMA user_version"), &found.userVersion)
                || !scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), &found.objectCount)) {
                result = refuse(Tr::tr("the database cannot be read (%1)").arg(q.lastError().text()));
            } else if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
                       || q.value(0).toString() != QLatin1String("ok")) {
                const QString detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
                result = Result<Inspection>::failure(
                    Tr::tr("%1 is damaged and was not opened (integrity check: %2). Restore it from a backup.")
                        .arg(path, detail));
            } else {
                result = found;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

QString sqlError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (!query.lastQuery().isEmpty())
        text += QStringLiteral(" [") + query.lastQuery().left(120) + u']';
    return text;
}

ProjectFile::ProjectFile(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

ProjectFile::~ProjectFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
            // Qt finalizes its own queries; a SqliteStatement still alive (one outliving
            // its project) keeps SQLite from closing, and the file stays open until exit.
            if (db.lastError().type() == QSqlError::ConnectionError)
                qCWarning(lcProject) << m_path << "did not close:" << db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ProjectFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::create(const QString &path, const MigrationList &migrations)
{
    using R = Result<std::unique_ptr<ProjectFile>>;
    if (QFileInfo::exists(path))
        return R::failure(Tr::tr("%1 already exists; open it instead, or choose another name").arg(path));
    std::unique_ptr<ProjectFile> project(new ProjectFile(path, uniqueConnectionName("project")));
    if (Status s = project->configure(); !s)
        return R::failure(s.error());
    if (Status s = project->migrate(migrations); !s)
        return R::failure(s.error());
    return R(std::move(project));
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::open(const QString &path, const MigrationList &migrations)
{
    using R = Result<std::unique_ptr<ProjectFile>>;
    if (!QFileInfo::exists(path))
        return R::failure(Tr::tr("%1: no such project file").arg(path));
    auto inspection = inspect(path);
    if (!inspection)
        return R::failure(inspection.error());
    const Inspection &found = inspection.value();
    if (found.applicationId != kApplicationId)
        return R::failure(Tr::tr("%1 is not a Troupe Studio project (it is an SQLite database of another program)").arg(path));
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (found.userVersion > latest)
        return R::failure(Tr::tr("%1 was saved by a newer version of Troupe Studio (project schema %2; this "
                             "version reads up to %3). Update Troupe Studio to open it.")
                              .arg(path).arg(found.userVersion).arg(latest));

    std::unique_ptr<ProjectFile> project(new ProjectFile(path, uniqueConnectionName("project")));
    if (Status s = project->configure(); !s)
        return R::failure(s.error());
    project->m_schemaVersion = found.userVersion;
    if (Status s = project->migrate(migrations); !s)
        return R::failure(s.error());
    return R(std::move(project));
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::attach(const ProjectFile &open)
{
    using R = Result<std::unique_ptr<ProjectFile>>;
    std::unique_ptr<ProjectFile> project(new ProjectFile(open.m_path, uniqueConnectionName("attached")));
    if (Status s = project->configure(); !s)
        return R::failure(s.error());
    project->m_schemaVersion = open.m_schemaVersion;
    return R(std::move(project));
}

Result<std::unique_ptr<ProjectFile>> ProjectFile::openOrCreate(const QString &path, const MigrationList &migrations)
{
    return QFileInfo::exists(path) ? open(path, migrations) : create(path, migrations);
}

Status ProjectFile::configure()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Status::failure(Tr::tr("cannot open %1: %2").arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    // A step of a large run writes tens of thousands of rows into several indexes: with
    // SQLite's default 2 MB page cache most of them were read back from the file again.
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-65536"}) {
        if (!q.exec(QLatin1String(pragma)))
            return Status::failure(Tr::tr("cannot prepare %1: %2").arg(m_path, sqlError(q)));
    }
    return {};
}

Status ProjectFile::transaction(const std::function<Status()> &work)
{
    // Nested: the work joins the outer transaction, which commits or rolls back all of it.
    if (m_inTransaction)
        return work();
    struct Depth
    {
        bool &flag;
        explicit Depth(bool &f) : flag(f) { flag = true; }
        ~Depth() { flag = false; }
    } depth(m_inTransaction);
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock up front, so two writers never deadlock on upgrade.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::failure(Tr::tr("cannot start writing to %1: %2").arg(m_path, sqlError(q)));
    Status result = work();
    if (result && !q.exec(QStringLiteral("COMMIT")))
        result = Status::failure(Tr::tr("cannot save to %1: %2").arg(m_path, sqlError(q)));
    if (!result)
        q.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Status ProjectFile::migrate(const MigrationList &migrations)
{
    // Steps are applied by what the file records as applied, not only by the highest version,
    // so a step numbered below one already applied (work merged from two branches) still runs.
    QSet<int> applied;
    if (m_schemaVersion > 0) {
        QSqlQuery q(database());
        if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations")))
            return Status::failure(Tr::tr("cannot read the schema history of %1: %2").arg(m_path, sqlError(q)));
        while (q.next())
            applied.insert(q.value(0).toInt());
    }
    const int highest = m_schemaVersion;
    for (const Migration &m : migrations) {
        if (applied.contains(m.version) || (m.version <= highest && applied.isEmpty()))
            continue;
        Status s = transaction([&]() -> Status {
            QSqlQuery q(database());
            QStringList statements;
            if (m_schemaVersion == 0)
                statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
                           << QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                                             "PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            statements << m.statements << QStringLiteral("PRAGMA user_version = %1").arg(std::max(m.version, m_schemaVersion));
            for (const QString &sql : statements)
                if (!q.exec(sql))
                    return Status::failure(sqlError(q));
            q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(m.description);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!q.exec())
                return Status::failure(sqlError(q));
            return {};
        });
        if (!s)
            return Status::failure(Tr::tr("cannot upgrade %1 to project schema %2: %3").arg(m_path).arg(m.version).arg(s.error()));
        m_schemaVersion = std::max(m.version, m_schemaVersion);
    }
    return {};
}

} // namespace troupe
