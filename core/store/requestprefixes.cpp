#include "requestprefixes.h"

#include "sqlitestatement.h"

#include "util/sha256.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace troupe {

namespace {

constexpr std::string_view kParagraph = "\\n\\n"; // a blank line inside a JSON string

/** Where a prefix shared by `a` and `b` may end: after their last common paragraph break. */
size_t sharedCut(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    const size_t common = size_t(std::mismatch(a.begin(), a.begin() + n, b.begin()).first - a.begin());
    if (common < RequestPrefixes::kMinPrefix)
        return 0;
    const size_t at = a.substr(0, common).rfind(kParagraph);
    if (at == std::string_view::npos || at + kParagraph.size() < RequestPrefixes::kMinPrefix)
        return 0;
    return at + kParagraph.size();
}

} // namespace

std::optional<RequestPrefixes::Split> RequestPrefixes::split(QSqlDatabase db, qint64 runId, const QString &agent,
                                                             const QString &purpose,
                                                             const std::shared_ptr<const std::string> &text, QString *error)
{
    const std::string_view t(*text);
    Entry &e = m_entries[Key{runId, agent, purpose}];
    if (!e.prefix.empty() && t.size() > e.prefix.size() && t.substr(0, e.prefix.size()) == e.prefix)
        return Split{e.hash, t.substr(e.prefix.size())};

    // A new prefix: what this request shares with the previous one (or with the old prefix).
    const size_t cut = sharedCut(t, e.last ? std::string_view(*e.last) : std::string_view(e.prefix));
    if (cut == 0) {
        e.prefix.clear();
        e.hash.clear();
        e.last = text;
        return Split{QString(), t};
    }
    std::string prefix(t.substr(0, cut));
    const QString hash = sha256Hex(prefix);
    auto insert = SqliteStatement::prepare(db, "INSERT OR IGNORE INTO request_prefixes (hash, text) VALUES (?, ?)");
    const Status s = insert ? insert.value().text(hash).text(prefix).run() : Status::failure(insert.error());
    if (!s) {
        *error = s.error();
        return std::nullopt;
    }
    e.prefix = std::move(prefix);
    e.hash = hash;
    e.committed = false;
    e.last.reset();
    return Split{e.hash, t.substr(cut)};
}

void RequestPrefixes::settle(bool committed)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        Entry &e = it->second;
        if (e.prefix.empty() || e.committed) {
            ++it;
        } else if (committed) {
            e.committed = true;
            ++it;
        } else {
            it = m_entries.erase(it); // its row was rolled back: the next request is stored whole
        }
    }
}

void RequestPrefixes::forgetRun(qint64 runId)
{
    std::erase_if(m_entries, [runId](const auto &entry) { return std::get<0>(entry.first) == runId; });
}

bool RequestPrefixes::removeUnused(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("DELETE FROM request_prefixes WHERE hash NOT IN "
                              "(SELECT request_prefix FROM llm_calls WHERE request_prefix IS NOT NULL)")))
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace troupe
