#pragma once

#include "persona/personadocument.h"
#include "util/diagnostic.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;
class QTimer;

namespace troupe {

class CommitTextEdit;

/**
 * A scenario's script and interventions as tables: one row per script event (step, kind,
 * who it comes from, who hears it, what it says) and one per intervention (name, first
 * step, once, the phrase or condition that fires it, targets) with the effects of the
 * selected one below. The scenario file's JSON of both stays as an "Advanced" tab, kept in
 * sync both ways. Keys the tables do not show are kept. The widget only announces edits;
 * the scenario editor saves them as undoable commands.
 */
class ScriptEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptEditor(QWidget *parent = nullptr);

    /** Shows a script and interventions, updating the tables in place. */
    void setScript(const OrderedJson &script, const OrderedJson &interventions);
    const OrderedJson &script() const { return m_script; }
    const OrderedJson &interventions() const { return m_interventions; }
    /** Shades the rows that `problems` name ("script[2].to", "interventions[0].effects[1]"). */
    void markProblems(const Diagnostics &problems);
    /** Whether the Advanced tab holds text that is not valid JSON (the tables keep the last valid). */
    bool jsonInvalid() const { return m_jsonInvalid; }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *eventsTable() const { return m_events; }
    QTableWidget *interventionsTable() const { return m_interventionsTable; }
    QTableWidget *effectsTable() const { return m_effects; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    /** The full text of the selected script event, and of the selected effect. */
    CommitTextEdit *eventText() const { return m_eventText; }
    CommitTextEdit *effectText() const { return m_effectText; }
    QLabel *problemLabel() const { return m_problem; }

    /** The kinds of script events and effects ("broadcast", "say"...), in menu order. */
    static QStringList kinds();
    static QString kindLabel(const QString &kind);


Q_SIGNALS:
    /** The user changed the script or the interventions; script() and interventions() hold them. */
    void edited();

private:
    void fillEvents();
    void fillInterventions();
    void fillEffects();
    void fillJson();
    void eventEdited(QTableWidgetItem *item);
    void interventionEdited(QTableWidgetItem *item);
    void effectEdited(QTableWidgetItem *item);
    void jsonEdited();
    void showEventText();
    void showEffectText();
    void announce();
    int currentIntervention() const;

    QTabWidget *m_tabs;
    QTableWidget *m_events;
    QTableWidget *m_interventionsTable;
    QTableWidget *m_effects;
    QLabel *m_effectsTitle;
    CommitTextEdit *m_eventText;
    CommitTextEdit *m_effectText;
    int m_eventTextRow = -1;  // the rows whose text the boxes show
    int m_effectTextRow = -1;
    QPlainTextEdit *m_json;
    QLabel *m_problem;
    QTimer *m_jsonTimer;
    OrderedJson m_script = OrderedJson::array();
    OrderedJson m_interventions = OrderedJson::array();
    Diagnostics m_problems;
    bool m_filling = false;
    bool m_jsonInvalid = false;
};

} // namespace troupe
