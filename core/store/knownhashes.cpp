#include "knownhashes.h"

#include "sqlitestatement.h"

#include <QHashFunctions>

namespace troupe {

quint64 KnownHashes::keyOf(QByteArrayView utf8)
{
    return quint64(qHash(utf8, 0));
}

bool KnownHashes::load(const QSqlDatabase &db, const char *sql, QString *error)
{
    auto all = SqliteStatement::prepare(db, sql);
    if (!all) {
        *error = all.error();
        return false;
    }
    std::unordered_set<quint64> keys;
    for (;;) {
        const Result<bool> row = all.value().next();
        if (!row) {
            *error = row.error();
            return false;
        }
        if (!row.value())
            break;
        const std::string_view hash = all.value().utf8(0);
        keys.insert(keyOf(QByteArrayView(hash.data(), qsizetype(hash.size()))));
    }
    all.value().reset();
    keys.merge(m_keys); // what was added before the read
    m_keys = std::move(keys);
    m_loaded = true;
    return true;
}

bool KnownHashes::mayHold(const QString &hash) const
{
    return !m_loaded || m_keys.count(keyOf(hash.toUtf8()));
}

void KnownHashes::add(const QString &hash)
{
    m_keys.insert(keyOf(hash.toUtf8()));
}

} // namespace troupe
