#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace troupe {

/** Key order of a user's file is kept so an export reads like the file that was imported. */
using OrderedJson = nlohmann::ordered_json;

enum class SpecKind { Agent, Fragment };

/**
 * A TinyTroupe agent (`{"type":"TinyPerson","persona":{...}}`) or fragment
 * (`{"type":"Fragment","persona":{...}}`) specification. The whole document is kept,
 * unknown keys included, so writing it back gives the same JSON.
 */
class PersonaDocument final
{
public:
    PersonaDocument(SpecKind kind, OrderedJson document, QString name);

    SpecKind kind() const { return m_kind; }
    /** The persona's name; for fragments, which carry none, the name taken from the file. */
    const QString &name() const { return m_name; }
    const OrderedJson &document() const { return m_document; }
    /** The "persona" object; an empty object when the document has none (a damaged stored run). */
    const OrderedJson &persona() const;

    /** A short line for lists: "34, Community pharmacist and owner, Lagos, Nigeria (Yaba)". */
    QString summary() const;

    /** Pretty JSON, 4-space indent as TinyTroupe writes it, UTF-8, trailing newline. */
    QByteArray toJson() const;

    static QString kindName(SpecKind kind);

private:
    SpecKind m_kind;
    OrderedJson m_document;
    QString m_name;
};

} // namespace troupe
