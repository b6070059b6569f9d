#pragma once

#include "studiosettings.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace troupe {

namespace llm {
class Provider;
}

/**
 * Model provider settings: a preset (OpenAI, Azure OpenAI, Ollama, LM Studio, llama.cpp
 * server, vLLM, OpenRouter, or the offline engine), the server's URL, the model chosen
 * from the list the server returns, the API key (kept in the user's key file, never in a
 * project) and concurrency. "Test connection" shows the latency and the structured-output
 * mode the server supports, or why it cannot be used. Choosing a preset whose key is at hand
 * fetches its model list in the background.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The settings as the dialog shows them. */
    ModelSettings settings() const;
    /** Saves the settings and the key; false (with the reason shown) when the key cannot be saved. */
    bool apply();

    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *modelBox() const { return m_model; }
    QLineEdit *keyEdit() const { return m_key; }
    QSpinBox *concurrencyBox() const { return m_concurrency; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *fetchButton() const { return m_fetch; }
    QLabel *resultLabel() const { return m_result; }

    void testConnection();
    void fetchModels();
    /** Whether a model list is being fetched. */
    bool fetching() const { return m_fetching; }

Q_SIGNALS:
    /** A test or model list finished (for tests). */
    void checked(bool ok);

private:
    void presetChanged();
    /** The key for the preset is somewhere (typed here, saved, or in the environment), or none is needed. */
    bool keyAvailable() const;
    /** Says where to type the key, here in the dialog; false when one is needed and missing. */
    bool checkKey();
    void listModels(bool automatic);
    /** A provider for the dialog's current values, or nullptr with the reason shown. */
    std::unique_ptr<llm::Provider> makeProvider();

    QComboBox *m_preset;
    QLineEdit *m_baseUrl;
    QComboBox *m_model;
    QLineEdit *m_key;
    QLabel *m_keyNote;
    QSpinBox *m_concurrency;
    QPushButton *m_test;
    QPushButton *m_fetch;
    QLabel *m_result;
    std::unique_ptr<llm::Provider> m_provider; // the one a test or fetch is using
    bool m_fetching = false;
};

} // namespace troupe
