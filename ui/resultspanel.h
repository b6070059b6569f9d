#pragma once

#include "analysis/report.h"
#include "util/result.h"

#include <QWidget>

class QChartView;
class QTableWidget;
class QTextBrowser;
class QPushButton;

namespace troupe {

class ProjectFile;

/**
 * A run's results (first version): the summary tables, actions and tokens per step as
 * Qt Charts, a who-talks-to-whom matrix, and export of transcript, summary and charts to
 * Markdown, HTML or PDF.
 */
class ResultsPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Markdown, Html, Pdf };

    explicit ResultsPanel(QWidget *parent = nullptr);

    void setProject(ProjectFile *project) { m_project = project; }
    /** Loads run `runId` (0: clears). */
    Status showRun(qint64 runId);
    qint64 runId() const { return m_summary.runId; }
    const RunSummary &summary() const { return m_summary; }
    /** Writes the report; Markdown puts the chart images next to the file. */
    Status exportReport(const QString &path, Format format);
    /** The charts as images, as they go into reports. */
    QList<ReportChart> charts(const QString &baseName) const;

    QTextBrowser *summaryView() const { return m_text; }
    QTableWidget *matrix() const { return m_matrix; }
    QChartView *actionsChart() const { return m_actions; }
    QChartView *tokensChart() const { return m_tokens; }

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &error);

private:
    void exportWithDialog(Format format);
    void fillCharts();
    void fillMatrix();

    ProjectFile *m_project = nullptr;
    RunSummary m_summary;
    RunEvents m_events;
    QTextBrowser *m_text;
    QChartView *m_actions;
    QChartView *m_tokens;
    QTableWidget *m_matrix;
    QList<QPushButton *> m_exportButtons;
};

} // namespace troupe
