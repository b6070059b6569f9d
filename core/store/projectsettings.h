#pragma once

#include "util/result.h"

#include <QString>

#include <optional>

namespace troupe {

class ProjectFile;

/**
 * Key/value settings stored in the project (default model, last scenario, ...). Keys that
 * name a secret are refused: a project file is shared with colleagues and must never carry
 * an API key.
 */
class ProjectSettings final
{
public:
    explicit ProjectSettings(ProjectFile &project) : m_project(project) {}

    Status set(const QString &key, const QString &value);
    std::optional<QString> value(const QString &key) const;

    /** True for keys such as OPENAI_API_KEY, api-key, secret, password, token. */
    static bool looksSecret(const QString &key);

private:
    ProjectFile &m_project;
};

} // namespace troupe
