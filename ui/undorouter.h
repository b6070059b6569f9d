#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace troupe {

/** The keys of Undo and Redo: the platform's, and Ctrl+Shift+Z for Redo on every platform. */
QList<QKeySequence> undoKeys();
QList<QKeySequence> redoKeys();

/**
 * Lets Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) reach the project's undo stack from a text field
 * inside `root` that has nothing of its own to undo. A QLineEdit or QPlainTextEdit claims
 * those keys whenever it has focus, so after an edit was saved (by Tab, Return or a click
 * elsewhere) Ctrl+Z in the next field did nothing. While a field holds typing that is not
 * saved yet it keeps the keys, as a text field should; once the edit is saved (the field is
 * no longer "modified") they go to the window's Undo and Redo actions.
 */
class UndoRouter final : public QObject
{
    Q_OBJECT
public:
    explicit UndoRouter(QWidget *root);

    /** Marks every text field under `root` as saved: the next Ctrl+Z undoes the project. */
    static void markSaved(QWidget *root);
    /** Whether `field` holds typing that has not been saved. */
    static bool hasUnsavedTyping(const QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void focusChanged(QWidget *old, QWidget *now);

    QPointer<QWidget> m_root;
};

} // namespace troupe
