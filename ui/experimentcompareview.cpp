#include "experimentcompareview.h"

#include "analysis/palette.h"
#include "intervalchart.h"
#include "tablecsv.h"
#include "tablefit.h"
#include "testnames.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace troupe {

namespace {

/** What the worker hands back: a comparison or why there is none. */
struct CompareOutcome
{
    std::optional<ExperimentComparison> comparison;
    QString error;
};

CompareOutcome compareOnWorker(const QString &path, const QString &name)
{
    // A connection of this thread's own: SQLite connections are not shared between threads.
    auto project = ProjectFile::open(path);
    if (!project)
        return { std::nullopt, project.error() };
    auto c = compareExperiment(*project.value(), name);
    if (!c)
        return { std::nullopt, c.error() };
    return { std::move(c.value()), QString() };
}

QTableWidgetItem *cell(const QString &text, double value = stats::kNaN)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (std::isfinite(value)) {
        item->setData(Qt::UserRole, value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

QTableWidget *makeTable(QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return t;
}

int totalOf(const std::map<QString, int> &counts)
{
    int n = 0;
    for (const auto &[o, c] : counts)
        n += c;
    return n;
}

QStringList optionsOf(const QuestionComparison &q)
{
    QStringList options;
    for (const ArmFigures &a : q.arms)
        for (const auto &[o, c] : a.counts)
            if (!options.contains(o))
                options.append(o);
    return options;
}

QString shareText(int count, int n)
{
    return n > 0 ? QStringLiteral("%1 (%2%)").arg(count).arg(QString::number(100.0 * count / n, 'f', 1))
                 : QStringLiteral("–");
}

} // namespace

ExperimentCompareView::ExperimentCompareView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_status(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_question(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_chart(new IntervalChart(this))
    , m_tests(makeTable(this))
    , m_testsNote(new QLabel(this))
    , m_replicates(makeTable(this))
    , m_copy(new QPushButton(tr("&Copy Table"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
{
    m_header->setTextFormat(Qt::PlainText);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    m_summary->setAccessibleName(tr("Summary"));
    m_testsNote->setWordWrap(true);
    m_testsNote->setTextFormat(Qt::PlainText);
    m_chart->setMinimumHeight(300);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busyBar);
    statusRow->addWidget(m_status, 1);
    auto *questionRow = new QHBoxLayout;
    auto *questionLabel = new QLabel(tr("&Question:"), this);
    questionLabel->setBuddy(m_question);
    questionRow->addWidget(questionLabel);
    questionRow->addWidget(m_question, 1);
    m_question->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *testsBox = new QGroupBox(tr("Tests"), this);
    auto *tl = new QVBoxLayout(testsBox);
    tl->addWidget(m_tests, 1);
    tl->addWidget(m_testsNote);
    tl->addStretch(); // beside a taller replicates table the note stays under the tests
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    tl->addLayout(buttons);
    auto *repBox = new QGroupBox(tr("Replicates"), this);
    auto *rl = new QVBoxLayout(repBox);
    rl->addWidget(m_replicates);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(statusRow);
    layout->addLayout(questionRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    m_tables = new QBoxLayout(QBoxLayout::TopToBottom);
    m_tables->addWidget(testsBox, 3);
    m_tables->addWidget(repBox, 2);
    layout->addLayout(m_tables);

    connect(m_question, &QComboBox::currentIndexChanged, this, &ExperimentCompareView::showQuestion);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(QString::fromUtf8(tableAsCsv(m_tests))); });
    connect(m_export, &QPushButton::clicked, this, &ExperimentCompareView::exportTests);
    clear();
}

void ExperimentCompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side where both tables fit, else one under the other (the page scrolls).
    m_tables->setDirection(width() >= kSideBySideWidth ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void ExperimentCompareView::clear()
{
    ++m_generation;
    m_name.clear();
    m_comparison.reset();
    setBusy(false, tr("No experiment is shown. Choose Results → Compare Experiment…"));
    m_header->setText(tr("Compare experiment arms"));
    const QSignalBlocker block(m_question);
    m_question->clear();
    m_summary->clear();
    m_summary->hide();
    m_chart->setData({});
    m_tests->clear();
    m_tests->setRowCount(0);
    m_tests->setColumnCount(0);
    m_replicates->clear();
    m_replicates->setRowCount(0);
    m_replicates->setColumnCount(0);
    fitTableHeight(m_tests);
    fitTableHeight(m_replicates);
    m_testsNote->clear();
    m_copy->setEnabled(false);
    m_export->setEnabled(false);
}

void ExperimentCompareView::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ExperimentCompareView::showExperiment(const QString &projectPath, const QString &name)
{
    clear();
    m_name = name;
    const int generation = ++m_generation;
    m_header->setText(name);
    setBusy(true, tr("Comparing the arms of \"%1\"…").arg(name));
    auto *watcher = new QFutureWatcher<CompareOutcome>(this);
    connect(watcher, &QFutureWatcher<CompareOutcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer request, or clear(), came since
        const CompareOutcome outcome = watcher->result();
        if (!outcome.comparison) {
            setBusy(false, tr("Cannot compare \"%1\": %2").arg(m_name, outcome.error));
            emit finished(outcome.error);
            return;
        }
        setBusy(false, QString());
        showComparison(*outcome.comparison);
        emit finished(QString());
    });
    watcher->setFuture(QtConcurrent::run(compareOnWorker, projectPath, name));
}

void ExperimentCompareView::showComparison(const ExperimentComparison &c)
{
    m_comparison = c;
    QStringList arms;
    if (!c.questions.empty())
        for (const ArmFigures &a : c.questions.front().arms)
            arms.append(a.arm);
    m_header->setText(tr("%1: %2 · runs: %3 · replicates: %4")
                          .arg(c.experiment, arms.join(tr(" vs ")))
                          .arg(c.runs)
                          .arg(c.replicates));
    QStringList notes;
    if (c.questions.empty())
        notes.append(tr("No question of this experiment's study has a comparison (only likert, numeric, choice and "
                        "yes/no questions do)."));
    if (!c.notCompared.isEmpty())
        notes.append(tr("Not compared (no test for their type): %1").arg(c.notCompared.join(QStringLiteral(", "))));
    setBusy(false, notes.join(u'\n'));
    {
        const QSignalBlocker block(m_question);
        m_question->clear();
        for (const QuestionComparison &q : c.questions)
            m_question->addItem(tr("%1 (%2)").arg(q.question, q.type));
    }
    if (!c.questions.empty())
        showQuestion(0);
}

void ExperimentCompareView::showQuestion(int index)
{
    if (!m_comparison || index < 0 || size_t(index) >= m_comparison->questions.size())
        return;
    if (m_question->currentIndex() != index) {
        const QSignalBlocker block(m_question);
        m_question->setCurrentIndex(index);
    }
    const QuestionComparison &q = m_comparison->questions[size_t(index)];
    m_summary->setText(q.summary);
    m_summary->setVisible(!q.summary.isEmpty());
    fillChart(q);
    fillTests(q);
    fillReplicates(q);
    m_copy->setEnabled(m_tests->rowCount() > 0);
    m_export->setEnabled(m_tests->rowCount() > 0);
}

void ExperimentCompareView::fillChart(const QuestionComparison &q)
{
    IntervalChartData d;
    if (q.numeric) {
        d.title = tr("Mean %1 per arm, with 95% intervals and each replicate's mean").arg(q.question);
        d.valueTitle = tr("mean %1").arg(q.question);
        d.series = { tr("mean") };
        d.dotsLabel = tr("replicate mean");
        for (size_t i = 0; i < q.arms.size(); ++i) {
            const ArmFigures &a = q.arms[i];
            d.groups.append(a.arm);
            IntervalChartData::Cell c;
            c.value = a.pooled.mean;
            c.lo = a.pooled.ci.lo;
            c.hi = a.pooled.ci.hi;
            for (const auto &[r, rd] : a.byReplicate)
                c.dots.push_back(rd.mean);
            c.note = tr("n = %1").arg(a.pooled.n);
            d.cells.push_back({ c });
        }
        // One colour per arm, as in the categorical chart.
        d.colourByGroup = true;
        for (size_t i = 0; i < q.arms.size(); ++i)
            d.colours.push_back(QColor(report::paletteColour(int(i))));
    } else {
        d.title = tr("Share of each answer to %1 per arm, with 95% Wilson intervals and each replicate's share")
                      .arg(q.question);
        d.valueTitle = tr("share of answers");
        d.percent = true;
        d.dotsLabel = tr("replicate share");
        const QStringList options = optionsOf(q);
        for (size_t i = 0; i < q.arms.size(); ++i) {
            d.series.append(q.arms[i].arm);
            d.colours.push_back(QColor(report::paletteColour(int(i))));
        }
        for (const QString &o : options) {
            d.groups.append(o);
            std::vector<IntervalChartData::Cell> row;
            for (const ArmFigures &a : q.arms) {
                const int n = totalOf(a.counts);
                const auto it = a.counts.find(o);
                const int k = it == a.counts.end() ? 0 : it->second;
                const stats::Proportion p = stats::wilson(k, n);
                IntervalChartData::Cell c;
                c.value = p.estimate;
                c.lo = p.ci.lo;
                c.hi = p.ci.hi;
                for (const auto &[r, counts] : a.countsByReplicate) {
                    const int rn = totalOf(counts);
                    const auto rit = counts.find(o);
                    if (rn > 0)
                        c.dots.push_back(double(rit == counts.end() ? 0 : rit->second) / rn);
                }
                c.note = QStringLiteral("%1/%2").arg(k).arg(n);
                row.push_back(c);
            }
            d.cells.push_back(row);
        }
    }
    m_chart->setData(std::move(d));
}

void ExperimentCompareView::fillTests(const QuestionComparison &q)
{
    m_tests->clear();
    const QStringList header
        = { tr("Test"), tr("Statistic"), tr("df"), tr("p"), tr("p (Holm)"), tr("Effect size"), tr("Effect") };
    m_tests->setColumnCount(int(header.size()));
    m_tests->setHorizontalHeaderLabels(header);
    m_tests->setRowCount(int(q.tests.size()));
    for (size_t i = 0; i < q.tests.size(); ++i) {
        const stats::TestResult &t = q.tests[i];
        const int row = int(i);
        QTableWidgetItem *name = cell(readableTestName(t.name));
        name->setData(Qt::UserRole, t.name);
        name->setToolTip(t.name);
        m_tests->setItem(row, 0, name);
        m_tests->setItem(row, 1, cell(figureText(t.statistic, 3), t.statistic));
        m_tests->setItem(row, 2, t.df ? cell(figureText(*t.df, 1), *t.df) : cell(QStringLiteral("–")));
        m_tests->setItem(row, 3, cell(pValueText(t.p), t.p));
        m_tests->setItem(
            row, 4, i == 0 && q.primaryPHolm ? cell(pValueText(*q.primaryPHolm), *q.primaryPHolm) : cell(QString()));
        m_tests->setItem(row, 5, t.effect ? cell(figureText(*t.effect, 3), *t.effect) : cell(QStringLiteral("–")));
        m_tests->setItem(row, 6, cell(t.effect ? readableEffectName(t.effectName) : QString()));
    }
    m_tests->resizeColumnsToContents();
    fitTableHeight(m_tests);
    QStringList notes;
    if (q.primaryPHolm)
        notes.append(tr("p (Holm): the first test's p, adjusted over the experiment's %n question(s).", nullptr,
            int(m_comparison ? m_comparison->questions.size() : 1)));
    if (q.difference)
        notes.append(tr("Difference of means (%1 − %2): %3, 95% CI %4 to %5.")
                         .arg(q.arms[1].arm, q.arms[0].arm, figureText(q.difference->estimate, 3),
                             figureText(q.difference->ci.lo, 3), figureText(q.difference->ci.hi, 3)));
    for (const QString &s : q.skipped)
        notes.append(tr("Not computed: %1").arg(s));
    m_testsNote->setText(notes.join(u'\n'));
    m_testsNote->setVisible(!notes.isEmpty());
}

void ExperimentCompareView::fillReplicates(const QuestionComparison &q)
{
    m_replicates->clear();
    QStringList header = { tr("Arm"), tr("Replicate"), tr("n") };
    const QStringList options = q.numeric ? QStringList() : optionsOf(q);
    if (q.numeric)
        header += { tr("Mean"), tr("SD") };
    else
        header += options;
    m_replicates->setColumnCount(int(header.size()));
    m_replicates->setHorizontalHeaderLabels(header);
    int rows = 0;
    for (const ArmFigures &a : q.arms)
        rows += int(q.numeric ? a.byReplicate.size() : a.countsByReplicate.size()) + 1;
    m_replicates->setRowCount(rows);
    int row = 0;
    QFont bold = m_replicates->font();
    bold.setBold(true);
    for (const ArmFigures &a : q.arms) {
        const auto addRow = [&](const QString &replicate, bool pooled, auto fill) {
            m_replicates->setItem(row, 0, cell(a.arm));
            m_replicates->setItem(row, 1, cell(replicate));
            fill(row);
            if (pooled)
                for (int c = 0; c < m_replicates->columnCount(); ++c)
                    if (QTableWidgetItem *item = m_replicates->item(row, c))
                        item->setFont(bold);
            ++row;
        };
        if (q.numeric) {
            for (const auto &entry : a.byReplicate) {
                const stats::Descriptives &d = entry.second; // not a structured binding: lambdas capture it
                addRow(QString::number(entry.first), false, [&](int at) {
                    m_replicates->setItem(at, 2, cell(QString::number(d.n), d.n));
                    m_replicates->setItem(at, 3, cell(figureText(d.mean, 2), d.mean));
                    m_replicates->setItem(at, 4, cell(figureText(d.sd, 2), d.sd));
                });
            }
            addRow(tr("all"), true, [&](int at) {
                m_replicates->setItem(at, 2, cell(QString::number(a.pooled.n), a.pooled.n));
                m_replicates->setItem(at, 3, cell(figureText(a.pooled.mean, 2), a.pooled.mean));
                m_replicates->setItem(at, 4, cell(figureText(a.pooled.sd, 2), a.pooled.sd));
            });
        } else {
            const auto fillCounts = [&](const std::map<QString, int> &counts) {
                return [&, counts](int at) {
                    const int n = totalOf(counts);
                    m_replicates->setItem(at, 2, cell(QString::number(n), n));
                    for (qsizetype o = 0; o < options.size(); ++o) {
                        const auto it = counts.find(options[o]);
                        const int k = it == counts.end() ? 0 : it->second;
                        m_replicates->setItem(at, 3 + int(o), cell(shareText(k, n), k));
                    }
                };
            };
            for (const auto &[r, counts] : a.countsByReplicate)
                addRow(QString::number(r), false, fillCounts(counts));
            addRow(tr("all"), true, fillCounts(a.counts));
        }
    }
    m_replicates->resizeColumnsToContents();
    fitTableHeight(m_replicates);
}

void ExperimentCompareView::exportTests()
{
    QString path;
    if (m_savePathHook)
        path = m_savePathHook();
    else
        path = QFileDialog::getSaveFileName(this, tr("Export Tests as CSV"),
            QStringLiteral("%1-%2-tests.csv").arg(m_name, m_question->currentText().section(u' ', 0, 0)),
            tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(tableAsCsv(m_tests)) < 0 || !file.commit()) {
        emit exportFailed(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    emit exported(path);
}

} // namespace troupe
