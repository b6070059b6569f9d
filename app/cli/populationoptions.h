#pragma once

#include "factory/dimension.h"
#include "factory/populationinput.h"
#include "llm/endpoint.h"

#include <QCommandLineParser>

#include <optional>

namespace troupe {
class Config;
}

namespace troupe::cli {

/** The options `troupe population` verbs share: provider flags, --extra, --dimensions, --seed, --count. */
struct PopulationOptions
{
    QCommandLineOption provider, baseUrl, model, concurrency, timeout, noCache, noStream, extra, dimensions, seed, count, json, project;
    PopulationOptions();
    void addModelOptions(QCommandLineParser &parser) const;
};

/** Reads what the verb's flags say; on failure prints why and sets *exitCode. */
std::optional<llm::EndpointFlags> endpointFlags(const QCommandLineParser &parser, const PopulationOptions &o, const Config &config,
                                                const QString &verb, int *exitCode);
/** DESCRIPTION: a file, a bundled description ("lagos_young_professionals"), or free text; plus --extra. */
std::optional<PopulationInput> populationInput(const QString &description, const QString &extra, const QString &verb, int *exitCode);
std::optional<Dimensions> dimensionsFile(const QString &path, int *exitCode);
/** --count N: at least 1, at most SamplingPlan::kMaxPeople. */
std::optional<int> peopleCount(const QCommandLineParser &parser, const PopulationOptions &o, const QString &verb, int *exitCode);
std::optional<quint64> seedValue(const QCommandLineParser &parser, const PopulationOptions &o, const QString &verb, int *exitCode);
/** The default population name: the description's file name, or the context's first words. */
QString defaultPopulationName(const QString &description);

/**
 * Asks the chosen engine for dimensions (offline: from the description's figures), running
 * an event loop until the answer; prints the reason and sets *exitCode on failure.
 */
std::optional<Dimensions> askDimensions(const PopulationInput &input, const llm::EndpointFlags &flags, bool noCache,
                                        const Config &config, const QString &verb, int *exitCode);

} // namespace troupe::cli
