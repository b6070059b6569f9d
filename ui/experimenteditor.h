#pragma once

#include "persona/personadocument.h"
#include "util/diagnostic.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace troupe {

class CommitTextEdit;
class ProjectController;

/**
 * Designs an experiment: its name and description, the study it runs, the arms (each with
 * its material, fragments, model, temperature and sample), within- or between-subjects
 * assignment, replicates and seed; or the same as JSON, kept in sync both ways. Every
 * change that makes a valid experiment is stored in the project at once as an undoable
 * edit; one that does not is shown with the fields it is about and not stored. An
 * experiment that has runs keeps its definition (they were made from it): it is shown
 * read-only, with Edit a Copy.
 */
class ExperimentEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentEditor(ProjectController *project, QWidget *parent = nullptr);

    void showExperiment(const QString &name);
    void clear();
    /** The stored definition shown (resolved: the study inline). */
    const std::optional<OrderedJson> &definition() const { return m_definition; }
    QString experimentName() const;
    const Diagnostics &problems() const { return m_problems; }
    bool isLocked() const { return m_locked; }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const;
    QComboBox *studyBox() const { return m_study; }
    QTableWidget *armsTable() const { return m_arms; }
    QPushButton *addArmButton() const { return m_addArm; }
    QPushButton *removeArmButton() const { return m_removeArm; }
    QComboBox *assignmentBox() const { return m_assignment; }
    QLineEdit *balanceEdit() const { return m_balance; }
    QSpinBox *replicatesBox() const { return m_replicates; }
    QSpinBox *seedBox() const { return m_seed; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QLabel *problemLabel() const { return m_problem; }

    /** Stores a copy of the experiment shown under a new name and shows it (copied() follows). */
    void editCopy();

    enum Column { ArmName, MaterialName, MaterialText, Fragments, Model, Temperature, Sample, Columns };

Q_SIGNALS:
    void runRequested(const QString &experiment);
    void compareRequested(const QString &experiment);
    /** Edit a Copy: the copy was stored under this name. */
    void copied(const QString &experiment);
    /** The experiment shown was removed from the project; the editor shows nothing now. */
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm(QWidget *form);
    /** Shows m_source; `keepJson`: the JSON tab keeps the text being typed there. */
    void populate(bool keepJson = false);
    void fillStudies(const QString &current);
    /** The experiment file as the form shows it; nullopt with problems when a cell cannot be read. */
    std::optional<OrderedJson> collect();
    void commit();
    void applyJson();
    /** Stores `text` when it makes a valid experiment; else shows why. */
    bool store(const QByteArray &text, bool fromJson);
    void showProblems(const Diagnostics &problems, bool withPlace);
    void setLocked(bool locked, int runs);

    ProjectController *m_project;
    std::optional<OrderedJson> m_definition;
    OrderedJson m_source;           // what the form and the JSON show
    Diagnostics m_problems;
    bool m_loading = false;
    bool m_locked = false;
    QLineEdit *m_name;
    CommitTextEdit *m_description;
    QComboBox *m_study;
    QTableWidget *m_arms;
    QPushButton *m_addArm;
    QPushButton *m_removeArm;
    QComboBox *m_assignment;
    QLineEdit *m_balance;
    QSpinBox *m_replicates;
    QSpinBox *m_seed;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_json;
    QTimer *m_jsonTimer;
    QLabel *m_lockNote;
    QPushButton *m_copy;
    QPushButton *m_run;
    QPushButton *m_compare;
    QLabel *m_problem;
};

} // namespace troupe
