// Every bundled example and every TinyTroupe fixture is read and written back unchanged,
// directly and through a project file.
#include "factory/populationdescription.h"
#include "persona/fragmentmerge.h"
#include "persona/personaparser.h"
#include "store/exampleproject.h"
#include "store/personastore.h"
#include "store/projectfile.h"

#include <QDir>
#include <QDirIterator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

static QStringList filesUnder(const QString &dir, const QStringList &patterns)
{
    QStringList out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

static QString fixtures()
{
    return QStringLiteral(TROUPE_SHARED_DIR "/fixtures/tinytroupe");
}

static nlohmann::ordered_json readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::ordered_json::parse(f.readAll().toStdString());
}

class TestRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void bundledExamples();
    void bundledPersonasAreComplete();
    void fixtureSpecs_data();
    void fixtureSpecs();
    void fixturePopulations();
    void throughProjectFile();
    void bundledFragmentsApplyToBundledPersonas();
};

void TestRoundTrip::bundledExamples()
{
    QCOMPARE(bundledExampleAgents().size(), 6);
    QCOMPARE(bundledExampleFragments().size(), 4);
    QCOMPARE(bundledExamplePopulations().size(), 4);
    for (const QString &file : bundledExampleAgents() + bundledExampleFragments()) {
        const auto outcome = PersonaParser::parseFile(file);
        QVERIFY2(outcome.document, qPrintable(outcome.diagnostics.value(0).toString()));
        QCOMPARE(outcome.document->document().dump(), readJsonFile(file).dump());
    }
    for (const QString &file : bundledExamplePopulations()) {
        const auto outcome = parsePopulationFile(file);
        QVERIFY2(outcome.description, qPrintable(outcome.diagnostics.value(0).toString()));
        QVERIFY(!outcome.description->title().isEmpty());
    }
}

void TestRoundTrip::bundledPersonasAreComplete()
{
    static const char *fields[] = {"name", "age", "gender", "nationality", "residence", "education", "long_term_goals",
                                   "occupation", "style", "personality", "preferences", "skills", "beliefs",
                                   "behaviors", "health", "relationships", "other_facts"};
    QSet<QString> nationalities;
    for (const QString &file : bundledExampleAgents()) {
        const auto doc = readJsonFile(file);
        for (const char *field : fields)
            QVERIFY2(doc["persona"].contains(field), qPrintable(file + QStringLiteral(" lacks ") + QLatin1String(field)));
        QCOMPARE(doc["persona"]["personality"]["big_five"].size(), size_t(5));
        QCOMPARE(doc["persona"]["behaviors"]["routines"].size(), size_t(4));
        nationalities << QString::fromStdString(doc["persona"]["nationality"].get<std::string>());
    }
    QCOMPARE(nationalities.size(), 6);
}

void TestRoundTrip::fixtureSpecs_data()
{
    QTest::addColumn<QString>("file");
    if (!QDir(fixtures()).exists())
        return;
    for (const QString &f : filesUnder(fixtures(), {QStringLiteral("*.agent.json"), QStringLiteral("*.fragment.json")}))
        QTest::newRow(qPrintable(QDir(fixtures()).relativeFilePath(f))) << f;
}

void TestRoundTrip::fixtureSpecs()
{
    if (!QDir(fixtures()).exists())
        QSKIP("TinyTroupe fixtures not found next to the checkout (../shared/fixtures/tinytroupe)");
    QFETCH(QString, file);
    const auto outcome = PersonaParser::parseFile(file);
    QVERIFY2(outcome.document, qPrintable(outcome.diagnostics.value(0).toString()));
    // Same document, key order included, after writing it back and reading it again.
    const auto written = nlohmann::ordered_json::parse(outcome.document->toJson().toStdString());
    QCOMPARE(QString::fromStdString(written.dump()), QString::fromStdString(readJsonFile(file).dump()));
}

void TestRoundTrip::fixturePopulations()
{
    if (!QDir(fixtures()).exists())
        QSKIP("TinyTroupe fixtures not found next to the checkout (../shared/fixtures/tinytroupe)");
    const QStringList files = filesUnder(fixtures() + QStringLiteral("/populations"), {QStringLiteral("*.json")});
    QVERIFY(files.size() >= 3);
    for (const QString &file : files) {
        const auto outcome = parsePopulationFile(file);
        QVERIFY2(outcome.description, qPrintable(outcome.diagnostics.value(0).toString()));
        const auto written = nlohmann::ordered_json::parse(outcome.description->toJson().toStdString());
        QCOMPARE(QString::fromStdString(written.dump()), QString::fromStdString(readJsonFile(file).dump()));
    }
}

void TestRoundTrip::throughProjectFile()
{
    QStringList files = bundledExampleAgents() + bundledExampleFragments();
    if (QDir(fixtures()).exists())
        files += filesUnder(fixtures(), {QStringLiteral("*.agent.json"), QStringLiteral("*.fragment.json")});
    QTemporaryDir dir;
    {
        auto project = ProjectFile::create(dir.filePath(QStringLiteral("rt.troupe")));
        QVERIFY2(project, qPrintable(project.error()));
        PersonaStore store(*project.value());
        for (const QString &file : files) {
            const auto outcome = PersonaParser::parseFile(file);
            QVERIFY(outcome.document);
            QVERIFY(store.save(*outcome.document, file).ok());
        }
    }
    auto project = ProjectFile::open(dir.filePath(QStringLiteral("rt.troupe")));
    QVERIFY2(project, qPrintable(project.error()));
    PersonaStore store(*project.value());
    for (const QString &file : files) {
        const auto outcome = PersonaParser::parseFile(file);
        const auto loaded = store.load(outcome.document->name(), outcome.document->kind());
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value().toJson(), outcome.document->toJson());
    }
}

void TestRoundTrip::bundledFragmentsApplyToBundledPersonas()
{
    for (const QString &agentFile : bundledExampleAgents()) {
        const auto agent = PersonaParser::parseFile(agentFile);
        for (const QString &fragmentFile : bundledExampleFragments()) {
            const auto fragment = PersonaParser::parseFile(fragmentFile);
            const auto merged = applyFragment(*agent.document, *fragment.document);
            QVERIFY2(merged, qPrintable(merged.error()));
        }
    }
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
