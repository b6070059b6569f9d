#include "knownhashes.h"

#include "sqlitestatement.h"

#include <QHashFunctions>
#include <QLoggingCategory>

#include <algorithm>

namespace troupe {

namespace {
Q_LOGGING_CATEGORY(lcCache, "troupe.cache")
}

quint64 KnownHashes::keyOf(QByteArrayView utf8)
{
    return quint64(qHash(utf8, 0));
}

bool KnownHashes::read(const QSqlDatabase &db, QString *error)
{
    auto all = SqliteStatement::prepare(db, m_sql);
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
    return true;
}

bool KnownHashes::mayHold(const QSqlDatabase &db, QByteArrayView utf8)
{
    if (!m_tried) {
        m_tried = true;
        QString error;
        m_usable = read(db, &error);
        if (!m_usable)
            qCWarning(lcCache).noquote() << "every call is looked up in" << m_where << "(its hashes cannot be read):" << error;
    }
    if (!m_usable)
        return true;
    const quint64 key = keyOf(utf8);
    return std::binary_search(m_read.begin(), m_read.end(), key) || m_added.count(key) > 0;
}

void KnownHashes::add(QByteArrayView utf8)
{
    m_added.insert(keyOf(utf8));
}

} // namespace troupe
