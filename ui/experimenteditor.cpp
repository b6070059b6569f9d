#include "experimenteditor.h"

#include "committextedit.h"
#include "experimentjson.h"
#include "projectcontroller.h"
#include "undorouter.h"
#include "store/experimentstore.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/studystore.h"

#include <QComboBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>
#include <memory>

namespace troupe {

namespace {

QString qs(const OrderedJson &j, const char *key)
{
    return j.is_object() && j.contains(key) && j.at(key).is_string() ? QString::fromStdString(j.at(key).get<std::string>()) : QString();
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

/** How a fragment stored inline is named in the table: its project name, or its place. */
QString inlineLabel(int index)
{
    return QStringLiteral("(inline %1)").arg(index + 1);
}

} // namespace

ExperimentEditor::ExperimentEditor(ProjectController *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_name(new QLineEdit(this)), m_description(new CommitTextEdit(this)),
      m_study(new QComboBox(this)), m_arms(new QTableWidget(0, Columns, this)), m_addArm(new QPushButton(tr("Add Arm"), this)),
      m_removeArm(new QPushButton(tr("Remove Arm"), this)), m_assignment(new QComboBox(this)), m_balance(new QLineEdit(this)),
      m_replicates(new QSpinBox(this)), m_seed(new QSpinBox(this)), m_tabs(new QTabWidget(this)), m_json(new QPlainTextEdit(this)),
      m_jsonTimer(new QTimer(this)), m_lockNote(new QLabel(this)), m_copy(new QPushButton(tr("Edit a Copy"), this)),
      m_run(new QPushButton(tr("Run Experiment"), this)), m_compare(new QPushButton(tr("Compare Arms"), this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("experimentEditor"));
    m_run->setObjectName(QStringLiteral("runExperiment"));
    auto *formPage = new QWidget(this);
    buildForm(formPage);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // never wider than the pane
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formPage);
    m_json->setTabChangesFocus(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_json->setFont(mono);
    m_json->setAccessibleName(tr("Experiment as JSON"));
    m_tabs->addTab(scroll, tr("&Design"));
    m_tabs->addTab(m_json, tr("&JSON"));
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(400);

    auto *title = new QLabel(tr("Experiment"), this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(m_compare);
    top->addWidget(m_run);
    m_lockNote->setWordWrap(true);
    m_lockNote->setStyleSheet(QStringLiteral("color: #4e342e; background: #fff8e1; padding: 4px;"));
    auto *lock = new QHBoxLayout;
    lock->addWidget(m_lockNote, 1);
    lock->addWidget(m_copy);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(lock);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    m_lockNote->hide();
    m_copy->hide();

    connect(m_name, &QLineEdit::editingFinished, this, &ExperimentEditor::commit);
    connect(m_description, &CommitTextEdit::editingFinished, this, &ExperimentEditor::commit);
    connect(m_study, &QComboBox::activated, this, &ExperimentEditor::commit);
    connect(m_assignment, &QComboBox::activated, this, [this] {
        m_balance->setEnabled(!m_locked && m_assignment->currentData().toString() == QLatin1String("between"));
        commit();
    });
    connect(m_balance, &QLineEdit::editingFinished, this, &ExperimentEditor::commit);
    for (QSpinBox *b : {m_replicates, m_seed})
        connect(b, &QSpinBox::editingFinished, this, &ExperimentEditor::commit);
    connect(m_arms, &QTableWidget::itemChanged, this, &ExperimentEditor::commit);
    connect(m_addArm, &QPushButton::clicked, this, [this] {
        if (!m_definition || m_locked)
            return;
        QStringList names;
        for (const auto &a : m_source.value("arms", OrderedJson::array()))
            names.append(qs(a, "name"));
        int n = int(names.size()) + 1;
        while (names.contains(tr("arm %1").arg(n)))
            ++n;
        m_source["arms"].push_back(OrderedJson{{"name", tr("arm %1").arg(n).toStdString()}});
        if (store(QByteArray::fromStdString(m_source.dump(4)), false)) {
            const int row = m_arms->rowCount() - 1;
            m_arms->setCurrentCell(row, ArmName);
            m_arms->editItem(m_arms->item(row, ArmName));
        }
    });
    connect(m_removeArm, &QPushButton::clicked, this, [this] {
        const int row = m_arms->currentRow();
        if (!m_definition || m_locked || row < 0 || !m_source.contains("arms") || row >= int(m_source["arms"].size()))
            return;
        m_source["arms"].erase(m_source["arms"].begin() + row);
        store(QByteArray::fromStdString(m_source.dump(4)), false);
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_json->hasFocus())
            m_jsonTimer->start();
    });
    connect(m_jsonTimer, &QTimer::timeout, this, &ExperimentEditor::applyJson);
    m_json->installEventFilter(this);
    connect(m_copy, &QPushButton::clicked, this, &ExperimentEditor::editCopy);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_definition)
            emit runRequested(experimentName());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (m_definition)
            emit compareRequested(experimentName());
    });
    new UndoRouter(this);
    connect(m_project, &ProjectController::experimentChanged, this, [this](const QString &name) {
        if (m_definition)
            showExperiment(name);
    });
    connect(m_project, &ProjectController::experimentRemoved, this, [this](const QString &name) {
        if (m_definition && experimentName() == name) {
            clear();
            emit closed();
        }
    });
    // Down the form, as it reads.
    const QList<QWidget *> order = {m_name, m_description, m_study, m_arms, m_addArm, m_removeArm, m_assignment, m_balance, m_replicates, m_seed};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setEnabled(false);
}

void ExperimentEditor::buildForm(QWidget *body)
{
    m_name->setAccessibleName(tr("Experiment name"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_study->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_study->setMinimumContentsLength(16);
    m_assignment->addItem(tr("Within subjects: the same respondents in every arm"), QStringLiteral("within"));
    m_assignment->addItem(tr("Between subjects: respondents split between the arms"), QStringLiteral("between"));
    m_assignment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assignment->setMinimumContentsLength(16);
    m_balance->setPlaceholderText(tr("attributes to balance, e.g. gender, age_range"));
    m_replicates->setRange(1, 1000);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_arms->setHorizontalHeaderLabels({tr("Arm"), tr("Material"), tr("Text"), tr("Fragments"), tr("Model"), tr("Temp."), tr("Sample")});
    m_arms->verticalHeader()->hide();
    m_arms->setTabKeyNavigation(false); // Tab moves on to the next field, as everywhere in the form
    m_arms->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_arms->setSelectionMode(QAbstractItemView::SingleSelection);
    m_arms->setMinimumHeight(120);
    m_arms->setMaximumHeight(230); // a few arms; the rest of the form stays in sight
    m_arms->setWordWrap(false);
    QHeaderView *columns = m_arms->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(MaterialText, QHeaderView::Stretch);
    m_arms->setColumnWidth(ArmName, 90);
    m_arms->setColumnWidth(MaterialName, 70);
    m_arms->setColumnWidth(Fragments, 80);
    m_arms->setColumnWidth(Model, 70);
    m_arms->setColumnWidth(Temperature, 50);
    m_arms->setColumnWidth(Sample, 55);
    m_arms->horizontalHeaderItem(Temperature)->setToolTip(tr("Temperature of this arm's model calls (empty: the default)"));
    m_arms->horizontalHeaderItem(Sample)->setToolTip(tr("Another sample size of the study's population (empty: the study's)"));
    m_arms->horizontalHeaderItem(Fragments)->setToolTip(tr("Fragments of the project applied to every respondent, comma-separated"));
    m_arms->horizontalHeaderItem(MaterialName)->setToolTip(tr("The study material this arm replaces (by name) or adds"));

    auto *form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Des&cription"), m_description);
    form->addRow(tr("&Study"), m_study);
    auto *armsBox = new QGroupBox(tr("Arms"), body);
    auto *al = new QVBoxLayout(armsBox);
    al->addWidget(m_arms);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addArm);
    buttons->addWidget(m_removeArm);
    buttons->addStretch();
    al->addLayout(buttons);
    armsBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the table's height, no padding around it
    form->addRow(armsBox);
    form->addRow(tr("&Assignment"), m_assignment);
    form->addRow(tr("&Balance"), m_balance);
    form->addRow(tr("&Replicates"), m_replicates);
    form->addRow(tr("S&eed"), m_seed);
    auto *note = new QLabel(tr("Replicate r runs with seed + r − 1 in every arm, so a replicate's arms differ only by their change."), body);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
}

QPlainTextEdit *ExperimentEditor::descriptionEdit() const
{
    return m_description;
}

QString ExperimentEditor::experimentName() const
{
    return m_definition ? qs(*m_definition, "name") : QString();
}

bool ExperimentEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_json && event->type() == QEvent::FocusOut && m_jsonTimer->isActive()) {
        m_jsonTimer->stop();
        applyJson();
    }
    return QWidget::eventFilter(watched, event);
}

void ExperimentEditor::clear()
{
    m_definition.reset();
    m_source = OrderedJson();
    m_problems.clear();
    m_problem->clear();
    setEnabled(false);
}

void ExperimentEditor::showExperiment(const QString &name)
{
    if (!m_project->file())
        return clear();
    auto stored = ExperimentStore(*m_project->file()).experiment(name);
    if (!stored || stored.value().is_null())
        return clear();
    auto runs = StudyStore(*m_project->file()).experimentRuns(name);
    const int runCount = runs ? int(runs.value().size()) : 0;
    if (m_definition && *m_definition == stored.value()) {
        setLocked(runCount > 0, runCount);
        return;
    }
    m_definition = stored.value();
    m_source = experimentjson::editable(*m_definition, m_project->file());
    m_problems.clear();
    m_problem->clear();
    setEnabled(true);
    populate();
    setLocked(runCount > 0, runCount);
}

void ExperimentEditor::fillStudies(const QString &current)
{
    m_study->clear();
    for (const QString &s : experimentjson::bundledStudies())
        m_study->addItem(tr("%1 (bundled)").arg(s), s);
    for (const QString &s : experimentjson::projectStudies(m_project->file()))
        if (m_study->findData(s) < 0)
            m_study->addItem(tr("%1 (project)").arg(s), s);
    if (m_source.contains("study") && m_source.at("study").is_object())
        m_study->addItem(tr("%1 (inline, edit it as JSON)").arg(qs(m_source.at("study"), "name")), QStringLiteral("\x1finline"));
    int at = m_study->findData(current);
    if (at < 0 && m_source.contains("study") && m_source.at("study").is_object())
        at = m_study->count() - 1;
    m_study->setCurrentIndex(std::max(0, at));
}

void ExperimentEditor::populate(bool keepJson)
{
    m_loading = true;
    const QList<QWidget *> widgets = {m_name, m_description, m_study, m_arms, m_assignment, m_balance, m_replicates, m_seed, m_json};
    QList<std::shared_ptr<QSignalBlocker>> blocks;
    for (QWidget *w : widgets)
        blocks.append(std::make_shared<QSignalBlocker>(w));
    const OrderedJson &d = m_source;
    if (m_name->text() != qs(d, "name"))
        m_name->setText(qs(d, "name"));
    m_description->setSavedText(qs(d, "description"));
    fillStudies(qs(d, "study"));
    const OrderedJson arms = d.value("arms", OrderedJson::array());
    QMap<QString, QString> fragmentNames; // document text -> project fragment name
    if (m_project->file())
        if (auto list = PersonaStore(*m_project->file()).list(SpecKind::Fragment))
            for (const auto &info : list.value())
                if (auto doc = PersonaStore(*m_project->file()).load(info.name, SpecKind::Fragment))
                    fragmentNames.insert(QString::fromStdString(doc.value().document().dump()), info.name);
    m_arms->setRowCount(int(arms.size()));
    for (int r = 0; r < int(arms.size()); ++r) {
        const OrderedJson &a = arms[size_t(r)];
        const OrderedJson material = a.value("material", OrderedJson::array());
        const OrderedJson first = material.is_array() && !material.empty() ? material[0] : OrderedJson::object();
        QStringList fragments;
        const OrderedJson list = a.value("fragments", OrderedJson::array());
        for (int i = 0; i < int(list.size()); ++i)
            fragments.append(fragmentNames.value(QString::fromStdString(list[size_t(i)].dump()),
                                                 list[size_t(i)].is_string() ? QString::fromStdString(list[size_t(i)].get<std::string>())
                                                                             : inlineLabel(i)));
        const QString cells[Columns] = {qs(a, "name"), qs(first, "name"), qs(first, "text"), fragments.join(QStringLiteral(", ")),
                                        qs(a, "model"),
                                        a.contains("temperature") && a.at("temperature").is_number() ? QString::number(a.at("temperature").get<double>()) : QString(),
                                        a.contains("sample") && a.at("sample").is_number() ? QString::number(a.at("sample").get<int>()) : QString()};
        for (int c = 0; c < Columns; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == MaterialText && material.size() > 1)
                item->setToolTip(tr("%1\n(and %n more material, kept as it is: see JSON)", nullptr, int(material.size()) - 1).arg(cells[c]));
            else if (!cells[c].isEmpty())
                item->setToolTip(cells[c]);
            m_arms->setItem(r, c, item);
        }
    }
    const bool between = qs(d, "assignment") == QLatin1String("between");
    m_assignment->setCurrentIndex(between ? 1 : 0);
    QStringList balance;
    for (const auto &b : d.value("balance", OrderedJson::array()))
        if (b.is_string())
            balance.append(QString::fromStdString(b.get<std::string>()));
    if (m_balance->text() != balance.join(QStringLiteral(", ")))
        m_balance->setText(balance.join(QStringLiteral(", ")));
    m_balance->setEnabled(between && !m_locked);
    m_replicates->setValue(d.value("replicates", 1));
    m_seed->setValue(int(d.value("seed", quint64(1)) % quint64(std::numeric_limits<int>::max())));
    const QString text = QString::fromStdString(m_source.dump(4));
    if (!keepJson && m_json->toPlainText() != text) {
        const int at = m_json->textCursor().position(); // an undo while the JSON has focus keeps the place
        m_json->setPlainText(text);
        QTextCursor c = m_json->textCursor();
        c.setPosition(std::min(at, int(text.size())));
        m_json->setTextCursor(c);
    }
    m_json->document()->setModified(false);
    UndoRouter::markSaved(this);
    m_loading = false;
}

std::optional<OrderedJson> ExperimentEditor::collect()
{
    OrderedJson d = m_source;
    Diagnostics problems;
    d["name"] = m_name->text().trimmed().toStdString();
    const QString description = m_description->toPlainText().trimmed();
    description.isEmpty() ? (void)d.erase("description") : (void)(d["description"] = description.toStdString());
    const QString study = m_study->currentData().toString();
    if (study != QLatin1String("\x1finline") && !study.isEmpty())
        d["study"] = study.toStdString();
    const OrderedJson oldArms = m_source.value("arms", OrderedJson::array());
    OrderedJson arms = OrderedJson::array();
    auto cell = [this](int r, int c) { return m_arms->item(r, c) ? m_arms->item(r, c)->text().trimmed() : QString(); };
    for (int r = 0; r < m_arms->rowCount(); ++r) {
        OrderedJson a = r < int(oldArms.size()) && oldArms[size_t(r)].is_object() ? oldArms[size_t(r)] : OrderedJson::object();
        const QString at = QStringLiteral("arms[%1]").arg(r);
        a["name"] = cell(r, ArmName).toStdString();
        OrderedJson material = a.value("material", OrderedJson::array());
        if (!material.is_array())
            material = OrderedJson::array();
        const QString mName = cell(r, MaterialName), mText = cell(r, MaterialText);
        if (!mName.isEmpty() || !mText.isEmpty()) {
            OrderedJson first = material.empty() || !material[0].is_object() ? OrderedJson::object() : material[0];
            first["name"] = mName.toStdString();
            first["text"] = mText.toStdString();
            material.empty() ? material.push_back(first) : (void)(material[0] = first);
        } else if (!material.empty()) {
            material.erase(material.begin());
        }
        material.empty() ? (void)a.erase("material") : (void)(a["material"] = material);
        // Fragments by the project's names; one kept inline stays as it was.
        const OrderedJson oldFragments = a.value("fragments", OrderedJson::array());
        OrderedJson fragments = OrderedJson::array();
        for (const QString &name : splitList(cell(r, Fragments))) {
            bool kept = false;
            for (int i = 0; i < int(oldFragments.size()); ++i)
                if (name == inlineLabel(i)) {
                    fragments.push_back(oldFragments[size_t(i)]);
                    kept = true;
                }
            if (kept)
                continue;
            auto doc = m_project->file() ? PersonaStore(*m_project->file()).load(name, SpecKind::Fragment)
                                         : Result<PersonaDocument>::failure(QString());
            if (!doc) {
                problems.append({{}, 0, 0, at + QStringLiteral(".fragments"), tr("the project has no fragment called \"%1\"").arg(name)});
                continue;
            }
            fragments.push_back(doc.value().document());
        }
        fragments.empty() ? (void)a.erase("fragments") : (void)(a["fragments"] = fragments);
        const QString model = cell(r, Model);
        model.isEmpty() ? (void)a.erase("model") : (void)(a["model"] = model.toStdString());
        bool ok = false;
        const QString temperature = cell(r, Temperature);
        const double t = temperature.toDouble(&ok);
        if (temperature.isEmpty())
            a.erase("temperature");
        else if (ok)
            a["temperature"] = t;
        else
            problems.append({{}, 0, 0, at + QStringLiteral(".temperature"), tr("expected a number such as 0.7, got \"%1\"").arg(temperature)});
        const QString sample = cell(r, Sample);
        const int n = sample.toInt(&ok);
        if (sample.isEmpty())
            a.erase("sample");
        else if (ok)
            a["sample"] = n;
        else
            problems.append({{}, 0, 0, at + QStringLiteral(".sample"), tr("expected a whole number of people, got \"%1\"").arg(sample)});
        arms.push_back(std::move(a));
    }
    d["arms"] = std::move(arms);
    const bool between = m_assignment->currentData().toString() == QLatin1String("between");
    d["assignment"] = between ? "between" : "within";
    const QStringList balance = splitList(m_balance->text());
    if (between && !balance.isEmpty()) {
        OrderedJson list = OrderedJson::array();
        for (const QString &b : balance)
            list.push_back(b.toStdString());
        d["balance"] = list;
    } else {
        d.erase("balance");
    }
    d["replicates"] = m_replicates->value();
    d["seed"] = m_seed->value();
    if (!problems.isEmpty()) {
        showProblems(problems, false);
        return std::nullopt;
    }
    return d;
}

void ExperimentEditor::commit()
{
    if (m_loading || !m_definition || m_locked)
        return;
    if (const auto next = collect())
        store(QByteArray::fromStdString(next->dump(4)), false);
}

void ExperimentEditor::applyJson()
{
    if (m_loading || !m_definition || m_locked)
        return;
    store(m_json->toPlainText().toUtf8(), true);
}

bool ExperimentEditor::store(const QByteArray &text, bool fromJson)
{
    const ExperimentFile::Outcome read = experimentjson::resolve(text, tr("JSON"), m_project->file());
    if (!read.experiment) {
        showProblems(read.diagnostics, fromJson);
        return false;
    }
    const OrderedJson source = OrderedJson::parse(text.constBegin(), text.constEnd(), nullptr, false);
    const OrderedJson &next = read.experiment->definition;
    if (next == *m_definition) {
        m_source = source;
        showProblems({}, false);
        return true;
    }
    const OrderedJson before = *m_definition;
    const OrderedJson beforeSource = m_source;
    m_definition = next;
    m_source = source;
    const Status s = m_project->editExperiment(before, next, tr("Edit experiment %1").arg(read.experiment->name));
    if (!s) {
        m_definition = before;
        m_source = beforeSource;
        showProblems({{{}, 0, 0, {}, s.error()}}, false);
        return false;
    }
    showProblems({}, false);
    populate(fromJson); // the JSON keeps the text being typed; the form shows what was stored
    return true;
}

void ExperimentEditor::showProblems(const Diagnostics &problems, bool withPlace)
{
    m_problems = problems;
    QStringList lines;
    for (const Diagnostic &d : problems) {
        if (withPlace && d.line > 0)
            lines.append(tr("line %1, column %2: %3").arg(d.line).arg(d.column).arg(d.field.isEmpty() ? d.message : d.field + QStringLiteral(": ") + d.message));
        else
            lines.append(d.field.isEmpty() ? d.message : d.field + QStringLiteral(": ") + d.message);
    }
    if (!lines.isEmpty())
        lines.prepend(tr("Not saved:"));
    m_problem->setText(lines.join(u'\n'));
    m_problem->setVisible(!lines.isEmpty());
}

void ExperimentEditor::setLocked(bool locked, int runs)
{
    m_locked = locked;
    m_name->setReadOnly(locked);
    m_description->setReadOnly(locked);
    m_json->setReadOnly(locked);
    for (QWidget *w : std::initializer_list<QWidget *>{m_study, m_arms, m_addArm, m_removeArm, m_assignment, m_replicates, m_seed})
        w->setEnabled(!locked);
    m_balance->setEnabled(!locked && m_assignment->currentData().toString() == QLatin1String("between"));
    m_lockNote->setText(tr("This experiment has %n run(s), made from this definition, so it cannot change. Edit a copy to "
                           "try something else; Run continues the jobs not finished yet.", nullptr, runs));
    m_lockNote->setVisible(locked);
    m_copy->setVisible(locked);
}

void ExperimentEditor::editCopy()
{
    if (!m_definition || !m_project->file())
        return;
    const auto names = ExperimentStore(*m_project->file()).names();
    const QStringList taken = names ? names.value() : QStringList();
    QString name;
    for (int n = 2;; ++n) {
        name = tr("%1 (%2)").arg(experimentName()).arg(n);
        auto runs = StudyStore(*m_project->file()).experimentRuns(name);
        if (!taken.contains(name) && runs && runs.value().isEmpty())
            break;
    }
    OrderedJson copy = *m_definition;
    copy["name"] = name.toStdString();
    if (const Status s = m_project->editExperiment(std::nullopt, copy, tr("Copy experiment %1").arg(experimentName())); !s) {
        showProblems({{{}, 0, 0, {}, s.error()}}, false);
        return;
    }
    showExperiment(name);
    emit copied(name);
}

} // namespace troupe
