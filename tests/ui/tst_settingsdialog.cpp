// The model settings dialog against the fake OpenAI-compatible server, driven with the mouse
// and keyboard: the preset chosen from its list fills the model list by itself when a key is
// at hand, Fetch Models and Test Connection (latency and structured-output mode), a server
// that is not there, no key said in the dialog's own words, and the key kept in the user's
// key file and never in QSettings. Each test starts from empty settings and key file.
#include "settingsdialog.h"
#include "studiosettings.h"
#include "fakellmserver.h"
#include "llm/providers.h"
#include "llm/secretstore.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
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
    void init();
    void cleanup();
    void offlineDisablesNetworkFields();
    void choosingOpenAiFillsTheModelList();
    void fetchesModelsAndTestsConnection();
    void unreachableServerSaysWhy();
    void noKeySaysWhereToTypeIt();
    void keyGoesToKeyFileOnly();

private:
    /** Picks a preset the way a user does: open the list, move to it, press Return. */
    void choosePreset(const QString &preset);
    void typeInto(QLineEdit *edit, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("TROUPE_SECRETS_FILE", m_dir->filePath(QStringLiteral("secrets.ini")).toUtf8());
    for (const char *name : {"OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENROUTER_API_KEY", "AZURE_OPENAI_KEY", "AZURE_OPENAI_ENDPOINT"})
        qunsetenv(name);
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    m_dialog = std::make_unique<SettingsDialog>();
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_server.reset();
    m_dir.reset();
}

void TestSettingsDialog::choosePreset(const QString &preset)
{
    QComboBox *box = m_dialog->presetBox();
    const int target = box->findData(preset);
    QVERIFY(target >= 0);
    QTest::mouseClick(box, Qt::LeftButton); // opens the list
    QAbstractItemView *list = box->view();
    QTRY_VERIFY(list->isVisible());
    QTest::qWait(QApplication::doubleClickInterval() + 50); // the list ignores a release right after it opens
    const QRect item = list->visualRect(box->model()->index(target, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
    QTRY_VERIFY(!list->isVisible());
    m_dialog->activateWindow(); // a window manager gives it back when the list closes; offscreen does not
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QCOMPARE(box->currentData().toString(), preset);
}

void TestSettingsDialog::typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

void TestSettingsDialog::offlineDisablesNetworkFields()
{
    choosePreset(QStringLiteral("vllm"));
    choosePreset(QStringLiteral("offline"));
    QVERIFY(!m_dialog->baseUrlEdit()->isEnabled());
    QVERIFY(!m_dialog->testButton()->isEnabled());
    QVERIFY(m_dialog->apply());
    QCOMPARE(ModelSettings::load().effectiveProvider(), QStringLiteral("offline"));
}

void TestSettingsDialog::choosingOpenAiFillsTheModelList()
{
    qputenv("OPENAI_API_KEY", "sk-test-environment");
    qputenv("OPENAI_BASE_URL", m_server->baseUrl().toString().toUtf8()); // stands in for api.openai.com
    m_server->setLatency(300);
    QCOMPARE(m_dialog->modelBox()->count(), 0);
    QSignalSpy checked(m_dialog.get(), &SettingsDialog::checked);
    choosePreset(QStringLiteral("openai"));
    QTRY_VERIFY(m_dialog->fetching()); // in the background: Fetch Models was not pressed
    // The dialog answers while the server takes its time.
    typeInto(m_dialog->modelBox()->lineEdit(), QStringLiteral("fake"));
    QCOMPARE(m_dialog->modelBox()->currentText(), QStringLiteral("fake"));
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.first().at(0).toBool(), true);
    QVERIFY(m_dialog->modelBox()->count() > 0);
    QCOMPARE(m_server->count(QStringLiteral("/models")), 1);
    QVERIFY(m_server->requests().last().headers.value("authorization").contains("sk-test-environment"));
    QVERIFY(m_dialog->resultLabel()->text().contains(QStringLiteral("available")));
}

void TestSettingsDialog::fetchesModelsAndTestsConnection()
{
    choosePreset(QStringLiteral("vllm"));
    QSignalSpy checked(m_dialog.get(), &SettingsDialog::checked);
    QVERIFY(checked.wait(10000)); // the automatic fetch from the default URL: nothing listens there
    checked.clear();
    typeInto(m_dialog->baseUrlEdit(), m_server->baseUrl().toString());
    typeInto(m_dialog->modelBox()->lineEdit(), QStringLiteral("fake-model"));
    QTest::mouseClick(m_dialog->fetchButton(), Qt::LeftButton);
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.takeFirst().at(0).toBool(), true);
    QVERIFY(m_dialog->modelBox()->count() > 0);
    QCOMPARE(m_dialog->modelBox()->currentText(), QStringLiteral("fake-model"));
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.takeFirst().at(0).toBool(), true);
    QVERIFY2(m_dialog->resultLabel()->text().contains(QStringLiteral("Structured output: json_schema")), qPrintable(m_dialog->resultLabel()->text()));
    QVERIFY(m_dialog->resultLabel()->text().contains(QStringLiteral(" ms")));
    QVERIFY(m_dialog->apply());
    const ModelSettings saved = ModelSettings::load();
    QCOMPARE(saved.provider, QStringLiteral("vllm"));
    QCOMPARE(saved.model, QStringLiteral("fake-model"));
    QCOMPARE(saved.flags().baseUrl, m_server->baseUrl().toString());
}

void TestSettingsDialog::unreachableServerSaysWhy()
{
    choosePreset(QStringLiteral("vllm"));
    QSignalSpy checked(m_dialog.get(), &SettingsDialog::checked);
    QVERIFY(checked.wait(10000));
    checked.clear();
    typeInto(m_dialog->baseUrlEdit(), QStringLiteral("http://127.0.0.1:1/v1"));
    typeInto(m_dialog->modelBox()->lineEdit(), QStringLiteral("fake-model"));
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.takeFirst().at(0).toBool(), false);
    QVERIFY2(m_dialog->resultLabel()->text().contains(QStringLiteral("connection refused")), qPrintable(m_dialog->resultLabel()->text()));
}

void TestSettingsDialog::noKeySaysWhereToTypeIt()
{
    choosePreset(QStringLiteral("openai"));
    QVERIFY(m_dialog->keyEdit()->text().isEmpty());
    QVERIFY(!m_dialog->fetching()); // no key: nothing is fetched by itself
    QSignalSpy checked(m_dialog.get(), &SettingsDialog::checked);
    QTest::mouseClick(m_dialog->fetchButton(), Qt::LeftButton);
    QCOMPARE(checked.size(), 1);
    const QString text = m_dialog->resultLabel()->text();
    QVERIFY2(text.contains(QStringLiteral("API key field")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("model settings")), qPrintable(text));
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(m_dialog->resultLabel()->text().contains(QStringLiteral("API key field")));
}

void TestSettingsDialog::keyGoesToKeyFileOnly()
{
    choosePreset(QStringLiteral("openai"));
    typeInto(m_dialog->keyEdit(), QStringLiteral("sk-test-abcdefghijklmnop"));
    QVERIFY(m_dialog->apply());
    QCOMPARE(llm::SecretStore::key(QStringLiteral("openai")), QStringLiteral("sk-test-abcdefghijklmnop"));
    QSettings settings;
    for (const QString &k : settings.allKeys())
        QVERIFY(!settings.value(k).toString().contains(QStringLiteral("sk-test")));
    QCOMPARE(QFile(m_dir->filePath(QStringLiteral("secrets.ini"))).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
