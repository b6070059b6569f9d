#include "projectcallcache.h"

#include "projectfile.h"

#include <QSqlQuery>
#include <QVariant>

namespace troupe {

std::optional<ProjectCallCache::Row> ProjectCallCache::lookup(const QString &hash)
{
    if (!m_lookup) {
        m_lookup.emplace(m_project.database());
        m_lookup->prepare(QStringLiteral("SELECT response, model FROM llm_calls WHERE request_hash = ? AND status = 'ok' "
                                         "AND response IS NOT NULL ORDER BY id LIMIT 1"));
    }
    QSqlQuery &q = *m_lookup;
    q.addBindValue(hash);
    const bool found = q.exec() && q.next();
    std::optional<Row> row;
    if (found)
        row = Row{q.value(0).toString(), q.value(1).toString()};
    q.finish();
    if (!row)
        if (const auto it = m_unwritten.constFind(hash); it != m_unwritten.cend())
            row = it->row;
    return row;
}

void ProjectCallCache::addUnwritten(const std::vector<LlmCallRecord> &calls)
{
    for (const LlmCallRecord &c : calls)
        if (c.status() == QLatin1String("ok") && !c.response.isEmpty() && !m_unwritten.contains(c.requestHash))
            m_unwritten.insert(c.requestHash, {{c.response, c.model}, c.step});
}

void ProjectCallCache::forgetWrittenUpTo(int step)
{
    m_unwritten.removeIf([step](const auto &entry) { return entry.value().step <= step; });
}

std::optional<llm::ChatReply> ProjectCallCache::findChat(const QString &hash)
{
    const auto row = lookup(hash);
    if (!row)
        return std::nullopt;
    return llm::cachedChatReply(row->response, row->model);
}

std::optional<llm::EmbeddingReply> ProjectCallCache::findEmbedding(const QString &hash)
{
    const auto row = lookup(hash);
    if (!row)
        return std::nullopt;
    return llm::cachedEmbeddingReply(row->response, row->model);
}

} // namespace troupe
