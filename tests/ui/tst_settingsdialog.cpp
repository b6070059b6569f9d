// The model settings dialog against the fake OpenAI-compatible server: model list, Test
// connection (latency and structured-output mode), a server that is not there, the key
// kept in the user's key file and never in QSettings.
#include "settingsdialog.h"
#include "studiosettings.h"
#include "fakellmserver.h"
#include "llm/secretstore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;
using troupe::testing::FakeLlmServer;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offlineDisablesNetworkFields();
    void fetchesModelsAndTestsConnection();
    void unreachableServerSaysWhy();
    void keyGoesToKeyFileOnly();

private:
    SettingsDialog *vllmDialog(const QString &url);
    QTemporaryDir m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
    qputenv("TROUPE_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.ini")).toUtf8());
    qunsetenv("OPENAI_API_KEY");
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
}

SettingsDialog *TestSettingsDialog::vllmDialog(const QString &url)
{
    auto *d = new SettingsDialog;
    d->presetBox()->setCurrentIndex(d->presetBox()->findData(QStringLiteral("vllm")));
    d->baseUrlEdit()->setText(url);
    d->modelBox()->setCurrentText(QStringLiteral("fake-model"));
    return d;
}

void TestSettingsDialog::offlineDisablesNetworkFields()
{
    SettingsDialog d;
    d.presetBox()->setCurrentIndex(d.presetBox()->findData(QStringLiteral("offline")));
    QVERIFY(!d.baseUrlEdit()->isEnabled());
    QVERIFY(!d.testButton()->isEnabled());
    QVERIFY(d.apply());
    QCOMPARE(ModelSettings::load().effectiveProvider(), QStringLiteral("offline"));
}

void TestSettingsDialog::fetchesModelsAndTestsConnection()
{
    std::unique_ptr<SettingsDialog> d(vllmDialog(m_server->baseUrl().toString()));
    QSignalSpy checked(d.get(), &SettingsDialog::checked);
    d->fetchModels();
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.takeFirst().at(0).toBool(), true);
    QVERIFY(d->modelBox()->count() > 0);
    QCOMPARE(d->modelBox()->currentText(), QStringLiteral("fake-model"));
    d->testConnection();
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.takeFirst().at(0).toBool(), true);
    QVERIFY2(d->resultLabel()->text().contains(QStringLiteral("Structured output: json_schema")), qPrintable(d->resultLabel()->text()));
    QVERIFY(d->resultLabel()->text().contains(QStringLiteral(" ms")));
    QVERIFY(d->apply());
    const ModelSettings saved = ModelSettings::load();
    QCOMPARE(saved.provider, QStringLiteral("vllm"));
    QCOMPARE(saved.model, QStringLiteral("fake-model"));
    QCOMPARE(saved.flags().baseUrl, m_server->baseUrl().toString());
}

void TestSettingsDialog::unreachableServerSaysWhy()
{
    std::unique_ptr<SettingsDialog> d(vllmDialog(QStringLiteral("http://127.0.0.1:1/v1")));
    QSignalSpy checked(d.get(), &SettingsDialog::checked);
    d->testConnection();
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.takeFirst().at(0).toBool(), false);
    QVERIFY2(d->resultLabel()->text().contains(QStringLiteral("connection refused")), qPrintable(d->resultLabel()->text()));
}

void TestSettingsDialog::keyGoesToKeyFileOnly()
{
    SettingsDialog d;
    d.presetBox()->setCurrentIndex(d.presetBox()->findData(QStringLiteral("openai")));
    d.keyEdit()->setText(QStringLiteral("sk-test-abcdefghijklmnop"));
    QVERIFY(d.apply());
    QCOMPARE(llm::SecretStore::key(QStringLiteral("openai")), QStringLiteral("sk-test-abcdefghijklmnop"));
    QSettings settings;
    for (const QString &k : settings.allKeys())
        QVERIFY(!settings.value(k).toString().contains(QStringLiteral("sk-test")));
    QCOMPARE(QFile(m_dir.filePath(QStringLiteral("secrets.ini"))).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
