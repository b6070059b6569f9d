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
    llm::ChatReply r;
    r.ok = true;
    r.content = row->response;
    r.model = row->model;
    r.fromCache = true;
    r.cost = 0.0;
    r.attempts = 0;
    return r;
}

std::optional<llm::EmbeddingReply> ProjectCallCache::findEmbedding(const QString &hash)
{
    const auto row = lookup(m_project, hash);
    if (!row)
        return std::nullopt;
    auto vectors = llm::decodeVectors(row->response);
    if (!vectors)
        return std::nullopt;
    llm::EmbeddingReply r;
    r.ok = true;
    r.vectors = std::move(*vectors);
    r.model = row->model;
    r.fromCache = true;
    r.cost = 0.0;
    r.attempts = 0;
    return r;
}

} // namespace troupe
