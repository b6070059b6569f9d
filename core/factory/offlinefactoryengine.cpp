#include "offlinefactoryengine.h"

#include "offlinepeople.h"
#include "personrequest.h"

#include <QTimer>

namespace troupe {

OfflineFactoryEngine::OfflineFactoryEngine(QObject *parent) : llm::Provider(parent), m_engine(new llm::OfflineEngine(this))
{
}

llm::ChatReply OfflineFactoryEngine::reply(const llm::ChatRequest &request)
{
    const bool dims = request.purpose == QLatin1String(kDimensionsPurpose);
    if (!dims && request.purpose != QLatin1String(kPersonPurpose))
        return llm::OfflineEngine::reply(request);
    llm::ChatReply r;
    r.ok = true;
    r.model = llm::OfflineEngine::modelName();
    // Each repair round adds the rejected reply: its count is the attempt, so a repair differs.
    int attempt = 0;
    for (const llm::ChatMessage &m : request.messages)
        attempt += m.role == QLatin1String("assistant") ? 1 : 0;
    const nlohmann::json body = dims ? offlineDimensionsReply(request.hints) : offlinePerson(request.hints, attempt);
    r.content = QString::fromStdString(body.dump());
    int promptChars = 0;
    for (const llm::ChatMessage &m : request.messages)
        promptChars += int(m.content.size());
    r.usage.promptTokens = (promptChars + 3) / 4;
    r.usage.completionTokens = llm::estimateTokens(r.content);
    r.usage.estimated = true;
    return r;
}

void OfflineFactoryEngine::chat(const llm::ChatRequest &request, llm::ChatCallback done)
{
    llm::ChatReply r = reply(request);
    QTimer::singleShot(0, this, [done = std::move(done), r = std::move(r)]() mutable { done(std::move(r)); });
}

void OfflineFactoryEngine::embed(const QStringList &texts, llm::EmbeddingCallback done)
{
    m_engine->embed(texts, std::move(done));
}

} // namespace troupe
