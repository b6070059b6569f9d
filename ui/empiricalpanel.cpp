#include "empiricalpanel.h"

#include "empiricalchart.h"
#include "experiment/empiricalmapping.h"
#include "intervalchart.h"
#include "tablefit.h"
#include "testnames.h"
#include "util/csvreader.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace troupe {

namespace {

struct SubjectOutcome
{
    std::optional<EmpiricalSubject> subject;
    std::optional<EmpiricalCheck> saved;
    QString error;
};

struct CsvOutcome
{
    QStringList header;
    int records = 0;
    QString error;
};

struct CheckOutcome
{
    std::optional<EmpiricalOutcome> outcome;
    QString error;
};

// Each runs on a worker thread with a connection of its own: SQLite connections are not
// shared between threads.
SubjectOutcome loadSubject(const QString &path, const QString &which)
{
    auto project = ProjectFile::open(path);
    if (!project)
        return { std::nullopt, std::nullopt, project.error() };
    auto subject = empiricalSubject(*project.value(), which);
    if (!subject)
        return { std::nullopt, std::nullopt, subject.error() };
    return { std::move(subject.value()), savedEmpiricalMapping(*project.value(), which), QString() };
}

CsvOutcome readHeader(const QString &path)
{
    auto table = readCsvFile(path);
    if (!table)
        return { {}, 0, table.error() };
    if (table.value().records.empty())
        return { {}, 0,
            QCoreApplication::translate("EmpiricalPanel", "%1: the file has a header but no records").arg(path) };
    return { table.value().header, int(table.value().records.size()), QString() };
}

CheckOutcome check(const QString &path, const EmpiricalCheck &c)
{
    auto project = ProjectFile::open(path);
    if (!project)
        return { std::nullopt, project.error() };
    auto outcome = runEmpiricalCheckWithData(*project.value(), c);
    if (!outcome)
        return { std::nullopt, outcome.error() };
    // Remembered for the next time this run is shown; a failure to save loses nothing shown.
    (void)saveEmpiricalMapping(*project.value(), c);
    return { std::move(outcome.value()), QString() };
}

template <typename T, typename F> void watch(QObject *context, QFuture<T> future, F done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(future);
}

QString normalised(const QString &name)
{
    QString out;
    for (QChar c : name.trimmed().toLower())
        out += c.isLetterOrNumber() ? c : u'_';
    return out;
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

enum Column { Group, NSim, NReal, KsD, KsP, Chi2, Df, Chi2P, Wass, MeanDiff, MeanCi, ColumnCount };

} // namespace

EmpiricalPanel::EmpiricalPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_columns(new QLabel(this))
    , m_column(new QComboBox(this))
    , m_question(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_option(new QComboBox(this))
    , m_matches(new QTableWidget(this))
    , m_compare(new QPushButton(tr("Co&mpare"), this))
    , m_busyBar(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_results(new QTableWidget(this))
    , m_chart(new IntervalChart(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_path->setPlaceholderText(tr("Path of a survey CSV with a header row"));
    m_path->setClearButtonEnabled(true);
    m_columns->setWordWrap(true);
    m_columns->setTextFormat(Qt::PlainText);
    m_kind->addItem(tr("automatic"), QString());
    for (SurveyValueKind k :
        { SurveyValueKind::Numeric, SurveyValueKind::Choice, SurveyValueKind::Ranking, SurveyValueKind::Multi })
        m_kind->addItem(surveyValueKindName(k), surveyValueKindName(k));
    m_kind->setToolTip(tr(
        "How the column's cells read: numbers, one choice, a ranking (\"B-C-D-A-E\") or several values (\"a; b; c\")"));
    m_option->setEditable(true);
    m_option->setToolTip(tr("Ranking: the item whose position is compared (or the first choice). Multi: the option "
                            "whose mentions are compared."));
    m_matches->setColumnCount(2);
    m_matches->setHorizontalHeaderLabels({ tr("CSV column"), tr("Persona attribute") });
    m_matches->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_matches->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_matches->verticalHeader()->hide();
    m_matches->setMinimumHeight(110);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->hide();
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->setAlternatingRowColors(true);
    m_results->setColumnCount(ColumnCount);
    m_results->setHorizontalHeaderLabels({ tr("Group"), tr("n simulated"), tr("n real"), tr("KS D"), tr("KS p"),
        tr("χ²"), tr("df"), tr("χ² p"), tr("Wasserstein"), tr("Mean diff. (sim − real)"), tr("95% CI") });
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setMinimumHeight(140);
    m_chart->setMinimumHeight(220);
    m_chart->setEmptyText(tr("Choose a CSV and its answer column, then press Compare: the real answers are drawn "
                             "beside the simulated ones."));

    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("Real survey (CSV &file):"), this);
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *source = new QGroupBox(tr("Answers"), this);
    auto *form = new QFormLayout(source);
    form->addRow(tr("&Answer column:"), m_column);
    form->addRow(tr("&Question:"), m_question);
    form->addRow(tr("&Read as:"), m_kind);
    form->addRow(tr("O&ption:"), m_option);
    auto *matchBox = new QGroupBox(tr("Subgroups: CSV column → persona attribute"), this);
    auto *ml = new QVBoxLayout(matchBox);
    ml->addWidget(m_matches);
    auto *top = new QHBoxLayout;
    top->addWidget(source, 1);
    top->addWidget(matchBox, 1);
    auto *actions = new QHBoxLayout;
    m_compare->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    actions->addWidget(m_compare);
    actions->addWidget(m_busyBar);
    actions->addWidget(m_error, 1);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(pathRow);
    layout->addWidget(m_columns);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_results);
    layout->addWidget(m_notes);

    connect(m_browse, &QPushButton::clicked, this, &EmpiricalPanel::browse);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { loadCsv(m_path->text().trimmed()); });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        // Tabbing away reads a path that changed; Enter has read it already.
        if (!m_path->text().trimmed().isEmpty() && m_path->text().trimmed() != m_path->property("loaded").toString())
            loadCsv(m_path->text().trimmed());
    });
    connect(m_compare, &QPushButton::clicked, this, &EmpiricalPanel::compare);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EmpiricalPanel::updateOptions);
    connect(m_question, &QComboBox::currentIndexChanged, this, &EmpiricalPanel::updateOptions);
    connect(m_column, &QComboBox::currentIndexChanged, this, &EmpiricalPanel::updateCompareEnabled);
    connect(m_question, &QComboBox::currentIndexChanged, this, &EmpiricalPanel::updateCompareEnabled);
    clear();
}

void EmpiricalPanel::clear()
{
    ++m_generation;
    m_projectPath.clear();
    m_which.clear();
    m_label.clear();
    m_subject = {};
    m_pending.reset();
    m_outcome.reset();
    m_csvReady = false;
    m_restoring = false;
    m_title->setText(tr("Compare with real data"));
    m_question->clear();
    m_column->clear();
    m_columns->setText(tr("Choose a CSV file: its header names the columns."));
    m_matches->setRowCount(0);
    m_results->setRowCount(0);
    fitTableHeight(m_results);
    m_chart->setData({});
    m_notes->clear();
    showError(QString());
    setBusy(false);
    updateOptions();
}

void EmpiricalPanel::setSubject(const QString &projectPath, const QString &which, const QString &label)
{
    const QString csv = m_path->text();
    clear();
    m_projectPath = projectPath;
    m_which = which;
    m_label = label;
    m_title->setText(tr("Compare %1 with real data").arg(label));
    const int generation = m_generation;
    setBusy(true);
    watch(this, QtConcurrent::run(loadSubject, projectPath, which), [this, generation, csv](const SubjectOutcome &o) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!o.subject) {
            showError(o.error);
            emit subjectLoaded(o.error);
            return;
        }
        showSubject(*o.subject, o.saved);
        // A saved mapping brings its CSV back; else a CSV already chosen stays.
        const QString path = o.saved && !o.saved->csvPath.isEmpty() ? o.saved->csvPath : csv;
        emit subjectLoaded(QString());
        if (!path.isEmpty()) {
            m_path->setText(path);
            loadCsv(path);
        }
    });
}

void EmpiricalPanel::showSubject(const EmpiricalSubject &subject, const std::optional<EmpiricalCheck> &saved)
{
    m_subject = subject;
    m_pending = saved;
    const QSignalBlocker block(m_question);
    m_question->clear();
    for (const EmpiricalQuestion &q : subject.questions) {
        m_question->addItem(tr("%1 (%2)").arg(q.id, q.type), q.id);
        m_question->setItemData(m_question->count() - 1, q.text, Qt::ToolTipRole);
    }
    updateOptions();
    updateCompareEnabled();
}

void EmpiricalPanel::browse()
{
    const QString path = m_openPathHook
        ? m_openPathHook()
        : QFileDialog::getOpenFileName(this, tr("Choose a Survey CSV"), QFileInfo(m_path->text()).path(),
            tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    loadCsv(path);
}

void EmpiricalPanel::loadCsv(const QString &path)
{
    m_path->setProperty("loaded", path);
    m_csvReady = false;
    m_outcome.reset();
    m_results->setRowCount(0);
    m_chart->setData({});
    m_notes->clear();
    showError(QString());
    if (path.isEmpty())
        return;
    const int generation = m_generation;
    setBusy(true);
    m_columns->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    watch(this, QtConcurrent::run(readHeader, path), [this, generation, path](const CsvOutcome &o) {
        if (generation != m_generation || path != m_path->property("loaded").toString())
            return;
        setBusy(false);
        if (!o.error.isEmpty()) {
            m_column->clear();
            m_matches->setRowCount(0);
            m_columns->setText(tr("No columns: the file cannot be read."));
            showError(o.error);
            updateCompareEnabled();
            emit csvLoaded(o.error);
            return;
        }
        showCsvColumns(o.header, o.records);
        emit csvLoaded(QString());
    });
}

void EmpiricalPanel::showCsvColumns(const QStringList &header, int records)
{
    m_csvReady = true;
    m_columns->setText(tr("%1 records; columns: %2").arg(records).arg(header.join(QStringLiteral(", "))));
    {
        const QSignalBlocker block(m_column);
        m_column->clear();
        m_column->addItems(header);
        // A column named like the chosen question (Vote ↔ vote) is the likely answer column.
        const QString qid = m_question->currentData().toString();
        for (int i = 0; i < header.size(); ++i)
            if (normalised(header[i]) == normalised(qid))
                m_column->setCurrentIndex(i);
    }
    m_matches->setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        auto *item = new QTableWidgetItem(header[row]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_matches->setItem(row, 0, item);
        auto *box = new QComboBox(m_matches);
        box->addItem(tr("(not compared)"), QString());
        for (const QString &a : m_subject.attributes)
            box->addItem(a, a);
        for (int i = 1; i < box->count(); ++i)
            if (normalised(box->itemData(i).toString()) == normalised(header[row]))
                box->setCurrentIndex(i);
        box->setAccessibleName(tr("Persona attribute for %1").arg(header[row]));
        connect(box, &QComboBox::currentIndexChanged, this, [this, item, box] {
            item->setCheckState(box->currentData().toString().isEmpty() ? Qt::Unchecked : Qt::Checked);
        });
        m_matches->setCellWidget(row, 1, box);
    }
    applyPending();
    updateCompareEnabled();
    if (std::exchange(m_restoring, false))
        compare();
}

void EmpiricalPanel::applyPending()
{
    if (!m_pending || m_pending->csvPath != m_path->property("loaded").toString())
        return;
    const EmpiricalCheck saved = *m_pending;
    m_pending.reset();
    if (const int i = m_question->findData(saved.questionId); i >= 0)
        m_question->setCurrentIndex(i);
    if (const int i = m_column->findText(saved.column); i >= 0)
        m_column->setCurrentIndex(i);
    if (const int i = m_kind->findData(saved.kind ? surveyValueKindName(*saved.kind) : QString()); i >= 0)
        m_kind->setCurrentIndex(i);
    m_option->setCurrentText(saved.option);
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        QComboBox *box = attributeBoxAt(row);
        box->setCurrentIndex(0);
        for (const AttributeMatch &m : saved.matches)
            if (m.realColumn == m_matches->item(row, 0)->text())
                box->setCurrentIndex(std::max(0, box->findData(m.simAttribute)));
        m_matches->item(row, 0)->setCheckState(box->currentIndex() > 0 ? Qt::Checked : Qt::Unchecked);
    }
    // What was compared last time is shown again (computed afresh: the runs may have grown).
    m_restoring = true;
}

QComboBox *EmpiricalPanel::attributeBoxAt(int row) const
{
    return qobject_cast<QComboBox *>(m_matches->cellWidget(row, 1));
}

void EmpiricalPanel::updateOptions()
{
    const QString kind = m_kind->currentData().toString();
    const bool ranking = kind == surveyValueKindName(SurveyValueKind::Ranking);
    const bool multi = kind == surveyValueKindName(SurveyValueKind::Multi);
    const QString keep = m_option->currentText();
    m_option->clear();
    if (ranking)
        m_option->addItem(tr("(first choice)"), QString());
    if (ranking || multi) {
        const QString qid = m_question->currentData().toString();
        for (const EmpiricalQuestion &q : m_subject.questions)
            if (q.id == qid)
                for (const QString &o : q.options)
                    m_option->addItem(o, o);
        if (!keep.isEmpty() && m_option->findText(keep) >= 0)
            m_option->setCurrentIndex(m_option->findText(keep));
    }
    m_option->setEnabled(ranking || multi);
    updateCompareEnabled();
}

void EmpiricalPanel::updateCompareEnabled()
{
    m_compare->setEnabled(
        !m_busy && m_csvReady && m_column->count() > 0 && m_question->count() > 0 && !m_projectPath.isEmpty());
}

EmpiricalCheck EmpiricalPanel::currentCheck() const
{
    EmpiricalCheck c;
    c.which = m_which;
    c.csvPath = m_path->property("loaded").toString();
    c.column = m_column->currentText();
    c.questionId = m_question->currentData().toString();
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        c.kind = surveyValueKindFromName(kind);
    if (m_option->isEnabled()) {
        // "(first choice)" carries no item; a typed text is the item itself.
        const QString typed = m_option->currentText().trimmed();
        const int i = m_option->findText(typed);
        c.option = i >= 0 ? m_option->itemData(i).toString() : typed;
    }
    for (int row = 0; row < m_matches->rowCount(); ++row) {
        const QComboBox *box = attributeBoxAt(row);
        if (m_matches->item(row, 0)->checkState() == Qt::Checked && box && !box->currentData().toString().isEmpty())
            c.matches.push_back({ m_matches->item(row, 0)->text(), box->currentData().toString() });
    }
    return c;
}

void EmpiricalPanel::compare()
{
    if (m_busy || !m_csvReady)
        return;
    const EmpiricalCheck c = currentCheck();
    showError(QString());
    setBusy(true);
    const int generation = m_generation;
    watch(this, QtConcurrent::run(check, m_projectPath, c), [this, generation](const CheckOutcome &o) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!o.outcome) {
            m_outcome.reset();
            m_results->setRowCount(0);
            m_chart->setData({});
            showError(o.error);
            emit compared(o.error);
            return;
        }
        showOutcome(*o.outcome);
        emit compared(QString());
    });
}

void EmpiricalPanel::showOutcome(const EmpiricalOutcome &outcome)
{
    m_outcome = outcome;
    const EmpiricalReport &r = outcome.report;
    std::vector<const EmpiricalComparison *> rows = { &r.overall };
    for (const EmpiricalComparison &g : r.subgroups)
        rows.push_back(&g);
    m_results->setRowCount(int(rows.size()));
    QStringList skipped;
    for (size_t i = 0; i < rows.size(); ++i) {
        const EmpiricalComparison &c = *rows[i];
        const int row = int(i);
        const QString group = i == 0 ? tr("All respondents") : tr("%1 = %2 (%3)").arg(c.column, c.value, c.attribute);
        m_results->setItem(row, Group, cell(group));
        m_results->setItem(row, NSim, cell(QString::number(c.nSim), c.nSim));
        m_results->setItem(row, NReal, cell(QString::number(c.nReal), c.nReal));
        for (int col = KsD; col < ColumnCount; ++col)
            m_results->setItem(row, col, cell(QStringLiteral("–")));
        if (const stats::TestResult *ks = c.test(QLatin1String(stats::names::kKs2Samp))) {
            m_results->setItem(row, KsD, cell(figureText(ks->statistic, 3), ks->statistic));
            m_results->setItem(row, KsP, cell(pValueText(ks->p), ks->p));
        }
        if (const stats::TestResult *chi = c.test(QLatin1String(stats::names::kChiSquare))) {
            m_results->setItem(row, Chi2, cell(figureText(chi->statistic, 3), chi->statistic));
            if (chi->df)
                m_results->setItem(row, Df, cell(figureText(*chi->df, 0), *chi->df));
            m_results->setItem(row, Chi2P, cell(pValueText(chi->p), chi->p));
            if (chi->effect)
                m_results->item(row, Chi2)->setToolTip(
                    tr("%1 = %2").arg(readableEffectName(chi->effectName), figureText(*chi->effect, 3)));
        }
        if (const stats::TestResult *w = c.test(QLatin1String(stats::names::kWasserstein)))
            m_results->setItem(row, Wass, cell(figureText(w->statistic, 3), w->statistic));
        if (c.meanDifference) {
            m_results->setItem(
                row, MeanDiff, cell(figureText(c.meanDifference->estimate, 3), c.meanDifference->estimate));
            m_results->setItem(row, MeanCi,
                cell(tr("%1 to %2")
                         .arg(figureText(c.meanDifference->ci.lo, 3), figureText(c.meanDifference->ci.hi, 3))));
        }
        for (const QString &s : c.skipped) {
            skipped.append(tr("%1: %2").arg(group, s));
            // The reason a figure is missing, on its cells.
            const int from = s.startsWith(QLatin1String(stats::names::kChiSquare)) ? Chi2
                : s.startsWith(QLatin1String(stats::names::kKs2Samp))              ? KsD
                                                                                   : -1;
            for (int col = from; from >= 0 && col <= (from == Chi2 ? Chi2P : KsP); ++col)
                if (QTableWidgetItem *item = m_results->item(row, col); item && item->toolTip().isEmpty())
                    item->setToolTip(s);
        }
    }
    m_results->resizeColumnsToContents();
    fitTableHeight(m_results);
    QStringList notes;
    notes.append(tr("%1 simulated answers to \"%2\" against %3 real ones in column \"%4\" of %5.")
                     .arg(r.overall.nSim)
                     .arg(r.question)
                     .arg(r.overall.nReal)
                     .arg(m_column->currentText(), QFileInfo(m_path->property("loaded").toString()).fileName()));
    for (const auto &[m, n] : r.unmatched)
        if (n > 0)
            notes.append(tr("%1: %n simulated respondent(s) fit none of the real values.", nullptr, n).arg(m));
    for (const QString &s : skipped)
        notes.append(tr("Not computed: %1").arg(s));
    m_notes->setText(notes.join(u'\n'));
    const QString option = currentCheck().option;
    QString label = r.question;
    if (outcome.kind == SurveyValueKind::Multi)
        label = tr("%1, mentions of \"%2\"").arg(r.question, option);
    else if (outcome.kind == SurveyValueKind::Ranking)
        label = option.isEmpty() ? tr("%1, first choice").arg(r.question)
                                 : tr("%1, position of \"%2\"").arg(r.question, option);
    m_chart->setData(empiricalChartData(outcome, label));
}

void EmpiricalPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void EmpiricalPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    updateCompareEnabled();
}

} // namespace troupe
