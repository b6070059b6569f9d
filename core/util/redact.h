#pragma once

#include <QString>

namespace troupe {

/**
 * Remembers a secret (an API key in use) for the rest of the process, so every later
 * redactSecrets() call, the log file's included, removes it even where it does not look
 * like a key. Secrets shorter than 4 characters are ignored.
 */
void registerSecret(const QString &secret);

/**
 * `text` with `secret`, every registered secret, and anything shaped like an API key
 * ("sk-...", long bearer tokens) replaced by "[redacted]". For error messages and logs.
 */
QString redactSecrets(QString text, const QString &secret = {});

} // namespace troupe
