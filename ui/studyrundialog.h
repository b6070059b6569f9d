#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace troupe {

/** Picks a study to run: a bundled one or one kept in the project. */
class StudyRunDialog final : public QDialog
{
    Q_OBJECT
public:
    StudyRunDialog(const QStringList &bundled, const QStringList &project, QWidget *parent = nullptr);

    /** The chosen study's name, and whether it is bundled (else the project's). */
    QString studyName() const;
    bool isBundled() const;

    QComboBox *studies() const { return m_studies; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QComboBox *m_studies;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace troupe
