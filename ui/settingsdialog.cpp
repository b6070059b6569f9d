#include "settingsdialog.h"

#include "config/config.h"
#include "llm/openaiprovider.h"
#include "llm/providers.h"
#include "llm/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace troupe {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_preset(new QComboBox(this)), m_baseUrl(new QLineEdit(this)), m_model(new QComboBox(this)),
      m_key(new QLineEdit(this)), m_keyNote(new QLabel(this)), m_concurrency(new QSpinBox(this)),
      m_test(new QPushButton(tr("Test Connection"), this)), m_fetch(new QPushButton(tr("Fetch Models"), this)),
      m_result(new QLabel(this))
{
    setWindowTitle(tr("Model Settings"));
    m_preset->addItem(tr("Offline engine (not a language model)"), QStringLiteral("offline"));
    for (const QString &p : llm::endpointPresets())
        m_preset->addItem(llm::presetLabel(p), p);
    m_model->setEditable(true);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_keyNote->setWordWrap(true);
    m_concurrency->setRange(0, 512);
    m_concurrency->setSpecialValueText(tr("config.ini default"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);

    auto *form = new QFormLayout;
    form->addRow(tr("Provider"), m_preset);
    form->addRow(tr("Server URL"), m_baseUrl);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_fetch);
    form->addRow(tr("Model"), modelRow);
    form->addRow(tr("API key"), m_key);
    form->addRow(QString(), m_keyNote);
    form->addRow(tr("Calls at once"), m_concurrency);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    const ModelSettings current = ModelSettings::load();
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(current.effectiveProvider())));
    presetChanged();
    if (!current.baseUrl.isEmpty())
        m_baseUrl->setText(current.baseUrl);
    m_model->setCurrentText(current.model);
    m_concurrency->setValue(current.concurrency);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        presetChanged();
        // The list fills itself once a preset is chosen and its key is at hand.
        if (m_preset->currentData().toString() != QLatin1String("offline") && keyAvailable())
            QMetaObject::invokeMethod(this, [this] { listModels(true); }, Qt::QueuedConnection);
    });
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_fetch, &QPushButton::clicked, this, &SettingsDialog::fetchModels);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::keyAvailable() const
{
    const QString preset = m_preset->currentData().toString();
    if (!llm::presetNeedsKey(preset) || !m_key->text().trimmed().isEmpty())
        return true;
    for (const QString &name : llm::presetKeyEnvironment(preset))
        if (!qEnvironmentVariableIsEmpty(name.toLatin1().constData()))
            return true;
    return false;
}

bool SettingsDialog::checkKey()
{
    if (keyAvailable())
        return true;
    // Not the engine's "save one in the studio's model settings": the user is in them.
    const QString preset = m_preset->currentData().toString();
    m_result->setText(tr("No API key yet: type your %1 key in the API key field above (or set %2 before starting the studio).")
                          .arg(llm::presetLabel(preset), llm::presetKeyEnvironment(preset).join(tr(" or "))));
    return false;
}

void SettingsDialog::presetChanged()
{
    const QString preset = m_preset->currentData().toString();
    const bool network = preset != QLatin1String("offline");
    for (QWidget *w : std::initializer_list<QWidget *>{m_baseUrl, m_model, m_key, m_fetch, m_test, m_concurrency})
        w->setEnabled(network);
    m_baseUrl->clear();
    m_baseUrl->setPlaceholderText(preset == QLatin1String("azure") ? tr("https://YOUR-RESOURCE.openai.azure.com")
                                                                   : llm::presetBaseUrl(preset));
    m_key->setText(network ? llm::SecretStore::key(preset) : QString());
    QString env;
    for (const QString &name : llm::presetKeyEnvironment(preset))
        if (env.isEmpty() && !qEnvironmentVariableIsEmpty(name.toLatin1().constData()))
            env = name;
    if (!network)
        m_keyNote->setText(tr("The offline engine runs on this computer: deterministic, persona-aware, and not a language model."));
    else if (!env.isEmpty())
        m_keyNote->setText(tr("%1 is set in the environment; it is used instead of a key saved here.").arg(env));
    else
        m_keyNote->setText(llm::presetNeedsKey(preset) ? tr("Stored in %1 (readable by you only), never in a project.").arg(llm::SecretStore::path())
                                                       : tr("Local servers usually need no key."));
    m_result->clear();
}

ModelSettings SettingsDialog::settings() const
{
    ModelSettings s;
    s.provider = m_preset->currentData().toString();
    s.baseUrl = m_baseUrl->text().trimmed();
    s.model = m_model->currentText().trimmed();
    s.concurrency = m_concurrency->value();
    return s;
}

bool SettingsDialog::apply()
{
    const ModelSettings s = settings();
    if (s.provider != QLatin1String("offline")) {
        if (Status saved = llm::SecretStore::setKey(s.provider, m_key->text().trimmed()); !saved) {
            m_result->setText(tr("The key could not be saved: %1").arg(saved.error()));
            return false;
        }
    }
    s.save();
    return true;
}

std::unique_ptr<llm::Provider> SettingsDialog::makeProvider()
{
    auto config = Config::load();
    if (!config) {
        m_result->setText(config.error());
        return nullptr;
    }
    // The key typed here counts even before OK: it is saved for the test, as OK would.
    const QString preset = m_preset->currentData().toString();
    if (Status saved = llm::SecretStore::setKey(preset, m_key->text().trimmed()); !saved) {
        m_result->setText(tr("The key could not be saved: %1").arg(saved.error()));
        return nullptr;
    }
    auto provider = llm::createProvider(settings().flags(), config.value());
    if (!provider) {
        m_result->setText(provider.error());
        return nullptr;
    }
    return std::move(provider).value();
}

void SettingsDialog::testConnection()
{
    if (!checkKey()) {
        emit checked(false);
        return;
    }
    m_result->setText(tr("Testing…"));
    m_provider = makeProvider();
    auto *network = qobject_cast<llm::OpenAiProvider *>(m_provider.get());
    if (!network) {
        emit checked(false);
        return;
    }
    m_test->setEnabled(false);
    network->probe(settings().model.isEmpty() ? network->defaultModel() : settings().model,
                   [this](const llm::OpenAiProvider::ProbeResult &r) {
                       m_test->setEnabled(true);
                       if (r.ok) {
                           QString text = tr("Connected: %1 answered in %2 ms. Structured output: %3.")
                                              .arg(r.model)
                                              .arg(r.latencyMs)
                                              .arg(llm::structuredModeName(r.mode));
                           if (!r.notes.isEmpty())
                               text += u'\n' + r.notes.join(u'\n');
                           m_result->setText(text);
                       } else {
                           m_result->setText(tr("Cannot use this server: %1").arg(r.error));
                       }
                       emit checked(r.ok);
                   });
}

void SettingsDialog::fetchModels()
{
    listModels(false);
}

void SettingsDialog::listModels(bool automatic)
{
    if (!checkKey()) {
        emit checked(false);
        return;
    }
    m_provider = makeProvider(); // a newer fetch replaces an older one still under way
    auto *network = qobject_cast<llm::OpenAiProvider *>(m_provider.get());
    if (!network) {
        emit checked(false);
        return;
    }
    m_result->setText(tr("Asking the server for its models…"));
    m_fetching = true;
    // Asynchronous: the dialog stays usable while the server answers.
    network->listModels([this, automatic](const QStringList &models, const QString &error) {
        m_fetching = false;
        if (!error.isEmpty()) {
            m_result->setText(automatic ? tr("The model list could not be fetched: %1 (type the model's name, or press Fetch Models "
                                             "once the server is reachable)").arg(error)
                                        : tr("No model list: %1").arg(error));
            emit checked(false);
            return;
        }
        const QString keep = m_model->currentText();
        m_model->clear();
        m_model->addItems(models);
        m_model->setCurrentText(keep.isEmpty() && !models.isEmpty() ? models.first() : keep);
        m_result->setText(tr("%n model(s) available.", nullptr, int(models.size())));
        emit checked(true);
    });
}

} // namespace troupe
