#include "scenarioeditor.h"

#include "projectcontroller.h"
#include "relationsgraph.h"
#include "scripteditor.h"
#include "undorouter.h"
#include "llm/providers.h"
#include "store/personastore.h"
#include "store/populationstore.h"
#include "store/projectfile.h"
#include "store/scenariostore.h"
#include "util/jsonreader.h"
#include "util/simtime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace troupe {

namespace {

/** The agents table's first column: the persona, or "population: NAME (20, seed 1)". */
QString agentLabel(const OrderedJson &a)
{
    if (!a.contains("population"))
        return a.contains("persona") && a.at("persona").is_string() ? QString::fromStdString(a.at("persona").get<std::string>()) : QString();
    QString label = QStringLiteral("population: ") + QString::fromStdString(a.value("population", std::string()));
    if (a.contains("sample"))
        label += QStringLiteral(" (%1, seed %2)").arg(a.value("sample", 0)).arg(a.value("seed", quint64(1)));
    return label;
}

} // namespace

namespace {

constexpr int kMergeId = 11;

/** The first part that differs ("world.steps", "script", "agents"): edits of one part merge into one undo step. */
QString changedPart(const OrderedJson &before, const OrderedJson &after)
{
    for (const auto &[key, value] : after.items()) {
        if (before.contains(key) && before.at(key) == value)
            continue;
        if (key == "world" && value.is_object() && before.contains(key) && before.at(key).is_object())
            return QStringLiteral("world.") + changedPart(before.at(key), value);
        return QString::fromStdString(key);
    }
    for (const auto &[key, value] : before.items())
        if (!after.contains(key))
            return QString::fromStdString(key);
    return {};
}

QString qs(const OrderedJson &j, const char *key)
{
    return j.contains(key) && j.at(key).is_string() ? QString::fromStdString(j.at(key).get<std::string>()) : QString();
}

QStringList names(const OrderedJson &j)
{
    QStringList out;
    if (j.is_array())
        for (const auto &v : j)
            if (v.is_string())
                out.append(QString::fromStdString(v.get<std::string>()));
    return out;
}

OrderedJson toJson(const QStringList &list)
{
    OrderedJson a = OrderedJson::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return a;
}

QStringList splitNames(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setMinimumHeight(150);
    return t;
}

} // namespace

ScenarioEditor::ScenarioEditor(ProjectController *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)),
      m_start(new QDateTimeEdit(this)), m_stepMinutes(new QSpinBox(this)), m_steps(new QSpinBox(this)),
      m_seed(new QSpinBox(this)), m_location(new QLineEdit(this)),
      m_agents(makeTable({tr("Persona"), tr("Fragments"), tr("Model"), tr("Temperature")}, this)),
      m_everyone(new QCheckBox(tr("Everyone can talk to everyone"), this)),
      m_relations(makeTable({tr("Relation"), tr("Between (comma-separated)")}, this)), m_graph(new RelationsGraph(this)),
      m_script(new ScriptEditor(this)), m_provider(new QComboBox(this)), m_model(new QLineEdit(this)),
      m_budget(new QDoubleSpinBox(this)), m_problem(new QLabel(this))
{
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_description->setTabChangesFocus(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_stepMinutes->setRange(1, 60 * 24 * 30);
    m_stepMinutes->setSuffix(tr(" min"));
    m_steps->setRange(0, 100000);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_provider->addItem(tr("Studio setting"), QString());
    for (const QString &p : llm::availableProviders())
        m_provider->addItem(p, p);
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_provider->setMinimumContentsLength(10);
    m_model->setPlaceholderText(tr("the provider's default"));
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setSpecialValueText(tr("no cap"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_graph->setMinimumHeight(160);
    // Names and fragments take the width; model and temperature are short.
    QHeaderView *agentColumns = m_agents->horizontalHeader();
    agentColumns->setStretchLastSection(false);
    agentColumns->setSectionResizeMode(0, QHeaderView::Stretch);
    agentColumns->setSectionResizeMode(1, QHeaderView::Stretch);
    m_agents->setColumnWidth(2, 90);
    m_agents->setColumnWidth(3, 90);

    // One field per row, labels above the fields when the pane is narrow: the editor lives
    // between the project explorer and the conversation and must fit ~560 px at 1440x900.
    auto *body = new QWidget(this);
    auto *form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Starts"), m_start);
    form->addRow(tr("Each step"), m_stepMinutes);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Seed"), m_seed);
    form->addRow(tr("Location"), m_location);

    auto *agentsBox = new QGroupBox(tr("Agents"), body);
    auto *al = new QVBoxLayout(agentsBox);
    al->addWidget(m_agents);
    auto *agentButtons = new QHBoxLayout;
    auto *addAgentButton = new QToolButton(agentsBox);
    addAgentButton->setText(tr("Add Persona"));
    addAgentButton->setPopupMode(QToolButton::InstantPopup);
    addAgentButton->setMenu(new QMenu(addAgentButton));
    auto *removeAgent = new QPushButton(tr("Remove"), agentsBox);
    agentButtons->addWidget(addAgentButton);
    agentButtons->addWidget(removeAgent);
    agentButtons->addStretch();
    al->addLayout(agentButtons);
    form->addRow(agentsBox);

    auto *networkBox = new QGroupBox(tr("Who can reach whom"), body);
    auto *nl = new QVBoxLayout(networkBox);
    nl->addWidget(m_everyone);
    nl->addWidget(m_relations);
    auto *relButtons = new QHBoxLayout;
    auto *addRelation = new QPushButton(tr("Add Relation"), networkBox);
    auto *removeRelation = new QPushButton(tr("Remove"), networkBox);
    relButtons->addWidget(addRelation);
    relButtons->addWidget(removeRelation);
    relButtons->addStretch();
    nl->addLayout(relButtons);
    nl->addWidget(m_graph);
    form->addRow(networkBox);

    auto *scriptBox = new QGroupBox(tr("Script and interventions"), body);
    auto *sl = new QVBoxLayout(scriptBox);
    sl->addWidget(m_script);
    form->addRow(scriptBox);

    auto *engineBox = new QGroupBox(tr("Engine for runs of this scenario"), body);
    auto *engine = new QFormLayout(engineBox);
    engine->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    engine->setRowWrapPolicy(QFormLayout::WrapLongRows);
    engine->addRow(tr("Provider"), m_provider);
    engine->addRow(tr("Model"), m_model);
    engine->addRow(tr("Budget"), m_budget);
    form->addRow(engineBox);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // never wider than the pane
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    auto *runButton = new QPushButton(tr("Run This Scenario"), this);
    runButton->setObjectName(QStringLiteral("runScenario"));
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Scenario"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    top->addWidget(title, 1);
    top->addWidget(runButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);

    connect(runButton, &QPushButton::clicked, this, [this] {
        if (m_design && m_problems.isEmpty())
            emit runRequested(qs(*m_design, "name"));
    });
    connect(addAgentButton->menu(), &QMenu::aboutToShow, this, [this, addAgentButton] {
        QMenu *menu = addAgentButton->menu();
        menu->clear();
        if (!m_project->file())
            return;
        if (auto personas = PersonaStore(*m_project->file()).list(SpecKind::Agent))
            for (const auto &p : personas.value())
                menu->addAction(p.name, this, [this, name = p.name] { addAgent(name); });
        // A population adds everyone, or a seeded sample of 20 from a larger one.
        if (auto populations = PopulationStore(*m_project->file()).list(); populations && !populations.value().isEmpty()) {
            menu->addSeparator();
            for (const auto &p : populations.value()) {
                menu->addAction(tr("Population %1: everyone (%2)").arg(p.name).arg(p.generated), this,
                                [this, name = p.name] { addAgent(name, OrderedJson{{"population", name.toStdString()}}); });
                if (p.generated > 20)
                    menu->addAction(tr("Population %1: 20 of them (seed 1)").arg(p.name), this, [this, name = p.name] {
                        addAgent(name, OrderedJson{{"population", name.toStdString()}, {"sample", 20}, {"seed", 1}});
                    });
            }
        }
    });
    connect(removeAgent, &QPushButton::clicked, this, [this] {
        if (m_agents->currentRow() >= 0) {
            m_agents->removeRow(m_agents->currentRow());
            commit();
        }
    });
    connect(addRelation, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_relations);
        const int r = m_relations->rowCount();
        m_relations->insertRow(r);
        m_relations->setItem(r, 0, new QTableWidgetItem(tr("knows")));
        m_relations->setItem(r, 1, new QTableWidgetItem);
        m_relations->editItem(m_relations->item(r, 1));
    });
    connect(removeRelation, &QPushButton::clicked, this, [this] {
        if (m_relations->currentRow() >= 0) {
            m_relations->removeRow(m_relations->currentRow());
            commit();
        }
    });
    for (QLineEdit *e : {m_name, m_location, m_model})
        connect(e, &QLineEdit::editingFinished, this, &ScenarioEditor::commit);
    for (QSpinBox *b : {m_stepMinutes, m_steps, m_seed})
        connect(b, &QSpinBox::editingFinished, this, &ScenarioEditor::commit);
    connect(m_budget, &QDoubleSpinBox::editingFinished, this, &ScenarioEditor::commit);
    connect(m_start, &QDateTimeEdit::editingFinished, this, &ScenarioEditor::commit);
    connect(m_everyone, &QCheckBox::toggled, this, &ScenarioEditor::commit);
    connect(m_provider, &QComboBox::activated, this, &ScenarioEditor::commit);
    connect(m_agents, &QTableWidget::itemChanged, this, &ScenarioEditor::commit);
    connect(m_relations, &QTableWidget::itemChanged, this, &ScenarioEditor::commit);
    m_description->installEventFilter(this);
    connect(m_script, &ScriptEditor::edited, this, &ScenarioEditor::commit);
    new UndoRouter(this);
    connect(m_project, &ProjectController::scenarioChanged, this, [this](const QString &name) {
        if (m_design)
            showScenario(name);
    });
    connect(m_project, &ProjectController::scenarioRemoved, this, [this](const QString &name) {
        if (m_design && qs(*m_design, "name") == name) {
            clear();
            emit closed();
        }
    });
    connect(m_project, &ProjectController::specChanged, this, [this] {
        if (m_design)
            validate();
    });
    setEnabled(false);
}

bool ScenarioEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void ScenarioEditor::clear()
{
    m_design.reset();
    m_problems.clear();
    setEnabled(false);
}

void ScenarioEditor::showScenario(const QString &name)
{
    if (!m_project->file())
        return clear();
    auto design = ScenarioStore(*m_project->file()).load(name);
    if (!design)
        return clear();
    if (m_design && *m_design == design.value() && m_design->value("name", std::string()) == name.toStdString()) {
        validate();
        return;
    }
    m_design = design.value();
    setEnabled(true);
    populate();
    validate();
}

void ScenarioEditor::populate()
{
    m_loading = true;
    const OrderedJson &d = *m_design;
    const OrderedJson world = d.value("world", OrderedJson::object());
    const QList<QWidget *> widgets = {m_name, m_description, m_start, m_stepMinutes, m_steps, m_seed, m_location,
                                      m_agents, m_everyone, m_relations, m_provider, m_model, m_budget};
    QList<std::shared_ptr<QSignalBlocker>> blocks;
    for (QWidget *w : widgets)
        blocks.append(std::make_shared<QSignalBlocker>(w));
    auto setText = [](QLineEdit *e, const QString &t) {
        if (e->text() != t)
            e->setText(t); // in place: an unchanged field keeps its cursor
        e->setModified(false);
    };
    setText(m_name, qs(d, "name"));
    if (m_description->toPlainText() != qs(d, "description"))
        m_description->setPlainText(qs(d, "description"));
    m_description->document()->setModified(false);
    const QDateTime start = parseSimTime(qs(world, "start"));
    m_start->setDateTime(start.isValid() ? start : QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    m_stepMinutes->setValue(int(world.value("step_minutes", 60.0)));
    m_steps->setValue(world.value("steps", 6));
    m_seed->setValue(int(world.value("seed", quint64(1)) % quint64(std::numeric_limits<int>::max())));
    setText(m_location, qs(world, "location"));
    const OrderedJson agents = d.value("agents", OrderedJson::array());
    m_agents->setRowCount(int(agents.size()));
    for (int r = 0; r < int(agents.size()); ++r) {
        const OrderedJson &a = agents[size_t(r)];
        m_agents->setItem(r, 0, new QTableWidgetItem(agentLabel(a)));
        m_agents->item(r, 0)->setFlags(m_agents->item(r, 0)->flags() & ~Qt::ItemIsEditable);
        m_agents->setItem(r, 1, new QTableWidgetItem(names(a.value("fragments", OrderedJson::array())).join(QStringLiteral(", "))));
        m_agents->setItem(r, 2, new QTableWidgetItem(qs(a, "model")));
        m_agents->setItem(r, 3, new QTableWidgetItem(a.contains("temperature") ? QString::number(a.at("temperature").get<double>()) : QString()));
    }
    m_everyone->setChecked(d.value("everyone_accessible", false));
    const OrderedJson relations = d.value("relations", OrderedJson::array());
    m_relations->setRowCount(int(relations.size()));
    for (int r = 0; r < int(relations.size()); ++r) {
        m_relations->setItem(r, 0, new QTableWidgetItem(qs(relations[size_t(r)], "name")));
        m_relations->setItem(r, 1, new QTableWidgetItem(names(relations[size_t(r)].value("between", OrderedJson::array())).join(QStringLiteral(", "))));
    }
    m_script->setScript(d.value("script", OrderedJson::array()), d.value("interventions", OrderedJson::array()));
    const OrderedJson run = d.value("run", OrderedJson::object());
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(qs(run, "provider"))));
    setText(m_model, qs(run, "model"));
    m_budget->setValue(run.value("budget_usd", 0.0));
    m_loading = false;
    refreshGraph();
}

std::optional<OrderedJson> ScenarioEditor::collect()
{
    OrderedJson d = *m_design;
    d["name"] = m_name->text().trimmed().toStdString();
    if (m_description->toPlainText().trimmed().isEmpty())
        d.erase("description");
    else
        d["description"] = m_description->toPlainText().trimmed().toStdString();
    OrderedJson &world = d["world"];
    if (!world.is_object())
        world = OrderedJson::object();
    world["start"] = m_start->dateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString();
    world["step_minutes"] = m_stepMinutes->value();
    world["steps"] = m_steps->value();
    world["seed"] = m_seed->value();
    if (m_location->text().trimmed().isEmpty())
        world.erase("location");
    else
        world["location"] = m_location->text().trimmed().toStdString();
    const OrderedJson oldAgents = d.value("agents", OrderedJson::array());
    OrderedJson agents = OrderedJson::array();
    for (int r = 0; r < m_agents->rowCount(); ++r) {
        const QString persona = m_agents->item(r, 0) ? m_agents->item(r, 0)->text() : QString();
        // Keep per-agent keys the table does not show (goals, faculties...) by matching the persona.
        OrderedJson a = OrderedJson::object();
        for (const auto &old : oldAgents)
            if (agentLabel(old) == persona)
                a = old;
        if (!a.contains("population"))
            a["persona"] = persona.toStdString();
        const QStringList fragments = splitNames(m_agents->item(r, 1) ? m_agents->item(r, 1)->text() : QString());
        fragments.isEmpty() ? (void)a.erase("fragments") : (void)(a["fragments"] = toJson(fragments));
        const QString model = m_agents->item(r, 2) ? m_agents->item(r, 2)->text().trimmed() : QString();
        model.isEmpty() ? (void)a.erase("model") : (void)(a["model"] = model.toStdString());
        bool ok = false;
        const double t = m_agents->item(r, 3) ? m_agents->item(r, 3)->text().toDouble(&ok) : 0;
        ok ? (void)(a["temperature"] = t) : (void)a.erase("temperature");
        agents.push_back(std::move(a));
    }
    d["agents"] = std::move(agents);
    d["everyone_accessible"] = m_everyone->isChecked();
    OrderedJson relations = OrderedJson::array();
    for (int r = 0; r < m_relations->rowCount(); ++r) {
        const QStringList between = splitNames(m_relations->item(r, 1) ? m_relations->item(r, 1)->text() : QString());
        relations.push_back({{"name", (m_relations->item(r, 0) ? m_relations->item(r, 0)->text() : QString()).toStdString()},
                             {"between", toJson(between)}});
    }
    relations.empty() ? (void)d.erase("relations") : (void)(d["relations"] = std::move(relations));
    m_script->script().empty() ? (void)d.erase("script") : (void)(d["script"] = m_script->script());
    m_script->interventions().empty() ? (void)d.erase("interventions") : (void)(d["interventions"] = m_script->interventions());
    OrderedJson run = OrderedJson::object();
    if (!m_provider->currentData().toString().isEmpty())
        run["provider"] = m_provider->currentData().toString().toStdString();
    if (!m_model->text().trimmed().isEmpty())
        run["model"] = m_model->text().trimmed().toStdString();
    if (m_budget->value() > 0)
        run["budget_usd"] = m_budget->value();
    run.empty() ? (void)d.erase("run") : (void)(d["run"] = std::move(run));
    return d;
}

void ScenarioEditor::commit()
{
    if (m_loading || !m_design)
        return;
    const auto next = collect();
    if (!next)
        return;
    refreshGraph();
    if (qs(*next, "name").isEmpty()) {
        m_problem->setText(tr("name: a scenario needs a name"));
        return;
    }
    if (*next == *m_design) {
        validate();
        return;
    }
    const OrderedJson before = *m_design;
    m_design = *next;
    UndoRouter::markSaved(this); // the next Ctrl+Z undoes this edit, not the typing behind it
    m_project->editScenario(before, *next, tr("Edit scenario %1").arg(qs(*next, "name")),
                            kMergeId + int(qHash(changedPart(before, *next)) % 1000000u));
}

void ScenarioEditor::addAgent(const QString &persona, const OrderedJson &entry)
{
    if (!m_design)
        return;
    OrderedJson next = *m_design;
    next["agents"].push_back(entry.is_null() ? OrderedJson{{"persona", persona.toStdString()}} : entry);
    const OrderedJson before = *m_design;
    m_design = next;
    populate();
    m_project->editScenario(before, next, tr("Add %1 to %2").arg(persona, qs(next, "name")));
}

void ScenarioEditor::validate()
{
    m_problems.clear();
    if (!m_design || !m_project->file())
        return;
    PopulationStore populations(*m_project->file());
    const auto resolved = ScenarioStore::resolve(*m_design, PersonaStore(*m_project->file()),
                                                 [&populations](const QString &name, std::optional<int> sample, quint64 seed) {
                                                     return populations.pick(name, sample, seed);
                                                 });
    m_problems = resolved.diagnostics;
    QStringList lines;
    for (const Diagnostic &d : m_problems)
        lines.append(d.field.isEmpty() ? d.message : d.field + QStringLiteral(": ") + d.message);
    m_problem->setText(lines.join(u'\n'));
    m_script->markProblems(m_problems);
    // Mark the agent rows the problems name.
    for (int r = 0; r < m_agents->rowCount(); ++r) {
        const bool bad = std::any_of(m_problems.cbegin(), m_problems.cend(), [r](const Diagnostic &d) {
            return d.field.startsWith(QStringLiteral("agents[%1]").arg(r));
        });
        const QSignalBlocker block(m_agents);
        for (int c = 0; c < m_agents->columnCount(); ++c)
            if (QTableWidgetItem *item = m_agents->item(r, c))
                item->setBackground(bad ? QColor(255, 205, 210) : QBrush());
    }
}

void ScenarioEditor::refreshGraph()
{
    QStringList agents;
    for (int r = 0; r < m_agents->rowCount(); ++r)
        if (m_agents->item(r, 0))
            agents.append(m_agents->item(r, 0)->text());
    QList<RelationsGraph::Relation> relations;
    for (int r = 0; r < m_relations->rowCount(); ++r)
        relations.append({m_relations->item(r, 0) ? m_relations->item(r, 0)->text() : QString(),
                          splitNames(m_relations->item(r, 1) ? m_relations->item(r, 1)->text() : QString())});
    m_graph->setGraph(agents, relations, m_everyone->isChecked());
}

} // namespace troupe
