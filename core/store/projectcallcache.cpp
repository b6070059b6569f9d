#include "projectcallcache.h"

#include "projectfile.h"

#include <QLoggingCategory>

namespace troupe {

namespace {
Q_LOGGING_CATEGORY(lcCache, "troupe.cache")
}

std::optional<ProjectCallCache::Row> ProjectCallCache::lookup(const QString &hash)
{
    const QByteArray utf8 = hash.toUtf8();
    if (!m_known.mayHold(m_project.database(), utf8))
        return std::nullopt; // neither in the file nor handed to the writer
    if (!m_lookup) {
        auto prepared = SqliteStatement::prepare(m_project.database(),
                                                 "SELECT response, model FROM llm_calls WHERE request_hash = ? AND status = 'ok' "
                                                 "AND response IS NOT NULL ORDER BY id LIMIT 1");
        if (prepared)
            m_lookup.emplace(std::move(prepared).value());
        else
            qCWarning(lcCache) << "the project's calls cannot be looked up:" << prepared.error();
    }
    std::optional<Row> row;
    if (m_lookup) {
        SqliteStatement &q = *m_lookup;
        if (const Result<bool> found = q.text(std::string_view(utf8.constData(), size_t(utf8.size()))).next(); found && found.value())
            row = Row{q.string(0), q.string(1)};
        q.reset(); // the read ends here, so the writer's checkpoints are not held up
    }
    if (!row)
        if (const auto it = m_unwritten.constFind(hash); it != m_unwritten.cend())
            row = it->row;
    return row;
}

void ProjectCallCache::addUnwritten(const std::vector<LlmCallRecord> &calls)
{
    for (const LlmCallRecord &c : calls)
        if (c.status() == QLatin1String("ok") && !c.response.isEmpty() && !m_unwritten.contains(c.requestHash)) {
            m_unwritten.insert(c.requestHash, {{c.response, c.model}, c.step});
            m_known.add(c.requestHash);
        }
}

void ProjectCallCache::remember(const QString &hash, const llm::ChatReply &reply)
{
    if (reply.ok)
        m_known.add(hash);
}

void ProjectCallCache::remember(const QString &hash, const llm::EmbeddingReply &reply)
{
    if (reply.ok)
        m_known.add(hash);
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
