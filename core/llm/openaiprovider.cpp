#include "openaiprovider.h"

#include "jsonrepair.h"
#include "secretstore.h"
#include "sseparser.h"
#include "util/jsonreader.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace troupe::llm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiProvider)
};

int promptEstimate(const ChatRequest &request)
{
    int tokens = 0;
    for (const ChatMessage &m : request.messages)
        tokens += estimateTokens(m.content);
    return tokens;
}

std::optional<StructuredMode> nextMode(StructuredMode mode)
{
    switch (mode) {
    case StructuredMode::JsonSchema: return StructuredMode::JsonObject;
    case StructuredMode::JsonObject: return StructuredMode::Prompt;
    case StructuredMode::Prompt: return std::nullopt;
    }
    return std::nullopt;
}

bool isLocalPreset(const QString &preset)
{
    return preset == QLatin1String("ollama") || preset == QLatin1String("lmstudio") || preset == QLatin1String("llamacpp")
        || preset == QLatin1String("vllm");
}

bool isEventStream(const HttpOutcome &o)
{
    for (const auto &[k, v] : o.headers)
        if (k.compare("content-type", Qt::CaseInsensitive) == 0)
            return v.toLower().contains("text/event-stream");
    return false;
}

} // namespace

OpenAiProvider::OpenAiProvider(Endpoint endpoint, PriceTable prices, Clock &clock, QObject *parent)
    : Provider(parent),
      m_endpoint(std::move(endpoint)),
      m_identity(m_endpoint.identity()),
      m_prices(std::move(prices)),
      m_clock(clock),
      m_limiter(m_endpoint.requestsPerMinute, m_endpoint.tokensPerMinute, m_endpoint.minSpacingMs),
      m_rng(std::random_device{}()),
      m_transport(makeTransport(m_endpoint.baseUrl, m_endpoint.maxConcurrency, m_endpoint.leanHttp))
{
    if (m_endpoint.forcedMode)
        m_modes.insert(m_endpoint.model, *m_endpoint.forcedMode);
}

OpenAiProvider::~OpenAiProvider()
{
    cancelAll();
}

void OpenAiProvider::setModeMemory(ModeGetter get, ModeSetter set)
{
    m_getMode = std::move(get);
    m_setMode = std::move(set);
}

QString OpenAiProvider::modeKey(const QString &model) const
{
    return QStringLiteral("structured_output %1 %2").arg(m_endpoint.identity(), model);
}

std::optional<StructuredMode> OpenAiProvider::knownMode(const QString &model) const
{
    if (m_endpoint.forcedMode)
        return m_endpoint.forcedMode;
    if (auto it = m_modes.constFind(model); it != m_modes.cend())
        return *it;
    if (m_getMode)
        if (auto stored = m_getMode(modeKey(model)))
            return structuredModeFromName(*stored);
    return std::nullopt;
}

void OpenAiProvider::rememberMode(const QString &model, StructuredMode mode)
{
    m_modes.insert(model, mode);
    if (m_setMode && !m_endpoint.forcedMode)
        m_setMode(modeKey(model), structuredModeName(mode));
}

HttpSettings OpenAiProvider::settings() const
{
    HttpSettings s;
    s.connectTimeoutMs = m_endpoint.connectTimeoutMs;
    s.requestTimeoutMs = m_endpoint.requestTimeoutMs;
    s.maxAttempts = m_endpoint.maxAttempts;
    s.backoffFactor = m_endpoint.backoffFactor;
    return s;
}

HttpSettings OpenAiProvider::quickSettings() const
{
    HttpSettings s = settings();
    s.maxAttempts = std::min(s.maxAttempts, 2);
    s.backoffFactor = std::min(s.backoffFactor, 0.5);
    return s;
}

QNetworkRequest OpenAiProvider::request(const QUrl &url, bool stream) const
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Accept", stream ? "text/event-stream" : "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("TroupeStudio/%1").arg(QCoreApplication::applicationVersion()));
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_endpoint.apiKey.isEmpty()) {
        if (m_endpoint.kind == Endpoint::Kind::Azure)
            r.setRawHeader("api-key", m_endpoint.apiKey.toUtf8());
        else
            r.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    }
    if (m_endpoint.preset == QLatin1String("openrouter")) {
        r.setRawHeader("HTTP-Referer", "https://github.com/troupe-studio");
        r.setRawHeader("X-Title", "Troupe Studio");
    }
    return r;
}

HttpExchange *OpenAiProvider::newExchange(const HttpSettings &s)
{
    return new HttpExchange(m_transport.get(), m_clock, &m_limiter, m_rng, s, this);
}

void OpenAiProvider::cancelAll()
{
    // Exchanges are children until they are done; a finished one ignores cancel().
    const auto live = findChildren<HttpExchange *>(Qt::FindDirectChildrenOnly);
    for (HttpExchange *x : live)
        x->cancel();
}

std::optional<double> OpenAiProvider::costOf(const QString &model, const Usage &usage) const
{
    if (auto c = m_prices.cost(model, usage))
        return c;
    if (isLocalPreset(m_endpoint.preset))
        return 0.0; // your own machine
    return std::nullopt;
}

void OpenAiProvider::exchangeChat(const ChatRequest &req, StructuredMode mode, bool stream, const HttpSettings &s, Exchanged done)
{
    const QString model = req.model.isEmpty() ? m_endpoint.model : req.model;
    const int tokens = promptEstimate(req) + (req.maxTokens > 0 ? req.maxTokens : std::min(m_endpoint.maxCompletionTokens, 1024));
    auto accumulator = std::make_shared<openai::StreamAccumulator>();
    auto parser = std::make_shared<SseParser>();
    auto seenAttempt = std::make_shared<int>(0);
    HttpExchange::Data onData;
    if (stream) {
        QPointer<OpenAiProvider> self(this);
        const QString agent = req.agent, purpose = req.purpose;
        onData = [self, accumulator, parser, seenAttempt, agent, purpose](const QByteArray &bytes, int attempt) {
            if (attempt != *seenAttempt) { // a retry starts the text over
                *seenAttempt = attempt;
                accumulator->reset();
                *parser = SseParser();
            }
            const qsizetype before = accumulator->result().content.size();
            for (const QByteArray &data : parser->feed(bytes))
                accumulator->add(data);
            if (self && accumulator->result().content.size() != before)
                emit self->streamed(agent, purpose, accumulator->result().content);
        };
    }
    HttpExchange *x = newExchange(s);
    x->start(request(m_endpoint.chatUrl(model), stream), openai::chatBody(m_endpoint, req, mode, stream), tokens,
             [accumulator, parser, done = std::move(done)](HttpOutcome outcome) {
                 openai::ChatResult result;
                 if (outcome.ok) {
                     if (isEventStream(outcome)) {
                         for (const QByteArray &data : parser->finish())
                             accumulator->add(data);
                         result = accumulator->result();
                         if (!result.ok && result.problem.isEmpty())
                             result.problem = Tr::tr("the stream ended without any reply");
                     } else {
                         result = openai::parseChatReply(outcome.body); // the server ignored `stream`
                     }
                 }
                 done(std::move(outcome), std::move(result));
             },
             std::move(onData));
}

void OpenAiProvider::chat(const ChatRequest &request, ChatCallback done)
{
    chatShared(std::make_shared<const ChatRequest>(request), std::move(done));
}

void OpenAiProvider::chatShared(std::shared_ptr<const ChatRequest> request, ChatCallback done)
{
    const QString model = request->model.isEmpty() ? m_endpoint.model : request->model;
    const StructuredMode mode = knownMode(model).value_or(StructuredMode::JsonSchema);
    chatWith(std::move(request), mode, m_endpoint.stream && !m_streamRefused, 0, std::move(done));
}

void OpenAiProvider::chatWith(std::shared_ptr<const ChatRequest> request, StructuredMode mode, bool stream, int extraAttempts,
                              ChatCallback done)
{
    QPointer<OpenAiProvider> self(this);
    exchangeChat(*request, mode, stream, settings(), [self, this, request, mode, stream, extraAttempts, done](HttpOutcome o, openai::ChatResult r) {
        const ChatRequest &req = *request;
        const QString model = req.model.isEmpty() ? m_endpoint.model : req.model;
        ChatReply reply;
        reply.model = model;
        reply.attempts = o.attempts + extraAttempts;
        reply.latencyMs = o.latencyMs;
        if (o.cancelled || !self) {
            reply.error = Tr::tr("cancelled");
            done(std::move(reply));
            return;
        }
        if (!o.ok) {
            if (!req.responseSchema.is_null() && !m_endpoint.forcedMode && openai::rejectsResponseFormat(o.status, o.body)) {
                if (auto lower = nextMode(mode)) {
                    rememberMode(model, *lower);
                    chatWith(request, *lower, stream, reply.attempts, done);
                    return;
                }
            }
            if (stream && openai::rejectsStreaming(o.status, o.body)) {
                m_streamRefused = true;
                chatWith(request, mode, false, reply.attempts, done);
                return;
            }
            reply.refused = openai::isContentFilter(o.body);
            reply.error = describeFailure(o, model);
            done(std::move(reply));
            return;
        }
        if (!r.ok) {
            // The server said 200 but sent something that is not a chat completion.
            if (reply.attempts < m_endpoint.maxAttempts) {
                chatWith(request, mode, stream, reply.attempts, done);
                return;
            }
            reply.error = Tr::tr("%1 sent an unreadable reply %2 times: %3").arg(m_endpoint.label).arg(reply.attempts).arg(r.problem);
            done(std::move(reply));
            return;
        }
        if (!r.model.isEmpty())
            reply.model = r.model;
        if (r.finishReason == QLatin1String("content_filter") || !r.refusal.isEmpty()) {
            reply.refused = true;
            reply.error = r.refusal.isEmpty() ? Tr::tr("the reply was withheld by %1's content filter").arg(m_endpoint.label)
                                              : Tr::tr("the model refused: %1").arg(r.refusal.left(300));
            done(std::move(reply));
            return;
        }
        reply.content = r.content;
        if (mode == StructuredMode::JsonSchema && !req.responseSchema.is_null()) {
            // Strict mode sends optional fields as null; our schemas mean "absent".
            auto parsed = parsePlainJson(r.content.toStdString());
            if (parsed && parsed->is_object()) {
                openai::dropNulls(*parsed);
                reply.content = QString::fromStdString(parsed->dump());
            }
        }
        if (r.hasUsage) {
            reply.usage = r.usage;
        } else {
            reply.usage.promptTokens = promptEstimate(req);
            reply.usage.completionTokens = estimateTokens(r.content);
            reply.usage.estimated = true;
        }
        reply.cost = costOf(model, reply.usage);
        reply.ok = true;
        done(std::move(reply));
    });
}

void OpenAiProvider::embed(const QStringList &texts, EmbeddingCallback done)
{
    auto total = std::make_shared<EmbeddingReply>();
    total->model = m_endpoint.embeddingModel;
    total->attempts = 0;
    if (m_endpoint.embeddingModel.isEmpty()) {
        total->error = Tr::tr("no embedding model: set EMBEDDING_MODEL in config.ini");
        QTimer::singleShot(0, this, [total, done] { done(*total); });
        return;
    }
    embedBatch(std::make_shared<QStringList>(texts), 0, total, std::move(done));
}

void OpenAiProvider::embedBatch(std::shared_ptr<QStringList> texts, qsizetype from, std::shared_ptr<EmbeddingReply> total,
                                EmbeddingCallback done)
{
    if (from >= texts->size()) {
        total->ok = true;
        total->cost = costOf(m_endpoint.embeddingModel, total->usage);
        QTimer::singleShot(0, this, [total, done] { done(*total); });
        return;
    }
    const QStringList batch = texts->mid(from, m_endpoint.embeddingBatch);
    int tokens = 0;
    for (const QString &t : batch)
        tokens += estimateTokens(t);
    QPointer<OpenAiProvider> self(this);
    HttpExchange *x = newExchange(settings());
    x->start(request(m_endpoint.embeddingsUrl(m_endpoint.embeddingModel), false), openai::embeddingsBody(m_endpoint, batch), tokens,
             [self, this, texts, from, total, done, n = batch.size(), tokens](HttpOutcome o) {
                 total->attempts += o.attempts;
                 total->latencyMs += o.latencyMs;
                 if (!self || o.cancelled) {
                     total->error = Tr::tr("cancelled");
                     done(*total);
                     return;
                 }
                 if (!o.ok) {
                     total->error = describeFailure(o, m_endpoint.embeddingModel);
                     done(*total);
                     return;
                 }
                 openai::EmbeddingResult r = openai::parseEmbeddings(o.body, n);
                 if (!r.ok) {
                     total->error = r.problem;
                     done(*total);
                     return;
                 }
                 for (auto &v : r.vectors)
                     total->vectors.push_back(std::move(v));
                 total->usage.promptTokens += r.usage.promptTokens > 0 ? r.usage.promptTokens : tokens;
                 total->usage.estimated = total->usage.estimated || r.usage.promptTokens == 0;
                 embedBatch(texts, from + n, total, done);
             });
}

void OpenAiProvider::prepare(std::function<void(QString)> done)
{
    if (knownMode(m_endpoint.model)) {
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    probe(m_endpoint.model, [done](ProbeResult r) { done(r.ok ? QString() : r.error); }, true);
}

void OpenAiProvider::probe(const QString &model, std::function<void(ProbeResult)> done, bool patient)
{
    auto result = std::make_shared<ProbeResult>();
    result->model = model;
    auto tryMode = std::make_shared<std::function<void(StructuredMode)>>();
    QPointer<OpenAiProvider> self(this);
    *tryMode = [self, this, model, result, tryMode, done, patient](StructuredMode mode) {
        if (!self)
            return;
        ChatRequest r;
        r.purpose = QStringLiteral("probe");
        r.model = model;
        r.temperature = 0;
        r.maxTokens = 64;
        r.messages = {{QStringLiteral("system"), QStringLiteral("You answer in JSON.")},
                      {QStringLiteral("user"), QStringLiteral("Reply with the JSON object {\"ok\": true}.")}};
        r.responseSchema = {{"type", "object"}, {"required", {"ok"}}, {"properties", {{"ok", {{"type", "boolean"}}}}}};
        r.schemaName = QStringLiteral("probe");
        exchangeChat(r, mode, false, patient ? settings() : quickSettings(), [self, this, model, mode, result, tryMode, done](HttpOutcome o, openai::ChatResult reply) {
            if (!self)
                return;
            const auto lower = m_endpoint.forcedMode ? std::nullopt : nextMode(mode);
            if (!o.ok && openai::rejectsResponseFormat(o.status, o.body) && lower) {
                result->notes.append(Tr::tr("%1 rejected: %2").arg(structuredModeName(mode), openai::serverMessage(o.body)));
                (*tryMode)(*lower);
                return;
            }
            if (!o.ok || !reply.ok) {
                result->error = o.ok ? reply.problem : describeFailure(o, model);
                *tryMode = nullptr; // break the cycle
                done(*result);
                return;
            }
            const RepairedJson json = parseModelJson(reply.content);
            const bool good = json.value && json.value->is_object() && json.value->contains("ok");
            if (!good && lower) {
                result->notes.append(Tr::tr("%1 accepted but the reply was not the JSON asked for").arg(structuredModeName(mode)));
                (*tryMode)(*lower);
                return;
            }
            if (!good)
                result->notes.append(Tr::tr("the model did not answer with JSON even when asked in the prompt; turns will rely on repair"));
            result->ok = true;
            result->mode = mode;
            result->latencyMs = o.latencyMs;
            if (!reply.model.isEmpty())
                result->model = reply.model;
            rememberMode(model, mode);
            *tryMode = nullptr;
            done(*result);
        });
    };
    (*tryMode)(m_endpoint.forcedMode.value_or(StructuredMode::JsonSchema));
}

void OpenAiProvider::listModels(std::function<void(QStringList, QString)> done)
{
    QPointer<OpenAiProvider> self(this);
    HttpExchange *x = newExchange(quickSettings());
    x->start(request(m_endpoint.modelsUrl(), false), QByteArray(), 0, [self, this, done](HttpOutcome o) {
        if (!self)
            return;
        if (!o.ok) {
            done({}, describeFailure(o, QString()));
            return;
        }
        const QStringList models = openai::parseModelList(o.body);
        done(models, models.isEmpty() ? Tr::tr("the server lists no models") : QString());
    });
}

QString OpenAiProvider::describeFailure(const HttpOutcome &o, const QString &model) const
{
    const QUrl url = m_endpoint.baseUrl;
    const QString host = url.host();
    const QString server = o.body.isEmpty() ? QString() : openai::serverMessage(o.body);
    const QString tries = o.attempts > 1 ? Tr::tr(" after %1 attempts").arg(o.attempts) : QString();
    QString text;
    if (o.cancelled) {
        text = Tr::tr("cancelled");
    } else if (o.timedOut) {
        text = Tr::tr("%1 did not answer in time (timeout: %2 s to connect, %3 s per request)%4")
                   .arg(host)
                   .arg(m_endpoint.connectTimeoutMs / 1000.0)
                   .arg(m_endpoint.requestTimeoutMs / 1000.0)
                   .arg(tries);
    } else if (o.status == 0) {
        switch (o.network) {
        case QNetworkReply::HostNotFoundError:
            text = Tr::tr("cannot find the server \"%1\" (DNS lookup failed); check the base URL").arg(host);
            break;
        case QNetworkReply::ConnectionRefusedError:
            text = Tr::tr("nothing is listening at %1:%2 (connection refused); is the server running?")
                       .arg(host)
                       .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
            break;
        case QNetworkReply::SslHandshakeFailedError:
            text = Tr::tr("the secure connection to %1 failed: %2").arg(host, o.networkText);
            break;
        default:
            text = Tr::tr("network error talking to %1: %2%3").arg(host, o.networkText, tries);
        }
    } else if (o.status == 401) {
        text = Tr::tr("%1 refused the API key (401%2): %3")
                   .arg(m_endpoint.label, m_endpoint.keySource.isEmpty() ? QString() : Tr::tr(", key from %1").arg(m_endpoint.keySource),
                        server);
    } else if (o.status == 403) {
        text = Tr::tr("%1 denied access (403): %2").arg(m_endpoint.label, server);
    } else if (o.status == 404) {
        text = server.contains(QLatin1String("model"), Qt::CaseInsensitive) || server.contains(QLatin1String("deployment"), Qt::CaseInsensitive)
            ? Tr::tr("model \"%1\" is not available at %2 (404): %3").arg(model, host, server)
            : Tr::tr("nothing at %1 (404); check the base URL (OpenAI-compatible servers usually end in /v1)")
                  .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    } else if (o.status == 429) {
        const auto wait = serverWaitMs(o.headers, m_clock.utcNow());
        text = Tr::tr("%1 is rate limiting (429)%2: %3").arg(m_endpoint.label, tries, server);
        if (wait && *wait > 60000)
            text += Tr::tr(" — it asks to wait %1 s").arg(*wait / 1000);
    } else if (openai::isContentFilter(o.body)) {
        text = Tr::tr("refused by %1's content filter: %2").arg(m_endpoint.label, server);
    } else if (o.status >= 500) {
        text = Tr::tr("%1 had a server error (%2)%3: %4").arg(m_endpoint.label).arg(o.status).arg(tries, server);
    } else {
        text = Tr::tr("%1 answered %2: %3").arg(m_endpoint.label).arg(o.status).arg(server);
    }
    return redactSecrets(text, m_endpoint.apiKey);
}

} // namespace troupe::llm
