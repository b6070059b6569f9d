#include "personaform.h"

#include "util/jsonreader.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

namespace troupe {

namespace {

QString label(const std::string &key)
{
    QString s = QString::fromStdString(key);
    s.replace(u'_', u' ');
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

/** A plain text edit that reports when the user leaves it, like QLineEdit::editingFinished. */
class LinesEdit final : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onLeave;

protected:
    void focusOutEvent(QFocusEvent *e) override
    {
        QPlainTextEdit::focusOutEvent(e);
        if (onLeave && document()->isModified()) {
            document()->setModified(false);
            onLeave();
        }
    }
};

LinesEdit *linesEdit(const QString &text, int lines, QWidget *parent)
{
    auto *edit = new LinesEdit(parent);
    edit->setPlainText(text);
    edit->document()->setModified(false);
    edit->setTabChangesFocus(true);
    const int h = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setFixedHeight(h);
    return edit;
}

/** What the user typed, keeping the JSON type of the original where it still fits. */
OrderedJson typed(const QString &text, const OrderedJson &original)
{
    const QString t = text.trimmed();
    if (original.is_number_integer()) {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (ok)
            return v;
    } else if (original.is_number()) {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (ok)
            return v;
    } else if (original.is_null() && t.isEmpty()) {
        return nullptr;
    }
    return text.toStdString();
}

QString scalarText(const OrderedJson &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_null())
        return {};
    return QString::fromStdString(v.dump());
}

bool isScalarList(const OrderedJson &v)
{
    if (!v.is_array())
        return false;
    for (const auto &item : v)
        if (item.is_object() || item.is_array())
            return false;
    return true;
}

bool isObjectList(const OrderedJson &v)
{
    if (!v.is_array() || v.empty())
        return false;
    for (const auto &item : v)
        if (!item.is_object())
            return false;
    return true;
}

QStringList columnsOf(const OrderedJson &list)
{
    QStringList columns;
    for (const auto &item : list)
        for (const auto &[k, v] : item.items())
            if (!columns.contains(QString::fromStdString(k)))
                columns.append(QString::fromStdString(k));
    return columns;
}

/** Which kind of editor a value gets; a value of another kind needs another widget. */
QString editorKind(const OrderedJson &value)
{
    if (value.is_boolean())
        return QStringLiteral("check");
    if (isObjectList(value))
        return QStringLiteral("table:") + columnsOf(value).join(u'|');
    if (isScalarList(value))
        return QStringLiteral("list");
    if (value.is_array() || value.is_object())
        return QStringLiteral("json");
    return QStringLiteral("text");
}

QString cellText(const OrderedJson &cell)
{
    return cell.is_string() || cell.is_null() ? scalarText(cell) : QString::fromStdString(cell.dump());
}

QString listText(const OrderedJson &value)
{
    QStringList lines;
    for (const auto &item : value)
        lines.append(scalarText(item));
    return lines.join(u'\n');
}

/** Sets a text field without touching it when it already shows `text` (the cursor stays). */
void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
    edit->document()->setModified(false);
}

} // namespace

PersonaForm::PersonaForm(QWidget *parent) : QWidget(parent), m_problem(new QLabel(this))
{
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problem);
}

const QStringList &PersonaForm::bigFiveLevels()
{
    static const QStringList levels = {QStringLiteral("Low"), QStringLiteral("Medium-low"), QStringLiteral("Medium"),
                                       QStringLiteral("Medium-high"), QStringLiteral("High")};
    return levels;
}

QString PersonaForm::fieldName(const Path &path)
{
    QString out = QStringLiteral("persona");
    for (const std::string &p : path) {
        bool isIndex = !p.empty() && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
        out += isIndex ? QStringLiteral("[%1]").arg(QString::fromStdString(p)) : u'.' + QString::fromStdString(p);
    }
    return out;
}

void PersonaForm::shapeOf(const OrderedJson &object, const Path &path, QStringList &out)
{
    for (const auto &[key, value] : object.items()) {
        Path p = path;
        p.push_back(key);
        if (value.is_object() && key != "big_five") {
            out.append(fieldName(p) + QStringLiteral("{"));
            shapeOf(value, p, out);
            out.append(QStringLiteral("}"));
        } else if (value.is_object()) { // Big Five: one slider per trait
            out.append(fieldName(p) + QStringLiteral("<"));
            for (const auto &[trait, text] : value.items())
                out.append(fieldName(p) + u'.' + QString::fromStdString(trait) + (text.is_string() ? QString() : QStringLiteral("?")));
            out.append(QStringLiteral(">"));
        } else {
            out.append(fieldName(p) + u':' + editorKind(value));
        }
    }
}

void PersonaForm::setPersona(const OrderedJson &persona)
{
    m_persona = persona;
    m_problem->hide();
    if (m_body && !m_rebuildPending && updateInPlace())
        return;
    const QWidget *focus = QApplication::focusWidget();
    const bool busy = m_inCommit || (m_body && focus && m_body->isAncestorOf(focus));
    if (!m_body || !busy) {
        rebuild();
        return;
    }
    // A widget of the form is in the middle of an event (a focus-out, a click): deleting it
    // now would pull it out from under Qt. Rebuild once control is back in the event loop.
    if (!m_rebuildPending) {
        m_rebuildPending = true;
        QMetaObject::invokeMethod(this, &PersonaForm::rebuild, Qt::QueuedConnection);
    }
}

bool PersonaForm::updateInPlace()
{
    QStringList shape;
    shapeOf(m_persona, {}, shape);
    if (shape != m_shape)
        return false;
    bool ok = true;
    std::function<void(const OrderedJson &, const Path &)> walk = [&](const OrderedJson &object, const Path &path) {
        for (const auto &[key, value] : object.items()) {
            Path p = path;
            p.push_back(key);
            if (value.is_object()) {
                walk(value, p); // a group, or the Big Five traits
                continue;
            }
            const auto it = m_updaters.constFind(fieldName(p));
            ok = ok && it != m_updaters.cend() && (*it)(value);
        }
    };
    walk(m_persona, {});
    return ok;
}

void PersonaForm::rebuild()
{
    m_rebuildPending = false;
    QWidget *focus = QApplication::focusWidget();
    const bool focusInside = m_body && focus && m_body->isAncestorOf(focus);
    const QString focusField = focusInside ? fieldOf(focus) : QString();
    QWidget *old = m_body;
    m_widgets.clear();
    m_updaters.clear();
    m_shape.clear();
    shapeOf(m_persona, {}, m_shape);
    m_body = new QWidget(this);
    auto *form = new QFormLayout(m_body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    build(form, m_persona, {});
    static_cast<QVBoxLayout *>(layout())->addWidget(m_body);
    m_body->show(); // now, not when the layout gets to it: focus may be given to it below
    if (!old)
        return;
    // Move focus out of the old widgets before they go, to the same field when it is still
    // there, so nothing of the old form handles an event after this.
    m_rebuilding = true;
    if (focusInside) {
        QWidget *target = m_widgets.value(focusField);
        (target ? target : static_cast<QWidget *>(this))->setFocus(Qt::OtherFocusReason);
    }
    old->hide();
    old->deleteLater();
    m_rebuilding = false;
}

const OrderedJson &PersonaForm::valueAt(const Path &path) const
{
    static const OrderedJson null;
    const OrderedJson *at = &m_persona;
    for (const std::string &p : path) {
        if (!at->is_object() || !at->contains(p))
            return null;
        at = &at->at(p);
    }
    return *at;
}

QString PersonaForm::fieldOf(const QWidget *w) const
{
    QString best;
    for (auto it = m_widgets.cbegin(); it != m_widgets.cend(); ++it)
        if ((it.value() == w || it.value()->isAncestorOf(w)) && it.key().size() > best.size())
            best = it.key();
    return best;
}

void PersonaForm::build(QFormLayout *form, const OrderedJson &object, const Path &path)
{
    for (const auto &[key, value] : object.items()) {
        Path p = path;
        p.push_back(key);
        if (value.is_object() && key != "big_five") {
            auto *group = new QGroupBox(label(key), m_body);
            auto *inner = new QFormLayout(group);
            inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            build(inner, value, p);
            form->addRow(group);
            m_widgets.insert(fieldName(p), group);
            continue;
        }
        QWidget *editor = key == "big_five" ? bigFiveEditor(value, p) : editorFor(value, p);
        editor->setAccessibleName(label(key));
        m_widgets.insert(fieldName(p), editor);
        form->addRow(label(key), editor);
    }
}

QWidget *PersonaForm::editorFor(const OrderedJson &value, const Path &path)
{
    const QString name = fieldName(path);
    if (value.is_boolean()) {
        auto *box = new QCheckBox(m_body);
        box->setChecked(value.get<bool>());
        connect(box, &QCheckBox::toggled, this, [this, path](bool on) { commit(path, on); });
        m_updaters.insert(name, [box](const OrderedJson &v) {
            const QSignalBlocker block(box);
            box->setChecked(v.get<bool>());
            return true;
        });
        return box;
    }
    if (isObjectList(value))
        return tableEditor(value, path);
    if (isScalarList(value)) {
        auto *edit = linesEdit(listText(value), std::clamp(int(value.size()) + 1, 2, 8), m_body);
        edit->setPlaceholderText(tr("One item per line"));
        edit->onLeave = [this, edit, path] {
            OrderedJson list = OrderedJson::array();
            for (const QString &line : edit->toPlainText().split(u'\n', Qt::SkipEmptyParts))
                if (!line.trimmed().isEmpty())
                    list.push_back(line.trimmed().toStdString());
            commit(path, std::move(list));
        };
        m_updaters.insert(name, [edit](const OrderedJson &v) {
            setTextKeepingCursor(edit, listText(v));
            return true;
        });
        return edit;
    }
    if (value.is_array() || value.is_object()) { // mixed shapes: edit as JSON
        auto *edit = linesEdit(QString::fromStdString(value.dump(2)), 5, m_body);
        edit->onLeave = [this, edit, path] {
            if (auto parsed = parseOrderedJson(edit->toPlainText().toStdString()))
                commit(path, std::move(*parsed));
            else
                markProblems({Diagnostic{{}, 0, 0, fieldName(path), tr("this field holds JSON; the text is not valid JSON")}});
        };
        m_updaters.insert(name, [edit](const OrderedJson &v) {
            if (OrderedJson::parse(edit->toPlainText().toStdString(), nullptr, false) != v)
                setTextKeepingCursor(edit, QString::fromStdString(v.dump(2)));
            return true;
        });
        return edit;
    }
    const QString text = scalarText(value);
    if (text.size() > 70 || text.contains(u'\n')) {
        auto *edit = linesEdit(text, std::clamp(int(text.size() / 70) + 1, 2, 6), m_body);
        edit->onLeave = [this, edit, path] { commit(path, typed(edit->toPlainText(), valueAt(path))); };
        m_updaters.insert(name, [edit](const OrderedJson &v) {
            setTextKeepingCursor(edit, scalarText(v));
            return true;
        });
        return edit;
    }
    auto *line = new QLineEdit(text, m_body);
    if (value.is_null())
        line->setPlaceholderText(tr("empty"));
    connect(line, &QLineEdit::editingFinished, this, [this, line, path] {
        if (line->isModified()) {
            line->setModified(false);
            commit(path, typed(line->text(), valueAt(path)));
        }
    });
    m_updaters.insert(name, [line](const OrderedJson &v) {
        const QString t = scalarText(v);
        if (t.contains(u'\n'))
            return false; // a line edit cannot show it
        if (line->text() != t)
            line->setText(t);
        line->setModified(false);
        return true;
    });
    return line;
}

namespace {

/** "High. Energised by a full shop." -> (index of "High", "Energised by a full shop."). */
std::pair<int, QString> splitBigFive(const QString &full)
{
    const int dot = full.indexOf(u'.');
    const QString head = dot >= 0 ? full.left(dot).trimmed() : full.trimmed();
    const int level = int(PersonaForm::bigFiveLevels().indexOf(head, 0));
    return {level, level >= 0 ? full.mid(dot + 1).trimmed() : full};
}

} // namespace

QWidget *PersonaForm::bigFiveEditor(const OrderedJson &value, const Path &path)
{
    if (!value.is_object())
        return editorFor(value, path);
    auto *box = new QWidget(m_body);
    auto *grid = new QFormLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const auto &[trait, text] : value.items()) {
        Path p = path;
        p.push_back(trait);
        // "High. Energised by a full shop." -> level "High", explanation after it.
        const auto [level, rest] = splitBigFive(scalarText(text));
        // The level on one line, its explanation under it with the full width (beside the
        // slider it was a few characters wide in a narrow pane).
        auto *row = new QWidget(box);
        auto *v = new QVBoxLayout(row);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        auto *h = new QHBoxLayout;
        auto *slider = new QSlider(Qt::Horizontal, row);
        slider->setRange(0, 4);
        slider->setPageStep(1);
        slider->setTickPosition(QSlider::TicksBelow);
        slider->setValue(level >= 0 ? level : 2);
        slider->setFixedWidth(140);
        slider->setAccessibleName(label(trait));
        auto *levelLabel = new QLabel(level >= 0 ? bigFiveLevels()[level] : tr("(no level)"), row);
        levelLabel->setMinimumWidth(90);
        auto *explain = new QLineEdit(rest, row);
        h->addWidget(slider);
        h->addWidget(levelLabel);
        h->addStretch(1);
        v->addLayout(h);
        v->addWidget(explain);
        explain->setAccessibleName(tr("Why: %1").arg(label(trait)));
        auto write = [this, p, slider, explain] {
            const QString lvl = bigFiveLevels()[slider->value()];
            const QString e = explain->text().trimmed();
            const QString full = e.isEmpty() ? QString(lvl + u'.') : QString(lvl + QStringLiteral(". ") + e);
            commit(p, full.toStdString());
        };
        connect(slider, &QSlider::valueChanged, levelLabel, [levelLabel](int v) { levelLabel->setText(bigFiveLevels()[v]); });
        connect(slider, &QSlider::sliderReleased, this, write);
        connect(slider, &QSlider::actionTriggered, this, [slider, write](int action) {
            if (action != QAbstractSlider::SliderMove) // keyboard and clicks; drags commit on release
                QMetaObject::invokeMethod(slider, write, Qt::QueuedConnection);
        });
        connect(explain, &QLineEdit::editingFinished, this, [explain, write] {
            if (explain->isModified()) {
                explain->setModified(false);
                write();
            }
        });
        m_widgets.insert(fieldName(p), slider);
        m_updaters.insert(fieldName(p), [slider, levelLabel, explain](const OrderedJson &v) {
            const auto [lvl, why] = splitBigFive(scalarText(v));
            {
                const QSignalBlocker block(slider);
                slider->setValue(lvl >= 0 ? lvl : 2);
            }
            levelLabel->setText(lvl >= 0 ? bigFiveLevels()[lvl] : tr("(no level)"));
            if (explain->text() != why)
                explain->setText(why);
            explain->setModified(false);
            return true;
        });
        grid->addRow(label(trait), row);
    }
    return box;
}

QWidget *PersonaForm::tableEditor(const OrderedJson &value, const Path &path)
{
    const QStringList columns = columnsOf(value);
    auto *box = new QWidget(m_body);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    auto *table = new QTableWidget(int(value.size()), int(columns.size()), box);
    table->setHorizontalHeaderLabels(columns);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    auto fill = [table, columns](const OrderedJson &rows) {
        const QSignalBlocker block(table);
        table->setRowCount(int(rows.size()));
        for (int r = 0; r < int(rows.size()); ++r)
            for (int c = 0; c < columns.size(); ++c) {
                const QString text = cellText(rows[size_t(r)].value(columns[c].toStdString(), OrderedJson()));
                QTableWidgetItem *item = table->item(r, c);
                if (!item)
                    table->setItem(r, c, new QTableWidgetItem(text));
                else if (item->text() != text)
                    item->setText(text);
            }
        table->setFixedHeight(std::min(260, 34 + table->verticalHeader()->defaultSectionSize() * (int(rows.size()) + 1)));
    };
    fill(value);
    m_updaters.insert(fieldName(path), [fill](const OrderedJson &v) {
        fill(v);
        return true;
    });
    auto collect = [this, table, columns, path] {
        const OrderedJson value = valueAt(path);
        OrderedJson list = OrderedJson::array();
        for (int r = 0; r < table->rowCount(); ++r) {
            OrderedJson item = r < int(value.size()) ? value[size_t(r)] : OrderedJson::object();
            bool any = false;
            for (int c = 0; c < columns.size(); ++c) {
                const QString t = table->item(r, c) ? table->item(r, c)->text() : QString();
                any = any || !t.trimmed().isEmpty();
                item[columns[c].toStdString()] = typed(t, item.value(columns[c].toStdString(), OrderedJson()));
            }
            if (any)
                list.push_back(std::move(item));
        }
        commit(path, std::move(list));
    };
    connect(table, &QTableWidget::itemChanged, this, [table, collect] { QMetaObject::invokeMethod(table, collect, Qt::QueuedConnection); });
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Row"), box);
    auto *remove = new QPushButton(tr("Remove Row"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    connect(add, &QPushButton::clicked, table, [table, columns] {
        const QSignalBlocker block(table);
        table->insertRow(table->rowCount());
        for (int c = 0; c < columns.size(); ++c)
            table->setItem(table->rowCount() - 1, c, new QTableWidgetItem);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [table, collect] {
        if (table->currentRow() < 0)
            return;
        {
            const QSignalBlocker block(table);
            table->removeRow(table->currentRow());
        }
        collect();
    });
    v->addWidget(table);
    v->addLayout(buttons);
    return box;
}

void PersonaForm::commit(const Path &path, OrderedJson value)
{
    if (m_rebuilding)
        return;
    OrderedJson next = m_persona;
    OrderedJson *at = &next;
    for (const std::string &p : path)
        at = &(*at)[p];
    if (*at == value)
        return;
    *at = std::move(value);
    m_persona = next;
    m_inCommit = true;
    emit edited(next, fieldName(path));
    m_inCommit = false;
}

void PersonaForm::markProblems(const Diagnostics &problems)
{
    for (QWidget *w : std::as_const(m_widgets)) {
        w->setStyleSheet(QString());
        w->setToolTip(QString());
    }
    QStringList lines;
    for (const Diagnostic &d : problems) {
        lines.append(d.field.isEmpty() ? d.message : d.field + QStringLiteral(": ") + d.message);
        QString field = d.field;
        // The closest field with an editor: "persona.relationships[1].name" -> "persona.relationships".
        while (!field.isEmpty() && !m_widgets.contains(field)) {
            const int cut = std::max(field.lastIndexOf(u'.'), field.lastIndexOf(u'['));
            field = cut > 0 ? field.left(cut) : QString();
        }
        if (QWidget *w = m_widgets.value(field)) {
            w->setStyleSheet(QStringLiteral("border: 2px solid #d32f2f;"));
            w->setToolTip(d.message);
        }
    }
    m_problem->setText(lines.join(u'\n'));
    m_problem->setVisible(!lines.isEmpty());
}

} // namespace troupe
