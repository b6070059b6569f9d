#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

#include <sqlite3.h>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStatement)
};

/**
 * The handle is only safe to use when Qt's driver runs on this program's SQLite: Debian's
 * does; a Qt with SQLite built into its driver does not. Asked once, of the first database.
 */
QString sameSqlite(const QSqlDatabase &db)
{
    static std::atomic<int> known{0}; // 0 not asked yet, 1 the same, 2 another
    if (known.load() == 0) {
        QSqlQuery q(db);
        const bool same = q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
                       && q.value(0).toString() == QLatin1String(sqlite3_sourceid());
        known.store(same ? 1 : 2);
    }
    if (known.load() == 1)
        return {};
    return Tr::tr("Qt's SQLite driver was built with its own SQLite, not the %1 this program uses; "
                  "build against a Qt that uses the system SQLite").arg(QString::fromLatin1(sqlite3_libversion()));
}

} // namespace

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, const char *sql)
{
    using R = Result<SqliteStatement>;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return R::failure(Tr::tr("the project's database is not SQLite"));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection)
        return R::failure(Tr::tr("the project's database is not open"));
    if (const QString other = sameSqlite(db); !other.isEmpty())
        return R::failure(other);
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return R::failure(QString::fromUtf8(sqlite3_errmsg(connection)));
    }
    return SqliteStatement(connection, stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_next(other.m_next), m_failed(other.m_failed)
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::check(int rc)
{
    if (rc != SQLITE_OK && m_failed == 0)
        m_failed = rc;
    ++m_next;
}

SqliteStatement &SqliteStatement::integer(qint64 v)
{
    check(sqlite3_bind_int64(m_stmt, m_next, v));
    return *this;
}

SqliteStatement &SqliteStatement::real(double v)
{
    check(sqlite3_bind_double(m_stmt, m_next, v));
    return *this;
}

SqliteStatement &SqliteStatement::null()
{
    check(sqlite3_bind_null(m_stmt, m_next));
    return *this;
}

SqliteStatement &SqliteStatement::text(std::string_view utf8)
{
    check(sqlite3_bind_text64(m_stmt, m_next, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

SqliteStatement &SqliteStatement::text(const QString &s)
{
    if (s.isNull())
        return null();
    const QByteArray utf8 = s.toUtf8();
    return text(std::string_view(utf8.constData(), size_t(utf8.size())));
}

SqliteStatement &SqliteStatement::blob(const void *data, qsizetype bytes)
{
    check(sqlite3_bind_blob64(m_stmt, m_next, data ? data : "", sqlite3_uint64(bytes), SQLITE_TRANSIENT));
    return *this;
}

Status SqliteStatement::run()
{
    const bool bound = m_failed == 0;
    const int rc = bound ? sqlite3_step(m_stmt) : m_failed;
    const bool done = rc == SQLITE_DONE || rc == SQLITE_ROW;
    const QString error = done ? QString() : QString::fromUtf8(bound ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
    reset();
    if (done)
        return {};
    return Status::failure(error);
}

Result<bool> SqliteStatement::next()
{
    if (m_failed != 0) {
        const int rc = m_failed;
        reset();
        return Result<bool>::failure(QString::fromUtf8(sqlite3_errstr(rc)));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString error = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return Result<bool>::failure(error);
}

std::string_view SqliteStatement::utf8(int i) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, i))) : std::string_view();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_next = 1;
    m_failed = 0;
}

} // namespace troupe
