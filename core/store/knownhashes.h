#pragma once

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
     * Reads the first column of every row of `sql` (read it from an index: a covering scan).
     * Until it is read, or if reading fails (`error` says why), every hash may be held.
     */
    bool load(const QSqlDatabase &db, const char *sql, QString *error);
    bool loaded() const { return m_loaded; }
    /** False only when the hash is surely not held. */
    bool mayHold(const QString &hash) const;
    void add(const QString &hash);

private:
    static quint64 keyOf(QByteArrayView utf8);
    bool m_loaded = false;
    std::vector<quint64> m_read;          // sorted: 8 bytes a hash (10 million calls: 80 MB)
    std::unordered_set<quint64> m_added;  // since, or before the read
};

} // namespace troupe
