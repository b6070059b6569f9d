// A seeded monkey per editor: 2,000 random Tabs, keystrokes, clicks, undos and redos on the
// real editor over a fresh copy of the example project. It passes when nothing crashes and
// the project still opens afterwards with every persona and scenario readable and valid.
// Run under ASan to catch use-after-free (the crash class of a widget deleted in its own
// focus-out). TROUPE_MONKEY_SEED and TROUPE_MONKEY_EVENTS override the seed and the count.
// A new editor adds one row to editors().
#include "helpers/editorhost.h"
#include "helpers/monkey.h"
#include "personaeditor.h"
#include "scenarioeditor.h"
#include "persona/personaparser.h"
#include "store/personastore.h"
#include "store/scenariostore.h"

#include <QSqlQuery>

#include <map>

using namespace troupe;

namespace {

using Factory = std::function<QWidget *(ProjectController *)>;

/** Every editor the monkey tries, made as the window makes it and showing something. */
const std::map<QString, Factory> &editors()
{
    static const std::map<QString, Factory> all = {
        {QStringLiteral("persona editor"), [](ProjectController *p) { auto *e = new PersonaEditor(p); e->showSpec(SpecKind::Agent, QStringLiteral("Amara Okafor")); return e; }},
        {QStringLiteral("fragment editor"), [](ProjectController *p) { auto *e = new PersonaEditor(p); e->showSpec(SpecKind::Fragment, QStringLiteral("early_adopter")); return e; }},
        {QStringLiteral("scenario editor"), [](ProjectController *p) { auto *e = new ScenarioEditor(p); e->showScenario(QStringLiteral("Focus group: Roundup, a savings app")); return e; }},
    };
    return all;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

} // namespace

class TestEditorMonkey final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void monkey_data();
    void monkey();
};

void TestEditorMonkey::initTestCase()
{
    qputenv("TROUPE_CONFIG", QByteArray(TROUPE_SOURCE_DIR "/config.ini"));
}

void TestEditorMonkey::monkey_data()
{
    QTest::addColumn<QString>("editor");
    QTest::addColumn<quint32>("seed");
    quint32 seed = quint32(envInt("TROUPE_MONKEY_SEED", 20261));
    for (const auto &[name, factory] : editors())
        QTest::newRow(qPrintable(name)) << name << seed++;
}

void TestEditorMonkey::monkey()
{
    QFETCH(QString, editor);
    QFETCH(quint32, seed);
    const int events = envInt("TROUPE_MONKEY_EVENTS", 2000);
    QTemporaryDir folder;
    QString path;
    {
        test::EditorHost host(folder.path());
        QVERIFY2(host.error().isEmpty(), qPrintable(host.error()));
        path = host.path();
        QVERIFY(host.show(editors().at(editor)(host.project())));
        test::EditorHost::settle();
        const test::MonkeyCounts counts = test::Monkey(&host, seed).run(events);
        qInfo("%s, seed %u: %d tabs, %d typed, %d clicks, %d undos, %d redos, %d other keys, %d popups answered; %d edits on the stack",
              qPrintable(editor), seed, counts.tabs, counts.typed, counts.clicks, counts.undos, counts.redos, counts.keys, counts.popups,
              host.undoStack()->count());
        QVERIFY(counts.clicks > 0 && counts.typed > 0 && counts.undos > 0);
    } // the editor and the project close here, as when the window closes

    // The project opens and everything in it is still valid.
    auto project = ProjectFile::open(path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error()));
    QSqlQuery check(project.value()->database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    PersonaStore personas(*project.value());
    auto specs = personas.list();
    QVERIFY(specs);
    QVERIFY(!specs.value().isEmpty());
    for (const auto &s : specs.value()) {
        auto doc = personas.load(s.name, s.kind);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error()));
        const auto parsed = PersonaParser::parse(doc.value().toJson(), s.name, s.kind == SpecKind::Fragment ? s.name : QString());
        QVERIFY2(parsed.document && parsed.diagnostics.isEmpty(),
                 qPrintable(s.name + QStringLiteral(": ") + (parsed.diagnostics.isEmpty() ? QString() : parsed.diagnostics.first().toString())));
    }
    ScenarioStore scenarios(*project.value());
    auto list = scenarios.list();
    QVERIFY(list);
    for (const auto &s : list.value())
        QVERIFY2(scenarios.load(s.name), qPrintable(s.name));
}

QTEST_MAIN(TestEditorMonkey)
#include "tst_editormonkey.moc"
