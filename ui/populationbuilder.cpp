#include "populationbuilder.h"

#include "models/dimensionsmodel.h"
#include "populationprofileview.h"
#include "populationrunner.h"
#include "projectcontroller.h"
#include "studiosettings.h"
#include "config/config.h"
#include "factory/costestimate.h"
#include "llm/pricing.h"
#include "llm/providers.h"
#include "store/populationstore.h"
#include "store/projectfile.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace troupe {

namespace {

constexpr int kContextRow = -2;

} // namespace

PopulationBuilder::PopulationBuilder(ProjectController *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_undo(new QUndoStack(this)), m_dimensions(new DimensionsModel(m_undo, this)),
      m_runner(new PopulationRunner(this)), m_tabs(new QTabWidget(this)), m_source(new QComboBox(this)),
      m_context(new QPlainTextEdit(this)), m_extra(new QLineEdit(this)), m_getDimensions(new QPushButton(tr("Get Dimensions"), this)),
      m_dimensionsView(new QTableView(this)), m_count(new QSpinBox(this)), m_seed(new QSpinBox(this)), m_name(new QLineEdit(this)),
      m_drawPlan(new QPushButton(tr("Draw Plan"), this)), m_quotas(new QStandardItemModel(this)), m_quotaView(new QTableView(this)),
      m_estimate(new QLabel(this)), m_generate(new QPushButton(tr("Generate"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_profile(new PopulationProfileView(project, this))
{
    setObjectName(QStringLiteral("populationBuilder"));
    // Source: the bundled descriptions, a file, or a context in words.
    for (const QString &f : QDir(QStringLiteral(":/examples/populations")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const PopulationOutcome o = parsePopulationFile(QStringLiteral(":/examples/populations/") + f);
        m_source->addItem(o.description ? o.description->title() : f, QString(QStringLiteral(":/examples/populations/") + f));
    }
    m_source->addItem(tr("Context in words"), kContextRow);
    m_source->setAccessibleName(tr("Population description"));
    m_context->setPlaceholderText(tr("Adults in Lagos who commute by bus"));
    m_context->setAccessibleName(tr("Context"));
    m_context->setMaximumHeight(60);
    m_extra->setPlaceholderText(tr("Extra dimensions, e.g. culinary tastes: from traditional to modern, from spicy to mild"));
    m_extra->setAccessibleName(tr("Extra dimensions"));
    m_dimensionsView->setModel(m_dimensions);
    m_dimensionsView->setAccessibleName(tr("Dimensions"));
    m_dimensionsView->horizontalHeader()->setSectionResizeMode(DimensionsModel::ValueColumn, QHeaderView::Stretch);
    m_dimensionsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_count->setRange(1, SamplingPlan::kMaxPeople);
    m_count->setValue(50);
    m_count->setAccessibleName(tr("People"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_seed->setAccessibleName(tr("Seed"));
    m_name->setAccessibleName(tr("Population name"));
    m_quotaView->setModel(m_quotas);
    m_quotaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quotaView->setAccessibleName(tr("Quotas"));
    m_estimate->setWordWrap(true);
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_generate->setEnabled(false);
    m_drawPlan->setEnabled(false);

    auto *undo = new QToolButton(this);
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("Undo")));
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(m_undo->createRedoAction(this, tr("Redo")));
    auto *addValue = new QPushButton(tr("Add Value"), this);
    auto *addDimension = new QPushButton(tr("Add Dimension"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    // Ctrl+Z inside the builder undoes dimension edits, not project edits.
    auto *undoKey = new QShortcut(QKeySequence::Undo, this, [this] { m_undo->undo(); });
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *redoKey = new QShortcut(QKeySequence::Redo, this, [this] { m_undo->redo(); });
    redoKey->setContext(Qt::WidgetWithChildrenShortcut);

    auto *design = new QWidget(this);
    auto *dl = new QVBoxLayout(design);
    auto *sourceBox = new QGroupBox(tr("Who"), design);
    auto *sf = new QFormLayout(sourceBox);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    auto *openFile = new QPushButton(tr("Open File…"), sourceBox);
    sourceRow->addWidget(openFile);
    sf->addRow(tr("Description:"), sourceRow);
    connect(openFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Population Description"), QString(), tr("Population descriptions (*.json)"));
        if (path.isEmpty())
            return;
        const PopulationOutcome o = parsePopulationFile(path);
        m_source->insertItem(0, o.description ? o.description->title() : QFileInfo(path).fileName(), path);
        m_source->setCurrentIndex(0);
        sourceChanged();
    });
    sf->addRow(tr("Context:"), m_context);
    sf->addRow(tr("Extra:"), m_extra);
    sf->addRow(QString(), m_getDimensions);
    dl->addWidget(sourceBox);
    auto *dimBox = new QGroupBox(tr("Dimensions (edit before anything is spent)"), design);
    auto *dimLayout = new QVBoxLayout(dimBox);
    dimLayout->addWidget(m_dimensionsView);
    auto *dimButtons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{addValue, addDimension, remove, undo, redo})
        dimButtons->addWidget(w);
    dimButtons->addStretch();
    dimLayout->addLayout(dimButtons);
    auto *planBox = new QGroupBox(tr("Plan"), design);
    auto *pl = new QVBoxLayout(planBox);
    auto *planForm = new QHBoxLayout;
    planForm->addWidget(new QLabel(tr("People:"), planBox));
    planForm->addWidget(m_count);
    planForm->addWidget(new QLabel(tr("Seed:"), planBox));
    planForm->addWidget(m_seed);
    planForm->addWidget(new QLabel(tr("Name:"), planBox));
    planForm->addWidget(m_name, 1);
    planForm->addWidget(m_drawPlan);
    pl->addLayout(planForm);
    pl->addWidget(m_quotaView);
    pl->addWidget(m_estimate);
    auto *run = new QHBoxLayout;
    run->addWidget(m_generate);
    run->addWidget(m_cancel);
    run->addWidget(m_progress, 1);
    pl->addLayout(run);
    pl->addWidget(m_status);
    auto *split = new QSplitter(Qt::Vertical, design);
    split->addWidget(dimBox);
    split->addWidget(planBox);
    dl->addWidget(split, 1);
    m_tabs->addTab(design, tr("Design"));
    m_tabs->addTab(m_profile, tr("Profile"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_source, &QComboBox::activated, this, &PopulationBuilder::sourceChanged);
    // The populations may have changed since the tab was last shown (the CLI, another builder run).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_profile)
            m_profile->reload();
    });
    connect(m_getDimensions, &QPushButton::clicked, this, &PopulationBuilder::getDimensions);
    connect(m_drawPlan, &QPushButton::clicked, this, &PopulationBuilder::drawPlan);
    connect(m_generate, &QPushButton::clicked, this, &PopulationBuilder::generate);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        m_runner->cancel();
    });
    connect(addValue, &QPushButton::clicked, this, [this] { m_dimensions->addValue(m_dimensionsView->currentIndex().row()); });
    connect(addDimension, &QPushButton::clicked, this, [this] { m_dimensions->addDimension(tr("Dimension %1").arg(m_dimensions->dimensions().size() + 1)); });
    connect(remove, &QPushButton::clicked, this, [this] { m_dimensions->removeRow(m_dimensionsView->currentIndex().row()); });
    connect(m_dimensions, &DimensionsModel::dimensionsChanged, this, [this] {
        // Edited dimensions make the drawn plan stale.
        m_plan.reset();
        m_quotas->clear();
        m_estimate->clear();
        m_generate->setEnabled(false);
        m_drawPlan->setEnabled(!m_dimensions->dimensions().isEmpty() && !isGenerating());
    });
    connect(m_runner, &PopulationRunner::dimensionsReady, this, [this](const Dimensions &d) {
        setBusy(false);
        m_dimensions->edit(d, tr("Get dimensions"));
        m_status->setText(tr("%n dimension(s). Edit them, then draw the plan.", nullptr, int(d.size())));
    });
    connect(m_runner, &PopulationRunner::dimensionsFailed, this, [this](const QString &p) {
        setBusy(false);
        showError(p);
    });
    connect(m_runner, &PopulationRunner::failed, this, [this](const QString &p) {
        setBusy(false);
        showError(p);
    });
    connect(m_runner, &PopulationRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 people").arg(done).arg(total));
    });
    connect(m_runner, &PopulationRunner::personStored, this, [this](int, const QString &name) { emit personArrived(m_generatingId, name); });
    connect(m_runner, &PopulationRunner::finished, this, &PopulationBuilder::finished);
    sourceChanged();
}

PopulationBuilder::~PopulationBuilder() = default;

bool PopulationBuilder::isGenerating() const
{
    return m_runner->isBusy();
}

void PopulationBuilder::newPopulation()
{
    m_tabs->setCurrentIndex(0);
    m_status->clear();
}

void PopulationBuilder::showPopulation(const QString &name)
{
    m_profile->showPopulation(name);
    m_tabs->setCurrentWidget(m_profile);
}

void PopulationBuilder::sourceChanged()
{
    const QVariant data = m_source->currentData();
    const bool context = data.toInt() == kContextRow && data.typeId() == QMetaType::Int;
    m_context->setEnabled(context);
    if (m_name->text().isEmpty() || !m_name->isModified())
        m_name->setText(context ? QString() : QFileInfo(data.toString()).completeBaseName());
}

std::optional<PopulationInput> PopulationBuilder::input()
{
    PopulationInput in;
    const QVariant data = m_source->currentData();
    if (data.typeId() == QMetaType::Int && data.toInt() == kContextRow) {
        in.context = m_context->toPlainText().trimmed();
        if (in.context.isEmpty()) {
            showError(tr("Type who the population is, or choose a description."));
            return std::nullopt;
        }
    } else {
        const QString path = data.toString();
        if (path.isEmpty()) {
            showError(tr("Choose a description file."));
            return std::nullopt;
        }
        PopulationOutcome o = parsePopulationFile(path);
        if (!o.description) {
            QStringList lines;
            for (const Diagnostic &d : o.diagnostics)
                lines << d.toString();
            showError(lines.join(u'\n'));
            return std::nullopt;
        }
        in.description = o.description;
    }
    in.extra = m_extra->text().trimmed();
    return in;
}

void PopulationBuilder::getDimensions()
{
    const auto in = input();
    if (!in)
        return;
    setBusy(true);
    m_status->setText(tr("Asking for dimensions…"));
    m_runner->requestDimensions(*in, ModelSettings::load().flags());
}

void PopulationBuilder::drawPlan()
{
    const auto in = input();
    if (!in)
        return;
    auto drawn = SamplingPlan::draw(m_dimensions->dimensions(), m_count->value(), quint64(m_seed->value()));
    if (!drawn) {
        showError(drawn.error());
        return;
    }
    m_plan = drawn.value();
    m_planInput = in;
    m_quotas->clear();
    m_quotas->setHorizontalHeaderLabels({tr("Dimension"), tr("Value"), tr("Share"), tr("Exact"), tr("People")});
    for (const Quota &q : m_plan->quotas()) {
        QList<QStandardItem *> row{new QStandardItem(q.dimension), new QStandardItem(q.value),
                                   new QStandardItem(QStringLiteral("%1%").arg(q.share * 100, 0, 'f', 1)),
                                   new QStandardItem(QString::number(q.exact, 'f', 2)), new QStandardItem(QString::number(q.count))};
        for (int c = 2; c < 5; ++c)
            row[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_quotas->appendRow(row);
    }
    m_quotaView->resizeColumnsToContents();
    auto config = Config::load();
    const llm::EndpointFlags flags = ModelSettings::load().flags();
    const bool language = config && llm::chosenProvider(flags.provider, config.value()) != QLatin1String("offline");
    const QString model = !flags.model.isEmpty() ? flags.model
                                                 : config ? config.value().value(QStringLiteral("OpenAI"), QStringLiteral("MODEL")).toString() : QString();
    const CostEstimate e = estimatePeopleCost(*in, *m_plan, model, config ? llm::PriceTable::fromConfig(config.value()) : llm::PriceTable(),
                                              language);
    m_estimate->setText(tr("Before you generate: %1").arg(e.toText()));
    m_generate->setEnabled(m_project->file() != nullptr);
    m_status->setText(tr("%n sample(s) drawn with seed %1.", nullptr, m_plan->size()).arg(m_seed->value()));
}

void PopulationBuilder::generate()
{
    if (!m_plan || !m_planInput || !m_project->file())
        return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Give the population a name."));
        m_name->setFocus();
        return;
    }
    const llm::EndpointFlags flags = ModelSettings::load().flags();
    auto config = Config::load();
    const bool offline = !config || llm::chosenProvider(flags.provider, config.value()) == QLatin1String("offline");
    const QString engine = offline ? tr("offline engine — not a language model") : llm::chosenProvider(flags.provider, config.value()) + QLatin1Char(' ') + flags.model;
    auto created = PopulationStore(*m_project->file()).create(name, m_planInput->title(), engine, m_planInput->toJson(),
                                                             dimensionsToJson(m_plan->dimensions()), m_plan->toJson(), m_plan->seed());
    if (!created) {
        showError(created.error());
        return;
    }
    m_generatingId = created.value();
    m_generatingName = name;
    emit populationCreated(m_generatingId, name);
    setBusy(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, m_plan->size());
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Generating %1…").arg(name));
    m_runner->generate(m_project->file()->path(), m_generatingId, *m_planInput, *m_plan, {}, flags, 0);
}

void PopulationBuilder::finished(const GenerationSummary &s)
{
    setBusy(false);
    m_cancel->setEnabled(false);
    QString text = tr("%1: %2 of %3 people generated, %4 failed").arg(m_generatingName).arg(s.generated).arg(s.requested).arg(s.failed);
    if (s.notStarted > 0)
        text += tr(", %1 not started (%2)").arg(s.notStarted).arg(s.stopReason);
    text += QLatin1Char('.');
    if (!s.failures.isEmpty())
        text += QLatin1Char('\n') + s.failures.mid(0, 3).join(u'\n');
    m_status->setText(text);
    m_profile->showPopulation(m_generatingName);
    emit generationFinished(m_generatingName);
}

void PopulationBuilder::setBusy(bool busy)
{
    m_getDimensions->setEnabled(!busy);
    m_drawPlan->setEnabled(!busy && !m_dimensions->dimensions().isEmpty());
    m_generate->setEnabled(!busy && m_plan.has_value());
    m_dimensionsView->setEnabled(!busy);
}

void PopulationBuilder::showError(const QString &text)
{
    m_status->setText(QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
}

} // namespace troupe
