#include "extractiondialog.h"

#include "extractionrunner.h"
#include "study/extraction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace troupe {

namespace {

enum Scope { EveryAgent = 0, WholeWorld = 1, OneAgent = 2 };

QString valueText(const nlohmann::json &v)
{
    if (v.is_null())
        return ExtractionDialog::tr("(not found)");
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return QString::fromStdString(v.dump());
}

} // namespace

ExtractionDialog::ExtractionDialog(const Run &run, const QList<ExtractionRecord> &stored, const llm::EndpointFlags &flags,
                                   QWidget *parent)
    : QDialog(parent), m_run(run), m_flags(flags), m_objective(new QLineEdit(this)), m_fields(new QTableWidget(0, 2, this)),
      m_addField(new QPushButton(tr("&Add Field"), this)), m_removeField(new QPushButton(tr("Re&move Field"), this)),
      m_scope(new QComboBox(this)), m_runButton(new QPushButton(tr("&Run"), this)), m_busy(new QProgressBar(this)),
      m_earlier(new QComboBox(this)), m_results(new QTableWidget(this)), m_status(new QLabel(this)),
      m_runner(new ExtractionRunner(this))
{
    setObjectName(QStringLiteral("extractionDialog"));
    setWindowTitle(tr("Extract Results — Run #%1").arg(run.runId));
    auto *intro = new QLabel(tr("Reads what happened in run #%1 “%2” again with an objective of yours; the simulation is "
                                "not run again. Each result cites the events it used.")
                                 .arg(run.runId).arg(run.name),
                             this);
    intro->setWordWrap(true);
    m_objective->setPlaceholderText(tr("e.g. which ad each person picked and why"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Hint (what it means)")});
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setColumnWidth(0, 160);
    m_fields->verticalHeader()->hide();
    m_fields->setMinimumHeight(100);
    m_fields->setMaximumHeight(150); // a few fields; the results below get the room
    m_fields->setAccessibleName(tr("Fields to extract"));
    m_scope->addItem(tr("Each agent"), int(EveryAgent));
    m_scope->addItem(tr("The whole world"), int(WholeWorld));
    for (const QString &a : run.agents)
        m_scope->addItem(tr("Only %1").arg(a), a);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_runButton->setDefault(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(true);
    m_results->setMinimumHeight(180);
    m_results->setAccessibleName(tr("Extracted results"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // Wrapped values need their height again whenever the columns get their width.
    connect(m_results->horizontalHeader(), &QHeaderView::sectionResized, m_results, &QTableView::resizeRowsToContents);

    auto *fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(m_addField);
    fieldButtons->addWidget(m_removeField);
    fieldButtons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("&Fields:"), m_fields);
    form->addRow(QString(), fieldButtons);
    form->addRow(tr("F&or:"), m_scope);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_busy);
    runRow->addStretch(1);
    runRow->addWidget(new QLabel(tr("&Earlier:"), this));
    static_cast<QLabel *>(runRow->itemAt(runRow->count() - 1)->widget())->setBuddy(m_earlier);
    runRow->addWidget(m_earlier, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(760, 620);

    connect(m_addField, &QPushButton::clicked, this, [this] {
        addField();
        m_fields->setCurrentCell(m_fields->rowCount() - 1, 0);
        m_fields->editItem(m_fields->item(m_fields->rowCount() - 1, 0));
    });
    connect(m_removeField, &QPushButton::clicked, this, [this] {
        if (m_fields->currentRow() >= 0)
            m_fields->removeRow(m_fields->currentRow());
    });
    connect(m_runButton, &QPushButton::clicked, this, [this] { (void)start(); });
    connect(m_earlier, &QComboBox::activated, this, &ExtractionDialog::showGroup);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_runner, &ExtractionRunner::finished, this,
            [this](const QList<ExtractionRecord> &records, const QStringList &problems, const QString &cost) {
                setBusy(false);
                addStored(records);
                if (!records.isEmpty())
                    showRecords(records.first().objective, records.first().fields, records);
                QStringList lines;
                lines << tr("%n result(s) stored in the project.", nullptr, int(records.size())) << cost;
                lines << problems;
                m_status->setText(lines.join(u'\n'));
                m_status->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
                emit extracted(m_run.runId);
            });
    connect(m_runner, &ExtractionRunner::failed, this, [this](const QString &problem) {
        setBusy(false);
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_status->setText(tr("Nothing was extracted: %1").arg(problem));
    });

    addStored(stored);
    if (!m_groups.isEmpty()) {
        showGroup(0);
    } else {
        addField();
        m_status->setText(tr("No extraction of this run yet."));
    }
}

void ExtractionDialog::addField(const QString &name, const QString &hint)
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, 0, new QTableWidgetItem(name));
    m_fields->setItem(row, 1, new QTableWidgetItem(hint));
}

void ExtractionDialog::addStored(const QList<ExtractionRecord> &records)
{
    // Grouped by objective and fields; each agent's latest result stands for the group.
    for (const ExtractionRecord &r : records) {
        auto it = std::find_if(m_groups.begin(), m_groups.end(),
                               [&](const Group &g) { return g.objective == r.objective && g.fields == r.fields; });
        if (it == m_groups.end()) {
            m_groups.append({r.objective, r.fields, {}, 0});
            it = m_groups.end() - 1;
        }
        auto mine = std::find_if(it->records.begin(), it->records.end(), [&](const ExtractionRecord &o) { return o.agent == r.agent; });
        if (mine == it->records.end())
            it->records.append(r);
        else if (mine->id <= r.id)
            *mine = r;
        it->newest = std::max(it->newest, r.id);
    }
    std::sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) { return a.newest > b.newest; });
    rebuildEarlier();
}

void ExtractionDialog::rebuildEarlier()
{
    const QSignalBlocker block(m_earlier);
    m_earlier->clear();
    for (const Group &g : std::as_const(m_groups))
        m_earlier->addItem(tr("%1 (%n result(s))", nullptr, int(g.records.size())).arg(g.objective));
    m_earlier->setEnabled(!m_groups.isEmpty());
    if (m_groups.isEmpty())
        m_earlier->setPlaceholderText(tr("none yet"));
}

void ExtractionDialog::showGroup(int index)
{
    if (index < 0 || index >= m_groups.size())
        return;
    const Group &g = m_groups[index];
    m_earlier->setCurrentIndex(index);
    m_objective->setText(g.objective);
    m_fields->setRowCount(0);
    for (const auto &f : g.fields)
        addField(QString::fromStdString(f.value("name", std::string())), QString::fromStdString(f.value("hint", std::string())));
    showRecords(g.objective, g.fields, g.records);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Stored in the project. Run again to extract with what the form says now."));
}

void ExtractionDialog::showRecords(const QString &, const nlohmann::json &fields, const QList<ExtractionRecord> &records)
{
    QStringList names;
    for (const auto &f : fields)
        names.append(QString::fromStdString(f.value("name", std::string())));
    m_results->clear();
    m_results->setColumnCount(int(names.size()) + 2);
    m_results->setHorizontalHeaderLabels(QStringList{tr("Agent")} + names + QStringList{tr("Cited events")});
    m_results->setRowCount(int(records.size()));
    // The run's agents in their order, the world last.
    QList<ExtractionRecord> ordered = records;
    std::stable_sort(ordered.begin(), ordered.end(), [this](const ExtractionRecord &a, const ExtractionRecord &b) {
        const auto rank = [this](const QString &agent) { return agent.isEmpty() ? 1 << 20 : int(m_run.agents.indexOf(agent)); };
        return rank(a.agent) < rank(b.agent);
    });
    for (int row = 0; row < ordered.size(); ++row) {
        const ExtractionRecord &r = ordered[row];
        m_results->setItem(row, 0, new QTableWidgetItem(r.agent.isEmpty() ? tr("The whole world") : r.agent));
        for (int c = 0; c < names.size(); ++c) {
            const auto it = r.result.find(names[c].toStdString());
            auto *item = new QTableWidgetItem(valueText(it == r.result.end() ? nlohmann::json() : *it));
            item->setToolTip(item->text());
            m_results->setItem(row, c + 1, item);
        }
        QStringList links;
        for (qint64 seq : r.citedSeqs)
            links.append(QStringLiteral("<a href=\"%1\">%1</a>").arg(seq));
        auto *cited = new QLabel(links.isEmpty() ? tr("none") : links.join(QStringLiteral(", ")), m_results);
        cited->setTextFormat(Qt::RichText);
        cited->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        cited->setToolTip(tr("Click an event to see it in the conversation"));
        cited->setContentsMargins(4, 0, 4, 0);
        const qint64 runId = m_run.runId;
        connect(cited, &QLabel::linkActivated, this, [this, runId](const QString &seq) { emit eventRequested(runId, seq.toLongLong()); });
        auto *sort = new QTableWidgetItem;
        sort->setData(Qt::UserRole, QVariant::fromValue(r.citedSeqs));
        m_results->setItem(row, int(names.size()) + 1, sort);
        m_results->setCellWidget(row, int(names.size()) + 1, cited);
    }
    // The agent and the cited events as wide as they need; the fields share the rest, wrapped.
    QHeaderView *header = m_results->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int c = 1; c <= names.size(); ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    header->setSectionResizeMode(int(names.size()) + 1, QHeaderView::ResizeToContents);
    m_results->resizeRowsToContents();
    // Once the dialog is laid out (it may not be shown yet), with the columns' real widths.
    QTimer::singleShot(0, m_results, &QTableView::resizeRowsToContents);
}

bool ExtractionDialog::start()
{
    auto refuse = [this](const QString &why) {
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_status->setText(why);
        return false;
    };
    if (m_runner->isBusy())
        return refuse(tr("An extraction is running; wait for it to finish."));
    if (m_objective->text().trimmed().isEmpty()) {
        m_objective->setFocus();
        return refuse(tr("Objective: say what to extract."));
    }
    QList<ExtractionField> fields;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QString name = m_fields->item(row, 0) ? m_fields->item(row, 0)->text().trimmed() : QString();
        const QString hint = m_fields->item(row, 1) ? m_fields->item(row, 1)->text().trimmed() : QString();
        if (name.isEmpty() && hint.isEmpty())
            continue; // an empty row is no field
        auto parsed = parseExtractionField(name + (hint.isEmpty() ? QString() : QStringLiteral(":") + hint));
        if (!parsed) {
            m_fields->setCurrentCell(row, 0);
            return refuse(tr("Fields, row %1: %2").arg(row + 1).arg(parsed.error()));
        }
        fields.append(parsed.value());
    }
    if (fields.isEmpty()) {
        m_fields->setFocus();
        return refuse(tr("Fields: add at least one field to extract (a name, and a hint of what it means)."));
    }
    if (Status s = checkExtractionFields(fields); !s)
        return refuse(tr("Fields: %1").arg(s.error()));
    ExtractionAsk ask;
    ask.projectPath = m_run.projectPath;
    ask.runId = m_run.runId;
    ask.objective = m_objective->text().trimmed();
    ask.fields = fields;
    ask.flags = m_flags;
    const QVariant scope = m_scope->currentData();
    if (scope.typeId() == QMetaType::QString)
        ask.agent = scope.toString();
    else
        ask.wholeWorld = scope.toInt() == WholeWorld;
    setBusy(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Extracting…"));
    m_runner->start(ask);
    return true;
}

bool ExtractionDialog::isRunning() const
{
    return m_runner->isBusy();
}

void ExtractionDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_runButton->setEnabled(!busy);
    m_earlier->setEnabled(!busy && !m_groups.isEmpty());
}

} // namespace troupe
