#pragma once

#include "experiment/empiricalcheck.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace troupe {

class IntervalChart;

/**
 * Compares a study run's (or an experiment's pooled) simulated answers with a real survey:
 * choose a CSV, see its columns, map one column to a question and others to respondent
 * attributes, press Compare. Shows KS, chi-square goodness of fit, the Wasserstein distance
 * and the mean difference, overall and per subgroup, and the real distribution beside the
 * simulated one. Reading the CSV and comparing run on worker threads (core's
 * runEmpiricalCheck, with a connection of their own); the mapping of a run is kept in the
 * project and comes back when the run is shown again.
 */
class EmpiricalPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EmpiricalPanel(QWidget *parent = nullptr);

    /** What is compared: a study run id or an experiment's name in the project at `projectPath`. */
    void setSubject(const QString &projectPath, const QString &which, const QString &label);
    void clear();
    QString which() const { return m_which; }
    /** Reads the CSV's header (on a worker) and lists its columns; errors show in the panel. */
    void loadCsv(const QString &path);
    /** Compares with the mapping the panel shows. */
    void compare();
    bool isBusy() const { return m_busy; }
    /** The last comparison shown (nullopt before one, or after an error). */
    const std::optional<EmpiricalOutcome> &outcome() const { return m_outcome; }
    /** The mapping the controls show, as core takes it. */
    EmpiricalCheck currentCheck() const;

    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *columnsLabel() const { return m_columns; }
    QComboBox *columnBox() const { return m_column; }
    QComboBox *questionBox() const { return m_question; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *optionBox() const { return m_option; }
    /** CSV column → persona attribute: column 0 is checkable, column 1 holds a combo box. */
    QTableWidget *matchTable() const { return m_matches; }
    QPushButton *compareButton() const { return m_compare; }
    QLabel *errorLabel() const { return m_error; }
    QTableWidget *resultsTable() const { return m_results; }
    IntervalChart *chart() const { return m_chart; }
    /** Replaces the open-file dialog of Browse (tests give a path; an empty one cancels). */
    void setOpenPathHook(std::function<QString()> hook) { m_openPathHook = std::move(hook); }

Q_SIGNALS:
    void subjectLoaded(const QString &error);
    void csvLoaded(const QString &error);
    /** A comparison finished: shown, or `error` says why not (also shown in the panel). */
    void compared(const QString &error);

private:
    void browse();
    void showSubject(const EmpiricalSubject &subject, const std::optional<EmpiricalCheck> &saved);
    void showCsvColumns(const QStringList &header, int records);
    void applyPending();
    void updateOptions();
    void updateCompareEnabled();
    void showOutcome(const EmpiricalOutcome &outcome);
    void showError(const QString &text);
    void setBusy(bool busy);
    QComboBox *attributeBoxAt(int row) const;

    QString m_projectPath;
    QString m_which;
    QString m_label;
    int m_generation = 0;
    bool m_busy = false;
    bool m_csvReady = false;
    bool m_restoring = false; // a saved mapping was applied: compare once the CSV is shown
    EmpiricalSubject m_subject;
    std::optional<EmpiricalCheck> m_pending; // a saved mapping, applied once its CSV is read
    std::optional<EmpiricalOutcome> m_outcome;
    QLabel *m_title;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_columns;
    QComboBox *m_column;
    QComboBox *m_question;
    QComboBox *m_kind;
    QComboBox *m_option;
    QTableWidget *m_matches;
    QPushButton *m_compare;
    QProgressBar *m_busyBar;
    QLabel *m_error;
    QLabel *m_notes;
    QTableWidget *m_results;
    IntervalChart *m_chart;
    std::function<QString()> m_openPathHook;
};

} // namespace troupe
