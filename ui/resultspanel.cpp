#include "resultspanel.h"

#include "analysis/runreport.h"
#include "htmlrenderer.h"
#include "models/conversationmodel.h"
#include "reportwriter.h"
#include "resultscharts.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study/studyfile.h"
#include "study/studyreport.h"
#include "studyresultspanel.h"
#include "talkmatrix.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace troupe {

namespace {

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

report::ReportFormat toReportFormat(ResultsPanel::Format f)
{
    switch (f) {
    case ResultsPanel::Format::Markdown:
        return report::ReportFormat::Markdown;
    case ResultsPanel::Format::Html:
        return report::ReportFormat::Html;
    case ResultsPanel::Format::Pdf:
        return report::ReportFormat::Pdf;
    case ResultsPanel::Format::Odt:
        break;
    }
    return report::ReportFormat::Odt;
}

std::map<QString, QString> agentColours(const RunSummary &s)
{
    // The conversation view's colours, so a report's swatches match what the user saw.
    std::map<QString, QString> out;
    for (const QString &a : s.agents)
        out[a] = ConversationModel::colorFor(a).name();
    return out;
}

} // namespace

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_text(new QTextBrowser(this)), m_actions(chartView(this)), m_tokens(chartView(this)),
      m_matrix(new TalkMatrix(this)), m_views(new QTabWidget(this)), m_study(new StudyResultsPanel(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this))
{
    auto *buttons = new QHBoxLayout;
    const std::pair<QString, Format> formats[] = {{tr("Export Markdown…"), Format::Markdown},
                                                  {tr("Export HTML…"), Format::Html},
                                                  {tr("Export PDF…"), Format::Pdf},
                                                  {tr("Export ODT…"), Format::Odt}};
    for (const auto &[label, format] : formats) {
        auto *b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, [this, format = format] { exportWithDialog(format); });
        buttons->addWidget(b);
        m_exportButtons.append({format, b});
    }
    m_progress->setRange(0, 0); // busy: a report takes as long as it takes
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->hide();
    buttons->addStretch(1);
    // Progress and outcome get a line of their own: the buttons fill a narrow panel's width.
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_progress);
    statusLine->addWidget(m_status, 1);

    // Long words overflow (and scroll) rather than break: "Amar a Okaf or" was a header.
    m_text->setWordWrapMode(QTextOption::WordWrap);
    m_text->document()->setDefaultStyleSheet(QStringLiteral("h1 { font-size: large; } h2 { font-size: medium; margin-top: 10px; }"));

    auto *matrixBox = new QWidget(this);
    auto *ml = new QVBoxLayout(matrixBox);
    ml->setContentsMargins(0, 0, 0, 0);
    auto *matrixTitle = new QLabel(tr("<b>Who talked to whom</b> — rows speak to columns; hover a column for the name"), matrixBox);
    matrixTitle->setWordWrap(true);
    ml->addWidget(matrixTitle);
    ml->addWidget(m_matrix, 1);

    auto *charts = new QWidget(this);
    auto *cl = new QVBoxLayout(charts);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_actions);
    cl->addWidget(m_tokens);
    charts->setMinimumWidth(320);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_text);
    top->addWidget(charts);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({1100, 900}); // in proportion, whatever the width
    top->setChildrenCollapsible(false);
    // The matrix spans the whole width below, so that 8 people and more fit across.
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(top);
    m_split->addWidget(matrixBox);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setChildrenCollapsible(false);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(statusLine);
    m_views->addTab(m_split, tr("Run"));
    m_views->addTab(m_study, tr("Study"));
    m_views->setTabVisible(1, false);
    connect(m_study, &StudyResultsPanel::eventRequested, this, &ResultsPanel::eventRequested);
    connect(m_study, &StudyResultsPanel::extractRequested, this, &ResultsPanel::extractRequested);
    layout->addWidget(m_views, 1);
    (void)showRun(0);
}

ResultsPanel::~ResultsPanel() = default;

QPushButton *ResultsPanel::exportButton(Format format) const
{
    for (const auto &[f, b] : m_exportButtons)
        if (f == format)
            return b;
    return nullptr;
}

Status ResultsPanel::showRun(qint64 runId)
{
    const bool sameRun = runId > 0 && runId == m_summary.runId;
    m_summary = RunSummary();
    m_events.clear();
    m_studySummary = StudySummary();
    m_studyDefinition = nullptr;
    QString studyProblem;
    if (runId > 0 && m_project) {
        // A study run: its answers summarised in core, shown in the Study tab.
        StudyStore studies(*m_project);
        if (auto record = studies.studyRun(runId)) {
            // A damaged study snapshot must not hide the run's own results: they are shown
            // and the problem is returned at the end.
            if (auto study = summarizeStudyRun(studies, runId)) {
                m_studySummary = std::move(study).value();
                m_studyDefinition = record.value().definition;
            } else {
                studyProblem = study.error();
            }
        }
        RunStore store(*m_project);
        auto summary = summarizeRun(store, runId);
        if (!summary)
            return Status::failure(summary.error());
        m_summary = summary.value();
        if (auto events = store.events(runId))
            m_events = events.value();
    }
    for (const auto &[f, b] : std::as_const(m_exportButtons))
        b->setEnabled(m_summary.runId > 0 && !m_exporting);
    if (m_summary.runId > 0) {
        // The summary tables of the report; who talked to whom as pairs, which need no wide
        // header (the matrix beside it has the names on its rows).
        report::ReportDocument doc;
        doc.title = m_summary.name.isEmpty() ? tr("Run %1").arg(m_summary.runId) : m_summary.name;
        for (const QString &caveat : report::runCaveats(m_summary))
            doc.note(caveat);
        doc.heading(tr("Summary")).add(report::runFiguresTable(m_summary));
        doc.heading(tr("Actions by type")).add(report::actionsTable(m_summary, agentColours(m_summary)));
        doc.heading(tr("Who talked to whom"));
        if (m_summary.talk.empty())
            doc.paragraph(tr("Nobody talked in this run."), report::Paragraph::Style::Muted);
        else
            doc.add(report::talkPairsTable(m_summary));
        report::HtmlOptions html;
        html.standalone = false;
        html.charts = false;
        m_text->setHtml(report::reportHtml(doc, {}, html));
    } else {
        m_text->setHtml(tr("<p>Select a run in the project explorer to see its results.</p>"));
    }
    m_study->setSummary(m_studySummary);
    m_views->setTabVisible(1, isStudyRun());
    if (!isStudyRun())
        m_views->setCurrentIndex(0);
    else if (!sameRun)
        m_views->setCurrentIndex(1); // a study's answers are what its run is for
    fillActionsChart(m_actions->chart(), m_summary);
    fillTokensChart(m_tokens->chart(), m_summary);
    m_matrix->setSummary(m_summary);
    fitMatrixHeight();
    if (!studyProblem.isEmpty())
        return Status::failure(tr("the study results of run %1 cannot be shown: %2").arg(runId).arg(studyProblem));
    return {};
}

void ResultsPanel::fitMatrixHeight()
{
    // Every speaker's row in view (up to a third of the panel); the charts get the rest.
    const int total = m_split->height() > 0 ? m_split->height() : height();
    const int wanted = std::min(m_matrix->sizeHint().height() + m_matrix->parentWidget()->layout()->spacing() + 24, total / 3);
    m_split->setSizes({std::max(1, total - wanted), wanted});
}

void ResultsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_splitMoved)
        fitMatrixHeight();
}

report::ReportDocument ResultsPanel::reportDocument() const
{
    if (isStudyRun()) {
        const auto study = StudyFile::fromDefinition(m_studyDefinition, m_studySummary.studyName);
        return report::studyReport(m_studySummary, study.study ? &*study.study : nullptr, m_summary, m_events);
    }
    report::RunReportOptions options;
    options.agentColours = agentColours(m_summary);
    return report::runReport(m_summary, m_events, options);
}

Status ResultsPanel::exportReport(const QString &path, Format format)
{
    if (m_summary.runId <= 0)
        return Status::failure(tr("select a run first"));
    if (Status s = report::writeReport(reportDocument(), path, toReportFormat(format)); !s)
        return s;
    emit exported(path);
    return {};
}

void ResultsPanel::startExport(const QString &path, Format format)
{
    if (m_exporting)
        return;
    if (m_summary.runId <= 0) {
        finishExport(path, Status::failure(tr("select a run first")));
        return;
    }
    setExporting(true, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        finishExport(path, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(report::writeReportAsync(reportDocument(), path, toReportFormat(format)));
}

void ResultsPanel::setExporting(bool on, const QString &text)
{
    m_exporting = on;
    m_progress->setVisible(on);
    for (const auto &[f, b] : std::as_const(m_exportButtons))
        b->setEnabled(!on && m_summary.runId > 0);
    m_status->setStyleSheet(QString());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ResultsPanel::finishExport(const QString &path, const Status &status)
{
    if (status) {
        setExporting(false, tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
        m_status->setText(QFontMetrics(m_status->font()).elidedText(m_status->text(), Qt::ElideMiddle, std::max(200, m_status->width())));
        m_status->setToolTip(path);
        emit exported(path);
    } else {
        setExporting(false, tr("Export failed: %1").arg(status.error()));
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
        m_status->setToolTip(status.error());
        emit exportFailed(status.error());
    }
}

void ResultsPanel::exportWithDialog(Format format)
{
    const report::ReportFormat f = toReportFormat(format);
    const QString suffix = report::reportSuffix(f);
    const QString filter = format == Format::Markdown ? tr("Markdown (*.md)")
                           : format == Format::Html   ? tr("HTML (*.html)")
                           : format == Format::Pdf    ? tr("PDF (*.pdf)")
                                                      : tr("OpenDocument text (*.odt)");
    QString name = m_summary.name.isEmpty() ? QStringLiteral("run-%1").arg(m_summary.runId) : m_summary.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w -]+")), QStringLiteral(" "));
    const QString suggested = name.simplified() + suffix;
    QString path = m_saveFileHook ? m_saveFileHook(suggested, filter)
                                  : QFileDialog::getSaveFileName(this, tr("Export Report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    startExport(path, format);
}

} // namespace troupe
