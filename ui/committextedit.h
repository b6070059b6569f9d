#pragma once

#include <QPlainTextEdit>

namespace troupe {

/**
 * A multi-line text field that reports a finished edit the way QLineEdit does: when it
 * loses focus with changed text. Tab moves on to the next field instead of typing a tab.
 */
class CommitTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommitTextEdit(QWidget *parent = nullptr);

    /** Replaces the text (when different) and marks it saved. */
    void setSavedText(const QString &text);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace troupe
