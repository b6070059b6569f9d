#pragma once

#include <QList>
#include <QString>

namespace troupe {

/** One problem found in a user's file: where it is and what is wrong. */
struct Diagnostic
{
    QString file;     // as the user named it; may be empty for in-memory input
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based; 0 when unknown
    QString field;    // dotted path such as "persona.age" or "persona.relationships[1].name"; may be empty
    QString message;

    /** "file:line:column: field: message", leaving out the parts that are unknown. */
    QString toString() const;

    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace troupe
