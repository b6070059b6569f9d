#pragma once

#include "analysis/reportdocument.h"
#include "analysis/runsummary.h"
#include "study/studysummary.h"
#include "util/result.h"

#include <QWidget>

#include <functional>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTextBrowser;

namespace troupe {

class ProjectFile;
class StudyResultsPanel;
class TalkMatrix;

/**
 * A run's results: the summary tables, actions and tokens per step as Qt Charts with round
 * ticks, a who-talked-to-whom matrix, and the report exported to Markdown, HTML, PDF or
 * ODT. Exports run on a pool thread with a busy bar; the window never waits for them.
 * A study run gets a Study tab (StudyResultsPanel) and its report is the study report.
 */
class ResultsPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Markdown, Html, Pdf, Odt };
    /** Asks where to save (the suggested file name, the filter); empty: cancelled. */
    using SaveFileHook = std::function<QString(const QString &suggested, const QString &filter)>;

    explicit ResultsPanel(QWidget *parent = nullptr);
    ~ResultsPanel() override;

    void setProject(ProjectFile *project) { m_project = project; }
    /** Loads run `runId` (0: clears). */
    Status showRun(qint64 runId);
    qint64 runId() const { return m_summary.runId; }
    const RunSummary &summary() const { return m_summary; }
    /** The report of the shown run, as every export writes it. */
    report::ReportDocument reportDocument() const;
    /** Writes the report now, on this thread (scripts and tests); the buttons use startExport(). */
    Status exportReport(const QString &path, Format format);
    /** Writes the report on a pool thread; exported() or exportFailed() follows. */
    void startExport(const QString &path, Format format);
    bool isExporting() const { return m_exporting; }
    /** Replaces the file dialog of the export buttons (tests, so that nothing blocks). */
    void setSaveFileHook(SaveFileHook hook) { m_saveFileHook = std::move(hook); }

    QTextBrowser *summaryView() const { return m_text; }
    TalkMatrix *matrix() const { return m_matrix; }
    QChartView *actionsChart() const { return m_actions; }
    QChartView *tokensChart() const { return m_tokens; }
    QPushButton *exportButton(Format format) const;
    QProgressBar *exportProgress() const { return m_progress; }
    QLabel *exportStatus() const { return m_status; }
    /** "Run" and, for a study run, "Study". */
    QTabWidget *views() const { return m_views; }
    StudyResultsPanel *studyPanel() const { return m_study; }
    bool isStudyRun() const { return m_studySummary.runId > 0; }

Q_SIGNALS:
    void exported(const QString &path);
    void exportFailed(const QString &error);
    /** A quote of the study was picked: show event `seq` of run `runId`. */
    void eventRequested(qint64 runId, qint64 seq);
    /** The study tab asked to extract results of the run again. */
    void extractRequested(qint64 runId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void exportWithDialog(Format format);
    void fitMatrixHeight();
    void setExporting(bool on, const QString &text = {});
    void finishExport(const QString &path, const Status &status);

    ProjectFile *m_project = nullptr;
    RunSummary m_summary;
    RunEvents m_events;
    StudySummary m_studySummary;             // runId 0: not a study run
    nlohmann::ordered_json m_studyDefinition;
    QTabWidget *m_views;
    StudyResultsPanel *m_study;
    QTextBrowser *m_text;
    QChartView *m_actions;
    QChartView *m_tokens;
    TalkMatrix *m_matrix;
    QSplitter *m_split;
    QList<QPair<Format, QPushButton *>> m_exportButtons;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_exporting = false;
    bool m_splitMoved = false; // the user placed the matrix: keep it there
    SaveFileHook m_saveFileHook;
};

} // namespace troupe
