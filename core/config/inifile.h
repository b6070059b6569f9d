#pragma once

#include "util/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace troupe {

/**
 * The INI dialect of config.ini, read with line numbers (QSettings keeps none): `[Section]`
 * headers, `KEY=value` (white space around both trimmed), whole-line comments starting
 * with `;` or `#`, comments after a value when the `;` or `#` follows white space, and
 * values in double or single quotes, taken as written. Keys may hold any character but `=`
 * (model names in [Prices] hold `/`, `.` and `:`).
 */
struct IniEntry
{
    QString section; // as written
    QString key;     // as written
    QString value;
    int line = 0;
    int sectionLine = 0; // the line of its [Section] header
};

struct IniParse
{
    QList<IniEntry> entries;
    Diagnostics problems; // lines that are not INI, keys outside a section, unclosed quotes
};

IniParse parseIni(QByteArray text, const QString &label);

} // namespace troupe
