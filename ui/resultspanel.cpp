#include "resultspanel.h"

#include "models/conversationmodel.h"
#include "store/runstore.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineSeries>
#include <QPageSize>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QValueAxis>
#include <QVBoxLayout>

namespace troupe {

namespace {

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

QByteArray png(QWidget *widget)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSize size = widget->size().isEmpty() ? QSize(640, 320) : widget->size();
    if (widget->size().isEmpty())
        widget->resize(size);
    widget->grab().save(&buffer, "PNG");
    return bytes;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent), m_text(new QTextBrowser(this)), m_actions(chartView(this)), m_tokens(chartView(this)),
      m_matrix(new QTableWidget(this))
{
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setMinimumHeight(160);
    m_matrix->setToolTip(tr("How often each speaker (row) talked to each listener (column)"));
    auto *buttons = new QHBoxLayout;
    const std::pair<QString, Format> formats[] = {{tr("Export Markdown…"), Format::Markdown},
                                                  {tr("Export HTML…"), Format::Html},
                                                  {tr("Export PDF…"), Format::Pdf}};
    for (const auto &[label, format] : formats) {
        auto *b = new QPushButton(label, this);
        connect(b, &QPushButton::clicked, this, [this, format = format] { exportWithDialog(format); });
        buttons->addWidget(b);
        m_exportButtons.append(b);
    }
    buttons->addStretch();
    auto *charts = new QWidget(this);
    auto *cl = new QVBoxLayout(charts);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addWidget(m_actions);
    cl->addWidget(m_tokens);
    cl->addWidget(m_matrix);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_text);
    split->addWidget(charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    (void)showRun(0);
}

Status ResultsPanel::showRun(qint64 runId)
{
    m_summary = RunSummary();
    m_events.clear();
    if (runId > 0 && m_project) {
        RunStore store(*m_project);
        auto summary = summarizeRun(store, runId);
        if (!summary)
            return Status::failure(summary.error());
        m_summary = summary.value();
        if (auto events = store.events(runId))
            m_events = events.value();
    }
    for (QPushButton *b : std::as_const(m_exportButtons))
        b->setEnabled(m_summary.runId > 0);
    m_text->setHtml(m_summary.runId > 0 ? QStringLiteral("<h1>%1</h1>").arg(m_summary.name.toHtmlEscaped()) + summaryHtml(m_summary)
                                        : tr("<p>Select a run in the project explorer to see its results.</p>"));
    fillCharts();
    fillMatrix();
    return {};
}

void ResultsPanel::fillCharts()
{
    QStringList steps;
    for (int i = 1; i <= m_summary.steps; ++i)
        steps.append(QString::number(i));

    QChart *actions = m_actions->chart();
    actions->removeAllSeries();
    for (QAbstractAxis *axis : actions->axes()) {
        actions->removeAxis(axis);
        delete axis; // removeAxis gives up ownership: each refresh leaked the old axes
    }
    actions->setTitle(tr("Actions per step"));
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(tr("Actions"));
    for (int n : m_summary.actionsPerStep)
        *set << n;
    bars->append(set);
    actions->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(steps);
    x->setTitleText(tr("Step"));
    actions->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    actions->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    actions->legend()->hide();

    QChart *tokens = m_tokens->chart();
    tokens->removeAllSeries();
    for (QAbstractAxis *axis : tokens->axes()) {
        tokens->removeAxis(axis);
        delete axis; // removeAxis gives up ownership: each refresh leaked the old axes
    }
    tokens->setTitle(m_summary.tokensEstimated ? tr("Tokens per step (estimated)") : tr("Tokens per step"));
    auto *line = new QLineSeries;
    line->setName(tr("Tokens"));
    qint64 top = 1;
    for (size_t i = 0; i < m_summary.tokensPerStep.size(); ++i) {
        line->append(double(i + 1), double(m_summary.tokensPerStep[i]));
        top = std::max(top, m_summary.tokensPerStep[i]);
    }
    tokens->addSeries(line);
    auto *tx = new QValueAxis;
    tx->setRange(1, std::max(2, m_summary.steps));
    tx->setLabelFormat(QStringLiteral("%d"));
    tx->setTitleText(tr("Step"));
    auto *ty = new QValueAxis;
    ty->setRange(0, double(top) * 1.1);
    ty->setLabelFormat(QStringLiteral("%d"));
    tokens->addAxis(tx, Qt::AlignBottom);
    tokens->addAxis(ty, Qt::AlignLeft);
    line->attachAxis(tx);
    line->attachAxis(ty);
    tokens->legend()->hide();
}

void ResultsPanel::fillMatrix()
{
    QStringList listeners = m_summary.agents;
    int top = 1;
    for (const auto &[from, tos] : m_summary.talk)
        for (const auto &[to, n] : tos) {
            top = std::max(top, n);
            if (!listeners.contains(to))
                listeners.append(to);
        }
    m_matrix->clear();
    m_matrix->setRowCount(int(m_summary.agents.size()));
    m_matrix->setColumnCount(int(listeners.size()));
    m_matrix->setHorizontalHeaderLabels(listeners);
    m_matrix->setVerticalHeaderLabels(m_summary.agents);
    for (int r = 0; r < m_summary.agents.size(); ++r)
        for (int c = 0; c < listeners.size(); ++c) {
            const int n = m_summary.talkCount(m_summary.agents[r], listeners[c]);
            auto *item = new QTableWidgetItem(n ? QString::number(n) : QString());
            item->setTextAlignment(Qt::AlignCenter);
            QColor shade = ConversationModel::colorFor(m_summary.agents[r]);
            shade.setAlpha(n ? 40 + 200 * n / top : 0);
            item->setBackground(shade);
            m_matrix->setItem(r, c, item);
        }
    m_matrix->resizeColumnsToContents();
}

QList<ReportChart> ResultsPanel::charts(const QString &baseName) const
{
    return {{tr("Actions per step"), baseName + QStringLiteral("-actions.png"), png(m_actions)},
            {tr("Tokens per step"), baseName + QStringLiteral("-tokens.png"), png(m_tokens)},
            {tr("Who talked to whom (matrix)"), baseName + QStringLiteral("-talk.png"), png(m_matrix)}};
}

Status ResultsPanel::exportReport(const QString &path, Format format)
{
    if (m_summary.runId <= 0)
        return Status::failure(tr("select a run first"));
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QList<ReportChart> images = charts(base);
    switch (format) {
    case Format::Markdown: {
        for (const ReportChart &c : images)
            if (Status s = writeFile(info.dir().filePath(c.fileName), c.png); !s)
                return s;
        if (Status s = writeFile(path, reportMarkdown(m_summary, m_events, images).toUtf8()); !s)
            return s;
        break;
    }
    case Format::Html:
        if (Status s = writeFile(path, reportHtml(m_summary, m_events, images).toUtf8()); !s)
            return s;
        break;
    case Format::Pdf: {
        QTextDocument doc;
        for (const ReportChart &c : images)
            doc.addResource(QTextDocument::ImageResource, QUrl(c.fileName), QImage::fromData(c.png, "PNG"));
        doc.setHtml(reportHtml(m_summary, m_events, images, false));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(m_summary.name);
        writer.setCreator(QStringLiteral("Troupe Studio"));
        doc.setPageSize(QSizeF(writer.width(), writer.height()));
        doc.print(&writer);
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
            return Status::failure(tr("Cannot write %1").arg(path));
        break;
    }
    }
    emit exported(path);
    return {};
}

void ResultsPanel::exportWithDialog(Format format)
{
    const QString suffix = format == Format::Markdown ? QStringLiteral(".md") : format == Format::Html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    const QString filter = format == Format::Markdown ? tr("Markdown (*.md)") : format == Format::Html ? tr("HTML (*.html)") : tr("PDF (*.pdf)");
    QString name = m_summary.name.isEmpty() ? QStringLiteral("run-%1").arg(m_summary.runId) : m_summary.name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w -]+")), QStringLiteral(" "));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), name.simplified() + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix))
        path += suffix;
    if (Status s = exportReport(path, format); !s)
        emit exportFailed(s.error());
}

} // namespace troupe
