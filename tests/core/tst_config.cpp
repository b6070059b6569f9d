#include "agent/agent.h"
#include "agent/agentsettings.h"
#include "config/config.h"
#include "config/configkeys.h"
#include "config/inifile.h"
#include "config/logsetup.h"
#include "llm/endpoint.h"
#include "persona/personaparser.h"
#include "util/logfile.h"
#include "util/redact.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

Q_LOGGING_CATEGORY(lcTest, "troupe.test", QtWarningMsg)

namespace {

QByteArray shippedText()
{
    QFile f(QStringLiteral(TROUPE_SOURCE_DIR "/config.ini"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaultsUseTinyTroupeKeys_data();
    void defaultsUseTinyTroupeKeys();
    void userFileOverridesKeyByKey();
    void troupeConfigVariable();
    void missingFileIsAnError();

    void shippedFileIsCleanAndKnown();
    void everyShippedKeyIsReadByCode();
    void problemsNameFileAndLine_data();
    void problemsNameFileAndLine();
    void keysNotBuiltGiveANotice();
    void aTinyTroupeFileLoads();
    void iniSyntax();
    void oneBooleanReading_data();
    void oneBooleanReading();
    void everyReaderUsesTheOneBoolean();
    void safetyInstructionsFollowTheFlags();

    void logFileHasLevelsAndNoSecrets();
    void logLevelFromConfig_data();
    void logLevelFromConfig();
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
    QTest::newRow("price") << QStringLiteral("Prices") << QStringLiteral("gpt-4.1-mini") << QStringLiteral("0.40, 1.60, 0.10");
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
    QVERIFY2(c, qPrintable(c.error()));
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

void TestConfig::shippedFileIsCleanAndKnown()
{
    const QByteArray text = shippedText();
    QVERIFY(!text.isEmpty());
    // The built-in copy is the same file and passes its own checks without a notice.
    const auto c = Config::fromText(text, QStringLiteral("config.ini"));
    QVERIFY2(c, qPrintable(c.error()));
    QVERIFY2(c.value().notices().isEmpty(), qPrintable(c.value().notices().join(u'\n')));
    const IniParse ini = parseIni(text, QStringLiteral("config.ini"));
    QVERIFY(ini.problems.isEmpty());
    QVERIFY(ini.entries.size() > 40);
    for (const IniEntry &e : ini.entries) {
        QVERIFY2(configSections().contains(e.section), qPrintable(e.section));
        if (e.section != QLatin1String("Prices"))
            QVERIFY2(configKeys(e.section).contains(e.key), qPrintable(e.key));
        QCOMPARE(Config::defaults().value(e.section, e.key).toString(), e.value);
    }
    // The keys that wait for action quality checks are not shipped.
    for (const char *gone : {"ENABLE_QUALITY_CHECKS", "ENABLE_REGENERATION", "QUALITY_THRESHOLD"})
        QVERIFY2(!text.contains(gone), gone);
    QVERIFY(text.contains("LOGLEVEL=") && text.contains("RAI_HARMFUL_CONTENT_PREVENTION="));
}

void TestConfig::everyShippedKeyIsReadByCode()
{
    // A key config.ini ships must change something: its name appears in code outside the
    // table of keys.
    QString code;
    for (const char *folder : {"/core", "/ui", "/app"}) {
        QDirIterator it(QStringLiteral(TROUPE_SOURCE_DIR) + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String("config/configkeys.cpp")))
                code += QString::fromUtf8(readAll(path));
        }
    }
    QVERIFY(code.size() > 100000);
    QStringList unread;
    for (const IniEntry &e : parseIni(shippedText(), QStringLiteral("config.ini")).entries) {
        if (e.section == QLatin1String("Prices"))
            continue; // read as a table by llm/pricing.cpp
        const bool read = code.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(e.key)));
        if (!read)
            unread << e.key;
    }
    QVERIFY2(unread.isEmpty(), qPrintable(QStringLiteral("shipped but read by no code: ") + unread.join(u' ')));
}

void TestConfig::problemsNameFileAndLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // the whole error, one line per problem

    QTest::newRow("not a number") << QByteArray("[OpenAI]\nMODEL=x\nTIMEOUT=ten\n")
                                  << QStringLiteral("config.ini:3: [OpenAI] TIMEOUT: expected a number of seconds, found \"ten\"");
    QTest::newRow("out of range") << QByteArray("[OpenAI]\nMAX_ATTEMPTS=50")
                                  << QStringLiteral("config.ini:2: [OpenAI] MAX_ATTEMPTS: expected a whole number from 1 to 20, found 50");
    QTest::newRow("fraction for a count") << QByteArray("[Cognition]\nMIN_EPISODE_LENGTH=2.5")
                                          << QStringLiteral("config.ini:2: [Cognition] MIN_EPISODE_LENGTH: expected a whole number, found \"2.5\"");
    QTest::newRow("empty number") << QByteArray("[OpenAI]\nTEMPERATURE=\n")
                                  << QStringLiteral("config.ini:2: [OpenAI] TEMPERATURE: expected a number, found nothing");
    QTest::newRow("temperature range") << QByteArray("[OpenAI]\nTEMPERATURE=3")
                                       << QStringLiteral("config.ini:2: [OpenAI] TEMPERATURE: expected a number from 0 to 2, found 3");
    QTest::newRow("budget") << QByteArray("[Simulation]\nRUN_BUDGET_USD=-5")
                            << QStringLiteral("config.ini:2: [Simulation] RUN_BUDGET_USD: expected an amount in US dollars from 0 to 1000000000, found -5");
    QTest::newRow("not a boolean") << QByteArray("[OpenAI]\nSTREAM=maybe")
                                   << QStringLiteral("config.ini:2: [OpenAI] STREAM: expected True or False, found \"maybe\"");
    QTest::newRow("unknown provider") << QByteArray("[OpenAI]\nAPI_TYPE=gpt")
                                      << QStringLiteral("config.ini:2: [OpenAI] API_TYPE: expected one of offline, openai, azure, ollama, lmstudio, llamacpp, vllm, openrouter, found \"gpt\"");
    QTest::newRow("log level") << QByteArray("[Logging]\nLOGLEVEL=LOUD")
                               << QStringLiteral("config.ini:2: [Logging] LOGLEVEL: expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL, NONE, found \"LOUD\"");
    QTest::newRow("not a URL") << QByteArray("[OpenAI]\nBASE_URL=localhost:8000")
                               << QStringLiteral("config.ini:2: [OpenAI] BASE_URL: expected an http(s) URL such as http://localhost:8000/v1, found \"localhost:8000\"");
    QTest::newRow("typo in a key") << QByteArray("[OpenAI]\nMODLE=gpt-4.1")
                                   << QStringLiteral("config.ini:2: [OpenAI] MODLE: unknown key; did you mean MODEL?");
    QTest::newRow("unknown key") << QByteArray("[Cognition]\nDREAMS=True")
                                 << QStringLiteral("config.ini:2: [Cognition] DREAMS: unknown key");
    QTest::newRow("key in the wrong section") << QByteArray("[Simulation]\nTEMPERATURE=1")
                                              << QStringLiteral("config.ini:2: [Simulation] TEMPERATURE: unknown key");
    QTest::newRow("unknown section, once") << QByteArray("[OpenAI]\nMODEL=m\n[Memory]\nA=1\nB=2")
                                           << QStringLiteral("config.ini:3: [Memory] is not a section of config.ini (known: OpenAI, Simulation, Cognition, ActionGenerator, Logging, Prices)");
    QTest::newRow("bad price") << QByteArray("[Prices]\nmy-model=cheap")
                               << QStringLiteral("config.ini:2: [Prices] my-model: expected \"input, output[, cached input]\" in dollars per million tokens, found \"cheap\"");
    QTest::newRow("negative price") << QByteArray("[Prices]\nm=1, -2")
                                    << QStringLiteral("config.ini:2: [Prices] m: expected \"input, output[, cached input]\" in dollars per million tokens, found \"1, -2\"");
    QTest::newRow("not INI") << QByteArray("[OpenAI]\nMODEL gpt-4.1")
                             << QStringLiteral("config.ini:2: expected KEY=value, found \"MODEL gpt-4.1\"");
    QTest::newRow("outside a section") << QByteArray("MODEL=gpt-4.1\n")
                                       << QStringLiteral("config.ini:1: MODEL: the key is outside any [section]");
    QTest::newRow("broken header") << QByteArray("[OpenAI\nMODEL=x")
                                   << QStringLiteral("config.ini:1: expected a section header like [OpenAI], found \"[OpenAI\"\n"
                                                     "config.ini:2: MODEL: the key is outside any [section]");
    QTest::newRow("unclosed quote") << QByteArray("[OpenAI]\nMODEL=\"gpt-4.1")
                                    << QStringLiteral("config.ini:2: [OpenAI] MODEL: a quoted value must end with its closing quote");
    QTest::newRow("set twice") << QByteArray("[OpenAI]\nMODEL=a\nmodel = b\n")
                               << QStringLiteral("config.ini:3: [OpenAI] MODEL: set twice (also on line 2)");
    QTest::newRow("episodes") << QByteArray("[Cognition]\nMIN_EPISODE_LENGTH=20\n")
                              << QStringLiteral("config.ini:2: [Cognition] MAX_EPISODE_LENGTH: must be at least MIN_EPISODE_LENGTH (20), found 15");
    QTest::newRow("not UTF-8") << QByteArray("[OpenAI]\nMODEL=caf\xE9\n")
                               << QStringLiteral("config.ini:2:10: not valid UTF-8 text; save the file as UTF-8");
    QTest::newRow("every problem, in order")
        << QByteArray("[OpenAI]\nTIMEOUT=ten\nSTREAM=sometimes\n\n[Cognition]\nMIN_EPISODE_LENGTH=x\n")
        << QStringLiteral("config.ini:2: [OpenAI] TIMEOUT: expected a number of seconds, found \"ten\"\n"
                          "config.ini:3: [OpenAI] STREAM: expected True or False, found \"sometimes\"\n"
                          "config.ini:6: [Cognition] MIN_EPISODE_LENGTH: expected a whole number, found \"x\"");
}

void TestConfig::problemsNameFileAndLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto c = Config::fromText(text, QStringLiteral("config.ini"));
    QVERIFY(!c);
    QCOMPARE(c.error(), expected);
}

void TestConfig::keysNotBuiltGiveANotice()
{
    const auto c = Config::fromText("[ActionGenerator]\nMAX_ATTEMPTS=3\nENABLE_QUALITY_CHECKS=False\nQUALITY_THRESHOLD = 5\n",
                                    QStringLiteral("my.ini"));
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c.value().notices(),
             QStringList({QStringLiteral("my.ini:3: [ActionGenerator] ENABLE_QUALITY_CHECKS: notice: not built yet; action quality checks are planned, and until then this key has no effect"),
                          QStringLiteral("my.ini:4: [ActionGenerator] QUALITY_THRESHOLD: notice: not built yet; action quality checks are planned, and until then this key has no effect")}));
    QCOMPARE(c.value().value(QStringLiteral("ActionGenerator"), QStringLiteral("MAX_ATTEMPTS")).toString(), QStringLiteral("3"));
}

void TestConfig::aTinyTroupeFileLoads()
{
    // The shape of TinyTroupe's own config.ini: # comments, spaces around =, a trailing
    // space, keys we have no use for. It loads, with a notice for each of those keys.
    const QByteArray tinytroupe =
        "[OpenAI]\n#\n# OpenAI or Azure OpenAI Service\n#\nAPI_TYPE=openai\nAZURE_API_VERSION=2024-12-01-preview\n"
        "MODEL=gpt-4.1-mini\nREASONING_MODEL=o3-mini\nEMBEDDING_MODEL=text-embedding-3-small \n"
        "MAX_COMPLETION_TOKENS=32000\nTIMEOUT=480\nMAX_ATTEMPTS=5\nWAITING_TIME=1\nEXPONENTIAL_BACKOFF_FACTOR=5\n"
        "MAX_CONCURRENT_MODEL_CALLS=4\nREASONING_EFFORT=high\nCACHE_API_CALLS=False\nCACHE_FILE_NAME=openai_api_cache.pickle\n"
        "MAX_CONTENT_DISPLAY_LENGTH=4000\n\n[Simulation]\nPARALLEL_AGENT_GENERATION=True\nPARALLEL_AGENT_ACTIONS=True\n"
        "RAI_HARMFUL_CONTENT_PREVENTION=True\nRAI_COPYRIGHT_INFRINGEMENT_PREVENTION=True\n\n[Cognition]\n"
        "ENABLE_MEMORY_CONSOLIDATION=True\nENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL=True\n"
        "MIN_EPISODE_LENGTH=10\nMAX_EPISODE_LENGTH=15\nEPISODIC_MEMORY_FIXED_PREFIX_LENGTH=10\nEPISODIC_MEMORY_LOOKBACK_LENGTH=20\n\n"
        "[ActionGenerator]\nMAX_ATTEMPTS=2\nENABLE_QUALITY_CHECKS=False\nENABLE_REGENERATION=True\nENABLE_DIRECT_CORRECTION=False\n"
        "ENABLE_QUALITY_CHECK_FOR_PERSONA_ADHERENCE=True\nCONTINUE_ON_FAILURE=True\n# 0 to 9\nQUALITY_THRESHOLD = 5\n\n"
        "[Logging]\nLOGLEVEL=ERROR\nLOGLEVEL_CONSOLE=INFO\nLOGLEVEL_FILE=DEBUG\nLOG_INCLUDE_THREAD_ID=False\n";
    const auto c = Config::fromText(tinytroupe, QStringLiteral("config.ini"));
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c.value().notices().size(), 11);
    QVERIFY(c.value().notices().constFirst().startsWith(QStringLiteral("config.ini:8: [OpenAI] REASONING_MODEL: notice:")));
    QCOMPARE(c.value().value(QStringLiteral("OpenAI"), QStringLiteral("EMBEDDING_MODEL")).toString(), QStringLiteral("text-embedding-3-small"));
    QCOMPARE(c.value().value(QStringLiteral("OpenAI"), QStringLiteral("TIMEOUT")).toString(), QStringLiteral("480"));
    QCOMPARE(c.value().flag(QStringLiteral("OpenAI"), QStringLiteral("CACHE_API_CALLS"), true), false);
}

void TestConfig::iniSyntax()
{
    const auto c = Config::fromText("\xEF\xBB\xBF; a comment\r\n[openai]\r\n  model = \"gpt 4 ; not a comment\"  ; a comment\r\n"
                                    "EMBEDDING_MODEL=emb # a comment\r\nAZURE_API_VERSION='2024'\r\n"
                                    "[Prices]\nopenrouter/meta-llama:8b = 0.1, 0.2\n",
                                    QStringLiteral("c.ini"));
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c.value().value(QStringLiteral("OpenAI"), QStringLiteral("MODEL")).toString(), QStringLiteral("gpt 4 ; not a comment"));
    QCOMPARE(c.value().value(QStringLiteral("OpenAI"), QStringLiteral("EMBEDDING_MODEL")).toString(), QStringLiteral("emb"));
    QCOMPARE(c.value().value(QStringLiteral("OpenAI"), QStringLiteral("AZURE_API_VERSION")).toString(), QStringLiteral("2024"));
    QVERIFY(c.value().keys(QStringLiteral("Prices")).contains(QStringLiteral("openrouter/meta-llama:8b")));
    QCOMPARE(c.value().value(QStringLiteral("Prices"), QStringLiteral("openrouter/meta-llama:8b")).toString(), QStringLiteral("0.1, 0.2"));

    const IniParse ini = parseIni("[A]\nx=1\n\n[B]  # note\ny = two words \n", QStringLiteral("i"));
    QVERIFY(ini.problems.isEmpty());
    QCOMPARE(ini.entries.size(), 2);
    QCOMPARE(ini.entries[1].section, QStringLiteral("B"));
    QCOMPARE(ini.entries[1].value, QStringLiteral("two words"));
    QCOMPARE(ini.entries[1].line, 5);
    QCOMPARE(ini.entries[1].sectionLine, 4);
}

void TestConfig::oneBooleanReading_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value"); // 1, 0, or -1 for "not a boolean"
    for (const char *t : {"True", "true", "TRUE", "yes", "Yes", "on", "1", " True "})
        QTest::newRow(t) << QString::fromLatin1(t) << 1;
    for (const char *f : {"False", "false", "no", "NO", "off", "0"})
        QTest::newRow(f) << QString::fromLatin1(f) << 0;
    for (const char *n : {"", "maybe", "2", "y", "enabled", "-1"})
        QTest::newRow(qPrintable(QStringLiteral("not: '%1'").arg(QLatin1String(n)))) << QString::fromLatin1(n) << -1;
}

void TestConfig::oneBooleanReading()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    const std::optional<bool> b = parseConfigBoolean(text);
    QCOMPARE(b ? int(*b) : -1, value);
    const auto c = Config::fromText(QStringLiteral("[OpenAI]\nSTREAM=%1\n").arg(text).toUtf8(), QStringLiteral("c.ini"));
    QCOMPARE(bool(c), value >= 0);
    if (c)
        QCOMPARE(c.value().flag(QStringLiteral("OpenAI"), QStringLiteral("STREAM"), value == 0), value == 1);
}

void TestConfig::everyReaderUsesTheOneBoolean()
{
    // "off" and "no" once meant true to one reader and false to another.
    const auto c = Config::fromText("[OpenAI]\nSTREAM=off\nCACHE_API_CALLS=no\n[Cognition]\nENABLE_MEMORY_CONSOLIDATION=off\n"
                                    "ENABLE_CONTINUOUS_CONTEXTUAL_SEMANTIC_MEMORY_RETRIEVAL=on\n[Simulation]\nRAI_HARMFUL_CONTENT_PREVENTION=no\n",
                                    QStringLiteral("c.ini"));
    QVERIFY2(c, qPrintable(c.error()));
    const AgentSettings s = AgentSettings::fromConfig(c.value());
    QCOMPARE(s.consolidation, false);
    QCOMPARE(s.contextualRetrieval, true);
    QCOMPARE(s.harmfulContentPrevention, false);
    QCOMPARE(s.copyrightInfringementPrevention, true);
    llm::EndpointFlags flags;
    flags.provider = QStringLiteral("vllm");
    flags.model = QStringLiteral("m");
    const auto endpoint = llm::resolveEndpoint(c.value(), flags);
    QVERIFY2(endpoint, qPrintable(endpoint.error()));
    QCOMPARE(endpoint.value().stream, false);
    QCOMPARE(c.value().flag(QStringLiteral("OpenAI"), QStringLiteral("CACHE_API_CALLS"), true), false);
}

void TestConfig::safetyInstructionsFollowTheFlags()
{
    const auto persona = PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"Ada","occupation":"nurse"}})", QStringLiteral("ada"));
    QVERIFY(persona.document);
    auto prompt = [&](const char *simulation) {
        const auto c = Config::fromText(QByteArray("[Simulation]\n") + simulation, QStringLiteral("c.ini"));
        return Agent(*persona.document, AgentSettings::fromConfig(c.value())).systemPrompt();
    };
    const QString harmful = QStringLiteral("never write hateful, harassing, sexually explicit");
    const QString copyright = QStringLiteral("Never reproduce protected text");
    const QString both = prompt("RAI_HARMFUL_CONTENT_PREVENTION=True\n");
    QVERIFY(both.contains(harmful) && both.contains(copyright));
    // Static part first: the instructions come before the persona and the current state.
    QVERIFY(both.indexOf(harmful) < both.indexOf(QStringLiteral("# Persona")));
    QVERIFY(both.indexOf(copyright) < both.indexOf(QStringLiteral("\"nurse\"")));
    const QString none = prompt("RAI_HARMFUL_CONTENT_PREVENTION=False\nRAI_COPYRIGHT_INFRINGEMENT_PREVENTION=False\n");
    QVERIFY(!none.contains(harmful) && !none.contains(copyright));
    QVERIFY(none.contains(QStringLiteral("# Rules")));
    const QString onlyCopyright = prompt("RAI_HARMFUL_CONTENT_PREVENTION=off\n");
    QVERIFY(!onlyCopyright.contains(harmful) && onlyCopyright.contains(copyright));
}

void TestConfig::logFileHasLevelsAndNoSecrets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/troupe.log"));
    registerSecret(QStringLiteral("local-token-4711abcdef"));
    installLogFile(path, QtWarningMsg);
    qCDebug(lcTest) << "too detailed";
    qCInfo(lcTest) << "still too detailed";
    qCWarning(lcTest).noquote() << "server said: bad key local-token-4711abcdef, also sk-proj-abcdefghijkl and Bearer xyz";
    qCCritical(lcTest) << "it broke";
    removeLogFile();
    qCWarning(lcTest) << "after the file was closed";

    const QString log = QString::fromUtf8(readAll(path));
    const QStringList lines = log.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z WARNING troupe\\.test: server said")).match(lines[0]).hasMatch(),
             qPrintable(lines[0]));
    QVERIFY(lines[1].contains(QStringLiteral(" ERROR troupe.test: it broke")));
    QVERIFY2(!log.contains(QStringLiteral("4711")) && !log.contains(QStringLiteral("abcdefghijkl")) && !log.contains(QStringLiteral("xyz")),
             qPrintable(log));
    QCOMPARE(log.count(QStringLiteral("[redacted]")), 3);
    QVERIFY(!log.contains(QStringLiteral("detailed")) && !log.contains(QStringLiteral("closed")));
}

void TestConfig::logLevelFromConfig_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QStringList>("written"); // which of debug, info, warning, error reach the file
    const QString d = QStringLiteral("debug"), i = QStringLiteral("info"), w = QStringLiteral("warning"), e = QStringLiteral("error");
    QTest::newRow("DEBUG") << QStringLiteral("DEBUG") << QStringList{d, i, w, e};
    QTest::newRow("INFO") << QStringLiteral("INFO") << QStringList{i, w, e};
    QTest::newRow("WARNING") << QStringLiteral("warning") << QStringList{w, e};
    QTest::newRow("ERROR") << QStringLiteral("ERROR") << QStringList{e};
    QTest::newRow("CRITICAL") << QStringLiteral("CRITICAL") << QStringList{};
    QTest::newRow("NONE") << QStringLiteral("NONE") << QStringList{};
}

void TestConfig::logLevelFromConfig()
{
    QFETCH(QString, level);
    QFETCH(QStringList, written);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("troupe.log"));
    qputenv("TROUPE_LOG_FILE", path.toUtf8());
    const auto c = Config::fromText(QStringLiteral("[Logging]\nLOGLEVEL=%1\n").arg(level).toUtf8(), QStringLiteral("c.ini"));
    QVERIFY2(c, qPrintable(c.error()));
    const QString used = setupLogging(c.value());
    qunsetenv("TROUPE_LOG_FILE");
    QCOMPARE(used, level == QLatin1String("NONE") ? QString() : path);
    qCDebug(lcTest) << "debug";
    qCInfo(lcTest) << "info";
    qCWarning(lcTest) << "warning";
    qCCritical(lcTest) << "error";
    removeLogFile();
    QStringList got;
    for (const char *w : {"debug", "info", "warning", "error"})
        if (readAll(path).contains(QByteArray("troupe.test: ").append(w)))
            got << QString::fromLatin1(w);
    QCOMPARE(got, written);
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
