#pragma once

#include "util/diagnostic.h"
#include "util/result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace troupe {

/**
 * Settings from config.ini, with TinyTroupe's section and key names ([OpenAI] MODEL, ...).
 * The shipped defaults are built in; a user file overrides them key by key. The user file
 * is $TROUPE_CONFIG when set, otherwise config.ini in the current folder when present.
 *
 * Every key and value of a user file is checked (core/config/configkeys.cpp): an unknown
 * key or a bad value fails the load with one "file:line: [Section] KEY: why" line per
 * problem, so nothing is silently defaulted. Keys of TinyTroupe's that have no effect here
 * load with a notice.
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
    /** Defaults overridden by INI text; `label` names it in messages. */
    static Result<Config> fromText(const QByteArray &text, const QString &label);
    /** $TROUPE_CONFIG, else ./config.ini if it exists, else empty. */
    static QString locateUserFile();

    QVariant value(const QString &section, const QString &key, const QVariant &fallback = {}) const;
    /** A yes/no key read with the one boolean reading (parseConfigBoolean); `fallback` when unset. */
    bool flag(const QString &section, const QString &key, bool fallback) const;
    /** The keys of `section` (lower-case; a "/" in a key stays, e.g. "openai/gpt-4o"). */
    QStringList keys(const QString &section) const;
    /** Which file the settings came from, for messages and `--help`. */
    const QString &sourceFile() const { return m_source; }
    /** "file:line: [Section] KEY: ..." for keys that loaded but have no effect yet. */
    const QStringList &notices() const { return m_notices; }

private:
    /** Merges checked INI text; false with `problems` filled when any entry is unusable. */
    bool merge(const QByteArray &text, const QString &label, Diagnostics *problems);
    static Result<Config> withUserText(const QByteArray &text, const QString &label);
    QHash<QString, QString> m_values; // "section/key", lower-case
    QString m_source;
    QStringList m_notices;
};

} // namespace troupe
