// A request's texts are put together from pieces written once (ChatRequest::prepare,
// openai::chatBody). They must equal, byte for byte, what writing each whole object gives:
// the cache key decides whether a stored project replays for free, and the body is what a
// server (and its prefix cache) sees.
#include "llm/endpoint.h"
#include "llm/llmtypes.h"
#include "llm/openaiprotocol.h"
#include "util/promptrenderer.h"

#include <QtTest>

using namespace troupe;
using namespace troupe::llm;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

/** The body as the whole object, written at once: what chatBody() gave before it was put together from pieces. */
QByteArray wholeBody(const Endpoint &endpoint, const ChatRequest &request, StructuredMode mode, bool stream)
{
    nlohmann::json messages = nlohmann::json::array();
    for (const ChatMessage &m : request.messages)
        messages.push_back({{"role", str(m.role)}, {"content", str(m.content)}});
    const bool wantsJson = !request.responseSchema.is_null();
    if (wantsJson && mode == StructuredMode::Prompt)
        messages.push_back({{"role", "system"}, {"content", str(renderPrompt(QStringLiteral("json_only"), nlohmann::json::object()).trimmed())}});
    nlohmann::json body = nlohmann::json::object();
    body["model"] = str(request.model.isEmpty() ? endpoint.model : request.model);
    body["messages"] = std::move(messages);
    body["temperature"] = request.temperature;
    if (endpoint.topP != 1.0)
        body["top_p"] = endpoint.topP;
    if (endpoint.frequencyPenalty != 0.0)
        body["frequency_penalty"] = endpoint.frequencyPenalty;
    if (endpoint.presencePenalty != 0.0)
        body["presence_penalty"] = endpoint.presencePenalty;
    const int maxTokens = request.maxTokens > 0 ? request.maxTokens : endpoint.maxCompletionTokens;
    const bool official = endpoint.preset == QLatin1String("openai") || endpoint.preset == QLatin1String("azure");
    body[official ? "max_completion_tokens" : "max_tokens"] = maxTokens;
    body["seed"] = qint64(request.seed & 0x7fffffff);
    if (wantsJson && mode == StructuredMode::JsonSchema)
        body["response_format"] = {{"type", "json_schema"},
                                   {"json_schema",
                                    {{"name", str(request.schemaName.isEmpty() ? QStringLiteral("reply") : request.schemaName)},
                                     {"strict", true},
                                     {"schema", openai::strictSchema(request.responseSchema)}}}};
    else if (wantsJson && mode == StructuredMode::JsonObject)
        body["response_format"] = {{"type", "json_object"}};
    if (stream) {
        body["stream"] = true;
        body["stream_options"] = {{"include_usage", true}};
    }
    return QByteArray::fromStdString(body.dump());
}

std::vector<ChatRequest> requests()
{
    std::vector<ChatRequest> out;
    ChatRequest plain;
    plain.purpose = QStringLiteral("turn");
    plain.model = QStringLiteral("gpt-4o-mini");
    plain.messages = {{QStringLiteral("system"), QStringLiteral("You are Lisa.\n\"Quoted\", tab\t, ü, 日本, emoji \U0001F600, \\ backslash")},
                      {QStringLiteral("user"), QStringLiteral("What do you think?")}};
    plain.seed = 0xfedcba9876543210ull;
    out.push_back(plain);

    ChatRequest schema = plain;
    schema.purpose = QStringLiteral("answer");
    schema.model.clear();
    schema.temperature = 0.3;
    schema.maxTokens = 321;
    schema.schemaName = QStringLiteral("turn \"reply\"");
    schema.responseSchema = {{"type", "object"},
                             {"required", {"action"}},
                             {"properties", {{"action", {{"type", "string"}, {"enum", {"TALK", "DONE"}}}}, {"why", {{"type", "string"}}}}}};
    out.push_back(schema);

    ChatRequest empty;
    empty.temperature = 0.0;
    empty.responseSchema = {{"type", "object"}};
    out.push_back(empty);
    return out;
}

} // namespace

class TestRequestText : public QObject
{
    Q_OBJECT
private slots:
    void preparedTextsEqualWholeWrites();
    void bodyEqualsWholeWrite();
    void systemPromptPartsEqualTheWholeTemplate();
};

void TestRequestText::preparedTextsEqualWholeWrites()
{
    for (ChatRequest r : requests()) {
        const QString identity = QStringLiteral("vllm http://127.0.0.1:8000/v1");
        const nlohmann::json whole = r.toJson();
        // Computed without `prepared`: the key as it has always been computed.
        const QString key = requestHash(whole, r.seed, identity);
        r.prepare(identity);
        QCOMPARE(QString::fromStdString(r.prepared->json), QString::fromStdString(whole.dump()));
        QCOMPARE(r.prepared->hash, key);
        QCOMPARE(requestHash(r, identity), key);
        QVERIFY(requestHash(r, QStringLiteral("offline")) != key); // another identity is worked out again
        QCOMPARE(QString::fromStdString(r.prepared->messages), QString::fromStdString(whole.at("messages").dump()));
    }
}

void TestRequestText::bodyEqualsWholeWrite()
{
    Endpoint plain;
    plain.preset = QStringLiteral("vllm");
    plain.model = QStringLiteral("served-model");
    plain.maxCompletionTokens = 2048;
    Endpoint official = plain;
    official.preset = QStringLiteral("openai");
    official.topP = 0.9;
    official.frequencyPenalty = 0.25;
    official.presencePenalty = -0.5;
    for (const Endpoint &e : {plain, official})
        for (ChatRequest r : requests())
            for (bool prepared : {false, true})
                for (StructuredMode mode : {StructuredMode::JsonSchema, StructuredMode::JsonObject, StructuredMode::Prompt})
                    for (bool stream : {false, true}) {
                        if (prepared)
                            r.prepare(QStringLiteral("x"));
                        QCOMPARE(openai::chatBody(e, r, mode, stream), wholeBody(e, r, mode, stream));
                    }
}

void TestRequestText::systemPromptPartsEqualTheWholeTemplate()
{
    // Agents keep the first part of their system prompt and render only "# Now" onwards each
    // turn; put together, the parts must be the template rendered whole, or every stored
    // run's cache keys would change.
    const nlohmann::json head = {{"name", "Lisa"},
                                 {"faculties", {{{"definitions", "- RECALL: search your memory. content: what."}}}},
                                 {"constraints", {"Use RECALL sparingly."}},
                                 {"harmful_content_prevention", true},
                                 {"copyright_infringement_prevention", false},
                                 {"persona", R"({"name":"Lisa","age":28})"}};
    const nlohmann::json nobody = {{"datetime", "Monday 2024-01-01 09:00"}, {"location", "-"}, {"context", "-"},
                                   {"goals", "-"}, {"attention", "-"}, {"emotions", "calm"},
                                   {"accessible", nlohmann::json::array()}, {"has_working_memory", false},
                                   {"working_memory", nlohmann::json::array()}};
    nlohmann::json people = nobody;
    people["accessible"] = {{{"name", "Oscar"}, {"relation", "colleague"}}, {{"name", "Marcos"}, {"relation", ""}}};
    people["has_working_memory"] = true;
    people["working_memory"] = {"Earlier: the fee is 4 dollars.", "Oscar dislikes apps."};
    nlohmann::json bare = head;
    bare["faculties"] = nlohmann::json::array();
    bare["constraints"] = nlohmann::json::array();
    bare["harmful_content_prevention"] = false;
    for (const nlohmann::json &first : {head, bare})
        for (const nlohmann::json &now : {nobody, people}) {
            nlohmann::json whole = first;
            whole.update(now);
            const QString parts = renderPromptPart(QStringLiteral("agent_system"), "# Now", true, first)
                + renderPromptPart(QStringLiteral("agent_system"), "# Now", false, now);
            QCOMPARE(parts, renderPrompt(QStringLiteral("agent_system"), whole));
            QVERIFY(parts.contains(QLatin1String("\n# Now\n")));
        }
}

QTEST_GUILESS_MAIN(TestRequestText)
#include "tst_requesttext.moc"
