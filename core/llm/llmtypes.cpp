#include "llmtypes.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace troupe::llm {

nlohmann::json ChatRequest::toJson() const
{
    nlohmann::json messagesJson = nlohmann::json::array();
    for (const ChatMessage &m : messages)
        messagesJson.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    nlohmann::json j = {{"purpose", purpose.toStdString()},
                        {"model", model.toStdString()},
                        {"temperature", temperature},
                        {"messages", std::move(messagesJson)}};
    if (maxTokens > 0)
        j["max_tokens"] = maxTokens;
    if (!responseSchema.is_null())
        j["response_schema"] = {{"name", schemaName.toStdString()}, {"schema", responseSchema}};
    return j;
}

void ChatRequest::prepare(const QString &identity)
{
    auto p = std::make_shared<Prepared>();
    nlohmann::json j = toJson();
    p->json = j.dump();
    p->identity = identity;
    p->hash = requestHash(std::move(j), seed, identity);
    prepared = std::move(p);
}

namespace {
QString sha256(const nlohmann::json &canonical)
{
    // nlohmann::json keeps object keys sorted, so dump() is canonical.
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(canonical.dump()), QCryptographicHash::Sha256).toHex());
}
} // namespace

QString requestHash(const ChatRequest &request, const QString &identity)
{
    return requestHash(request.toJson(), request.seed, identity);
}

QString requestHash(nlohmann::json j, quint64 seed, const QString &identity)
{
    j.erase("purpose");
    j["endpoint"] = identity.toStdString();
    j["seed"] = seed;
    return sha256(j);
}

QString embeddingRequestHash(const QString &model, const QStringList &texts, const QString &identity)
{
    nlohmann::json input = nlohmann::json::array();
    for (const QString &t : texts)
        input.push_back(t.toStdString());
    return sha256({{"endpoint", identity.toStdString()}, {"embedding_model", model.toStdString()}, {"input", input}});
}

QString encodeVectors(const std::vector<std::vector<float>> &vectors)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << quint32(vectors.size());
    for (const auto &v : vectors) {
        out << quint32(v.size());
        for (float x : v)
            out << x;
    }
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<std::vector<std::vector<float>>> decodeVectors(const QString &text)
{
    const QByteArray bytes = QByteArray::fromBase64(text.toLatin1());
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > 1000000)
        return std::nullopt;
    std::vector<std::vector<float>> vectors(count);
    for (auto &v : vectors) {
        quint32 dims = 0;
        in >> dims;
        if (in.status() != QDataStream::Ok || dims > 100000)
            return std::nullopt;
        v.resize(dims);
        for (float &x : v)
            in >> x;
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return vectors;
}

int estimateTokens(const QString &text)
{
    return int((text.size() + 3) / 4);
}

} // namespace troupe::llm
