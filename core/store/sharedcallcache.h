#pragma once

#include "knownhashes.h"
#include "llm/callcache.h"
#include "util/result.h"

#include <QString>

#include <memory>

namespace troupe {

class ProjectCallCache;

/**
 * [OpenAI] CACHE_FILE_NAME: a cache of model replies in a file of its own (SQLite), shared
 * by every project and by runs without a project. A reply is found by its request hash, as in
 * a project's own cache; successful replies that missed are added. Lives on one thread.
 */
class SharedCallCache final : public llm::CallCache
{
public:
    /** Opens (or creates) the file; the error says which file and why. */
    static Result<std::unique_ptr<SharedCallCache>> open(const QString &path);
    ~SharedCallCache() override;

    std::optional<llm::ChatReply> findChat(const QString &hash) override;
    std::optional<llm::EmbeddingReply> findEmbedding(const QString &hash) override;
    void remember(const QString &hash, const llm::ChatReply &reply) override;
    void remember(const QString &hash, const llm::EmbeddingReply &reply) override;

    const QString &path() const { return m_path; }

private:
    explicit SharedCallCache(QString path, QString connection)
        : m_path(std::move(path)), m_connection(std::move(connection)), m_known("SELECT hash FROM replies", m_path)
    {
    }
    std::optional<std::pair<QString, QString>> lookup(const QString &hash, const char *kind);
    void store(const QString &hash, const char *kind, const QString &response, const QString &model);

    QString m_path;
    QString m_connection;
    KnownHashes m_known;
};

/** The project's own cache first, then the shared file; new replies go to the shared file. */
class TieredCallCache final : public llm::CallCache
{
public:
    TieredCallCache(ProjectCallCache *project, std::unique_ptr<SharedCallCache> shared);
    ~TieredCallCache() override;

    std::optional<llm::ChatReply> findChat(const QString &hash) override;
    std::optional<llm::EmbeddingReply> findEmbedding(const QString &hash) override;
    void remember(const QString &hash, const llm::ChatReply &reply) override;
    void remember(const QString &hash, const llm::EmbeddingReply &reply) override;

private:
    ProjectCallCache *m_project; // may be null: a run without a project
    std::unique_ptr<SharedCallCache> m_shared;
};

} // namespace troupe
