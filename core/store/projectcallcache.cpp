#include "projectcallcache.h"

#include "projectfile.h"

#include <QSqlQuery>
#include <QVariant>

namespace troupe {

namespace {

struct Row
{
    QString response;
    QString model;
};

std::optional<Row> lookup(ProjectFile &project, const QString &hash)
{
    QSqlQuery q(project.database());
    q.prepare(QStringLiteral("SELECT response, model FROM llm_calls WHERE request_hash = ? AND status = 'ok' "
                             "AND response IS NOT NULL ORDER BY id LIMIT 1"));
    q.addBindValue(hash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Row{q.value(0).toString(), q.value(1).toString()};
}

} // namespace

std::optional<llm::ChatReply> ProjectCallCache::findChat(const QString &hash)
{
    const auto row = lookup(m_project, hash);
    if (!row)
        return std::nullopt;
    return llm::cachedChatReply(row->response, row->model);
}

std::optional<llm::EmbeddingReply> ProjectCallCache::findEmbedding(const QString &hash)
{
    const auto row = lookup(m_project, hash);
    if (!row)
        return std::nullopt;
    return llm::cachedEmbeddingReply(row->response, row->model);
}

} // namespace troupe
