#pragma once

#include "personadocument.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace troupe {

/**
 * Reads agent and fragment files with errors a person can act on:
 * `file:line:column: message` for text that is not JSON, and
 * `file:line:column: persona.age: expected a number, found a list` for the wrong shape.
 */
class PersonaParser final
{
public:
    struct Outcome
    {
        std::optional<PersonaDocument> document;
        Diagnostics diagnostics; // empty when document is set
    };

    /** Parses a file from disk (size, emptiness and UTF-8 are checked first). */
    static Outcome parseFile(const QString &path);
    /** Parses bytes; `label` names them in diagnostics; `fallbackName` names fragments. */
    static Outcome parse(QByteArray text, const QString &label, const QString &fallbackName = {});

    /** "loving_parent" for ".../loving_parent.agent.fragment.json". */
    static QString nameFromFileName(const QString &path);
};

} // namespace troupe
