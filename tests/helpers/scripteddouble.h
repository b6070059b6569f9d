#pragma once

#include "llm/offlineengine.h"
#include "llm/provider.h"

#include <QHash>
#include <QTimer>

#include <functional>
#include <random>

namespace troupe::test {

/**
 * A provider for tests: each agent's turns come from a script (one reply text per turn, in
 * order; "!error: reason" makes the call fail), other agents and purposes fall back to the
 * offline engine. Replies arrive after a latency, optionally jittered by a seed so the
 * arrival order differs from the sending order.
 */
class ScriptedDouble final : public llm::Provider
{
public:
    explicit ScriptedDouble(int concurrency = 8, int latencyMs = 0, quint64 jitterSeed = 0)
        : m_concurrency(concurrency), m_latency(latencyMs), m_rng(jitterSeed), m_jitter(jitterSeed != 0)
    {
    }

    QHash<QString, QStringList> script;  // agent → reply per turn
    QHash<QString, QStringList> answers; // agent → reply per answer to a question
    int calls = 0;
    int inFlight = 0;
    int peakInFlight = 0;

    QString name() const override { return QStringLiteral("double"); }
    QString label() const override { return QStringLiteral("scripted test double"); }
    bool isLanguageModel() const override { return false; }
    QString defaultModel() const override { return QStringLiteral("double-1"); }
    QString embeddingModel() const override { return QStringLiteral("hashed-words-256"); }
    int maxConcurrency() const override { return m_concurrency; }

    void chat(const llm::ChatRequest &request, llm::ChatCallback done) override
    {
        ++calls;
        llm::ChatReply reply;
        QStringList &turns = request.purpose == QLatin1String("answer") ? answers[request.agent] : script[request.agent];
        if ((request.purpose == QLatin1String("turn") || request.purpose == QLatin1String("answer")) && !turns.isEmpty()) {
            const QString text = turns.takeFirst();
            if (text.startsWith(QLatin1String("!error: "))) {
                reply.error = text.mid(8);
            } else {
                reply.ok = true;
                reply.content = text;
                reply.model = defaultModel();
            }
        } else {
            reply = llm::OfflineEngine::reply(request);
        }
        deliver([done, reply] { done(reply); });
    }

    void embed(const QStringList &texts, llm::EmbeddingCallback done) override
    {
        llm::EmbeddingReply reply = llm::OfflineEngine::embeddings(texts);
        deliver([done, reply] { done(reply); });
    }

private:
    void deliver(std::function<void()> f)
    {
        ++inFlight;
        peakInFlight = std::max(peakInFlight, inFlight);
        const int latency = m_latency + (m_jitter ? int(m_rng() % 20) : 0);
        QTimer::singleShot(latency, this, [this, f] {
            --inFlight;
            f();
        });
    }

    int m_concurrency;
    int m_latency;
    std::mt19937_64 m_rng;
    bool m_jitter;
};

/** A turn reply as the model would send it. */
inline QString turnJson(const std::vector<std::array<const char *, 3>> &actions, const char *attention = "",
                        const char *emotions = "")
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &a : actions)
        list.push_back({{"type", a[0]}, {"content", a[1]}, {"target", a[2]}});
    nlohmann::json state = nlohmann::json::object();
    if (*attention)
        state["attention"] = attention;
    if (*emotions)
        state["emotions"] = emotions;
    return QString::fromStdString(nlohmann::json{{"actions", list}, {"cognitive_state", state}}.dump());
}

} // namespace troupe::test
