#include "undorouter.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace troupe {

namespace {

const char *const kWatched = "troupeUndoRouted";

bool isTextField(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

bool matchesAny(const QKeyEvent *key, const QList<QKeySequence> &keys)
{
    const QKeySequence pressed(key->keyCombination());
    return std::any_of(keys.cbegin(), keys.cend(), [&](const QKeySequence &k) { return k.matches(pressed) == QKeySequence::ExactMatch; });
}

} // namespace

QList<QKeySequence> undoKeys()
{
    return QKeySequence::keyBindings(QKeySequence::Undo);
}

QList<QKeySequence> redoKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!keys.contains(shiftZ))
        keys.append(shiftZ);
    return keys;
}

UndoRouter::UndoRouter(QWidget *root) : QObject(root), m_root(root)
{
    connect(qApp, &QApplication::focusChanged, this, &UndoRouter::focusChanged);
}

void UndoRouter::markSaved(QWidget *root)
{
    for (QLineEdit *e : root->findChildren<QLineEdit *>())
        e->setModified(false);
    for (QPlainTextEdit *e : root->findChildren<QPlainTextEdit *>())
        e->document()->setModified(false);
}

bool UndoRouter::hasUnsavedTyping(const QWidget *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->isModified();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return text->document()->isModified();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(field)) {
        const auto *line = spin->findChild<QLineEdit *>();
        return line && line->isModified();
    }
    return false;
}

void UndoRouter::focusChanged(QWidget *, QWidget *now)
{
    // Widgets come and go (the persona form is built from the document), so the filter is
    // put on each field when it first gets focus rather than on the fields of the moment.
    if (!now || !m_root || !m_root->isAncestorOf(now) || !isTextField(now) || now->property(kWatched).toBool())
        return;
    now->setProperty(kWatched, true);
    now->installEventFilter(this);
}

bool UndoRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!matchesAny(key, undoKeys()) && !matchesAny(key, redoKeys()))
        return false;
    auto *field = qobject_cast<QWidget *>(watched);
    if (!field || hasUnsavedTyping(field))
        return false; // the field's own undo: the typing in progress
    // Not accepted: the shortcut goes to the window's Undo or Redo action.
    event->ignore();
    return true;
}

} // namespace troupe
