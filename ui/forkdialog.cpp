#include "forkdialog.h"

#include "experiment/runfork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace troupe {

namespace {

using OJson = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

} // namespace

ForkDialog::ForkDialog(const Parent &parent, int atStep, const QMap<QString, nlohmann::ordered_json> &fragments,
                       QWidget *parentWidget)
    : QDialog(parentWidget), m_parent(parent), m_fragments(fragments), m_step(new QSpinBox(this)), m_after(new QSpinBox(this)),
      m_kind(new QComboBox(this)), m_to(new QComboBox(this)), m_pages(new QStackedWidget(this)), m_materialName(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_fragment(new QComboBox(this)), m_model(new QLineEdit(this)),
      m_useTemperature(new QCheckBox(tr("&Temperature:"), this)), m_temperature(new QDoubleSpinBox(this)),
      m_json(new QPlainTextEdit(this)), m_problemLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)), m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("forkDialog"));
    setWindowTitle(tr("Fork Run #%1").arg(parent.runId));
    auto *intro = new QLabel(tr("A new run of “%1” that repeats its first steps exactly (from the stored model calls), "
                                "then takes the change and runs on. Run #%2 is not touched.")
                                 .arg(parent.name).arg(parent.runId),
                             this);
    intro->setWordWrap(true);

    m_step->setRange(0, std::max(0, parent.stepsDone));
    m_step->setValue(std::clamp(atStep, 0, std::max(0, parent.stepsDone)));
    m_step->setToolTip(tr("The fork repeats steps 1 to this one, then the change applies from the next step"));
    m_after->setRange(0, 100000);
    m_after->setValue(std::max(0, std::max(parent.length, parent.stepsDone) - m_step->value()));
    m_after->setToolTip(tr("Steps the fork runs after the fork step (default: up to the parent's length)"));

    m_kind->addItem(tr("No change"), int(ChangeKind::None));
    m_kind->addItem(tr("Say something to them"), int(ChangeKind::Broadcast));
    m_kind->addItem(tr("Show them material"), int(ChangeKind::Material));
    m_kind->addItem(tr("Apply a fragment of the project"), int(ChangeKind::Fragment));
    m_kind->addItem(tr("Change the model or temperature"), int(ChangeKind::Model));
    m_to->addItem(tr("Everyone"));
    for (const QString &a : parent.agents)
        m_to->addItem(a, a);

    m_pages->addWidget(new QWidget(this)); // no change: nothing to fill in
    m_pages->addWidget(makeTextPage());
    m_pages->addWidget(makeFragmentPage());
    m_pages->addWidget(makeModelPage());

    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_json->setAccessibleName(tr("The change as JSON"));
    m_json->setPlaceholderText(QStringLiteral("{}"));
    m_json->setMinimumHeight(110);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fork and Run"));
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);

    auto *form = new QFormLayout;
    form->addRow(tr("Fork after &step:"), m_step);
    form->addRow(tr("&Change:"), m_kind);
    form->addRow(tr("F&or:"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    auto *jsonLabel = new QLabel(tr("The change as &JSON (what is applied; the form above writes it, and you can edit it):"), this);
    jsonLabel->setWordWrap(true);
    jsonLabel->setBuddy(m_json);
    layout->addWidget(jsonLabel);
    layout->addWidget(m_json, 1);
    layout->addWidget(m_problemLabel);
    auto *after = new QFormLayout;
    after->addRow(tr("Steps &after the fork:"), m_after);
    layout->addLayout(after);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    // Tab goes down the dialog as it reads, not in the order the widgets were made.
    QWidget *order[] = {m_step, m_kind, m_to, m_materialName, m_text, m_fragment, m_model, m_useTemperature, m_temperature,
                        m_json, m_after, m_buttons};
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ForkDialog::kindChanged);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ForkDialog::writeJson);
    connect(m_materialName, &QLineEdit::textChanged, this, &ForkDialog::writeJson);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ForkDialog::writeJson);
    connect(m_fragment, &QComboBox::currentIndexChanged, this, &ForkDialog::writeJson);
    connect(m_model, &QLineEdit::textChanged, this, &ForkDialog::writeJson);
    connect(m_useTemperature, &QCheckBox::toggled, this, [this](bool on) {
        m_temperature->setEnabled(on);
        writeJson();
    });
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ForkDialog::writeJson);
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_writing)
            m_checkTimer->start();
    });
    connect(m_checkTimer, &QTimer::timeout, this, &ForkDialog::check);
    connect(m_step, &QSpinBox::valueChanged, this, [this](int k) {
        check();
        if (!m_afterTouched)
            m_after->setValue(std::max(0, std::max(m_parent.length, m_parent.stepsDone) - k));
    });
    connect(m_after, &QSpinBox::valueChanged, this, [this] {
        if (m_after->hasFocus())
            m_afterTouched = true;
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ForkDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
}

QWidget *ForkDialog::makeTextPage()
{
    m_textPage = new QWidget(this);
    auto *form = new QFormLayout(m_textPage);
    form->setContentsMargins(0, 0, 0, 0);
    m_materialName->setPlaceholderText(tr("e.g. Advertisement"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(60);
    form->addRow(tr("&Name:"), m_materialName);
    form->addRow(tr("Te&xt:"), m_text);
    return m_textPage;
}

QWidget *ForkDialog::makeFragmentPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    for (auto it = m_fragments.cbegin(); it != m_fragments.cend(); ++it)
        m_fragment->addItem(it.key());
    if (m_fragments.isEmpty())
        m_fragment->setPlaceholderText(tr("the project has no fragments"));
    form->addRow(tr("F&ragment:"), m_fragment);
    return page;
}

QWidget *ForkDialog::makeModelPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_model->setPlaceholderText(tr("the parent's model"));
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(1.0);
    m_temperature->setEnabled(false);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(m_useTemperature, m_temperature);
    return page;
}

void ForkDialog::kindChanged()
{
    const auto kind = ChangeKind(m_kind->currentData().toInt());
    switch (kind) {
    case ChangeKind::None:
        m_pages->setCurrentIndex(0);
        break;
    case ChangeKind::Broadcast:
    case ChangeKind::Material: {
        m_pages->setCurrentIndex(1);
        auto *form = static_cast<QFormLayout *>(m_textPage->layout());
        form->setRowVisible(m_materialName, kind == ChangeKind::Material);
        m_text->setPlaceholderText(kind == ChangeKind::Material ? tr("What they are shown")
                                                                 : tr("What the moderator says to them"));
        break;
    }
    case ChangeKind::Fragment:
        m_pages->setCurrentIndex(2);
        break;
    case ChangeKind::Model:
        m_pages->setCurrentIndex(3);
        break;
    }
    m_to->setEnabled(kind != ChangeKind::None);
    m_pages->setVisible(kind != ChangeKind::None);
    writeJson();
}

void ForkDialog::writeJson()
{
    const auto kind = ChangeKind(m_kind->currentData().toInt());
    OJson j = OJson::object();
    switch (kind) {
    case ChangeKind::None:
        break;
    case ChangeKind::Broadcast:
        j["broadcast"] = OJson::array({s(m_text->toPlainText())});
        break;
    case ChangeKind::Material:
        j["material"] = OJson::array({{{"name", s(m_materialName->text().trimmed())}, {"text", s(m_text->toPlainText())}}});
        break;
    case ChangeKind::Fragment:
        if (m_fragments.contains(m_fragment->currentText()))
            j["fragments"] = OJson::array({m_fragments.value(m_fragment->currentText())});
        else
            j["fragments"] = OJson::array();
        break;
    case ChangeKind::Model:
        if (!m_model->text().trimmed().isEmpty())
            j["model"] = s(m_model->text().trimmed());
        if (m_useTemperature->isChecked())
            j["temperature"] = m_temperature->value();
        break;
    }
    if (kind != ChangeKind::None && m_to->currentIndex() > 0)
        j["to"] = OJson::array({s(m_to->currentData().toString())});
    m_writing = true;
    m_json->setPlainText(j.empty() ? QStringLiteral("{}") : QString::fromStdString(j.dump(2)));
    m_writing = false;
    check();
}

void ForkDialog::check()
{
    m_checkTimer->stop();
    const ForkChange::Outcome outcome = forkChangeFromText(changeJson(), tr("the change"));
    QStringList problems;
    for (const Diagnostic &d : outcome.diagnostics)
        problems.append(d.toString());
    m_problem = outcome.change ? QString() : problems.join(u'\n');
    if (!m_problem.isEmpty()) {
        m_problemLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_problemLabel->setText(m_problem);
    } else {
        m_problemLabel->setStyleSheet(QString());
        m_problemLabel->setText(outcome.change->isEmpty() ? tr("No change: the fork repeats the run, then continues it.")
                                                          : tr("The change applies from step %1.").arg(m_step->value() + 1));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void ForkDialog::accept()
{
    check(); // what was typed last, not what was checked 150 ms ago
    if (!m_problem.isEmpty())
        return;
    QDialog::accept();
}

int ForkDialog::atStep() const
{
    return m_step->value();
}

int ForkDialog::stepsAfter() const
{
    return m_after->value();
}

QByteArray ForkDialog::changeJson() const
{
    return m_json->toPlainText().toUtf8();
}

} // namespace troupe
