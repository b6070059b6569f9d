#include "personaeditor.h"

#include "flowlayout.h"
#include "personaform.h"
#include "personaview.h"
#include "projectcontroller.h"
#include "undorouter.h"
#include "persona/fragmentmerge.h"
#include "persona/personaparser.h"
#include "store/personastore.h"
#include "store/projectfile.h"

#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace troupe {

namespace {
enum MergeIds { kJsonEdit = 2, kFormEdit = 1000 };

/** Edits of one field merge into one undo step (a slider moved five notches); of two fields, they do not. */
int formMergeId(const QString &field)
{
    return kFormEdit + int(qHash(field) % 1000000u);
}
}

PersonaEditor::PersonaEditor(ProjectController *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_title(new QLabel(this)), m_apply(new QToolButton(this)),
      m_remove(new QToolButton(this)), m_talk(new QToolButton(this)), m_tabs(new QTabWidget(this)),
      m_form(new PersonaForm(this)), m_json(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_overview(new QTextBrowser(this)), m_jsonTimer(new QTimer(this))
{
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextFormat(Qt::PlainText);
    m_apply->setText(tr("Apply Fragment"));
    m_apply->setPopupMode(QToolButton::InstantPopup);
    m_apply->setMenu(new QMenu(m_apply));
    m_remove->setText(tr("Remove Fragment"));
    m_remove->setPopupMode(QToolButton::InstantPopup);
    m_remove->setMenu(new QMenu(m_remove));
    m_talk->setText(tr("Talk to This Persona…"));
    auto *duplicate = new QToolButton(this);
    duplicate->setText(tr("Duplicate"));
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    connect(m_talk, &QToolButton::clicked, this, [this] {
        if (m_document)
            emit talkRequested(m_document->name());
    });
    connect(duplicate, &QToolButton::clicked, this, &PersonaEditor::duplicateRequested);
    connect(exportButton, &QToolButton::clicked, this, &PersonaEditor::exportRequested);
    connect(m_apply->menu(), &QMenu::aboutToShow, this, &PersonaEditor::fillFragmentMenus);
    connect(m_remove->menu(), &QMenu::aboutToShow, this, &PersonaEditor::fillFragmentMenus);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    m_json->setAccessibleName(tr("Persona JSON"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();
    auto *jsonPage = new QWidget(this);
    auto *jl = new QVBoxLayout(jsonPage);
    jl->setContentsMargins(0, 0, 0, 0);
    jl->addWidget(m_json, 1);
    jl->addWidget(m_problem);
    m_tabs->addTab(scroll, tr("Form"));
    m_tabs->addTab(jsonPage, tr("JSON"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(350);

    // The buttons wrap under each other when the pane is narrow (or their words long).
    auto *buttons = new QWidget(this);
    auto *bar = new FlowLayout(buttons);
    bar->addWidget(m_apply);
    bar->addWidget(m_remove);
    bar->addWidget(duplicate);
    bar->addWidget(exportButton);
    bar->addWidget(m_talk);
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &PersonaForm::edited, this, [this](const OrderedJson &persona, const QString &field) {
        if (!m_document)
            return;
        OrderedJson doc = m_document->document();
        doc["persona"] = persona;
        propose(doc, tr("Edit %1").arg(field.section(u'.', 1)), formMergeId(field));
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_jsonTimer->start();
    });
    connect(m_jsonTimer, &QTimer::timeout, this, &PersonaEditor::jsonEdited);
    connect(m_project, &ProjectController::specChanged, this, [this](SpecKind kind, const QString &name) {
        if (m_document && m_document->kind() == kind)
            showSpec(kind, name);
    });
    connect(m_project, &ProjectController::specRemoved, this, [this](SpecKind kind, const QString &name) {
        if (m_document && m_document->kind() == kind && m_document->name() == name) {
            clear(); // an undone Duplicate or New: never keep editing what is gone
            emit closed();
        }
    });
    new UndoRouter(this);
    setEnabled(false);
}

void PersonaEditor::clear()
{
    m_document.reset();
    m_title->clear();
    m_form->setPersona(OrderedJson::object());
    m_loading = true;
    m_json->clear();
    m_loading = false;
    m_overview->clear();
    setEnabled(false);
}

void PersonaEditor::showSpec(SpecKind kind, const QString &name)
{
    if (!m_project->file()) {
        clear();
        return;
    }
    auto doc = PersonaStore(*m_project->file()).load(name, kind);
    if (!doc) {
        clear();
        return;
    }
    setDocument(doc.value());
}

void PersonaEditor::setDocument(const PersonaDocument &document)
{
    const bool same = m_document && m_document->kind() == document.kind() && m_document->name() == document.name()
        && m_document->document() == document.document();
    m_document = document;
    setEnabled(true);
    m_title->setText(document.kind() == SpecKind::Agent ? document.name() : tr("Fragment: %1").arg(document.name()));
    m_apply->setVisible(document.kind() == SpecKind::Agent);
    m_remove->setVisible(document.kind() == SpecKind::Agent);
    m_talk->setVisible(document.kind() == SpecKind::Agent);
    m_overview->setHtml(PersonaView::overviewHtml(document));
    if (same && m_problems.isEmpty())
        return; // the form or the JSON produced this; leave the user where they are
    m_problems.clear();
    m_form->setPersona(document.persona());
    if (!m_json->hasFocus() || !same) {
        m_loading = true;
        m_json->setPlainText(QString::fromUtf8(document.toJson()));
        m_json->setExtraSelections({});
        m_loading = false;
    }
    m_problem->hide();
}

void PersonaEditor::propose(const OrderedJson &document, const QString &label, int mergeId)
{
    const QString fallback = m_document->kind() == SpecKind::Fragment ? m_document->name() : QString();
    const QByteArray text = QByteArray::fromStdString(document.dump(4));
    auto parsed = PersonaParser::parse(text, m_document->name(), fallback);
    if (!parsed.document) {
        m_problems = parsed.diagnostics;
        m_form->markProblems(parsed.diagnostics);
        return;
    }
    if (parsed.document->kind() != m_document->kind()) {
        m_problems = {Diagnostic{{}, 0, 0, QStringLiteral("type"), tr("changing an agent into a fragment (or back) is not an edit; create a new one instead")}};
        m_form->markProblems(m_problems);
        return;
    }
    m_problems.clear();
    m_form->markProblems({});
    if (parsed.document->document() == m_document->document())
        return;
    m_project->editSpec(m_document, *parsed.document, label, mergeId);
}

void PersonaEditor::jsonEdited()
{
    if (!m_document)
        return;
    const QByteArray text = m_json->toPlainText().toUtf8();
    const QString fallback = m_document->kind() == SpecKind::Fragment ? m_document->name() : QString();
    auto parsed = PersonaParser::parse(text, m_document->name(), fallback);
    QList<QTextEdit::ExtraSelection> marks;
    QStringList lines;
    for (const Diagnostic &d : parsed.diagnostics) {
        lines.append(d.toString());
        if (d.line <= 0)
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_json->document()->findBlockByNumber(d.line - 1));
        mark.cursor.select(QTextCursor::LineUnderCursor);
        mark.format.setBackground(QColor(255, 205, 210));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    m_json->setExtraSelections(marks);
    m_problem->setText(lines.join(u'\n'));
    m_problem->setVisible(!lines.isEmpty());
    m_problems = parsed.diagnostics;
    m_form->markProblems(parsed.diagnostics);
    if (!parsed.document)
        return;
    if (parsed.document->kind() != m_document->kind() || parsed.document->document() == m_document->document())
        return;
    m_project->editSpec(m_document, *parsed.document, tr("Edit JSON of %1").arg(m_document->name()), kJsonEdit);
}

void PersonaEditor::fillFragmentMenus()
{
    m_apply->menu()->clear();
    m_remove->menu()->clear();
    if (!m_project->file())
        return;
    const auto fragments = PersonaStore(*m_project->file()).list(SpecKind::Fragment);
    if (!fragments)
        return;
    for (const auto &f : fragments.value()) {
        m_apply->menu()->addAction(f.name, this, [this, name = f.name] { applyFragment(name); })->setToolTip(f.summary);
        m_remove->menu()->addAction(f.name, this, [this, name = f.name] { removeFragment(name); });
    }
}

void PersonaEditor::applyFragment(const QString &fragment)
{
    if (!m_document || !m_project->file())
        return;
    auto f = PersonaStore(*m_project->file()).load(fragment, SpecKind::Fragment);
    if (!f) {
        emit m_project->error(f.error());
        return;
    }
    auto merged = troupe::applyFragment(*m_document, f.value());
    if (!merged) {
        emit m_project->error(tr("Cannot apply %1 to %2: %3").arg(fragment, m_document->name(), merged.error()));
        return;
    }
    m_project->editSpec(m_document, merged.value(), tr("Apply fragment %1").arg(fragment));
}

void PersonaEditor::removeFragment(const QString &fragment)
{
    if (!m_document || !m_project->file())
        return;
    auto f = PersonaStore(*m_project->file()).load(fragment, SpecKind::Fragment);
    if (!f) {
        emit m_project->error(f.error());
        return;
    }
    const PersonaDocument without = troupe::removeFragment(*m_document, f.value());
    if (without.document() != m_document->document())
        m_project->editSpec(m_document, without, tr("Remove fragment %1").arg(fragment));
}

} // namespace troupe
