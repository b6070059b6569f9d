#pragma once

#include "inifile.h"

#include <QStringList>

#include <optional>

namespace troupe {

/**
 * The one reading of a yes/no setting, as TinyTroupe's Python reads its config.ini:
 * true, yes, on, 1 and false, no, off, 0, in any case. Anything else is nullopt.
 */
std::optional<bool> parseConfigBoolean(const QString &text);

/** What checking one entry of a config.ini found. */
struct ConfigCheck
{
    std::optional<Diagnostic> problem; // the value cannot be used (or the key is unknown)
    std::optional<Diagnostic> notice;  // usable, but worth saying (a key with no effect yet)
};

/**
 * Checks an entry against the table of the keys config.ini may hold: their sections, types
 * and ranges. Keys of TinyTroupe's that have no effect here give a notice, not a problem.
 */
ConfigCheck checkConfigEntry(const IniEntry &entry, const QString &label);

/** "[Section] KEY" for messages, in the spelling of the table. */
QString configFieldName(const QString &section, const QString &key);

/** The sections config.ini may hold, in the shipped order. */
QStringList configSections();
/** The keys the table knows in `section` (for tests and documentation). */
QStringList configKeys(const QString &section);

} // namespace troupe
