#pragma once

#include "persona/personadocument.h"
#include "util/diagnostic.h"

#include <QHash>
#include <QWidget>

#include <functional>

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
 *
 * A new persona with the same fields (what every edit, undo and redo produces) updates the
 * widgets in place, so focus and the cursor stay where the user put them. Only a change of
 * the fields themselves rebuilds the form, and never while one of its widgets is handling
 * an event: the rebuild then waits for the event loop (a line edit deleted inside its own
 * focus-out crashed the studio).
 */
class PersonaForm final : public QWidget
{
    Q_OBJECT
public:
    explicit PersonaForm(QWidget *parent = nullptr);

    void setPersona(const OrderedJson &persona);
    const OrderedJson &persona() const { return m_persona; }
    /** Whether a rebuild is waiting for the event loop. */
    bool rebuildPending() const { return m_rebuildPending; }
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
    /** Shows `value` in a field's widget; false when that widget cannot show it. */
    using Updater = std::function<bool(const OrderedJson &value)>;
    void rebuild();
    bool updateInPlace();
    void build(QFormLayout *form, const OrderedJson &object, const Path &path);
    QWidget *editorFor(const OrderedJson &value, const Path &path);
    QWidget *bigFiveEditor(const OrderedJson &value, const Path &path);
    QWidget *tableEditor(const OrderedJson &value, const Path &path);
    void commit(const Path &path, OrderedJson value);
    /** The value at `path` in the persona shown (null when absent). */
    const OrderedJson &valueAt(const Path &path) const;
    /** The field whose widget holds `w`, or "". */
    QString fieldOf(const QWidget *w) const;
    static QString fieldName(const Path &path);
    static void shapeOf(const OrderedJson &object, const Path &path, QStringList &out);

    OrderedJson m_persona;
    QWidget *m_body = nullptr;
    QLabel *m_problem;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, Updater> m_updaters;
    QStringList m_shape; // the fields of the form as built, with the kind of editor each has
    bool m_rebuildPending = false;
    bool m_inCommit = false;
    bool m_rebuilding = false;
};

} // namespace troupe
