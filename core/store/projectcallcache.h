#pragma once

#include "llm/callcache.h"
#include "runrecords.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace troupe {

class ProjectFile;

/** The call cache of a project: successful, usable calls in llm_calls, found by request_hash. */
class ProjectCallCache final : public llm::CallCache
{
public:
    explicit ProjectCallCache(ProjectFile &project) : m_project(project) {}
    std::optional<llm::ChatReply> findChat(const QString &hash) override;
    std::optional<llm::EmbeddingReply> findEmbedding(const QString &hash) override;

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
    std::optional<QSqlQuery> m_lookup; // prepared once: a run looks up every call it makes
    struct Unwritten
    {
        Row row;
        int step = 0;
    };
    QHash<QString, Unwritten> m_unwritten; // the first call with a hash, like ORDER BY id

};

} // namespace troupe
