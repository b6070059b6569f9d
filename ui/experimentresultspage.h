#pragma once

#include <QTabWidget>

namespace troupe {

class EmpiricalPanel;
class ExperimentCompareView;

/**
 * The centre page for comparisons: an experiment's arms (Compare) beside the check against a
 * real survey (Real Data). A single study run has no arms, so for one only Real Data is open.
 */
class ExperimentResultsPage final : public QTabWidget
{
    Q_OBJECT
public:
    explicit ExperimentResultsPage(QWidget *parent = nullptr);

    /** Compares the experiment's arms and offers its pooled runs to the real-data check. */
    void showExperiment(const QString &projectPath, const QString &name);
    /** The real-data check of one study run. */
    void showRun(const QString &projectPath, qint64 runId, const QString &label);
    void clear();

    ExperimentCompareView *compareView() const { return m_compare; }
    EmpiricalPanel *empiricalPanel() const { return m_empirical; }
    static constexpr int kCompareTab = 0;
    static constexpr int kEmpiricalTab = 1;

private:
    ExperimentCompareView *m_compare;
    EmpiricalPanel *m_empirical;
};

} // namespace troupe
