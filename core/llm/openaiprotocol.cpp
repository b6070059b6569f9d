#include "openaiprotocol.h"

#include "util/jsonreader.h"
#include "util/jsonvalue.h"
#include "util/promptrenderer.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <QCoreApplication>
#include <QMutex>

namespace troupe::llm::openai {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiProtocol)
};

std::string str(const QString &s)
{
    return s.toStdString();
}

QString qstr(const nlohmann::json &v)
{
    return jsonString(v);
}

QString qstr(const nlohmann::json &object, const char *key)
{
    return jsonString(object, key);
}

/** A server body as JSON; nullopt when it is not JSON (or too deeply nested to be a reply). */
std::optional<nlohmann::json> parseBody(const QByteArray &body)
{
    return parsePlainJson(std::string_view(body.constData(), size_t(body.size())));
}

// Token counts: a count that is not a whole number from 0 up is the server's mistake, not ours.
int tokenCount(const nlohmann::json &object, const char *key)
{
    return std::max(0, jsonInt(object, key, 0));
}

void readUsage(const nlohmann::json &u, ChatResult &r)
{
    if (!u.is_object())
        return;
    r.hasUsage = true;
    r.usage.promptTokens = tokenCount(u, "prompt_tokens");
    r.usage.completionTokens = tokenCount(u, "completion_tokens");
    r.usage.cachedTokens = tokenCount(jsonObject(u, "prompt_tokens_details"), "cached_tokens");
}

bool mentionsAny(const QByteArray &body, std::initializer_list<const char *> words)
{
    const QByteArray lower = body.toLower();
    for (const char *w : words)
        if (lower.contains(w))
            return true;
    return false;
}

} // namespace

nlohmann::json strictSchema(const nlohmann::json &schema)
{
    if (schema.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &v : schema)
            out.push_back(strictSchema(v));
        return out;
    }
    if (!schema.is_object())
        return schema;
    nlohmann::json out = nlohmann::json::object();
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (it.key() == "$schema" || it.key() == "title")
            continue;
        out[it.key()] = it.key() == "properties" ? it.value() : strictSchema(it.value());
    }
    if (out.contains("properties") && out["properties"].is_object()) {
        std::set<std::string> required;
        if (out.contains("required"))
            for (const auto &r : out["required"])
                required.insert(r.get<std::string>());
        nlohmann::json props = nlohmann::json::object();
        nlohmann::json allRequired = nlohmann::json::array();
        for (auto it = out["properties"].begin(); it != out["properties"].end(); ++it) {
            nlohmann::json p = strictSchema(it.value());
            if (!required.count(it.key()) && p.contains("type")) {
                nlohmann::json types = p["type"].is_array() ? p["type"] : nlohmann::json::array({p["type"]});
                types.push_back("null");
                p["type"] = types;
                if (p.contains("enum"))
                    p["enum"].push_back(nullptr);
            }
            props[it.key()] = std::move(p);
            allRequired.push_back(it.key());
        }
        out["properties"] = std::move(props);
        out["required"] = std::move(allRequired);
        out["additionalProperties"] = false;
    }
    return out;
}

void dropNulls(nlohmann::json &value)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end();) {
            if (it->is_null()) {
                it = value.erase(it);
            } else {
                dropNulls(*it);
                ++it;
            }
        }
    } else if (value.is_array()) {
        for (auto &v : value)
            dropNulls(v);
    }
}

namespace {

/**
 * strictSchema() of a schema as JSON text, by the schema's text: a run asks for a few
 * schemas thousands of times. Bounded; shared by the threads that make requests.
 */
std::string strictSchemaText(const std::string &schemaText, const nlohmann::json &schema)
{
    static QMutex mutex;
    static std::unordered_map<std::string, std::string> known;
    {
        QMutexLocker lock(&mutex);
        if (auto it = known.find(schemaText); it != known.end())
            return it->second;
    }
    std::string text = jsonText(strictSchema(schema));
    QMutexLocker lock(&mutex);
    if (known.size() >= 64)
        known.clear();
    known.emplace(schemaText, text);
    return text;
}

} // namespace

QByteArray chatBody(const Endpoint &endpoint, const ChatRequest &request, StructuredMode mode, bool stream)
{
    // Put together from the request's prepared texts (the messages are most of the body and
    // are written once, ahead, on the thread that made the request); the same bytes as
    // dump() of the whole body: keys sorted, compact.
    const std::shared_ptr<const ChatRequest::Prepared> prepared = request.prepared;
    std::string messages = prepared ? prepared->messages : messagesText(request.messages);
    const bool wantsJson = !request.responseSchema.is_null();
    if (wantsJson && mode == StructuredMode::Prompt) {
        messages.pop_back(); // the closing ]
        if (!request.messages.empty())
            messages += ',';
        messages += messagesText({{QStringLiteral("system"), renderPrompt(QStringLiteral("json_only"), nlohmann::json::object()).trimmed()}})
                        .substr(1);
    }
    std::vector<std::pair<std::string, std::string>> body{
        {"model", jsonText(str(request.model.isEmpty() ? endpoint.model : request.model))},
        {"messages", std::move(messages)},
        {"temperature", jsonText(request.temperature)}};
    if (endpoint.topP != 1.0)
        body.emplace_back("top_p", jsonText(endpoint.topP));
    if (endpoint.frequencyPenalty != 0.0)
        body.emplace_back("frequency_penalty", jsonText(endpoint.frequencyPenalty));
    if (endpoint.presencePenalty != 0.0)
        body.emplace_back("presence_penalty", jsonText(endpoint.presencePenalty));
    const int maxTokens = request.maxTokens > 0 ? request.maxTokens : endpoint.maxCompletionTokens;
    // OpenAI and Azure renamed max_tokens; compatible servers still read the old name.
    const bool official = endpoint.preset == QLatin1String("openai") || endpoint.preset == QLatin1String("azure");
    body.emplace_back(official ? "max_completion_tokens" : "max_tokens", jsonText(maxTokens));
    body.emplace_back("seed", jsonText(qint64(request.seed & 0x7fffffff)));
    if (wantsJson && mode == StructuredMode::JsonSchema) {
        const std::string schemaText = prepared && !prepared->schema.empty() ? prepared->schema : jsonText(request.responseSchema);
        body.emplace_back(
            "response_format",
            jsonObjectText({{"type", jsonText("json_schema")},
                            {"json_schema", jsonObjectText({{"name", jsonText(str(request.schemaName.isEmpty() ? QStringLiteral("reply") : request.schemaName))},
                                                            {"strict", "true"},
                                                            {"schema", strictSchemaText(schemaText, request.responseSchema)}})}}));
    } else if (wantsJson && mode == StructuredMode::JsonObject) {
        body.emplace_back("response_format", jsonText({{"type", "json_object"}}));
    }
    if (stream) {
        body.emplace_back("stream", "true");
        body.emplace_back("stream_options", jsonText({{"include_usage", true}}));
    }
    return QByteArray::fromStdString(jsonObjectText(std::move(body)));
}

QByteArray embeddingsBody(const Endpoint &endpoint, const QStringList &texts)
{
    nlohmann::json input = nlohmann::json::array();
    for (const QString &t : texts)
        input.push_back(str(t.isEmpty() ? QStringLiteral(" ") : t)); // servers reject empty input
    const nlohmann::json body = {{"model", str(endpoint.embeddingModel)}, {"input", std::move(input)}, {"encoding_format", "float"}};
    return QByteArray::fromStdString(body.dump());
}

ChatResult parseChatReply(const QByteArray &body)
{
    ChatResult r;
    const auto parsed = parseBody(body);
    if (!parsed || !parsed->is_object()) {
        r.problem = Tr::tr("the server's reply is not JSON: %1").arg(QString::fromUtf8(body.left(120)).simplified());
        return r;
    }
    const nlohmann::json &j = *parsed;
    const nlohmann::json &choices = jsonArray(j, "choices");
    if (choices.empty() || !choices[0].is_object()) {
        r.problem = Tr::tr("the server's reply has no choices");
        return r;
    }
    const auto &choice = choices[0];
    r.finishReason = qstr(choice, "finish_reason");
    if (const nlohmann::json *msg = jsonMember(choice, "message"); msg && msg->is_object()) {
        r.content = qstr(*msg, "content");
        r.refusal = qstr(*msg, "refusal");
    } else {
        r.problem = Tr::tr("the server's reply has no message");
        return r;
    }
    r.model = qstr(j, "model");
    if (const nlohmann::json *u = jsonMember(j, "usage"))
        readUsage(*u, r);
    r.ok = true;
    return r;
}

bool StreamAccumulator::add(const QByteArray &data)
{
    if (data.trimmed() == "[DONE]") {
        m_done = true;
        return true;
    }
    const auto parsed = parseBody(data);
    if (!parsed || !parsed->is_object()) {
        m_result.problem = Tr::tr("a streamed chunk is not JSON: %1").arg(QString::fromUtf8(data.left(120)).simplified());
        return false;
    }
    const nlohmann::json &j = *parsed;
    if (jsonMember(j, "error")) {
        m_result.problem = serverMessage(data);
        return false;
    }
    if (m_result.model.isEmpty())
        m_result.model = qstr(j, "model");
    if (const nlohmann::json *u = jsonMember(j, "usage"); u && u->is_object())
        readUsage(*u, m_result);
    if (const nlohmann::json &choices = jsonArray(j, "choices"); !choices.empty()) {
        const auto &c = choices[0];
        const nlohmann::json &d = jsonObject(c, "delta");
        m_result.content += qstr(d, "content");
        m_result.refusal += qstr(d, "refusal");
        if (const QString fr = qstr(c, "finish_reason"); !fr.isEmpty())
            m_result.finishReason = fr;
    }
    m_result.ok = true;
    return true;
}

EmbeddingResult parseEmbeddings(const QByteArray &body, qsizetype expected)
{
    EmbeddingResult r;
    const auto parsed = parseBody(body);
    const nlohmann::json *data = parsed ? jsonMember(*parsed, "data") : nullptr;
    if (!data || !data->is_array()) {
        r.problem = Tr::tr("the server's embeddings reply is not in the expected form");
        return r;
    }
    r.vectors.resize(size_t(std::max<qsizetype>(expected, 0)));
    qsizetype filled = 0;
    for (const auto &item : *data) {
        const nlohmann::json *index = jsonMember(item, "index");
        const auto at = index ? jsonInteger(*index) : std::optional<std::int64_t>(filled);
        const nlohmann::json *emb = jsonMember(item, "embedding");
        if (!at || *at < 0 || *at >= expected || !emb || !emb->is_array()) {
            r.problem = Tr::tr("the server's embeddings reply has a bad item");
            return r;
        }
        auto &v = r.vectors[size_t(*at)];
        v.clear();
        v.reserve(emb->size());
        for (const auto &x : *emb) {
            const auto d = jsonNumber(x);
            // A component beyond float's range is not a usable embedding either.
            v.push_back(d && std::abs(*d) <= double(std::numeric_limits<float>::max()) ? float(*d) : 0.0f);
        }
        ++filled;
    }
    if (filled != expected) {
        r.problem = Tr::tr("the server returned %1 embeddings for %2 texts").arg(filled).arg(expected);
        return r;
    }
    r.usage.promptTokens = tokenCount(jsonObject(*parsed, "usage"), "prompt_tokens");
    r.ok = true;
    return r;
}

QString serverMessage(const QByteArray &body)
{
    const auto parsed = parseBody(body);
    QString message;
    if (parsed && parsed->is_object()) {
        const nlohmann::json &j = *parsed;
        const nlohmann::json *e = jsonMember(j, "error");
        if (e && e->is_object())
            message = qstr(*e, "message");
        else if (e && e->is_string())
            message = qstr(*e); // Ollama, llama.cpp
        if (message.isEmpty())
            message = qstr(j, "message");
        if (const nlohmann::json *detail = jsonMember(j, "detail"); message.isEmpty() && detail) // vLLM, FastAPI
            message = detail->is_string() ? qstr(*detail) : QString::fromStdString(detail->dump());
    }
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(300)).simplified();
    if (message.size() > 300)
        message = message.left(297) + QStringLiteral("...");
    return message;
}

bool rejectsResponseFormat(int status, const QByteArray &body)
{
    return (status == 400 || status == 422) && mentionsAny(body, {"response_format", "json_schema", "json_object", "structured output"});
}

bool rejectsStreaming(int status, const QByteArray &body)
{
    return (status == 400 || status == 422) && mentionsAny(body, {"stream"}) && !rejectsResponseFormat(status, body);
}

bool isContentFilter(const QByteArray &body)
{
    return mentionsAny(body, {"content_filter", "content management policy", "responsibleaipolicyviolation"});
}

QStringList parseModelList(const QByteArray &body)
{
    QStringList names;
    const auto parsed = parseBody(body);
    if (!parsed)
        return names;
    const nlohmann::json *list = jsonMember(*parsed, "data");
    if (!list || !list->is_array())
        list = jsonMember(*parsed, "models"); // Ollama's native shape
    if (!list || !list->is_array())
        return names;
    for (const auto &m : *list) {
        QString id = m.is_object() ? (jsonMember(m, "id") ? qstr(m, "id") : qstr(m, "name")) : qstr(m);
        if (!id.isEmpty())
            names.append(id);
    }
    names.sort();
    return names;
}

} // namespace troupe::llm::openai
