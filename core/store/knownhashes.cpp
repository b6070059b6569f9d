#include "knownhashes.h"

#include "sqlitestatement.h"

#include <QHashFunctions>

#include <algorithm>

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
    std::vector<quint64> keys;
    for (;;) {
        const Result<bool> row = all.value().next();
        if (!row) {
            *error = row.error();
            return false;
        }
        if (!row.value())
            break;
        const std::string_view hash = all.value().utf8(0);
        keys.push_back(keyOf(QByteArrayView(hash.data(), qsizetype(hash.size()))));
    }
    all.value().reset();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    m_read = std::move(keys);
    m_loaded = true;
    return true;
}

bool KnownHashes::mayHold(const QString &hash) const
{
    if (!m_loaded)
        return true;
    const quint64 key = keyOf(hash.toUtf8());
    return std::binary_search(m_read.begin(), m_read.end(), key) || m_added.count(key) > 0;
}

void KnownHashes::add(const QString &hash)
{
    m_added.insert(keyOf(hash.toUtf8()));
}

} // namespace troupe
