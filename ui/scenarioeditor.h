#pragma once

#include "persona/personadocument.h"
#include "util/diagnostic.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace troupe {

class ProjectController;
class RelationsGraph;
class ScriptEditor;

/**
 * Builds a world: which personas take part (with fragments, model and temperature each),
 * who can reach whom (relations as a table and a graph, or everyone), the clock, steps and
 * seed, the script of events and interventions, and the engine and budget for its runs.
 * Every change is saved as an undoable edit and checked against the project at once. One
 * column of fields that scrolls vertically, so it fits a narrow centre pane.
 */
class ScenarioEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioEditor(ProjectController *project, QWidget *parent = nullptr);

    void showScenario(const QString &name);
    void clear();
    const std::optional<OrderedJson> &design() const { return m_design; }
    const Diagnostics &problems() const { return m_problems; }

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *stepsBox() const { return m_steps; }
    QTableWidget *agentsTable() const { return m_agents; }
    QTableWidget *relationsTable() const { return m_relations; }
    RelationsGraph *graph() const { return m_graph; }
    QCheckBox *everyoneBox() const { return m_everyone; }
    ScriptEditor *scriptEditor() const { return m_script; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QSpinBox *seedBox() const { return m_seed; }
    QLineEdit *modelEdit() const { return m_model; }
    QComboBox *providerBox() const { return m_provider; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QLabel *problemLabel() const { return m_problem; }

    /** Adds a persona of the project as an agent (an undoable edit). */
    void addAgent(const QString &persona, const OrderedJson &entry = {});

Q_SIGNALS:
    void runRequested(const QString &scenario);
    /** The scenario shown was removed from the project; the editor shows nothing now. */
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    /** The design as the widgets show it; nullopt (with problems shown) when the script is not JSON. */
    std::optional<OrderedJson> collect();
    void commit();
    void validate();
    void refreshGraph();

    ProjectController *m_project;
    std::optional<OrderedJson> m_design;
    Diagnostics m_problems;
    bool m_loading = false;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QDateTimeEdit *m_start;
    QSpinBox *m_stepMinutes;
    QSpinBox *m_steps;
    QSpinBox *m_seed;
    QLineEdit *m_location;
    QTableWidget *m_agents;
    QCheckBox *m_everyone;
    QTableWidget *m_relations;
    RelationsGraph *m_graph;
    ScriptEditor *m_script;
    QComboBox *m_provider;
    QLineEdit *m_model;
    QDoubleSpinBox *m_budget;
    QLabel *m_problem;
};

} // namespace troupe
