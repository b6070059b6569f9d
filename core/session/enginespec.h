#pragma once

#include "agent/agentsettings.h"
#include "llm/endpoint.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

namespace troupe {

namespace llm {
class Provider;
}

/**
 * The engine a run was started with, as stored with the run: provider preset, server URL,
 * model, embedding model, structured-output mode, concurrency, timeouts and the sampling
 * settings that go into requests, plus the agent settings that shape prompts. Never a key.
 * Resuming uses it, so the rest of a run comes from the same model with the same requests.
 */
struct EngineSpec
{
    QString provider;            // "offline" or a preset: openai, azure, ollama, vllm, ...
    QString label;               // for people: "vLLM (OpenAI-compatible)"
    QString baseUrl;             // network providers only
    QString model;               // the model of agents without their own
    QString embeddingModel;
    QString azureApiVersion;
    QString structuredMode;      // json_schema, json_object or prompt, as found by the probe
    int concurrency = 0;
    int timeoutSeconds = 0;
    bool stream = true;
    std::optional<double> topP;
    std::optional<double> frequencyPenalty;
    std::optional<double> presencePenalty;
    AgentSettings agentSettings; // prompt window, consolidation, attempts, temperature, tokens

    /** What a ready provider and the settings it was built with amount to. */
    static EngineSpec describe(const llm::Provider &provider, const QString &defaultModel, const AgentSettings &settings);
    nlohmann::ordered_json toJson() const;
    /** A stored spec; missing fields keep their defaults, a wrong shape is an error. */
    static Result<EngineSpec> fromJson(const nlohmann::ordered_json &json);
    /** Flags that rebuild this engine. */
    llm::EndpointFlags flags() const;
    bool isOffline() const { return provider == QLatin1String("offline"); }
};

/** One explicit change of the stored engine at resume, for the log and the terminal. */
struct EngineOverride
{
    QString field;  // "model", "base_url", "provider", "concurrency", "timeout", "stream"
    QString from;
    QString to;
};

/**
 * The stored engine with the flags the user gave explicitly applied on top, and what they
 * changed. Flags left empty keep the stored value.
 */
EngineSpec applyOverrides(EngineSpec stored, const llm::EndpointFlags &explicitFlags, std::vector<EngineOverride> *changes);

nlohmann::ordered_json agentSettingsJson(const AgentSettings &s);
AgentSettings agentSettingsFromJson(const nlohmann::ordered_json &json, AgentSettings defaults);

} // namespace troupe
