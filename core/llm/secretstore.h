#pragma once

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

/**
 * `text` with every occurrence of `secret`, and anything shaped like an API key
 * ("sk-...", long bearer tokens), replaced by "[redacted]". For error messages and logs.
 */
QString redactSecrets(QString text, const QString &secret = {});

} // namespace troupe::llm
