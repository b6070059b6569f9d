#include "scripteditor.h"

#include "committextedit.h"
#include "scriptjson.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace troupe {

namespace {

enum EventColumn { EStep, EKind, ESource, ETo, EContent };
enum InterventionColumn { IName, IStep, IOnce, IMentioned, ICondition, ITargets };
enum EffectColumn { FKind, FSource, FContent };

const QColor kProblem(255, 205, 210);

// Safe reads: a script typed in the JSON tab can hold anything, and nlohmann's value()
// throws on a wrong type.
const OrderedJson &member(const OrderedJson &j, const char *key)
{
    static const OrderedJson null;
    if (!j.is_object())
        return null;
    const auto it = j.find(key);
    return it != j.end() ? *it : null;
}

int intOr(const OrderedJson &j, const char *key, int fallback)
{
    const OrderedJson &v = member(j, key);
    return v.is_number_integer() && v.get<qint64>() >= 0 && v.get<qint64>() < 1000000000 ? int(v.get<qint64>()) : fallback;
}

bool boolOr(const OrderedJson &j, const char *key, bool fallback)
{
    const OrderedJson &v = member(j, key);
    return v.is_boolean() ? v.get<bool>() : fallback;
}

OrderedJson &asObject(OrderedJson &j)
{
    if (!j.is_object())
        j = OrderedJson::object();
    return j;
}

QString text(const OrderedJson &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList names(const OrderedJson &j)
{
    if (j.is_string())
        return {QString::fromStdString(j.get<std::string>())};
    QStringList out;
    if (j.is_array())
        for (const auto &v : j)
            if (v.is_string())
                out.append(QString::fromStdString(v.get<std::string>()));
    return out;
}

QStringList splitList(const QString &s, QChar by)
{
    QStringList out;
    for (const QString &part : s.split(by, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

/** Writes a list of names the way the file had it: one name as text unless it was a list. */
void putNames(OrderedJson &j, const char *key, const QStringList &list)
{
    const bool wasList = j.contains(key) && j.at(key).is_array();
    if (list.isEmpty()) {
        j.erase(key);
    } else if (list.size() == 1 && !wasList) {
        j[key] = list.first().toStdString();
    } else {
        OrderedJson a = OrderedJson::array();
        for (const QString &n : list)
            a.push_back(n.toStdString());
        j[key] = std::move(a);
    }
}

QString contentText(const OrderedJson &doing)
{
    if (text(doing, "do") == QLatin1String("fragment")) {
        const QString name = text(doing, "fragment_name");
        const QString file = text(doing, "file");
        return !name.isEmpty() ? name : !file.isEmpty() ? file : ScriptEditor::tr("(a fragment written in the JSON)");
    }
    const auto it = doing.find("content");
    if (it == doing.end())
        return {};
    if (it->is_array())
        return names(*it).join(QStringLiteral("; "));
    return it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString::fromStdString(it->dump());
}

void putContent(OrderedJson &doing, const QString &value)
{
    if (text(doing, "do") == QLatin1String("fragment"))
        return; // which fragment is chosen in the JSON; the cell only shows it
    const bool list = text(doing, "do") == QLatin1String("context") && (member(doing, "content").is_array() || value.contains(u';'));
    if (list) {
        OrderedJson a = OrderedJson::array();
        for (const QString &part : splitList(value, u';'))
            a.push_back(part.toStdString());
        doing["content"] = std::move(a);
    } else {
        doing["content"] = value.toStdString();
    }
}

QString kindOfLabel(const QString &label)
{
    for (const QString &k : ScriptEditor::kinds())
        if (ScriptEditor::kindLabel(k) == label)
            return k;
    return label; // a kind this editor does not know: kept as written
}

/** Sets a cell's text without a change signal when it already shows it (the row being edited stays). */
void setCell(QTableWidget *table, int row, int column, const QString &value, bool editable = true)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem(value);
        table->setItem(row, column, item);
    } else if (item->text() != value) {
        item->setText(value);
    }
    const Qt::ItemFlags flags = editable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable;
    if (flags != item->flags())
        item->setFlags(flags);
}

/** Picks a kind from a list instead of typing its keyword. */
class KindDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (const QString &k : ScriptEditor::kinds())
            box->addItem(ScriptEditor::kindLabel(k), k);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findText(index.data().toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText());
    }
};

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setWordWrap(false); // one line a row; the full text is in the box below the table
    t->setTextElideMode(Qt::ElideRight);
    t->setMinimumHeight(110);
    t->setMaximumHeight(190);
    return t;
}

QPushButton *button(const QString &label, QWidget *parent, QHBoxLayout *row)
{
    auto *b = new QPushButton(label, parent);
    row->addWidget(b);
    return b;
}

} // namespace

QStringList ScriptEditor::kinds()
{
    return {QStringLiteral("broadcast"), QStringLiteral("say"), QStringLiteral("show"), QStringLiteral("think"),
            QStringLiteral("goal"), QStringLiteral("context"), QStringLiteral("location"), QStringLiteral("fragment")};
}

QString ScriptEditor::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("broadcast"))
        return tr("Broadcast");
    if (kind == QLatin1String("say"))
        return tr("Say");
    if (kind == QLatin1String("show"))
        return tr("Show");
    if (kind == QLatin1String("think"))
        return tr("Thought");
    if (kind == QLatin1String("goal"))
        return tr("Goal");
    if (kind == QLatin1String("context"))
        return tr("Situation");
    if (kind == QLatin1String("location"))
        return tr("Location");
    if (kind == QLatin1String("fragment"))
        return tr("Apply fragment");
    return kind;
}

ScriptEditor::ScriptEditor(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)),
      m_events(makeTable({tr("Step"), tr("Kind"), tr("From"), tr("To"), tr("Content")}, this)),
      m_interventionsTable(makeTable({tr("Name"), tr("From step"), tr("Once"), tr("When someone says"),
                                      tr("When the model judges that"), tr("Targets")}, this)),
      m_effects(makeTable({tr("Kind"), tr("From"), tr("Content")}, this)), m_effectsTitle(new QLabel(this)),
      m_eventText(new CommitTextEdit(this)), m_effectText(new CommitTextEdit(this)),
      m_json(new QPlainTextEdit(this)), m_problem(new QLabel(this)), m_jsonTimer(new QTimer(this))
{
    auto *kindDelegate = new KindDelegate(this);
    m_events->setItemDelegateForColumn(EKind, kindDelegate);
    m_effects->setItemDelegateForColumn(FKind, kindDelegate);
    m_events->setAccessibleName(tr("Script events"));
    m_interventionsTable->setAccessibleName(tr("Interventions"));
    m_effects->setAccessibleName(tr("Effects"));
    m_events->horizontalHeaderItem(ETo)->setToolTip(tr("Who hears it, comma-separated; empty: everyone"));
    m_interventionsTable->horizontalHeaderItem(ITargets)->setToolTip(tr("Who it acts on, comma-separated; empty: everyone"));
    m_interventionsTable->horizontalHeaderItem(IMentioned)->setToolTip(tr("Fires once anyone says this phrase"));
    m_interventionsTable->horizontalHeaderItem(ICondition)->setToolTip(tr("Fires when the model judges this true of the recent conversation"));
    for (auto [table, column, width] : {std::tuple{m_events, int(EStep), 44}, {m_events, int(EKind), 92}, {m_events, int(ESource), 92},
                                        {m_events, int(ETo), 92}, {m_interventionsTable, int(IName), 110}, {m_interventionsTable, int(IStep), 70},
                                        {m_interventionsTable, int(IOnce), 48}, {m_interventionsTable, int(IMentioned), 110},
                                        {m_interventionsTable, int(ICondition), 150}, {m_effects, int(FKind), 92}, {m_effects, int(FSource), 92}})
        table->setColumnWidth(column, width);
    for (CommitTextEdit *t : {m_eventText, m_effectText}) {
        t->setFixedHeight(t->fontMetrics().lineSpacing() * 4 + 12);
        t->setPlaceholderText(tr("Select a row to see and edit its text"));
    }
    m_eventText->setAccessibleName(tr("Text of the selected event"));
    m_effectText->setAccessibleName(tr("Text of the selected effect"));
    m_json->setFont(QFont(QStringLiteral("monospace")));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setMinimumHeight(160);
    m_json->setAccessibleName(tr("Script and interventions as JSON"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    m_effectsTitle->setWordWrap(true);
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(400);

    auto *scriptPage = new QWidget(this);
    auto *sl = new QVBoxLayout(scriptPage);
    sl->addWidget(m_events);
    sl->addWidget(m_eventText);
    auto *sb = new QHBoxLayout;
    QPushButton *addEvent = button(tr("Add Event"), scriptPage, sb);
    QPushButton *removeEvent = button(tr("Remove Event"), scriptPage, sb);
    sb->addStretch();
    sl->addLayout(sb);
    sl->addStretch(1);

    auto *interventionPage = new QWidget(this);
    auto *il = new QVBoxLayout(interventionPage);
    il->addWidget(m_interventionsTable);
    auto *ib = new QHBoxLayout;
    QPushButton *addIntervention = button(tr("Add Intervention"), interventionPage, ib);
    QPushButton *removeIntervention = button(tr("Remove Intervention"), interventionPage, ib);
    ib->addStretch();
    il->addLayout(ib);
    il->addWidget(m_effectsTitle);
    il->addWidget(m_effects);
    il->addWidget(m_effectText);
    auto *fb = new QHBoxLayout;
    QPushButton *addEffect = button(tr("Add Effect"), interventionPage, fb);
    QPushButton *removeEffect = button(tr("Remove Effect"), interventionPage, fb);
    fb->addStretch();
    il->addLayout(fb);
    il->addStretch(1);

    m_tabs->addTab(scriptPage, tr("Script"));
    m_tabs->addTab(interventionPage, tr("Interventions"));
    m_tabs->addTab(m_json, tr("Advanced (JSON)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);

    connect(m_events, &QTableWidget::itemChanged, this, &ScriptEditor::eventEdited);
    connect(m_interventionsTable, &QTableWidget::itemChanged, this, &ScriptEditor::interventionEdited);
    connect(m_effects, &QTableWidget::itemChanged, this, &ScriptEditor::effectEdited);
    connect(m_interventionsTable, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            fillEffects();
    });
    connect(m_events, &QTableWidget::currentCellChanged, this, &ScriptEditor::showEventText);
    connect(m_effects, &QTableWidget::currentCellChanged, this, &ScriptEditor::showEffectText);
    connect(m_eventText, &CommitTextEdit::editingFinished, this, [this] {
        if (m_eventTextRow < 0 || m_eventTextRow >= int(m_script.size()))
            return;
        putContent(asObject(m_script[size_t(m_eventTextRow)]), m_eventText->toPlainText().trimmed());
        fillEvents();
        announce();
    });
    connect(m_effectText, &CommitTextEdit::editingFinished, this, [this] {
        const int iv = currentIntervention();
        if (iv < 0 || m_effectTextRow < 0)
            return;
        OrderedJson &effects = asObject(m_interventions[size_t(iv)])["effects"];
        if (!effects.is_array() || m_effectTextRow >= int(effects.size()))
            return;
        putContent(asObject(effects[size_t(m_effectTextRow)]), m_effectText->toPlainText().trimmed());
        fillEffects();
        announce();
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_jsonTimer->start();
    });
    connect(m_jsonTimer, &QTimer::timeout, this, &ScriptEditor::jsonEdited);

    connect(addEvent, &QPushButton::clicked, this, [this] {
        const int step = m_script.empty() ? 1 : intOr(m_script.back(), "step", 1);
        m_script.push_back({{"step", step}, {"do", "broadcast"}, {"source", tr("Moderator").toStdString()}, {"content", ""}});
        fillEvents();
        announce();
        const int row = m_events->rowCount() - 1;
        m_events->setCurrentCell(row, EContent);
        m_events->editItem(m_events->item(row, EContent));
    });
    connect(removeEvent, &QPushButton::clicked, this, [this] {
        const int row = m_events->currentRow();
        if (row < 0 || row >= int(m_script.size()))
            return;
        m_script.erase(m_script.begin() + row);
        fillEvents();
        announce();
    });
    connect(addIntervention, &QPushButton::clicked, this, [this] {
        m_interventions.push_back({{"name", tr("intervention %1").arg(m_interventions.size() + 1).toStdString()},
                                   {"when", {{"step", 1}}},
                                   {"effects", OrderedJson::array({{{"do", "broadcast"}, {"source", tr("Moderator").toStdString()}, {"content", ""}}})}});
        fillInterventions();
        announce();
        const int row = m_interventionsTable->rowCount() - 1;
        m_interventionsTable->setCurrentCell(row, IName);
        m_interventionsTable->editItem(m_interventionsTable->item(row, IName));
    });
    connect(removeIntervention, &QPushButton::clicked, this, [this] {
        const int row = currentIntervention();
        if (row < 0)
            return;
        m_interventions.erase(m_interventions.begin() + row);
        fillInterventions();
        announce();
    });
    connect(addEffect, &QPushButton::clicked, this, [this] {
        const int iv = currentIntervention();
        if (iv < 0)
            return;
        OrderedJson &effects = asObject(m_interventions[size_t(iv)])["effects"];
        if (!effects.is_array())
            effects = OrderedJson::array();
        effects.push_back({{"do", "broadcast"}, {"source", tr("Moderator").toStdString()}, {"content", ""}});
        fillEffects();
        announce();
        const int row = m_effects->rowCount() - 1;
        m_effects->setCurrentCell(row, FContent);
        m_effects->editItem(m_effects->item(row, FContent));
    });
    connect(removeEffect, &QPushButton::clicked, this, [this] {
        const int iv = currentIntervention();
        const int row = m_effects->currentRow();
        if (iv < 0 || row < 0)
            return;
        OrderedJson &effects = asObject(m_interventions[size_t(iv)])["effects"];
        if (!effects.is_array() || row >= int(effects.size()))
            return;
        effects.erase(effects.begin() + row);
        fillEffects();
        announce();
    });
    fillInterventions();
}

void ScriptEditor::setScript(const OrderedJson &script, const OrderedJson &interventions)
{
    m_script = script.is_array() ? script : OrderedJson::array();
    m_interventions = interventions.is_array() ? interventions : OrderedJson::array();
    m_jsonInvalid = false;
    fillEvents();
    fillInterventions();
    fillJson();
}

int ScriptEditor::currentIntervention() const
{
    const int row = m_interventionsTable->currentRow();
    return row >= 0 && row < int(m_interventions.size()) ? row : (m_interventions.empty() ? -1 : 0);
}

void ScriptEditor::fillEvents()
{
    const QSignalBlocker block(m_events);
    m_filling = true;
    m_events->setRowCount(int(m_script.size()));
    for (int r = 0; r < int(m_script.size()); ++r) {
        const OrderedJson &e = m_script[size_t(r)];
        setCell(m_events, r, EStep, QString::number(intOr(e, "step", 1)));
        setCell(m_events, r, EKind, kindLabel(text(e, "do")));
        setCell(m_events, r, ESource, text(e, "source"));
        setCell(m_events, r, ETo, names(member(e, "to")).join(QStringLiteral(", ")));
        setCell(m_events, r, EContent, contentText(e), text(e, "do") != QLatin1String("fragment"));
    }
    if (m_events->currentRow() < 0 && m_events->rowCount() > 0)
        m_events->setCurrentCell(0, EContent);
    m_filling = false;
    markProblems(m_problems);
    showEventText();
}

void ScriptEditor::showEventText()
{
    const int row = m_events->currentRow();
    m_eventTextRow = row >= 0 && row < int(m_script.size()) ? row : -1;
    const bool fragment = m_eventTextRow >= 0 && text(m_script[size_t(row)], "do") == QLatin1String("fragment");
    m_eventText->setEnabled(m_eventTextRow >= 0);
    m_eventText->setReadOnly(fragment);
    if (!m_eventText->hasFocus())
        m_eventText->setSavedText(m_eventTextRow >= 0 ? contentText(m_script[size_t(row)]) : QString());
}

void ScriptEditor::showEffectText()
{
    const int iv = currentIntervention();
    const OrderedJson effects = iv >= 0 && member(m_interventions[size_t(iv)], "effects").is_array() ? member(m_interventions[size_t(iv)], "effects")
                                                                                                  : OrderedJson::array();
    const int row = m_effects->currentRow();
    m_effectTextRow = effects.is_array() && row >= 0 && row < int(effects.size()) ? row : -1;
    m_effectText->setEnabled(m_effectTextRow >= 0);
    m_effectText->setReadOnly(m_effectTextRow >= 0 && text(effects[size_t(row)], "do") == QLatin1String("fragment"));
    if (!m_effectText->hasFocus())
        m_effectText->setSavedText(m_effectTextRow >= 0 ? contentText(effects[size_t(row)]) : QString());
}

void ScriptEditor::fillInterventions()
{
    {
        const QSignalBlocker block(m_interventionsTable);
        m_filling = true;
        m_interventionsTable->setRowCount(int(m_interventions.size()));
        for (int r = 0; r < int(m_interventions.size()); ++r) {
            const OrderedJson &iv = m_interventions[size_t(r)];
            const OrderedJson &when = member(iv, "when");
            setCell(m_interventionsTable, r, IName, text(iv, "name"));
            setCell(m_interventionsTable, r, IStep, member(when, "step").is_null() ? QString() : QString::number(intOr(when, "step", 1)));
            setCell(m_interventionsTable, r, IOnce, QString(), false);
            QTableWidgetItem *once = m_interventionsTable->item(r, IOnce);
            once->setFlags(once->flags() | Qt::ItemIsUserCheckable);
            const Qt::CheckState state = boolOr(iv, "once", true) ? Qt::Checked : Qt::Unchecked;
            if (once->checkState() != state || !once->data(Qt::CheckStateRole).isValid())
                once->setCheckState(state);
            setCell(m_interventionsTable, r, IMentioned, text(when, "mentioned"));
            setCell(m_interventionsTable, r, ICondition, text(when, "condition"));
            setCell(m_interventionsTable, r, ITargets, names(member(iv, "targets")).join(QStringLiteral(", ")));
        }
        if (m_interventionsTable->currentRow() < 0 && !m_interventions.empty())
            m_interventionsTable->setCurrentCell(0, IName);
        m_filling = false;
    }
    fillEffects();
}

void ScriptEditor::fillEffects()
{
    const QSignalBlocker block(m_effects);
    m_filling = true;
    const int iv = currentIntervention();
    const OrderedJson effects = iv >= 0 && member(m_interventions[size_t(iv)], "effects").is_array() ? member(m_interventions[size_t(iv)], "effects")
                                                                                                  : OrderedJson::array();
    m_effectsTitle->setText(iv >= 0 ? tr("What “%1” does to its targets when it fires:").arg(text(m_interventions[size_t(iv)], "name"))
                                    : tr("Add an intervention to make the world react to what is said."));
    m_effects->setEnabled(iv >= 0);
    m_effects->setRowCount(effects.is_array() ? int(effects.size()) : 0);
    for (int r = 0; r < m_effects->rowCount(); ++r) {
        const OrderedJson &e = effects[size_t(r)];
        setCell(m_effects, r, FKind, kindLabel(text(e, "do")));
        setCell(m_effects, r, FSource, text(e, "source"));
        setCell(m_effects, r, FContent, contentText(e), text(e, "do") != QLatin1String("fragment"));
    }
    if (m_effects->currentRow() < 0 && m_effects->rowCount() > 0)
        m_effects->setCurrentCell(0, FContent);
    m_filling = false;
    markProblems(m_problems);
    showEffectText();
}

void ScriptEditor::fillJson()
{
    if (m_json->hasFocus())
        return; // the user is typing there; their text is the source of truth
    OrderedJson j = OrderedJson::object();
    j["script"] = m_script;
    j["interventions"] = m_interventions;
    m_filling = true;
    const QString text = QString::fromStdString(j.dump(2));
    if (m_json->toPlainText() != text)
        m_json->setPlainText(text);
    m_filling = false;
}

void ScriptEditor::eventEdited(QTableWidgetItem *item)
{
    const int r = item->row();
    if (m_filling || r < 0 || r >= int(m_script.size()))
        return;
    OrderedJson &e = asObject(m_script[size_t(r)]);
    const QString value = item->text().trimmed();
    switch (item->column()) {
    case EStep: {
        bool ok = false;
        const int step = value.toInt(&ok);
        if (ok && step >= 1)
            e["step"] = step;
        break;
    }
    case EKind:
        e["do"] = kindOfLabel(value).toStdString();
        break;
    case ESource:
        value.isEmpty() ? (void)e.erase("source") : (void)(e["source"] = value.toStdString());
        break;
    case ETo:
        putNames(e, "to", splitList(value, u','));
        break;
    case EContent:
        putContent(e, item->text());
        break;
    }
    QMetaObject::invokeMethod(this, [this] { fillEvents(); }, Qt::QueuedConnection); // show what was kept (a bad step number)
    announce();
}

void ScriptEditor::interventionEdited(QTableWidgetItem *item)
{
    const int r = item->row();
    if (m_filling || r < 0 || r >= int(m_interventions.size()))
        return;
    OrderedJson &iv = asObject(m_interventions[size_t(r)]);
    OrderedJson &when = asObject(iv["when"]);
    const QString value = item->text().trimmed();
    switch (item->column()) {
    case IName:
        iv["name"] = value.toStdString();
        break;
    case IStep: {
        bool ok = false;
        const int step = value.toInt(&ok);
        if (value.isEmpty())
            when.erase("step");
        else if (ok && step >= 1)
            when["step"] = step;
        break;
    }
    case IOnce:
        iv["once"] = item->checkState() == Qt::Checked;
        break;
    case IMentioned:
        value.isEmpty() ? (void)when.erase("mentioned") : (void)(when["mentioned"] = value.toStdString());
        break;
    case ICondition:
        value.isEmpty() ? (void)when.erase("condition") : (void)(when["condition"] = value.toStdString());
        break;
    case ITargets:
        putNames(iv, "targets", splitList(value, u','));
        break;
    }
    QMetaObject::invokeMethod(this, [this] { fillInterventions(); }, Qt::QueuedConnection);
    announce();
}

void ScriptEditor::effectEdited(QTableWidgetItem *item)
{
    const int iv = currentIntervention();
    const int r = item->row();
    if (m_filling || iv < 0)
        return;
    OrderedJson &effects = asObject(m_interventions[size_t(iv)])["effects"];
    if (!effects.is_array() || r < 0 || r >= int(effects.size()))
        return;
    OrderedJson &e = asObject(effects[size_t(r)]);
    const QString value = item->text().trimmed();
    switch (item->column()) {
    case FKind:
        e["do"] = kindOfLabel(value).toStdString();
        break;
    case FSource:
        value.isEmpty() ? (void)e.erase("source") : (void)(e["source"] = value.toStdString());
        break;
    case FContent:
        putContent(e, item->text());
        break;
    }
    announce();
}

void ScriptEditor::jsonEdited()
{
    QString problem;
    const auto parsed = parseScriptJson(m_json->toPlainText(), &problem);
    m_jsonInvalid = !parsed;
    if (!parsed) {
        m_problem->setText(tr("The JSON cannot be used (%1); the tables keep the last valid script.").arg(problem));
        m_problem->show();
        return;
    }
    m_problem->hide();
    if (parsed->first == m_script && parsed->second == m_interventions)
        return;
    m_script = parsed->first;
    m_interventions = parsed->second;
    fillEvents();
    fillInterventions();
    emit edited();
}

void ScriptEditor::announce()
{
    fillJson();
    emit edited();
}

void ScriptEditor::markProblems(const Diagnostics &problems)
{
    m_problems = problems;
    static const QRegularExpression script(QStringLiteral("^script\\[(\\d+)\\]"));
    static const QRegularExpression intervention(QStringLiteral("^interventions\\[(\\d+)\\](?:\\.effects\\[(\\d+)\\])?"));
    QHash<int, QString> events, interventions, effects;
    const int iv = currentIntervention();
    for (const Diagnostic &d : problems) {
        if (const auto m = script.match(d.field); m.hasMatch())
            events.insert(m.captured(1).toInt(), d.message);
        if (const auto m = intervention.match(d.field); m.hasMatch()) {
            interventions.insert(m.captured(1).toInt(), d.message);
            if (m.hasCaptured(2) && m.captured(1).toInt() == iv)
                effects.insert(m.captured(2).toInt(), d.message);
        }
    }
    auto shade = [](QTableWidget *table, const QHash<int, QString> &rows) {
        const QSignalBlocker block(table);
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                if (QTableWidgetItem *item = table->item(r, c)) {
                    const bool bad = rows.contains(r);
                    if (item->background() != (bad ? QBrush(kProblem) : QBrush()))
                        item->setBackground(bad ? QBrush(kProblem) : QBrush());
                    if (item->toolTip() != rows.value(r))
                        item->setToolTip(rows.value(r));
                }
    };
    const bool filling = m_filling;
    m_filling = true;
    shade(m_events, events);
    shade(m_interventionsTable, interventions);
    shade(m_effects, effects);
    m_filling = filling;
}

} // namespace troupe
