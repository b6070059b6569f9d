#include "enginespec.h"

#include "llm/openaiprovider.h"

#include <QCoreApplication>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EngineSpec)
};

std::string s(const QString &q)
{
    return q.toStdString();
}

QString text(const nlohmann::ordered_json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

template <typename T>
T number(const nlohmann::ordered_json &j, const char *key, T fallback)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<T>() : fallback;
}

bool flag(const nlohmann::ordered_json &j, const char *key, bool fallback)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

std::optional<double> optionalNumber(const nlohmann::ordered_json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
}

} // namespace

EngineSpec EngineSpec::describe(const llm::Provider &provider, const QString &defaultModel, const AgentSettings &settings)
{
    EngineSpec e;
    e.provider = provider.name();
    e.label = provider.label();
    e.model = defaultModel;
    e.embeddingModel = provider.embeddingModel();
    e.concurrency = provider.maxConcurrency();
    e.agentSettings = settings;
    if (const auto *network = qobject_cast<const llm::OpenAiProvider *>(&provider)) {
        const llm::Endpoint &ep = network->endpoint();
        e.baseUrl = ep.baseUrl.toString();
        e.azureApiVersion = ep.kind == llm::Endpoint::Kind::Azure ? ep.azureApiVersion : QString();
        e.timeoutSeconds = ep.requestTimeoutMs / 1000;
        e.stream = ep.stream;
        e.topP = ep.topP;
        e.frequencyPenalty = ep.frequencyPenalty;
        e.presencePenalty = ep.presencePenalty;
        if (const auto mode = network->knownMode(defaultModel))
            e.structuredMode = llm::structuredModeName(*mode);
    } else {
        e.stream = false;
    }
    return e;
}

nlohmann::ordered_json EngineSpec::toJson() const
{
    nlohmann::ordered_json j;
    j["provider"] = s(provider);
    j["label"] = s(label);
    if (!baseUrl.isEmpty())
        j["base_url"] = s(baseUrl);
    j["model"] = s(model);
    j["embedding_model"] = s(embeddingModel);
    if (!azureApiVersion.isEmpty())
        j["azure_api_version"] = s(azureApiVersion);
    if (!structuredMode.isEmpty())
        j["structured_output"] = s(structuredMode);
    j["concurrency"] = concurrency;
    if (timeoutSeconds > 0)
        j["timeout_s"] = timeoutSeconds;
    j["stream"] = stream;
    if (topP)
        j["top_p"] = *topP;
    if (frequencyPenalty)
        j["frequency_penalty"] = *frequencyPenalty;
    if (presencePenalty)
        j["presence_penalty"] = *presencePenalty;
    j["agent_settings"] = agentSettingsJson(agentSettings);
    return j;
}

Result<EngineSpec> EngineSpec::fromJson(const nlohmann::ordered_json &j)
{
    if (!j.is_object())
        return Result<EngineSpec>::failure(Tr::tr("the run's stored engine is not an object"));
    EngineSpec e;
    e.provider = text(j, "provider");
    if (e.provider.isEmpty())
        return Result<EngineSpec>::failure(Tr::tr("the run's stored engine names no provider"));
    e.label = text(j, "label");
    e.baseUrl = text(j, "base_url");
    e.model = text(j, "model");
    e.embeddingModel = text(j, "embedding_model");
    e.azureApiVersion = text(j, "azure_api_version");
    e.structuredMode = text(j, "structured_output");
    e.concurrency = number(j, "concurrency", 0);
    e.timeoutSeconds = number(j, "timeout_s", 0);
    e.stream = flag(j, "stream", true);
    e.topP = optionalNumber(j, "top_p");
    e.frequencyPenalty = optionalNumber(j, "frequency_penalty");
    e.presencePenalty = optionalNumber(j, "presence_penalty");
    if (const auto it = j.find("agent_settings"); it != j.end())
        e.agentSettings = agentSettingsFromJson(*it, e.agentSettings);
    return e;
}

llm::EndpointFlags EngineSpec::flags() const
{
    llm::EndpointFlags f;
    f.provider = provider;
    f.baseUrl = baseUrl;
    f.model = model;
    f.concurrency = concurrency;
    f.timeoutSeconds = timeoutSeconds;
    f.noStream = !stream;
    f.embeddingModel = embeddingModel;
    f.azureApiVersion = azureApiVersion;
    // The structured-output mode is not forced: the project remembers the mode found per
    // server and model, so the same one is used, and a server that later rejects it can
    // still be stepped down.
    f.topP = topP;
    f.frequencyPenalty = frequencyPenalty;
    f.presencePenalty = presencePenalty;
    return f;
}

EngineSpec applyOverrides(EngineSpec e, const llm::EndpointFlags &f, std::vector<EngineOverride> *changes)
{
    auto change = [&](const char *field, QString &target, const QString &value) {
        if (value.isEmpty() || value == target)
            return;
        changes->push_back({QLatin1String(field), target, value});
        target = value;
    };
    const QString providerBefore = e.provider;
    change("provider", e.provider, f.provider.trimmed().toLower());
    if (e.provider != providerBefore) {
        // Another server: what was found about the old one does not apply.
        e.structuredMode.clear();
        if (f.baseUrl.isEmpty())
            e.baseUrl.clear();
        e.label.clear();
    }
    change("base_url", e.baseUrl, f.baseUrl.trimmed());
    change("model", e.model, f.model.trimmed());
    if (f.concurrency > 0 && f.concurrency != e.concurrency) {
        changes->push_back({QStringLiteral("concurrency"), QString::number(e.concurrency), QString::number(f.concurrency)});
        e.concurrency = f.concurrency;
    }
    if (f.timeoutSeconds > 0 && f.timeoutSeconds != e.timeoutSeconds) {
        changes->push_back({QStringLiteral("timeout"), QString::number(e.timeoutSeconds), QString::number(f.timeoutSeconds)});
        e.timeoutSeconds = f.timeoutSeconds;
    }
    if (f.noStream && e.stream) {
        changes->push_back({QStringLiteral("stream"), QStringLiteral("on"), QStringLiteral("off")});
        e.stream = false;
    }
    return e;
}

nlohmann::ordered_json agentSettingsJson(const AgentSettings &a)
{
    nlohmann::ordered_json j;
    j["fixed_prefix_length"] = a.fixedPrefixLength;
    j["lookback_length"] = a.lookbackLength;
    j["max_content_length"] = a.maxContentLength;
    j["consolidation"] = a.consolidation;
    j["contextual_retrieval"] = a.contextualRetrieval;
    j["min_episode_length"] = a.minEpisodeLength;
    j["max_episode_length"] = a.maxEpisodeLength;
    j["contextual_top_k"] = a.contextualTopK;
    j["recall_top_k"] = a.recallTopK;
    j["max_actions_per_turn"] = a.maxActionsPerTurn;
    j["repetition_threshold"] = a.repetitionThreshold;
    j["max_attempts"] = a.maxAttempts;
    j["temperature"] = a.temperature;
    j["max_tokens"] = a.maxTokens;
    return j;
}

AgentSettings agentSettingsFromJson(const nlohmann::ordered_json &j, AgentSettings a)
{
    if (!j.is_object())
        return a;
    a.fixedPrefixLength = number(j, "fixed_prefix_length", a.fixedPrefixLength);
    a.lookbackLength = number(j, "lookback_length", a.lookbackLength);
    a.maxContentLength = number(j, "max_content_length", a.maxContentLength);
    a.consolidation = flag(j, "consolidation", a.consolidation);
    a.contextualRetrieval = flag(j, "contextual_retrieval", a.contextualRetrieval);
    a.minEpisodeLength = number(j, "min_episode_length", a.minEpisodeLength);
    a.maxEpisodeLength = number(j, "max_episode_length", a.maxEpisodeLength);
    a.contextualTopK = number(j, "contextual_top_k", a.contextualTopK);
    a.recallTopK = number(j, "recall_top_k", a.recallTopK);
    a.maxActionsPerTurn = number(j, "max_actions_per_turn", a.maxActionsPerTurn);
    a.repetitionThreshold = number(j, "repetition_threshold", a.repetitionThreshold);
    a.maxAttempts = std::max(1, number(j, "max_attempts", a.maxAttempts));
    a.temperature = number(j, "temperature", a.temperature);
    a.maxTokens = number(j, "max_tokens", a.maxTokens);
    return a;
}

} // namespace troupe
