#include "studyrundialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace troupe {

StudyRunDialog::StudyRunDialog(const QStringList &bundled, const QStringList &project, QWidget *parent)
    : QDialog(parent), m_studies(new QComboBox(this)), m_note(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Run Study"));
    for (const QString &name : project)
        m_studies->addItem(tr("%1 (project)").arg(name), QStringList{QStringLiteral("project"), name});
    for (const QString &name : bundled)
        m_studies->addItem(tr("%1 (bundled)").arg(name), QStringList{QStringLiteral("bundled"), name});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_studies->count() > 0);
    m_note->setWordWrap(true);
    m_note->setText(tr("The study runs with the engine chosen in Settings. Its answers appear in the results as they arrive."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Study:"), m_studies);
    form->addRow(m_note);
    form->addRow(m_buttons);
}

QString StudyRunDialog::studyName() const
{
    return m_studies->currentData().toStringList().value(1);
}

bool StudyRunDialog::isBundled() const
{
    return m_studies->currentData().toStringList().value(0) == QLatin1String("bundled");
}

} // namespace troupe
