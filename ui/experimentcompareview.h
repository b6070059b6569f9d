#pragma once

#include "experiment/experimentcompare.h"

#include <QWidget>

#include <functional>
#include <optional>

class QBoxLayout;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace troupe {

class IntervalChart;

/**
 * An experiment's arms side by side, one question at a time: the arms' means (or the
 * options' shares) with their 95% intervals and each replicate's figure beside them, the
 * tests with p (Holm-adjusted for the first), the effect sizes, the replicates in a table,
 * and core's one-line summary. The comparison is computed by core (compareExperiment) on a
 * worker thread with a connection of its own; the view only shows it.
 */
class ExperimentCompareView final : public QWidget
{
    Q_OBJECT
public:
    explicit ExperimentCompareView(QWidget *parent = nullptr);

    /** Starts comparing; what an earlier, unfinished comparison sends is dropped. */
    void showExperiment(const QString &projectPath, const QString &name);
    void clear();
    QString experiment() const { return m_name; }
    bool isBusy() const { return m_busy; }
    /** The comparison shown (nullopt while none is, or when it failed). */
    const std::optional<ExperimentComparison> &comparison() const { return m_comparison; }
    /** Shows question `index` of the comparison. */
    void showQuestion(int index);

    QLabel *header() const { return m_header; }
    QLabel *status() const { return m_status; }
    QProgressBar *busyIndicator() const { return m_busyBar; }
    QComboBox *questionBox() const { return m_question; }
    QLabel *summary() const { return m_summary; }
    IntervalChart *chart() const { return m_chart; }
    QTableWidget *testsTable() const { return m_tests; }
    QTableWidget *replicatesTable() const { return m_replicates; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *exportButton() const { return m_export; }
    /** Replaces the save dialog of Export (tests give a path; an empty one cancels). */
    void setSavePathHook(std::function<QString()> hook) { m_savePathHook = std::move(hook); }

    /** From this width on the tests and the replicates stand side by side. */
    static constexpr int kSideBySideWidth = 1150;

Q_SIGNALS:
    /** A comparison finished: shown, or `error` says why not. */
    void finished(const QString &error);
    void exported(const QString &path);
    void exportFailed(const QString &error);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showComparison(const ExperimentComparison &comparison);
    void fillChart(const QuestionComparison &q);
    void fillTests(const QuestionComparison &q);
    void fillReplicates(const QuestionComparison &q);
    void exportTests();
    void setBusy(bool busy, const QString &text);

    QString m_name;
    int m_generation = 0;
    bool m_busy = false;
    std::optional<ExperimentComparison> m_comparison;
    QLabel *m_header;
    QLabel *m_status;
    QProgressBar *m_busyBar;
    QComboBox *m_question;
    QLabel *m_summary;
    IntervalChart *m_chart;
    QTableWidget *m_tests;
    QLabel *m_testsNote;
    QTableWidget *m_replicates;
    QPushButton *m_copy;
    QPushButton *m_export;
    QBoxLayout *m_tables = nullptr;
    std::function<QString()> m_savePathHook;
};

} // namespace troupe
