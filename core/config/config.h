#pragma once

#include "util/result.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace troupe {

/**
 * Settings from config.ini, with TinyTroupe's section and key names ([OpenAI] MODEL, ...).
 * The shipped defaults are built in; a user file overrides them key by key. The user file
 * is $TROUPE_CONFIG when set, otherwise config.ini in the current folder when present.
 */
class Config final
{
public:
    /** The shipped defaults only. */
    static Config defaults();
    /** Defaults overridden by the file `locateUserFile()` names (if any). */
    static Result<Config> load();
    /** Defaults overridden by `path`; a missing or unreadable file is an error. */
    static Result<Config> loadFile(const QString &path);
    /** $TROUPE_CONFIG, else ./config.ini if it exists, else empty. */
    static QString locateUserFile();

    QVariant value(const QString &section, const QString &key, const QVariant &fallback = {}) const;
    /** The keys of `section` (lower-case; a "/" in a key stays, e.g. "openai/gpt-4o"). */
    QStringList keys(const QString &section) const;
    /** Which file the settings came from, for messages and `--help`. */
    const QString &sourceFile() const { return m_source; }

private:
    Status mergeFile(const QString &path);
    QHash<QString, QVariant> m_values; // "Section/KEY"
    QString m_source;
};

} // namespace troupe
