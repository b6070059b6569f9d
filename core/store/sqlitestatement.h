#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace troupe {

/**
 * One prepared SQLite statement on a QSqlDatabase's own connection, for the writes of a step
 * (tens of thousands of rows at 10,000 agents) and the lookups of the call cache. Values are bound in order, like
 * QSqlQuery::addBindValue, but text goes in as UTF-8 as it is, without a QVariant and a
 * UTF-16 copy per value: through QSqlQuery the step's writer spent a quarter of its time on
 * those. Write with it only inside a transaction of the database it was made for.
 */
class SqliteStatement final
{
public:
    /** The statement, or why it cannot be prepared (also when `db` is not SQLite). */
    static Result<SqliteStatement> prepare(const QSqlDatabase &db, const char *sql);

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    ~SqliteStatement();

    SqliteStatement &integer(qint64 v);
    SqliteStatement &real(double v);
    SqliteStatement &null();
    SqliteStatement &text(std::string_view utf8);
    SqliteStatement &text(const QString &s);     // a null QString binds NULL
    SqliteStatement &blob(const void *data, qsizetype bytes);

    /** Runs it with the values bound so far, then makes it ready for the next row. */
    Status run();

    /**
     * Steps a query with the values bound so far: true with a row to read, false past the last
     * one. Until reset() (or run()), the statement holds its read open, which keeps the WAL from
     * being checkpointed: read what is needed, then reset.
     */
    Result<bool> next();
    /** Column `i` of the row next() stopped at, as SQLite holds it: valid until the next step. */
    std::string_view utf8(int i) const;
    QString string(int i) const { const std::string_view v = utf8(i); return QString::fromUtf8(v.data(), qsizetype(v.size())); }
    /** Ready to bind and run again; what was bound goes. */
    void reset();

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    void check(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_next = 1;
    int m_failed = 0; // the first bind error, reported by run()
};

} // namespace troupe
