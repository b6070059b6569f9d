#include "config/config.h"

#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

class TestConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaultsUseTinyTroupeKeys_data();
    void defaultsUseTinyTroupeKeys();
    void userFileOverridesKeyByKey();
    void troupeConfigVariable();
    void missingFileIsAnError();
};

void TestConfig::defaultsUseTinyTroupeKeys_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("embedding") << QStringLiteral("OpenAI") << QStringLiteral("EMBEDDING_MODEL") << QStringLiteral("text-embedding-3-small");
    QTest::newRow("concurrency") << QStringLiteral("OpenAI") << QStringLiteral("MAX_CONCURRENT_MODEL_CALLS") << QStringLiteral("4");
    QTest::newRow("prefix") << QStringLiteral("Cognition") << QStringLiteral("EPISODIC_MEMORY_FIXED_PREFIX_LENGTH") << QStringLiteral("10");
    QTest::newRow("lookback") << QStringLiteral("Cognition") << QStringLiteral("EPISODIC_MEMORY_LOOKBACK_LENGTH") << QStringLiteral("20");
    QTest::newRow("episode min") << QStringLiteral("Cognition") << QStringLiteral("MIN_EPISODE_LENGTH") << QStringLiteral("10");
    QTest::newRow("case-insensitive") << QStringLiteral("openai") << QStringLiteral("api_type") << QStringLiteral("offline");
}

void TestConfig::defaultsUseTinyTroupeKeys()
{
    QFETCH(QString, section);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QCOMPARE(Config::defaults().value(section, key).toString(), value);
}

void TestConfig::userFileOverridesKeyByKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[OpenAI]\nMODEL=llama3.1:8b\nBASE_URL=http://localhost:11434/v1\n");
    f.close();
    const auto c = Config::loadFile(path);
    QVERIFY(c);
    QCOMPARE(c.value().value(QStringLiteral("OpenAI"), QStringLiteral("MODEL")).toString(), QStringLiteral("llama3.1:8b"));
    QCOMPARE(c.value().value(QStringLiteral("OpenAI"), QStringLiteral("TIMEOUT")).toString(), QStringLiteral("60"));
    QCOMPARE(c.value().sourceFile(), path);
}

void TestConfig::troupeConfigVariable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.ini"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[Cognition]\nEPISODIC_MEMORY_LOOKBACK_LENGTH=7\n");
    f.close();
    qputenv("TROUPE_CONFIG", path.toUtf8());
    QCOMPARE(Config::locateUserFile(), path);
    const auto c = Config::load();
    qunsetenv("TROUPE_CONFIG");
    QVERIFY(c);
    QCOMPARE(c.value().value(QStringLiteral("Cognition"), QStringLiteral("EPISODIC_MEMORY_LOOKBACK_LENGTH")).toInt(), 7);
}

void TestConfig::missingFileIsAnError()
{
    qputenv("TROUPE_CONFIG", "/nonexistent/troupe.ini");
    const auto c = Config::load();
    qunsetenv("TROUPE_CONFIG");
    QVERIFY(!c);
    QCOMPARE(c.error(), QStringLiteral("/nonexistent/troupe.ini: no such configuration file"));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
