#include "endpoint.h"

#include "secretstore.h"
#include "config/config.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <cmath>

namespace troupe::llm {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)
};

struct Preset
{
    const char *name;
    const char *label;
    const char *baseUrl;
    bool keyRequired;
    const char *keyEnv; // besides OPENAI_API_KEY
};

// OpenAI-compatible servers and where they listen by default.
constexpr Preset presets[] = {
    {"openai", "OpenAI", "https://api.openai.com/v1", true, nullptr},
    {"azure", "Azure OpenAI", "", true, "AZURE_OPENAI_KEY"},
    {"ollama", "Ollama", "http://localhost:11434/v1", false, nullptr},
    {"lmstudio", "LM Studio", "http://localhost:1234/v1", false, nullptr},
    {"llamacpp", "llama.cpp server", "http://localhost:8080/v1", false, nullptr},
    {"vllm", "vLLM", "http://localhost:8000/v1", false, nullptr},
    {"openrouter", "OpenRouter", "https://openrouter.ai/api/v1", true, "OPENROUTER_API_KEY"},
};

const Preset *findPreset(const QString &name)
{
    for (const Preset &p : presets)
        if (name == QLatin1String(p.name))
            return &p;
    return nullptr;
}

QUrl withPath(QUrl base, const QString &tail)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path + tail);
    return base;
}

} // namespace

QString structuredModeName(StructuredMode mode)
{
    switch (mode) {
    case StructuredMode::JsonSchema: return QStringLiteral("json_schema");
    case StructuredMode::JsonObject: return QStringLiteral("json_object");
    case StructuredMode::Prompt: return QStringLiteral("prompt");
    }
    return {};
}

std::optional<StructuredMode> structuredModeFromName(const QString &name)
{
    for (StructuredMode m : {StructuredMode::JsonSchema, StructuredMode::JsonObject, StructuredMode::Prompt})
        if (structuredModeName(m) == name.trimmed().toLower())
            return m;
    return std::nullopt;
}

QString Endpoint::identity() const
{
    QUrl u = baseUrl;
    u.setUserInfo({});
    u.setQuery(QString());
    return preset + QLatin1Char(' ') + u.toString(QUrl::StripTrailingSlash);
}

QUrl Endpoint::chatUrl(const QString &modelName) const
{
    if (kind == Kind::Azure) {
        QUrl u = withPath(baseUrl, QStringLiteral("/openai/deployments/%1/chat/completions").arg(modelName));
        u.setQuery(QUrlQuery({{QStringLiteral("api-version"), azureApiVersion}}));
        return u;
    }
    return withPath(baseUrl, QStringLiteral("/chat/completions"));
}

QUrl Endpoint::embeddingsUrl(const QString &modelName) const
{
    if (kind == Kind::Azure) {
        QUrl u = withPath(baseUrl, QStringLiteral("/openai/deployments/%1/embeddings").arg(modelName));
        u.setQuery(QUrlQuery({{QStringLiteral("api-version"), azureApiVersion}}));
        return u;
    }
    return withPath(baseUrl, QStringLiteral("/embeddings"));
}

QUrl Endpoint::modelsUrl() const
{
    if (kind == Kind::Azure) {
        QUrl u = withPath(baseUrl, QStringLiteral("/openai/models"));
        u.setQuery(QUrlQuery({{QStringLiteral("api-version"), azureApiVersion}}));
        return u;
    }
    return withPath(baseUrl, QStringLiteral("/models"));
}

QStringList endpointPresets()
{
    QStringList names;
    for (const Preset &p : presets)
        names.append(QLatin1String(p.name));
    return names;
}

QString presetLabel(const QString &name)
{
    const Preset *p = findPreset(name);
    return p ? QString::fromLatin1(p->label) : name;
}

QString presetBaseUrl(const QString &name)
{
    const Preset *p = findPreset(name);
    return p ? QString::fromLatin1(p->baseUrl) : QString();
}

QStringList presetKeyEnvironment(const QString &name)
{
    QStringList out;
    const Preset *p = findPreset(name);
    if (p && p->keyEnv)
        out.append(QLatin1String(p->keyEnv));
    if (name != QLatin1String("azure")) // Azure keys are not OpenAI keys
        out.append(QStringLiteral("OPENAI_API_KEY"));
    return out;
}

bool presetNeedsKey(const QString &name)
{
    const Preset *p = findPreset(name);
    return p && p->keyRequired;
}

bool isEndpointPreset(const QString &name)
{
    return findPreset(name.trimmed().toLower()) != nullptr;
}

Result<Endpoint> resolveEndpoint(const Config &config, const EndpointFlags &flags)
{
    using R = Result<Endpoint>;
    const QString section = QStringLiteral("OpenAI");
    auto cfg = [&](const char *key, const QVariant &fallback = {}) { return config.value(section, QLatin1String(key), fallback); };
    auto cfgInt = [&](const char *key, int fallback) {
        bool ok = false;
        const double v = cfg(key).toString().trimmed().toDouble(&ok);
        return ok ? int(std::lround(v)) : fallback;
    };
    auto cfgDouble = [&](const char *key, double fallback) {
        bool ok = false;
        const double v = cfg(key).toString().trimmed().toDouble(&ok);
        return ok ? v : fallback;
    };

    const QString name = (flags.provider.isEmpty() ? cfg("API_TYPE", QStringLiteral("offline")).toString() : flags.provider).trimmed().toLower();
    const Preset *preset = findPreset(name);
    if (!preset)
        return R::failure(Tr::tr("\"%1\" is not a network provider (known: %2)").arg(name, endpointPresets().join(QStringLiteral(", "))));

    Endpoint e;
    e.preset = name;
    e.kind = name == QLatin1String("azure") ? Endpoint::Kind::Azure : Endpoint::Kind::OpenAi;
    e.label = name == QLatin1String("openai") || name == QLatin1String("azure")
        ? QLatin1String(preset->label)
        : Tr::tr("%1 (OpenAI-compatible)").arg(QLatin1String(preset->label));
    e.keyRequired = preset->keyRequired;

    // Where: preset default < config.ini BASE_URL < environment < --base-url.
    QString base = QLatin1String(preset->baseUrl);
    QString baseFrom = Tr::tr("the %1 preset").arg(name);
    if (const QString v = cfg("BASE_URL").toString().trimmed(); !v.isEmpty())
        base = v, baseFrom = Tr::tr("config.ini BASE_URL");
    const char *urlEnv = e.kind == Endpoint::Kind::Azure ? "AZURE_OPENAI_ENDPOINT" : "OPENAI_BASE_URL";
    if (const QString v = qEnvironmentVariable(urlEnv).trimmed(); !v.isEmpty())
        base = v, baseFrom = QLatin1String(urlEnv);
    if (!flags.baseUrl.trimmed().isEmpty())
        base = flags.baseUrl.trimmed(), baseFrom = QStringLiteral("--base-url");
    if (base.isEmpty())
        return R::failure(Tr::tr("no endpoint for Azure OpenAI: set AZURE_OPENAI_ENDPOINT (https://NAME.openai.azure.com) or BASE_URL in config.ini"));
    e.baseUrl = QUrl(base, QUrl::StrictMode);
    if (!e.baseUrl.isValid() || (e.baseUrl.scheme() != QLatin1String("http") && e.baseUrl.scheme() != QLatin1String("https"))
        || e.baseUrl.host().isEmpty())
        return R::failure(Tr::tr("%1: \"%2\" is not an http(s) URL").arg(baseFrom, base));

    // Who: environment, then the user's key file. Never config.ini or the project.
    const QStringList envNames = presetKeyEnvironment(name);
    for (const QString &env : envNames) {
        if (const QString v = qEnvironmentVariable(env.toLatin1().constData()).trimmed(); !v.isEmpty()) {
            e.apiKey = v;
            e.keySource = env;
            break;
        }
    }
    if (e.apiKey.isEmpty()) {
        e.apiKey = SecretStore::key(name);
        if (!e.apiKey.isEmpty())
            e.keySource = Tr::tr("your key file (%1)").arg(SecretStore::path());
    }
    registerSecret(e.apiKey); // so no log line or message shows it, whatever its shape
    if (e.apiKey.isEmpty() && e.keyRequired)
        return R::failure(Tr::tr("no API key for %1: set %2, or save one in the studio's model settings")
                              .arg(e.label, envNames.join(Tr::tr(" or "))));

    e.model = flags.model.trimmed().isEmpty() ? cfg("MODEL").toString().trimmed() : flags.model.trimmed();
    if (e.model.isEmpty())
        return R::failure(Tr::tr("no model: set MODEL in config.ini or give --model"));
    e.embeddingModel = cfg("EMBEDDING_MODEL").toString().trimmed();
    e.azureApiVersion = cfg("AZURE_API_VERSION", QStringLiteral("2024-08-01-preview")).toString().trimmed();
    e.temperature = cfgDouble("TEMPERATURE", 1.0);
    e.topP = cfgDouble("TOP_P", 1.0);
    e.frequencyPenalty = cfgDouble("FREQ_PENALTY", 0.0);
    e.presencePenalty = cfgDouble("PRESENCE_PENALTY", 0.0);
    e.maxCompletionTokens = std::max(16, cfgInt("MAX_COMPLETION_TOKENS", 4096));
    e.requestTimeoutMs = std::max(1, flags.timeoutSeconds > 0 ? flags.timeoutSeconds : cfgInt("TIMEOUT", 60)) * 1000;
    e.connectTimeoutMs = std::min(e.requestTimeoutMs, std::max(1, cfgInt("CONNECT_TIMEOUT", 10)) * 1000);
    e.maxAttempts = std::clamp(cfgInt("MAX_ATTEMPTS", 5), 1, 20);
    e.backoffFactor = std::clamp(cfgDouble("EXPONENTIAL_BACKOFF_FACTOR", 5.0), 0.0, 600.0);
    e.maxConcurrency = std::clamp(flags.concurrency > 0 ? flags.concurrency : cfgInt("MAX_CONCURRENT_MODEL_CALLS", 4), 1, 1024);
    e.requestsPerMinute = std::max(0, cfgInt("REQUESTS_PER_MINUTE", 0));
    e.tokensPerMinute = std::max(0, cfgInt("TOKENS_PER_MINUTE", 0));
    e.minSpacingMs = int(std::max(0.0, cfgDouble("WAITING_TIME", 0.0)) * 1000);
    e.stream = !flags.noStream && config.flag(section, QStringLiteral("STREAM"), true);
    e.embeddingBatch = std::clamp(cfgInt("EMBEDDING_BATCH_SIZE", 256), 1, 2048);
    const QString forced = cfg("STRUCTURED_OUTPUT", QStringLiteral("auto")).toString().trimmed().toLower();
    if (!forced.isEmpty() && forced != QLatin1String("auto")) {
        e.forcedMode = structuredModeFromName(forced);
        if (!e.forcedMode)
            return R::failure(Tr::tr("config.ini STRUCTURED_OUTPUT: expected auto, json_schema, json_object or prompt, got \"%1\"").arg(forced));
    }
    if (!flags.embeddingModel.isEmpty())
        e.embeddingModel = flags.embeddingModel;
    if (!flags.azureApiVersion.isEmpty())
        e.azureApiVersion = flags.azureApiVersion;
    e.topP = flags.topP.value_or(e.topP);
    e.frequencyPenalty = flags.frequencyPenalty.value_or(e.frequencyPenalty);
    e.presencePenalty = flags.presencePenalty.value_or(e.presencePenalty);
    return e;
}

} // namespace troupe::llm
