#pragma once

#include "persona/personadocument.h"
#include "util/diagnostic.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace troupe {

class PersonaForm;
class ProjectController;

/**
 * Edits one persona or fragment: a form for every field, the exact JSON (kept in sync both
 * ways, validated as you type, the offending line marked) and a readable overview. Valid
 * edits are saved at once as undoable commands; invalid ones are shown, never saved.
 */
class PersonaEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit PersonaEditor(ProjectController *project, QWidget *parent = nullptr);

    /** Shows the stored spec (or nothing when it is gone). */
    void showSpec(SpecKind kind, const QString &name);
    void clear();
    const std::optional<PersonaDocument> &document() const { return m_document; }

    PersonaForm *form() const { return m_form; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *problemLabel() const { return m_problem; }
    const Diagnostics &problems() const { return m_problems; }

    void applyFragment(const QString &fragment);
    void removeFragment(const QString &fragment);

Q_SIGNALS:
    void talkRequested(const QString &persona);
    void duplicateRequested();
    void exportRequested();
    /** What the editor showed was removed from the project; it shows nothing now. */
    void closed();

private:
    void setDocument(const PersonaDocument &document);
    /** Checks `document` JSON; saves it when valid, shows the problems when not. */
    void propose(const OrderedJson &document, const QString &label, int mergeId);
    void jsonEdited();
    void fillFragmentMenus();

    ProjectController *m_project;
    std::optional<PersonaDocument> m_document;
    QLabel *m_title;
    QToolButton *m_apply;
    QToolButton *m_remove;
    QToolButton *m_talk;
    QTabWidget *m_tabs;
    PersonaForm *m_form;
    QPlainTextEdit *m_json;
    QLabel *m_problem;
    QTextBrowser *m_overview;
    QTimer *m_jsonTimer;
    Diagnostics m_problems;
    bool m_loading = false;
};

} // namespace troupe
