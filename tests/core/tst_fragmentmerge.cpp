#include "persona/fragmentmerge.h"
#include "persona/personaparser.h"

#include <QTest>

using namespace troupe;

class TestFragmentMerge : public QObject
{
    Q_OBJECT
private slots:
    void merge_data();
    void merge();
    void applyKeepsNameAndOtherKeys();
    void removeUndoesApply();
};

void TestFragmentMerge::merge_data()
{
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("expected"); // merged JSON, or the error text

    QTest::newRow("new key added") << R"({"name":"A"})" << R"({"beliefs":["b"]})" << R"({"name":"A","beliefs":["b"]})";
    QTest::newRow("lists concatenated, no duplicates")
        << R"({"beliefs":["a","b"]})" << R"({"beliefs":["b","c","c"]})" << R"({"beliefs":["a","b","c"]})";
    QTest::newRow("objects merged recursively")
        << R"({"preferences":{"likes":["x"],"interests":["i"]}})" << R"({"preferences":{"likes":["y"],"dislikes":["z"]}})"
        << R"({"preferences":{"likes":["x","y"],"interests":["i"],"dislikes":["z"]}})";
    QTest::newRow("null replaced") << R"({"health":null})" << R"({"health":"good"})" << R"({"health":"good"})";
    QTest::newRow("null in fragment changes nothing") << R"({"health":"good"})" << R"({"health":null})" << R"({"health":"good"})";
    QTest::newRow("equal scalars are fine") << R"({"age":30})" << R"({"age":30})" << R"({"age":30})";
    QTest::newRow("list items that are objects")
        << R"({"relationships":[{"name":"A"}]})" << R"({"relationships":[{"name":"A"},{"name":"B"}]})"
        << R"({"relationships":[{"name":"A"},{"name":"B"}]})";
    QTest::newRow("conflicting scalars")
        << R"({"age":30})" << R"({"age":40})" << "persona.age: the fragment says 40 but the persona says 30";
    QTest::newRow("deep conflict names the field")
        << R"({"occupation":{"title":"Nurse"}})" << R"({"occupation":{"title":"Pilot"}})"
        << R"(persona.occupation.title: the fragment says "Pilot" but the persona says "Nurse")";
    QTest::newRow("list against text")
        << R"({"style":"calm"})" << R"({"style":["loud"]})" << R"(persona.style: the fragment says ["loud"] but the persona says "calm")";
}

void TestFragmentMerge::merge()
{
    QFETCH(QString, persona);
    QFETCH(QString, fragment);
    QFETCH(QString, expected);
    const auto result = mergePersona(OrderedJson::parse(persona.toStdString()), OrderedJson::parse(fragment.toStdString()));
    if (expected.startsWith(u'{')) {
        QVERIFY2(result, qPrintable(result.error()));
        QCOMPARE(QString::fromStdString(result.value().dump()), QString::fromStdString(OrderedJson::parse(expected.toStdString()).dump()));
    } else {
        QVERIFY(!result);
        QCOMPARE(result.error(), expected);
    }
}

void TestFragmentMerge::applyKeepsNameAndOtherKeys()
{
    const auto agent = PersonaParser::parse(R"({"type":"TinyPerson","persona":{"name":"A","beliefs":["x"]},"mental_faculties":[]})",
                                            QStringLiteral("a"));
    const auto fragment = PersonaParser::parse(R"({"type":"Fragment","persona":{"beliefs":["y"]}})", QStringLiteral("f"),
                                               QStringLiteral("f"));
    QVERIFY(agent.document && fragment.document);
    const auto merged = applyFragment(*agent.document, *fragment.document);
    QVERIFY(merged);
    QCOMPARE(merged.value().name(), QStringLiteral("A"));
    QCOMPARE(int(merged.value().kind()), int(SpecKind::Agent));
    QCOMPARE(merged.value().document()["persona"]["beliefs"].size(), size_t(2));
    QVERIFY(merged.value().document().contains("mental_faculties"));
}

void TestFragmentMerge::removeUndoesApply()
{
    const auto agent = PersonaParser::parse(
        R"({"type":"TinyPerson","persona":{"name":"A","beliefs":["x"],"preferences":{"likes":["tea"]}}})", QStringLiteral("a"));
    const auto fragment = PersonaParser::parse(
        R"({"type":"Fragment","persona":{"beliefs":["y"],"preferences":{"dislikes":["fees"]},"style":"terse"}})",
        QStringLiteral("f"), QStringLiteral("f"));
    QVERIFY(agent.document && fragment.document);
    const auto merged = applyFragment(*agent.document, *fragment.document);
    QVERIFY(merged);
    QVERIFY(merged.value().persona().contains("style"));
    const PersonaDocument back = removeFragment(merged.value(), *fragment.document);
    QVERIFY(back.document() == agent.document->document());
    QCOMPARE(back.name(), QStringLiteral("A"));
}

QTEST_GUILESS_MAIN(TestFragmentMerge)
#include "tst_fragmentmerge.moc"
