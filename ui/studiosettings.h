#pragma once

#include "llm/endpoint.h"

#include <QString>

namespace troupe {

/**
 * The user's model settings (QSettings, never the project): which provider, server and
 * model runs use by default, and how many calls may be in flight. Keys live elsewhere
 * (SecretStore). An empty provider means config.ini's API_TYPE.
 */
struct ModelSettings
{
    QString provider;
    QString baseUrl;
    QString model;
    int concurrency = 0; // 0: config.ini MAX_CONCURRENT_MODEL_CALLS

    static ModelSettings load();
    void save() const;
    /** The endpoint flags runs are started with. */
    llm::EndpointFlags flags() const;
    /** The provider name in effect: this one, or config.ini's API_TYPE. */
    QString effectiveProvider() const;
};

/** The user interface language: "" follows the system, else "en" or "ru". */
QString studioLanguage();
void setStudioLanguage(const QString &language);

} // namespace troupe
