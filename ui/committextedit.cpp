#include "committextedit.h"

namespace troupe {

CommitTextEdit::CommitTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void CommitTextEdit::setSavedText(const QString &text)
{
    if (toPlainText() != text)
        setPlainText(text);
    document()->setModified(false);
}

void CommitTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (document()->isModified()) {
        document()->setModified(false);
        emit editingFinished();
    }
}

} // namespace troupe
