#include "sharedcallcache.h"

#include "projectcallcache.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SharedCallCache)
};

QAtomicInteger<int> g_connections;

} // namespace

Result<std::unique_ptr<SharedCallCache>> SharedCallCache::open(const QString &path)
{
    using R = Result<std::unique_ptr<SharedCallCache>>;
    const QString name = QStringLiteral("troupe-shared-cache-%1").arg(g_connections.fetchAndAddRelaxed(1));
    std::unique_ptr<SharedCallCache> cache(new SharedCallCache(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return R::failure(Tr::tr("the shared cache %1 (CACHE_FILE_NAME) cannot be opened: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    for (const char *sql : {"PRAGMA journal_mode=WAL",
                            "CREATE TABLE IF NOT EXISTS replies (hash TEXT NOT NULL, kind TEXT NOT NULL, response TEXT NOT NULL, "
                            "model TEXT, created_at TEXT, PRIMARY KEY (hash, kind))"})
        if (!q.exec(QLatin1String(sql)))
            return R::failure(Tr::tr("the shared cache %1 (CACHE_FILE_NAME) is not usable: %2").arg(path, q.lastError().text()));
    return cache;
}

SharedCallCache::~SharedCallCache()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

std::optional<std::pair<QString, QString>> SharedCallCache::lookup(const QString &hash, const char *kind)
{
    if (!m_known.mayHold(QSqlDatabase::database(m_connection, false), hash.toUtf8()))
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT response, model FROM replies WHERE hash = ? AND kind = ?"));
    q.addBindValue(hash);
    q.addBindValue(QLatin1String(kind));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return std::pair{q.value(0).toString(), q.value(1).toString()};
}

void SharedCallCache::store(const QString &hash, const char *kind, const QString &response, const QString &model)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO replies (hash, kind, response, model, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(QLatin1String(kind));
    q.addBindValue(response);
    q.addBindValue(model);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (q.exec()) // a cache that cannot be written only costs a repeated call later
        m_known.add(hash);
}

std::optional<llm::ChatReply> SharedCallCache::findChat(const QString &hash)
{
    const auto row = lookup(hash, "chat");
    if (!row)
        return std::nullopt;
    return llm::cachedChatReply(row->first, row->second);
}

std::optional<llm::EmbeddingReply> SharedCallCache::findEmbedding(const QString &hash)
{
    const auto row = lookup(hash, "embedding");
    if (!row)
        return std::nullopt;
    return llm::cachedEmbeddingReply(row->first, row->second);
}

void SharedCallCache::remember(const QString &hash, const llm::ChatReply &reply)
{
    if (reply.ok && !reply.fromCache)
        store(hash, "chat", reply.content, reply.model);
}

void SharedCallCache::remember(const QString &hash, const llm::EmbeddingReply &reply)
{
    if (reply.ok && !reply.fromCache)
        store(hash, "embedding", llm::encodeVectors(reply.vectors), reply.model);
}

TieredCallCache::TieredCallCache(ProjectCallCache *project, std::unique_ptr<SharedCallCache> shared)
    : m_project(project), m_shared(std::move(shared))
{
}

TieredCallCache::~TieredCallCache() = default;

std::optional<llm::ChatReply> TieredCallCache::findChat(const QString &hash)
{
    if (m_project)
        if (auto hit = m_project->findChat(hash))
            return hit;
    return m_shared->findChat(hash);
}

std::optional<llm::EmbeddingReply> TieredCallCache::findEmbedding(const QString &hash)
{
    if (m_project)
        if (auto hit = m_project->findEmbedding(hash))
            return hit;
    return m_shared->findEmbedding(hash);
}

void TieredCallCache::remember(const QString &hash, const llm::ChatReply &reply)
{
    if (m_project)
        m_project->remember(hash, reply);
    m_shared->remember(hash, reply);
}

void TieredCallCache::remember(const QString &hash, const llm::EmbeddingReply &reply)
{
    if (m_project)
        m_project->remember(hash, reply);
    m_shared->remember(hash, reply);
}

} // namespace troupe
