#include "llmtypes.h"

#include "util/sha256.h"


#include <algorithm>
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

std::string jsonText(const nlohmann::json &value)
{
    return value.dump();
}

std::string jsonObjectText(std::vector<std::pair<std::string, std::string>> members)
{
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    size_t size = 2;
    for (const auto &[key, text] : members)
        size += key.size() + text.size() + 4;
    std::string out;
    out.reserve(size);
    out += '{';
    for (const auto &[key, text] : members) {
        if (out.size() > 1)
            out += ',';
        out += jsonText(key);
        out += ':';
        out += text;
    }
    out += '}';
    return out;
}

std::string messagesText(const std::vector<ChatMessage> &messages)
{
    std::string out = "[";
    for (const ChatMessage &m : messages) {
        if (out.size() > 1)
            out += ',';
        out += "{\"content\":";
        out += jsonText(m.content.toStdString());
        out += ",\"role\":";
        out += jsonText(m.role.toStdString());
        out += '}';
    }
    out += ']';
    return out;
}

namespace {

QString sha256(const std::string &canonical)
{
    return sha256Hex(canonical);
}

QString sha256(const nlohmann::json &canonical)
{
    // nlohmann::json keeps object keys sorted, so dump() is canonical.
    return sha256(canonical.dump());
}

/** The members toJson() and the cache key share, from the prepared texts. */
std::vector<std::pair<std::string, std::string>> commonMembers(const ChatRequest &r, const ChatRequest::Prepared &p)
{
    std::vector<std::pair<std::string, std::string>> m{
        {"model", jsonText(r.model.toStdString())}, {"temperature", jsonText(r.temperature)}, {"messages", p.messages}};
    if (r.maxTokens > 0)
        m.emplace_back("max_tokens", jsonText(r.maxTokens));
    if (!p.schema.empty())
        m.emplace_back("response_schema", jsonObjectText({{"name", jsonText(r.schemaName.toStdString())}, {"schema", p.schema}}));
    return m;
}

} // namespace

namespace {

std::shared_ptr<const ChatRequest::Prepared> makePrepared(const ChatRequest &r, const QString &identity)
{
    auto p = std::make_shared<ChatRequest::Prepared>();
    p->identity = identity;
    p->messages = messagesText(r.messages);
    if (!r.responseSchema.is_null())
        p->schema = jsonText(r.responseSchema);
    auto logged = commonMembers(r, *p);
    auto keyed = logged;
    logged.emplace_back("purpose", jsonText(r.purpose.toStdString()));
    p->json = jsonObjectText(std::move(logged));
    // requestHash(): the logged request without its purpose, with who answers and the seed.
    keyed.emplace_back("endpoint", jsonText(identity.toStdString()));
    keyed.emplace_back("seed", jsonText(r.seed));
    p->hash = sha256(jsonObjectText(std::move(keyed)));
    return p;
}

} // namespace

void ChatRequest::prepare(const QString &identity)
{
    prepared = makePrepared(*this, identity);
}

std::shared_ptr<const ChatRequest::Prepared> ChatRequest::preparedFor(const QString &identity) const
{
    if (prepared && prepared->identity == identity)
        return prepared;
    return makePrepared(*this, identity);
}

QString requestHash(const ChatRequest &request, const QString &identity)
{
    return request.preparedFor(identity)->hash;
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
