#pragma once

#include "persona/personadocument.h"
#include "util/diagnostic.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace troupe {

/**
 * A form for every field of a persona, built from its JSON so fields TinyTroupe never
 * defined (a generated population's "household_income_bracket") are editable too:
 * text and numbers as line edits, lists of text one item per line, lists of objects
 * (relationships) as tables, nested objects as groups, and Big Five traits as a level
 * slider with the explanation beside it. A finished edit is announced as the whole new
 * persona object; the form never writes anywhere itself.
 */
class PersonaForm final : public QWidget
{
    Q_OBJECT
public:
    explicit PersonaForm(QWidget *parent = nullptr);

    void setPersona(const OrderedJson &persona);
    const OrderedJson &persona() const { return m_persona; }
    /** Marks the fields diagnostics name ("persona.age") and shows why; clears the rest. */
    void markProblems(const Diagnostics &problems);
    /** The editor widget of a field ("persona.occupation.title"), for tests. */
    QWidget *fieldWidget(const QString &field) const { return m_widgets.value(field); }

    static const QStringList &bigFiveLevels();

Q_SIGNALS:
    /** A field was changed: the new persona and the field's path. */
    void edited(const troupe::OrderedJson &persona, const QString &field);

private:
    using Path = std::vector<std::string>;
    void build(QFormLayout *form, const OrderedJson &object, const Path &path);
    QWidget *editorFor(const OrderedJson &value, const Path &path);
    QWidget *bigFiveEditor(const OrderedJson &value, const Path &path);
    QWidget *tableEditor(const OrderedJson &value, const Path &path);
    void commit(const Path &path, OrderedJson value);
    static QString fieldName(const Path &path);

    OrderedJson m_persona;
    QWidget *m_body = nullptr;
    QLabel *m_problem;
    QHash<QString, QWidget *> m_widgets;
};

} // namespace troupe
