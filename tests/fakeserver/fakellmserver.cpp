#include "fakellmserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace troupe::testing {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray requestId()
{
    static quint64 n = 0;
    return "req_" + QByteArray::number(++n, 16).rightJustified(12, '0');
}

std::string lastUser(const nlohmann::json &body)
{
    std::string text;
    if (body.contains("messages"))
        for (const auto &m : body["messages"])
            if (m.value("role", "") == "user")
                text = m.value("content", "");
    return text;
}

std::string firstUser(const nlohmann::json &body)
{
    if (body.contains("messages"))
        for (const auto &m : body["messages"])
            if (m.value("role", "") == "user")
                return m.value("content", "");
    return {};
}

std::string hashOf(const nlohmann::json &body, int chars)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(body.dump()), QCryptographicHash::Sha256).toHex().left(chars).toStdString();
}

/** The lines of `text` after the line starting with `header`, up to the next "# " header. */
std::vector<std::string> section(const std::string &text, const std::string &header)
{
    std::vector<std::string> lines;
    bool inside = false;
    size_t at = 0;
    while (at <= text.size()) {
        const size_t end = std::min(text.find('\n', at), text.size());
        const std::string line = text.substr(at, end - at);
        if (line.rfind("# ", 0) == 0)
            inside = line.rfind(header, 0) == 0;
        else if (inside && !line.empty())
            lines.push_back(line);
        at = end + 1;
    }
    return lines;
}

/**
 * An extraction that depends on the whole request: each field (from the reply schema, else
 * the prompt's "- name" lines) names the request's hash and the event it cites; the first
 * and last numbered events are cited.
 */
nlohmann::json fakeExtraction(const nlohmann::json &body, const std::string &prompt)
{
    std::vector<long long> seqs;
    for (const std::string &line : section(prompt, "# Events"))
        if (line.size() > 2 && line[0] == '[')
            seqs.push_back(std::atoll(line.c_str() + 1));
    std::vector<std::string> fields;
    const nlohmann::json *schema = nullptr;
    if (body.contains("response_format") && body["response_format"].contains("json_schema"))
        schema = &body["response_format"]["json_schema"]["schema"];
    if (schema && schema->contains("properties")) {
        for (const auto &[name, value] : (*schema)["properties"].items())
            if (name != "cited_events")
                fields.push_back(name);
    } else {
        for (const std::string &line : section(prompt, "# Fields"))
            if (line.rfind("- ", 0) == 0)
                fields.push_back(line.substr(2, line.find(':') == std::string::npos ? std::string::npos : line.find(':') - 2));
    }
    const std::string tag = hashOf(body, 8);
    nlohmann::json reply = nlohmann::json::object();
    nlohmann::json cited = nlohmann::json::array();
    if (!seqs.empty()) {
        cited.push_back(seqs.front());
        if (seqs.back() != seqs.front())
            cited.push_back(seqs.back());
    }
    for (const std::string &f : fields)
        reply[f] = seqs.empty() ? nlohmann::json(nullptr)
                                : nlohmann::json(f + " from event " + std::to_string(seqs.front()) + " (fake model, request " + tag + ")");
    reply["cited_events"] = cited;
    return reply;
}

/** Labels for numbered answers: at most min(k, 3) themes named by the request's hash, every answer in one. */
nlohmann::json fakeNormalisation(const nlohmann::json &body, const std::string &prompt)
{
    int k = 5;
    std::vector<int> answers;
    bool inside = false;
    size_t at = 0;
    while (at <= prompt.size()) {
        const size_t end = std::min(prompt.find('\n', at), prompt.size());
        const std::string line = prompt.substr(at, end - at);
        if (line.rfind("# Use at most ", 0) == 0) {
            inside = true;
            k = std::max(1, std::atoi(line.c_str() + 14));
        } else if (line.rfind("# ", 0) == 0) {
            inside = false;
        } else if (inside && !line.empty() && std::isdigit(static_cast<unsigned char>(line[0]))) {
            answers.push_back(std::atoi(line.c_str()));
        }
        at = end + 1;
    }
    const std::string tag = hashOf(body, 6);
    const int themes = std::max(1, std::min({k, 3, int(answers.size())}));
    const int shift = std::stoi(tag.substr(0, 2), nullptr, 16);
    nlohmann::json labels = nlohmann::json::array();
    for (int t = 0; t < themes; ++t)
        labels.push_back({{"label", "theme " + std::to_string(t + 1) + " " + tag}, {"answers", nlohmann::json::array()}});
    for (size_t i = 0; i < answers.size(); ++i)
        labels[size_t((int(i) + shift) % themes)]["answers"].push_back(answers[i]);
    return {{"labels", labels}};
}

/** Dimensions that name the request they answer, so a changed prompt shows in the reply. */
nlohmann::json fakeDimensions(const nlohmann::json &body)
{
    const std::string note = "fake model reply to request " + hashOf(body, 10);
    auto categorical = [&](const char *name, std::vector<std::pair<const char *, double>> values) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto &[v, w] : values)
            list.push_back({{"value", v}, {"weight", w}});
        return nlohmann::json{{"name", name}, {"kind", "categorical"}, {"values", list}, {"min", nullptr}, {"max", nullptr},
                              {"distribution", nullptr}, {"description", note}};
    };
    nlohmann::json dims = nlohmann::json::array();
    dims.push_back(categorical("Age", {{"18-29", 21}, {"30-44", 25}, {"45-64", 33}, {"65+", 21}}));
    dims.push_back(categorical("Gender", {{"Female", 51}, {"Male", 49}}));
    dims.push_back(categorical("Region", {{"Northeast", 17}, {"Midwest", 21}, {"South", 38}, {"West", 24}}));
    dims.push_back({{"name", "Household income"}, {"kind", "numeric"}, {"values", nlohmann::json::array()}, {"min", 10000}, {"max", 250000},
                    {"distribution", "lognormal"}, {"mean", 75000}, {"sd", 50000}, {"description", note}});
    return {{"dimensions", dims}};
}

/**
 * A person that fits the attributes the prompt requires (the JSON line after "# Required
 * attributes"), named after the request's hash, so every request gets its own name.
 */
nlohmann::json fakePerson(const nlohmann::json &body)
{
    const std::string prompt = firstUser(body);
    nlohmann::json attrs = nlohmann::json::object();
    const std::string marker = "# Required attributes\n";
    if (const size_t at = prompt.find(marker); at != std::string::npos) {
        const size_t start = at + marker.size();
        const size_t end = prompt.find('\n', start);
        attrs = nlohmann::json::parse(prompt.substr(start, end == std::string::npos ? std::string::npos : end - start), nullptr, false);
        if (!attrs.is_object())
            attrs = nlohmann::json::object();
    }
    int age = 40;
    std::string gender = "Female", nationality = "American";
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        QString key = QString::fromStdString(it.key()).toLower();
        if (key.contains(QLatin1String("age")) && !key.contains(QLatin1String("wage"))) {
            if (it.value().is_number())
                age = int(it.value().get<double>());
            else if (it.value().is_string()) {
                const QString band = QString::fromStdString(it.value().get<std::string>());
                const QStringList parts = band.split(QRegularExpression(QStringLiteral("[-+]")), Qt::SkipEmptyParts);
                const int lo = parts.value(0).trimmed().toInt(), hi = parts.size() > 1 ? parts.value(1).trimmed().toInt() : lo + 10;
                age = (lo + hi) / 2;
            }
        } else if ((key.contains(QLatin1String("gender")) || key == QLatin1String("sex")) && it.value().is_string()) {
            gender = it.value().get<std::string>();
        } else if ((key == QLatin1String("country") || key == QLatin1String("nationality")) && it.value().is_string()) {
            nationality = it.value().get<std::string>();
        }
    }
    static const char *firsts[] = {"Alex", "Sam", "Jordan", "Casey", "Robin", "Morgan", "Taylor", "Jamie"};
    const std::string h = hashOf(body, 8);
    const std::string name = std::string(firsts[std::stoul(h.substr(0, 2), nullptr, 16) % 8]) + " Fake-" + h;
    nlohmann::json persona = {
        {"name", name}, {"age", age}, {"gender", gender}, {"nationality", nationality}, {"residence", "Springfield, " + nationality},
        {"education", "Community college"}, {"long_term_goals", {"Pay off the car loan"}},
        {"occupation", {{"title", "Clerk"}, {"organization", "A fake company"}, {"description", "Files fake papers (fake model)."}}},
        {"style", "Plain"},
        {"personality", {{"traits", {"steady"}}, {"big_five", {{"openness", "Medium"}, {"conscientiousness", "High"}, {"extraversion", "Low"},
                                                               {"agreeableness", "High"}, {"neuroticism", "Low"}}}}},
        {"preferences", {{"interests", {"Gardening"}}, {"likes", {"Tea"}}, {"dislikes", {"Noise"}}}},
        {"skills", {"Filing"}}, {"beliefs", {"Honesty matters"}},
        {"behaviors", {{"general", {"Keeps lists"}}, {"routines", {{"morning", "Tea"}, {"workday", "Office"}, {"evening", "TV"}, {"weekend", "Garden"}}}}},
        {"health", "Good"}, {"relationships", nlohmann::json::array()}, {"other_facts", {"Made by the fake test server."}}};
    return {{"persona", persona}, {"bio", name + " is a fake person made by the test server for " + std::to_string(attrs.size()) + " attributes."}};
}

std::string speakerOf(const nlohmann::json &body)
{
    // Our system prompt starts "You are NAME"; good enough to make replies personal.
    if (!body.contains("messages") || body["messages"].empty())
        return "someone";
    const std::string sys = body["messages"][0].value("content", "");
    const size_t at = sys.find("You are ");
    if (at == std::string::npos)
        return "someone";
    const size_t end = sys.find_first_of(",.\n", at + 8);
    return sys.substr(at + 8, end == std::string::npos ? std::string::npos : end - at - 8);
}

/**
 * A structured answer that fits the question's schema (value by type, range and options),
 * chosen by the request's hash: a changed prompt gives another answer.
 */
nlohmann::json fakeAnswer(const nlohmann::json &body, const QByteArray &hash, const std::string &who)
{
    const auto pick = [&hash](int at, size_t n) { return n == 0 ? size_t(0) : size_t(hash.mid((at % 28) * 2, 4).toUInt(nullptr, 16)) % n; };
    nlohmann::json v;
    const nlohmann::json schema = body["response_format"]["json_schema"].value("schema", nlohmann::json::object());
    const nlohmann::json value = schema.contains("properties") ? schema["properties"].value("value", nlohmann::json::object()) : nlohmann::json::object();
    const std::string type = value.value("type", "string");
    if (type == "integer" || type == "number") {
        const double lo = value.value("minimum", 0.0), hi = value.value("maximum", lo + 10);
        const long span = std::max(0L, long(hi - lo));
        v = type == "integer" ? nlohmann::json(long(lo) + long(pick(0, size_t(span + 1)))) : nlohmann::json(lo + double(pick(0, 1000)) / 1000.0 * (hi - lo));
    } else if (type == "array") {
        std::vector<std::string> options;
        for (const auto &o : value["items"].value("enum", nlohmann::json::array()))
            options.push_back(o.get<std::string>());
        for (size_t i = options.size(); i > 1; --i) // a permutation drawn from the hash
            std::swap(options[i - 1], options[pick(int(i), i)]);
        const size_t lo = value.value("minItems", size_t(1)), hi = std::min(options.size(), value.value("maxItems", options.size()));
        const size_t n = lo >= hi ? hi : lo + pick(1, hi - lo + 1);
        v = std::vector<std::string>(options.begin(), options.begin() + long(n));
    } else if (value.contains("enum")) {
        v = value["enum"][pick(0, value["enum"].size())];
    } else {
        v = "As " + who + ", I would say it depends (fake answer " + hash.left(8).toStdString() + ").";
    }
    return {{"value", v}, {"justification", "Speaking as " + who + " (reply " + hash.left(10).toStdString() + ")."}};
}

} // namespace

FakeLlmServer::FakeLlmServer(QObject *parent) : QObject(parent), m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeLlmServer::accept);
}

FakeLlmServer::~FakeLlmServer() = default;

bool FakeLlmServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FakeLlmServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void FakeLlmServer::enqueue(const QString &pathSuffix, Response response)
{
    m_script[pathSuffix].push_back(std::move(response));
}

int FakeLlmServer::count(const QString &pathSuffix) const
{
    int n = 0;
    for (const Request &r : m_requests)
        if (r.path.endsWith(pathSuffix))
            ++n;
    return n;
}

void FakeLlmServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeLlmServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = QString::fromLatin1(first.value(1));
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            r.headers.insert(name, value);
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        r.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        r.json = nlohmann::json::parse(r.body.toStdString(), nullptr, false);
        if (r.json.is_discarded())
            r.json = nullptr;
        if (m_keepRequests)
            m_requests.append(r);
        answer(socket, r);
    }
}

void FakeLlmServer::answer(QTcpSocket *socket, const Request &request)
{
    if (m_observer)
        m_observer(request);
    if (m_silenced)
        return;
    Response response;
    bool scripted = false;
    for (auto it = m_script.begin(); it != m_script.end(); ++it) {
        if (request.path.section(QLatin1Char('?'), 0, 0).endsWith(it.key()) && !it->empty()) {
            response = std::move(it->front());
            it->pop_front();
            scripted = true;
            break;
        }
    }
    if (!scripted) {
        const QByteArray auth = request.headers.value("authorization");
        const QByteArray apiKey = request.headers.value("api-key");
        if (!m_key.isEmpty() && auth != "Bearer " + m_key && apiKey != m_key)
            response = error(401, QStringLiteral("Incorrect API key provided: %1. You can find your API key at https://platform.openai.com/account/api-keys.")
                                      .arg(QString::fromLatin1(auth.mid(7).left(6) + "***")),
                             QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key"));
        else if (m_failFirst > 0 && !request.path.endsWith(QLatin1String("/models")))
            --m_failFirst, response = error(m_failStatus, QStringLiteral("The model is loading; try again shortly."));
        else
            response = automatic(request);
        response.delayMs = std::max(response.delayMs, m_latencyMs);
    }
    if (response.hang)
        return; // keep the socket open, say nothing
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        // Precise: a coarse timer may fire up to 5% late (10 ms of a 200 ms latency), which
        // the throughput benchmark would count against the client.
        QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this, [this, guard, response] {
            if (guard)
                send(guard, response);
        });
        return;
    }
    send(socket, response);
}

void FakeLlmServer::send(QTcpSocket *socket, const Response &r)
{
    if (r.drop) {
        socket->abort();
        return;
    }
    ++m_served;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    head += "date: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT\r\n";
    head += "x-request-id: " + requestId() + "\r\n";
    head += "openai-processing-ms: " + QByteArray::number(r.delayMs) + "\r\n";
    for (const auto &[k, v] : r.headers)
        head += k + ": " + v + "\r\n";
    if (r.sseData.isEmpty()) {
        head += "content-type: " + r.contentType + "\r\n";
        head += "content-length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
        socket->write(head + r.body);
        return;
    }
    head += "content-type: text/event-stream; charset=utf-8\r\ncache-control: no-cache\r\ntransfer-encoding: chunked\r\n\r\n";
    socket->write(head);
    auto chunk = [](const QByteArray &data) -> QByteArray {
        const QByteArray event = "data: " + data + "\n\n";
        return QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n";
    };
    QList<QByteArray> events = r.sseData;
    events.append("[DONE]");
    if (r.chunkDelayMs <= 0) {
        QByteArray all;
        for (const QByteArray &e : events)
            all += chunk(e);
        socket->write(all + "0\r\n\r\n");
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const bool last = i + 1 == events.size();
        QTimer::singleShot(int(i + 1) * r.chunkDelayMs, this, [guard, data = chunk(events[i]), last] {
            if (guard)
                guard->write(last ? QByteArray(data + "0\r\n\r\n") : QByteArray(data));
        });
    }
}

FakeLlmServer::Response FakeLlmServer::chat(const QString &content, int promptTokens, int completionTokens, const QString &finish)
{
    const nlohmann::json body = {
        {"id", "chatcmpl-fake"},
        {"object", "chat.completion"},
        {"created", 1767600000},
        {"model", "fake-model-2026-01-01"},
        {"choices", {{{"index", 0}, {"message", {{"role", "assistant"}, {"content", content.toStdString()}, {"refusal", nullptr}}}, {"finish_reason", finish.toStdString()}}}},
        {"usage", {{"prompt_tokens", promptTokens}, {"completion_tokens", completionTokens}, {"total_tokens", promptTokens + completionTokens},
                   {"prompt_tokens_details", {{"cached_tokens", 0}}}}},
    };
    Response r;
    r.body = QByteArray::fromStdString(body.dump());
    r.headers = {{"x-ratelimit-limit-requests", "10000"}, {"x-ratelimit-remaining-requests", "9999"},
                 {"x-ratelimit-reset-requests", "6ms"}};
    return r;
}

FakeLlmServer::Response FakeLlmServer::chatStream(const QString &content, int pieces, bool withUsage)
{
    Response r;
    const std::string text = content.toStdString();
    const size_t step = std::max<size_t>(1, (text.size() + size_t(pieces) - 1) / size_t(std::max(1, pieces)));
    auto chunkJson = [](const nlohmann::json &delta, const nlohmann::json &finish) {
        return QByteArray::fromStdString(nlohmann::json{{"id", "chatcmpl-fake"}, {"object", "chat.completion.chunk"}, {"model", "fake-model-2026-01-01"},
                                                        {"choices", {{{"index", 0}, {"delta", delta}, {"finish_reason", finish}}}}}
                                             .dump());
    };
    r.sseData.append(chunkJson({{"role", "assistant"}, {"content", ""}}, nullptr));
    for (size_t at = 0; at < text.size(); at += step)
        r.sseData.append(chunkJson({{"content", text.substr(at, step)}}, nullptr));
    r.sseData.append(chunkJson(nlohmann::json::object(), "stop"));
    if (withUsage)
        r.sseData.append(QByteArray::fromStdString(
            nlohmann::json{{"id", "chatcmpl-fake"}, {"object", "chat.completion.chunk"}, {"choices", nlohmann::json::array()},
                           {"usage", {{"prompt_tokens", 20}, {"completion_tokens", int(text.size() / 4) + 1}, {"total_tokens", 21 + int(text.size() / 4)}}}}
                .dump()));
    return r;
}

FakeLlmServer::Response FakeLlmServer::error(int status, const QString &message, const QString &type, const QString &code, Headers headers)
{
    Response r;
    r.status = status;
    r.headers = std::move(headers);
    r.body = QByteArray::fromStdString(
        nlohmann::json{{"error", {{"message", message.toStdString()}, {"type", type.toStdString()}, {"param", nullptr},
                                  {"code", code.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(code.toStdString())}}}}
            .dump());
    return r;
}

QByteArray FakeLlmServer::bodyHash(const QByteArray &body)
{
    // OpenSSL's SHA-256, as the client's cache keys: the server runs beside the client in the
    // benchmark, and with QCryptographicHash this was 40% of its time (a request in a burst
    // of hundreds waits for those before it, which the client's step time would count).
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(body.constData(), size_t(body.size()), digest, &size, EVP_sha256(), nullptr) == 1 && size == 32)
        return QByteArray(reinterpret_cast<const char *>(digest), 32).toHex();
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

FakeLlmServer::Response FakeLlmServer::automatic(const Request &request) const
{
    const nlohmann::json &b = request.json;
    const QString path = request.path.section(QLatin1Char('?'), 0, 0);
    if (path.endsWith(QLatin1String("/models")))
    {
        Response r;
        r.body = R"({"object":"list","data":[{"id":"fake-embed","object":"model"},{"id":"fake-model","object":"model"}]})";
        return r;
    }
    if (path.endsWith(QLatin1String("/embeddings"))) {
        nlohmann::json data = nlohmann::json::array();
        int tokens = 0;
        int index = 0;
        for (const auto &input : b.value("input", nlohmann::json::array())) {
            const std::string text = input.is_string() ? input.get<std::string>() : input.dump();
            tokens += int(text.size() / 4) + 1;
            const QByteArray h = QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256);
            nlohmann::json v = nlohmann::json::array();
            for (int i = 0; i < 16; ++i)
                v.push_back((static_cast<unsigned char>(h[i]) - 127.5) / 127.5);
            data.push_back({{"object", "embedding"}, {"index", index++}, {"embedding", v}});
        }
        Response r;
        r.body = QByteArray::fromStdString(
            nlohmann::json{{"object", "list"}, {"data", data}, {"model", b.value("model", "fake-embed")}, {"usage", {{"prompt_tokens", tokens}, {"total_tokens", tokens}}}}
                .dump());
        return r;
    }
    if (!path.endsWith(QLatin1String("/chat/completions")) || b.is_null())
        return error(404, QStringLiteral("Unknown request URL: %1 %2").arg(QString::fromLatin1(request.method), request.path),
                     QStringLiteral("invalid_request_error"), QStringLiteral("unknown_url"));
    const std::string format = b.contains("response_format") ? b["response_format"].value("type", "") : "";
    if (m_rejectJsonSchema && format == "json_schema")
        return error(400, QStringLiteral("Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model."),
                     QStringLiteral("invalid_request_error"));
    const std::string schemaName = format == "json_schema" ? b["response_format"]["json_schema"].value("name", "") : "";
    const std::string user = lastUser(b);
    nlohmann::json reply;
    const QByteArray hash = bodyHash(request.body);
    const auto pick = [&hash](int at, size_t n) { return size_t(hash.mid(at * 2, 4).toUInt(nullptr, 16)) % n; };
    if (schemaName == "probe" || user.find("{\"ok\": true}") != std::string::npos) {
        reply = {{"ok", true}};
    } else if (schemaName == "population_dimensions" || firstUser(b).find("into sampling dimensions") != std::string::npos) {
        reply = fakeDimensions(b);
    } else if (schemaName == "population_person" || firstUser(b).find("# Required attributes") != std::string::npos) {
        reply = fakePerson(b);
    } else if (schemaName == "answer") {
        reply = fakeAnswer(b, hash, speakerOf(b));
    } else if (schemaName == "extraction" || firstUser(b).find("extract what an analyst asks for") != std::string::npos) {
        reply = fakeExtraction(b, firstUser(b));
    } else if (schemaName == "normalisation" || firstUser(b).find("open answers of a survey into labels") != std::string::npos) {
        reply = fakeNormalisation(b, firstUser(b));
    } else if (schemaName == "condition_check" || user.find("check a condition") != std::string::npos) {
        if (m_hashReplies)
            reply = {{"holds", pick(0, 3) == 0}, {"reason", "Judged by request " + hash.left(8).toStdString() + " (fake model)."}};
        else
            reply = {{"holds", false}, {"reason", "Nobody has raised it yet (fake model)."}};
    } else if (m_hashReplies) {
        static const char *const opinions[] = {"the fee worries me", "it could save me time", "I would want to see the data policy",
                                               "my friends would try it", "it sounds like every other app", "the rounding idea is clever"};
        static const char *const moods[] = {"curious", "sceptical", "amused", "tired", "hopeful"};
        const std::string who = speakerOf(b);
        const std::string tag = hash.left(10).toStdString();
        reply = {{"actions",
                  {{{"type", "THINK"}, {"content", std::string("Honestly, ") + opinions[pick(1, 6)] + "."}, {"target", ""}},
                   {{"type", "TALK"}, {"content", "Speaking as " + who + ": " + opinions[pick(2, 6)] + " (reply " + tag + ")."}, {"target", ""}},
                   {{"type", "DONE"}, {"content", ""}, {"target", ""}}}},
                 {"cognitive_state", {{"attention", std::string("what was said about ") + opinions[pick(3, 6)]}, {"emotions", moods[pick(4, 5)]}}}};
    } else {
        const std::string who = speakerOf(b);
        const std::string heard = user.size() > 60 ? user.substr(user.size() - 60) : user;
        reply = {{"actions",
                  {{{"type", "THINK"}, {"content", "I should answer honestly."}, {"target", ""}},
                   {{"type", "TALK"}, {"content", "Speaking as " + who + ": that is an interesting point (fake model reply " + std::to_string(m_served + 1) + ")."}, {"target", ""}},
                   {{"type", "DONE"}, {"content", ""}, {"target", ""}}}},
                 {"cognitive_state", {{"attention", "the discussion"}, {"emotions", "curious"}}}};
    }
    const QString content = QString::fromStdString(reply.dump());
    if (b.value("stream", false))
        return chatStream(content);
    int prompt = 0;
    for (const auto &m : b.value("messages", nlohmann::json::array()))
        prompt += int(m.value("content", "").size() / 4) + 4;
    return chat(content, prompt, int(content.size() / 4) + 1);
}

} // namespace troupe::testing
