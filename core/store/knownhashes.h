#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

#include <unordered_set>
#include <vector>

namespace troupe {

/**
 * The request hashes a cache holds, read once into memory: a hash not among them is a miss
 * without a query. A run looks up every call it makes, and at 10,000 agents the query of a
 * call that was never made cost its thread a quarter of a second a step. Hashes stored by
 * others after the read are not seen (until add()): such a call is asked of the model again.
 */
class KnownHashes final
{
public:
    /**
     * `sql` gives every hash in its first column (read it from an index: a covering scan);
     * `where` names the cache in the warning when it cannot be read.
     */
    KnownHashes(const char *sql, QString where) : m_sql(sql), m_where(std::move(where)) {}

    /**
     * False only when `utf8` (a hash) is surely not held. The first call reads the hashes from
     * `db`; if that fails (a warning says why), every hash may be held from then on.
     */
    bool mayHold(const QSqlDatabase &db, QByteArrayView utf8);
    void add(QByteArrayView utf8);
    void add(const QString &hash) { add(QByteArrayView(hash.toUtf8())); }

private:
    static quint64 keyOf(QByteArrayView utf8);
    bool read(const QSqlDatabase &db, QString *error);

    const char *m_sql;
    QString m_where;
    bool m_tried = false, m_usable = false;
    std::vector<quint64> m_read;          // sorted: 8 bytes a hash (10 million calls: 80 MB)
    std::unordered_set<quint64> m_added;  // since, or before the read
};

} // namespace troupe
