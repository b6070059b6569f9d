#pragma once

#include "util/redact.h"
#include "util/result.h"

#include <QString>

namespace troupe::llm {

/**
 * API keys in the user's own settings file, never in a project: an INI file readable by its
 * owner only (0600), at $TROUPE_SECRETS_FILE or <config dir>/TroupeStudio/secrets.ini.
 * Keys are stored per preset ("openai", "azure", "openrouter"...).
 */
class SecretStore final
{
public:
    static QString path();
    static QString key(const QString &preset);
    /** Stores (or, with an empty value, removes) the key; the file is owner-only. */
    static Status setKey(const QString &preset, const QString &value);
};

// Redaction lives in util (the log file uses it too); llm code keeps calling it by this name.
using troupe::redactSecrets;

} // namespace troupe::llm
