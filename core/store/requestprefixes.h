#pragma once

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace troupe {

/**
 * Most of an agent's request is the same from one step to the next (its instructions and
 * persona come first, what changed comes after), and it would be stored again with every
 * call. This keeps the part a request shares with the agent's earlier requests once, in
 * `request_prefixes` keyed by its SHA-256, and `llm_calls.request` holds the rest: the
 * stored request is prefix text + request, byte for byte (the `llm_call_requests` view
 * shows it whole). The split is only textual, so it needs no knowledge of the prompt.
 *
 * A prefix is the common start of two requests of the same run, agent and purpose, cut back
 * to a paragraph break ("\n\n" inside a JSON string) and at least kMinPrefix bytes long.
 * New prefixes count only once the transaction that wrote them commits (settle()).
 */
class RequestPrefixes final
{
public:
    static constexpr size_t kMinPrefix = 1024;

    struct Split
    {
        QString prefixHash;    // null: the request is stored whole
        std::string_view rest; // the part stored in llm_calls.request (a view into the request)
    };

    /** How to store `text`; a new prefix is written to `db` (inside the caller's transaction). */
    std::optional<Split> split(QSqlDatabase db, qint64 runId, const QString &agent, const QString &purpose,
                               const std::shared_ptr<const std::string> &text, QString *error);
    /** After the transaction: keeps the prefixes it wrote, or forgets them when it was rolled back. */
    void settle(bool committed);
    /** Forgets what it knows of a run (removed: its id may be given to the next run). */
    void forgetRun(qint64 runId);

    /** Deletes prefixes no stored call uses any more (after runs were removed). */
    static bool removeUnused(QSqlDatabase db, QString *error);

private:
    struct Entry
    {
        std::string prefix;                        // empty until two requests shared enough
        QString hash;
        bool committed = false;
        std::shared_ptr<const std::string> last;   // the previous request while there is no prefix
    };
    using Key = std::tuple<qint64, QString, QString>;
    std::map<Key, Entry> m_entries;
};

} // namespace troupe
