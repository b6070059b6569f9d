#include "studyresultspanel.h"

#include "studycharts.h"
#include "study/studyreport.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace troupe {

namespace {

constexpr int kChartColumns = 2;
constexpr int kChartHeight = 260;
constexpr int kSeqRole = Qt::UserRole + 1;

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kChartHeight);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

/** Enter on a quote is a click: keyboard users open the event too. */
class QuoteTree final : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    std::function<void(int)> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem() && onActivate) {
            onActivate(indexOfTopLevelItem(currentItem()));
            return;
        }
        QTreeWidget::keyPressEvent(event);
    }
};

} // namespace

StudyResultsPanel::StudyResultsPanel(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_chartBox(new QWidget(this)), m_tabs(new QTabWidget(this)),
      m_crossQuestion(new QComboBox(this)), m_crossAttribute(new QComboBox(this)), m_crossView(new QTableView(this)),
      m_crossModel(new QStandardItemModel(this)), m_crossNote(new QLabel(this)), m_quoteQuestion(new QComboBox(this)),
      m_quotes(new QuoteTree(this)), m_missing(new QTreeWidget(this)), m_extract(new QPushButton(tr("E&xtract Results…"), this))
{
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    auto *grid = new QGridLayout(m_chartBox);
    for (int c = 0; c < kChartColumns; ++c)
        grid->setColumnStretch(c, 1); // equal columns, whatever each chart's labels want
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_chartBox);

    // Crosstab: a question by an attribute, counts with the share of the row.
    auto *cross = new QWidget(this);
    auto *cl = new QVBoxLayout(cross);
    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_crossQuestion);
    form->addRow(tr("&By:"), m_crossAttribute);
    cl->addLayout(form);
    m_crossView->setModel(m_crossModel);
    m_crossView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_crossView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    cl->addWidget(m_crossView, 1);
    m_crossNote->setWordWrap(true);
    cl->addWidget(m_crossNote);
    connect(m_crossQuestion, &QComboBox::currentIndexChanged, this, &StudyResultsPanel::updateCrosstab);
    connect(m_crossAttribute, &QComboBox::currentIndexChanged, this, &StudyResultsPanel::updateCrosstab);
    m_tabs->addTab(cross, tr("Crosstab"));

    auto *quotes = new QWidget(this);
    auto *ql = new QVBoxLayout(quotes);
    auto *qform = new QFormLayout;
    qform->addRow(tr("Q&uestion:"), m_quoteQuestion);
    ql->addLayout(qform);
    m_quotes->setColumnCount(5);
    m_quotes->setHeaderLabels({tr("Question"), tr("Respondent"), tr("Answer"), tr("In their words"), tr("Event")});
    m_quotes->header()->setStretchLastSection(false);
    m_quotes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_quotes->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_quotes->setRootIsDecorated(false);
    m_quotes->setWordWrap(true);
    m_quotes->setToolTip(tr("Click a quote (or press Enter) to see it in the conversation"));
    static_cast<QuoteTree *>(m_quotes)->onActivate = [this](int row) { activateQuote(row); };
    connect(m_quotes, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activateQuote(m_quotes->indexOfTopLevelItem(item)); });
    connect(m_quoteQuestion, &QComboBox::currentIndexChanged, this, &StudyResultsPanel::updateQuotes);
    ql->addWidget(m_quotes, 1);
    m_tabs->addTab(quotes, tr("Quotes"));

    m_missing->setColumnCount(3);
    m_missing->setHeaderLabels({tr("Question"), tr("Respondent"), tr("Why it is missing")});
    m_missing->setRootIsDecorated(false);
    m_missing->setWordWrap(true);
    m_tabs->addTab(m_missing, tr("Missing answers"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({620, 380}); // in proportion: the charts first, the tables below
    m_tabs->setMinimumHeight(180);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_extract, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    m_extract->setToolTip(tr("Extract fields from this run again with another objective, without running it again"));
    connect(m_extract, &QPushButton::clicked, this, [this] {
        if (m_summary.runId > 0)
            emit extractRequested(m_summary.runId);
    });
    clear();
}

void StudyResultsPanel::clear()
{
    setSummary(StudySummary());
}

void StudyResultsPanel::setSummary(const StudySummary &summary)
{
    m_summary = summary;
    if (m_summary.runId > 0)
        m_header->setText(tr("<b>%1</b> — respondents: %2. <i>%3</i>")
                              .arg(m_summary.studyName.toHtmlEscaped())
                              .arg(m_summary.respondents)
                              .arg(report::syntheticRespondentsCaveat().toHtmlEscaped()));
    else
        m_header->setText(tr("This run is not a study run."));
    m_extract->setEnabled(m_summary.runId > 0);
    rebuildCharts();

    const QString crossQ = m_crossQuestion->currentData().toString();
    const QString crossA = m_crossAttribute->currentText();
    const QString quoteQ = m_quoteQuestion->currentData().toString();
    {
        const QSignalBlocker b1(m_crossQuestion), b2(m_crossAttribute), b3(m_quoteQuestion);
        m_crossQuestion->clear();
        m_quoteQuestion->clear();
        m_crossAttribute->clear();
        m_quoteQuestion->addItem(tr("All questions"), QString());
        for (const QuestionSummary &q : m_summary.questions) {
            const QString label = QStringLiteral("%1 — %2").arg(q.question.id, q.question.text);
            m_crossQuestion->addItem(label, q.question.id);
            m_quoteQuestion->addItem(label, q.question.id);
        }
        m_crossAttribute->addItems(m_summary.attributes);
        // The same choices after a refresh (answers arriving), when they still exist.
        m_crossQuestion->setCurrentIndex(std::max(0, m_crossQuestion->findData(crossQ)));
        m_crossAttribute->setCurrentIndex(std::max(0, m_crossAttribute->findText(crossA)));
        m_quoteQuestion->setCurrentIndex(std::max(0, m_quoteQuestion->findData(quoteQ)));
    }
    updateCrosstab();
    updateQuotes();

    m_missing->clear();
    for (const QuestionSummary &q : m_summary.questions)
        for (const MissingAnswer &m : q.missingAnswers)
            m_missing->addTopLevelItem(new QTreeWidgetItem({q.question.id, m.agent, m.reason}));
    int missing = 0;
    for (const QuestionSummary &q : m_summary.questions)
        missing += q.missing;
    m_tabs->setTabText(2, missing > 0 ? tr("Missing answers (%1)").arg(missing) : tr("Missing answers"));
}

void StudyResultsPanel::rebuildCharts()
{
    auto *grid = static_cast<QGridLayout *>(m_chartBox->layout());
    // Every card goes, with or without a chart (an open question not labelled yet has none):
    // a refresh while answers arrive must not leave the old ones under the new.
    qDeleteAll(m_chartBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_charts.clear();
    int cell = 0;
    for (const QuestionSummary &q : m_summary.questions) {
        auto *card = new QWidget(m_chartBox);
        auto *l = new QVBoxLayout(card);
        l->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(QStringLiteral("<b>%1</b> — %2").arg(q.question.id.toHtmlEscaped(), q.question.text.toHtmlEscaped()), card);
        title->setWordWrap(true);
        l->addWidget(title);
        if (const auto chart = report::questionChart(q)) {
            QChartView *view = chartView(card);
            fillStudyChart(view->chart(), *chart);
            view->setObjectName(QStringLiteral("chart-") + q.question.id);
            l->addWidget(view, 1);
            m_charts.append(view);
        }
        QString figures = report::questionFigures(q);
        if (q.question.type == QuestionType::Ranking) {
            QStringList borda;
            for (const RankingScore &r : q.ranking)
                borda.append(tr("%1: Borda %2").arg(r.option).arg(r.borda));
            figures += QStringLiteral(" · ") + borda.join(QStringLiteral(", "));
        }
        auto *fig = new QLabel(figures, card);
        fig->setWordWrap(true);
        fig->setObjectName(QStringLiteral("figures-") + q.question.id);
        l->addWidget(fig);
        grid->addWidget(card, cell / kChartColumns, cell % kChartColumns);
        ++cell;
    }
}

void StudyResultsPanel::updateCrosstab()
{
    m_crossModel->clear();
    m_crossNote->clear();
    const QString question = m_crossQuestion->currentData().toString();
    const QString attribute = m_crossAttribute->currentText();
    if (question.isEmpty() || attribute.isEmpty())
        return;
    auto t = studyCrosstab(m_summary, question, attribute);
    if (!t) {
        m_crossNote->setText(t.error());
        return;
    }
    const StudyCrosstab &x = t.value();
    if (x.categories.isEmpty()) {
        m_crossNote->setText(tr("This question has no categories to count yet (open answers need labels)."));
        return;
    }
    QStringList columns = x.categories;
    columns.append(tr("n"));
    m_crossModel->setColumnCount(int(columns.size()));
    m_crossModel->setHorizontalHeaderLabels(columns);
    for (size_t g = 0; g < x.counts.size(); ++g) {
        QList<QStandardItem *> row;
        const int n = x.groupTotals[g];
        for (int c : x.counts[g]) {
            // Count and share of the row's respondents (multi: shares need not add to 100%).
            auto *item = new QStandardItem(n > 0 ? QStringLiteral("%1 (%2%)").arg(c).arg(qRound(100.0 * c / n)) : QString::number(c));
            item->setData(c, Qt::UserRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row.append(item);
        }
        auto *total = new QStandardItem(QString::number(n));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.append(total);
        m_crossModel->appendRow(row);
        m_crossModel->setVerticalHeaderItem(int(g), new QStandardItem(x.groups[qsizetype(g)]));
    }
    if (x.groups.isEmpty())
        m_crossNote->setText(tr("No respondent who answered has the attribute \"%1\".").arg(attribute));
}

void StudyResultsPanel::updateQuotes()
{
    m_quotes->clear();
    const QString only = m_quoteQuestion->currentData().toString();
    for (const QuestionSummary &q : m_summary.questions) {
        if (!only.isEmpty() && q.question.id != only)
            continue;
        for (const StudyQuote &quote : q.quotes) {
            // An open answer is its own words: the answer column stays empty.
            auto *item = new QTreeWidgetItem({q.question.id, quote.agent, q.question.type == QuestionType::Open ? QString() : quote.value,
                                              quote.text, quote.eventSeq ? QString::number(*quote.eventSeq) : QString()});
            item->setData(0, kSeqRole, quote.eventSeq ? QVariant(*quote.eventSeq) : QVariant());
            item->setToolTip(3, quote.text);
            m_quotes->addTopLevelItem(item);
        }
    }
}

void StudyResultsPanel::activateQuote(int row)
{
    QTreeWidgetItem *item = m_quotes->topLevelItem(row);
    if (!item)
        return;
    const QVariant seq = item->data(0, kSeqRole);
    if (seq.isValid())
        emit eventRequested(m_summary.runId, seq.toLongLong());
}

} // namespace troupe
