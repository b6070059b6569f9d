#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace troupe {
class Config;
}

namespace troupe::llm {

/** How a server is asked for JSON: best first. */
enum class StructuredMode { JsonSchema, JsonObject, Prompt };
QString structuredModeName(StructuredMode mode);
std::optional<StructuredMode> structuredModeFromName(const QString &name);

/**
 * Everything needed to talk to one model server: where, how to authenticate, and how
 * patiently. Built by resolveEndpoint() from config.ini, then the environment, then
 * command-line flags (later ones win).
 */
struct Endpoint
{
    enum class Kind { OpenAi, Azure };
    Kind kind = Kind::OpenAi;
    QString preset;         // openai, azure, ollama, lmstudio, llamacpp, vllm, openrouter
    QString label;          // "OpenAI", "Ollama (OpenAI-compatible)"...
    QUrl baseUrl;           // .../v1 for OpenAI-style servers; the resource endpoint for Azure
    QString apiKey;         // never logged or stored in a project
    QString keySource;      // "OPENAI_API_KEY", "user settings", ... for messages
    bool keyRequired = true;
    QString model;
    QString embeddingModel;
    QString azureApiVersion;
    double temperature = 1.0;
    double topP = 1.0;
    double frequencyPenalty = 0.0;
    double presencePenalty = 0.0;
    int maxCompletionTokens = 4096;
    int connectTimeoutMs = 10000;
    int requestTimeoutMs = 60000;
    int maxAttempts = 5;
    double backoffFactor = 5.0; // first retry waits up to this many seconds, then doubles
    int maxConcurrency = 4;
    int requestsPerMinute = 0;  // 0: no budget
    int tokensPerMinute = 0;
    int minSpacingMs = 0;       // WAITING_TIME: minimum spacing, never a fixed sleep
    bool stream = true;
    int embeddingBatch = 256;   // texts per /embeddings request
    std::optional<StructuredMode> forcedMode; // STRUCTURED_OUTPUT=json_schema|json_object|prompt
    bool leanHttp = true;       // http:// through Http1Transport; off: QNetworkAccessManager (tests of both)

    /** "https://api.openai.com/v1" or the Azure resource: who answers, without secrets. */
    QString identity() const;
    QUrl chatUrl(const QString &modelName) const;
    QUrl embeddingsUrl(const QString &modelName) const;
    QUrl modelsUrl() const;
};

/** Command-line overrides (and a stored run's engine); empty fields leave the configured value. */
struct EndpointFlags
{
    QString provider;
    QString baseUrl;
    QString model;
    int concurrency = 0;
    int timeoutSeconds = 0;
    bool noStream = false;
    // What a stored run was started with, so resuming sends the same requests.
    QString embeddingModel;
    QString azureApiVersion;
    std::optional<double> topP;
    std::optional<double> frequencyPenalty;
    std::optional<double> presencePenalty;
};

/** Preset names accepted by --provider and API_TYPE, besides "offline". */
QStringList endpointPresets();
bool isEndpointPreset(const QString &name);
/** "Ollama" for "ollama"; the name itself when it is not a preset. */
QString presetLabel(const QString &name);
/** Where the preset's server listens by default ("" for Azure, whose URL is the user's resource). */
QString presetBaseUrl(const QString &name);
bool presetNeedsKey(const QString &name);
/** The environment variables a preset's key is read from, in the order they are tried. */
QStringList presetKeyEnvironment(const QString &name);

/**
 * The endpoint for `preset` (empty: config.ini API_TYPE). Precedence, lowest first:
 * config.ini, environment (OPENAI_API_KEY, OPENAI_BASE_URL, AZURE_OPENAI_KEY,
 * AZURE_OPENAI_ENDPOINT), the user's key file, flags. A missing required key or an unusable
 * URL is an error that says where to put it.
 */
Result<Endpoint> resolveEndpoint(const Config &config, const EndpointFlags &flags);

} // namespace troupe::llm
