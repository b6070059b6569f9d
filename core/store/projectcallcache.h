#pragma once

#include "knownhashes.h"
#include "llm/callcache.h"
#include "runrecords.h"
#include "sqlitestatement.h"

#include <QHash>

#include <optional>

namespace troupe {

class ProjectFile;

/**
 * The call cache of a project: successful, usable calls in llm_calls, found by request_hash.
 * The hashes in the file are read at the first lookup (KnownHashes); the calls that come back
 * through this cache, and those handed to the run's writer, are known from then on.
 */
class ProjectCallCache final : public llm::CallCache
{
public:
    explicit ProjectCallCache(ProjectFile &project) : m_project(project) {}
    std::optional<llm::ChatReply> findChat(const QString &hash) override;
    std::optional<llm::EmbeddingReply> findEmbedding(const QString &hash) override;
    /** The reply itself is stored by the caller's call log; here its hash becomes known. */
    void remember(const QString &hash, const llm::ChatReply &reply) override;
    void remember(const QString &hash, const llm::EmbeddingReply &reply) override;

    /**
     * Calls handed to the run's writer, which may not be in the file yet: found as if they
     * were, so a call repeated in the next step is answered as when steps were written at
     * once (a stored row still comes first: it is older).
     */
    void addUnwritten(const std::vector<LlmCallRecord> &calls);
    /** The calls of steps up to `step` are in the file now. */
    void forgetWrittenUpTo(int step);

private:
    struct Row
    {
        QString response;
        QString model;
    };
    std::optional<Row> lookup(const QString &hash);

    ProjectFile &m_project;
    std::optional<SqliteStatement> m_lookup; // prepared once: a run looks up every call it makes
    KnownHashes m_known{"SELECT request_hash FROM llm_calls", QStringLiteral("the project")};
    struct Unwritten
    {
        Row row;
        int step = 0;
    };
    QHash<QString, Unwritten> m_unwritten; // the first call with a hash, like ORDER BY id

};

} // namespace troupe
