#pragma once

#include "llm/callcache.h"

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

private:
    struct Row
    {
        QString response;
        QString model;
    };
    std::optional<Row> lookup(const QString &hash);

    ProjectFile &m_project;
    std::optional<QSqlQuery> m_lookup; // prepared once: a run looks up every call it makes

};

} // namespace troupe
