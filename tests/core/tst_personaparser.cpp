#include "persona/personaparser.h"
#include "util/jsonlocator.h"
#include "util/textinput.h"

#include <QTemporaryDir>
#include <QTest>

using namespace troupe;

namespace {
/** All the bytes of a literal, NULs included. */
template<size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}
} // namespace

class TestPersonaParser : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void malformed_data();
    void malformed();
    void refusesLargeFiles();
    void manyProblemsAreCapped();
    void missingFile();
    void byteOrderMarkIsAccepted();
    void fragmentNameFromFile_data();
    void fragmentNameFromFile();
    void locator_data();
    void locator();
    void utf8Validation_data();
    void utf8Validation();
};

void TestPersonaParser::valid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("minimal agent") << QByteArray(R"({"type":"TinyPerson","persona":{"name":"Ada"}})")
                                   << int(SpecKind::Agent) << QStringLiteral("Ada");
    QTest::newRow("fragment without name") << QByteArray(R"({"type":"Fragment","persona":{"beliefs":["x"]}})")
                                           << int(SpecKind::Fragment) << QStringLiteral("fallback");
    QTest::newRow("unknown keys kept")
        << QByteArray(R"({"type":"TinyPerson","persona":{"name":"B","projects":[1,2],"x":{"y":null}},"extra":true})")
        << int(SpecKind::Agent) << QStringLiteral("B");
    QTest::newRow("text-or-object fields")
        << QByteArray(R"({"type":"TinyPerson","persona":{"name":"C","education":{"level":"x"},"style":"s",)"
                      R"("skills":{"a":["b"]},"relationships":{"family":[]},"health":{"mental":"ok"}}})")
        << int(SpecKind::Agent) << QStringLiteral("C");
    QTest::newRow("big five as numbers")
        << QByteArray(R"({"type":"TinyPerson","persona":{"name":"D","personality":{"big_five":{"openness":7}}}})")
        << int(SpecKind::Agent) << QStringLiteral("D");
}

void TestPersonaParser::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(QString, name);
    const auto outcome = PersonaParser::parse(json, QStringLiteral("t.json"), QStringLiteral("fallback"));
    QVERIFY2(outcome.document, qPrintable(outcome.diagnostics.value(0).toString()));
    QCOMPARE(int(outcome.document->kind()), kind);
    QCOMPARE(outcome.document->name(), name);
    // Writing it back gives the same document, key order included.
    const auto again = nlohmann::ordered_json::parse(outcome.document->toJson().toStdString());
    QCOMPARE(again.dump(), nlohmann::ordered_json::parse(json.toStdString()).dump());
}

void TestPersonaParser::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // Diagnostic::toString() of every problem

    QTest::newRow("not json") << QByteArray("{\"type\": \"TinyPerson\",\n  \"persona\": {\"name\": \"A\",}\n}")
                              << QStringList{QStringLiteral("p.json:2:27: not valid JSON: object key - unexpected '}'; expected string literal")};
    QTest::newRow("truncated") << QByteArray("{\"type\": \"TinyPerson\", \"persona\": {")
                               << QStringList{QStringLiteral("p.json:1:36: not valid JSON: object key - unexpected end of input; expected string literal")};
    QTest::newRow("array root") << QByteArray("[1, 2]")
                                << QStringList{QStringLiteral("p.json:1:1: expected an object, found a list")};
    QTest::newRow("persona missing") << QByteArray(R"({"type":"TinyPerson"})")
                                     << QStringList{QStringLiteral("p.json:1:1: persona: required field is missing")};
    QTest::newRow("type missing") << QByteArray(R"({"persona":{"name":"A"}})")
                                  << QStringList{QStringLiteral("p.json:1:1: type: required field is missing")};
    QTest::newRow("type unknown") << QByteArray(R"({"type":"Robot","persona":{}})")
                                  << QStringList{QStringLiteral("p.json:1:9: type: expected one of: TinyPerson, Fragment")};
    QTest::newRow("age is a list") << QByteArray("{\"type\":\"TinyPerson\",\n\"persona\":{\"name\":\"A\",\n  \"age\":[30]}}")
                                   << QStringList{QStringLiteral("p.json:3:9: persona.age: expected a number, found a list")};
    QTest::newRow("agent without name") << QByteArray(R"({"type":"TinyPerson","persona":{"age":3}})")
                                        << QStringList{QStringLiteral("p.json:1:32: persona.name: required field is missing")};
    QTest::newRow("empty name") << QByteArray(R"({"type":"TinyPerson","persona":{"name":""}})")
                                << QStringList{QStringLiteral("p.json:1:40: persona.name: must not be empty")};
    QTest::newRow("persona is text") << QByteArray(R"({"type":"Fragment","persona":"x"})")
                                     << QStringList{QStringLiteral("p.json:1:30: persona: expected an object, found text")};
    QTest::newRow("nested relationship name")
        << QByteArray(R"({"type":"TinyPerson","persona":{"name":"A","relationships":[{"name":"x"},{"name":5}]}})")
        << QStringList{QStringLiteral("p.json:1:82: persona.relationships[1].name: expected text, found a whole number")};
    QTest::newRow("two problems")
        << QByteArray(R"({"type":"TinyPerson","persona":{"name":"A","gender":1,"beliefs":"b"}})")
        << QStringList{QStringLiteral("p.json:1:65: persona.beliefs: expected a list, found text"),
                       QStringLiteral("p.json:1:53: persona.gender: expected text, found a whole number")};
    QTest::newRow("routine wrong") << QByteArray(R"({"type":"Fragment","persona":{"behaviors":{"routines":{"morning":3}}}})")
                                   << QStringList{QStringLiteral("p.json:1:66: persona.behaviors.routines.morning: expected text or a list, found a whole number")};
    QTest::newRow("mental faculties") << QByteArray(R"({"type":"TinyPerson","persona":{"name":"A"},"mental_faculties":{}})")
                                      << QStringList{QStringLiteral("p.json:1:64: mental_faculties: expected a list, found an object")};
    QTest::newRow("empty") << QByteArray("") << QStringList{QStringLiteral("p.json: file is empty")};
    QTest::newRow("white space only") << QByteArray(" \n\t ") << QStringList{QStringLiteral("p.json: file is empty")};
    QTest::newRow("latin-1") << QByteArray("{\"type\":\"TinyPerson\",\n\"persona\":{\"name\":\"Jos\xe9\"}}")
                             << QStringList{QStringLiteral("p.json:2:23: not valid UTF-8 text (byte 0xE9); save the file as UTF-8")};
    QTest::newRow("utf-16") << QByteArray("\xff\xfe{\0}\0", 6)
                            << QStringList{QStringLiteral("p.json:1:1: not valid UTF-8 text (byte 0xFF); save the file as UTF-8")};

    // What crashed the reader once, or could: nothing a file holds may escape as an exception.
    QTest::newRow("number overflow") << QByteArray(R"({"type":"TinyPerson","persona":{"name":"A","age":1e999}})")
                                     << QStringList{QStringLiteral("p.json:1:50: the number 1e999 is too large to read")};
    QTest::newRow("negative overflow") << QByteArray("{\"type\":\"TinyPerson\",\n\"persona\":{\"name\":\"A\",\"age\":-1e999}}")
                                       << QStringList{QStringLiteral("p.json:2:29: the number -1e999 is too large to read")};
    QTest::newRow("overflow in a list") << QByteArray(R"({"type":"Fragment","persona":{"x":[1, 2, 123456789e400]}})")
                                        << QStringList{QStringLiteral("p.json:1:42: the number 123456789e400 is too large to read")};
    const QByteArray deepHead = R"({"type":"TinyPerson","persona":{"name":"A","x":)";
    QTest::newRow("deep nesting") << deepHead + QByteArray(5000, '[') + QByteArray(5000, ']') + "}}"
                                  << QStringList{QStringLiteral("p.json:1:%1: nested more than 100 levels deep").arg(deepHead.size() + 99)};
    QTest::newRow("deep nesting, cut off") << QByteArray(200000, '[')
                                           << QStringList{QStringLiteral("p.json:1:101: nested more than 100 levels deep")};
    QTest::newRow("deep objects") << QByteArray(300, '{')
                                  << QStringList{QStringLiteral("p.json:1:101: nested more than 100 levels deep")};
    QTest::newRow("brackets inside strings do not count")
        << QByteArray(R"({"type":"TinyPerson","persona":{"name":")") + QByteArray(500, '[') + R"("}})"
        << QStringList{};
    QTest::newRow("lone surrogate") << QByteArray(R"({"type":"TinyPerson","persona":{"name":"\ud800"}})")
                                    << QStringList{QStringLiteral("p.json:1:47: not valid JSON: value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"\\ud800\"'")};
    QTest::newRow("lone low surrogate") << QByteArray(R"({"type":"TinyPerson","persona":{"name":"a\udc00"}})")
                                        << QStringList{QStringLiteral("p.json:1:47: not valid JSON: value - invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF; last read: '\"a\\udc00'")};
    QTest::newRow("NUL in a string") << bytes("{\"type\":\"TinyPerson\",\"persona\":{\"name\":\"A\0B\"}}")
                                     << QStringList{QStringLiteral("p.json:1:42: not valid JSON: a raw NUL byte (U+0000)")};
    QTest::newRow("NUL outside strings") << bytes("{\"type\":\"TinyPerson\",\0\"persona\":{}}")
                                         << QStringList{QStringLiteral("p.json:1:22: not valid JSON: a raw NUL byte (U+0000)")};
    QTest::newRow("invalid UTF-8 inside a string") << QByteArray("{\"type\":\"TinyPerson\",\"persona\":{\"name\":\"Ren\xC3\x28\"}}")
                                                   << QStringList{QStringLiteral("p.json:1:44: not valid UTF-8 text (byte 0xC3); save the file as UTF-8")};
    QTest::newRow("truncated in a string") << QByteArray(R"({"type":"TinyPerson","persona":{"name":"Ad)")
                                           << QStringList{QStringLiteral("p.json:1:43: not valid JSON: value - invalid string: missing closing quote; last read: '\"Ad'")};
    QTest::newRow("truncated in a number") << QByteArray(R"({"type":"TinyPerson","persona":{"name":"A","age":1e)")
                                           << QStringList{QStringLiteral("p.json:1:52: not valid JSON: value - invalid number; expected '+', '-', or digit after exponent; last read: '1e'")};
    QTest::newRow("truncated in a literal") << QByteArray(R"({"type":"TinyPerson","persona":{"name":"A","x":tru)")
                                            << QStringList{QStringLiteral("p.json:1:51: not valid JSON: value - invalid literal; last read: '\"x\":tru'")};
    QTest::newRow("text after a NUL") << bytes("{\"type\":\"Fragment\",\"persona\":{}}\0 and then anything")
                                      << QStringList{QStringLiteral("p.json:1:33: not valid JSON: a raw NUL byte (U+0000)")};
    QTest::newRow("two documents") << QByteArray(R"({"type":"Fragment","persona":{}} {})")
                                   << QStringList{QStringLiteral("p.json:1:34: not valid JSON: value - unexpected '{'; expected end of input")};
}

void TestPersonaParser::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const auto outcome = PersonaParser::parse(json, QStringLiteral("p.json"));
    QCOMPARE(outcome.document.has_value(), expected.isEmpty());
    QStringList got;
    for (const Diagnostic &d : outcome.diagnostics)
        got << d.toString();
    QCOMPARE(got, expected);
}

void TestPersonaParser::refusesLargeFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.agent.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray json = R"({"type":"TinyPerson","persona":{"name":"A","other_facts":[")";
    json += QByteArray(11 * 1024 * 1024, 'x');
    json += R"("]}})";
    f.write(json);
    f.close();
    const auto outcome = PersonaParser::parseFile(path);
    QVERIFY(!outcome.document);
    QCOMPARE(outcome.diagnostics.value(0).toString(), path + QStringLiteral(": file is too large (11.0 MB; the limit is 10 MB)"));
    // The same limit holds for bytes that did not come from a file.
    QCOMPARE(PersonaParser::parse(json, QStringLiteral("m")).diagnostics.value(0).message,
             QStringLiteral("file is too large (11.0 MB; the limit is 10 MB)"));
}

void TestPersonaParser::manyProblemsAreCapped()
{
    // 30,000 wrong items once took minutes: every problem was located by its own scan of
    // the text, and shadowed problems were found by comparing every pair.
    QByteArray json = R"({"type":"TinyPerson","persona":{"name":"A","beliefs":[)";
    for (int i = 0; i < 30000; ++i)
        json += i ? ",1" : "1";
    json += "]}}";
    const auto outcome = PersonaParser::parse(json, QStringLiteral("m.json"));
    QVERIFY(!outcome.document);
    QCOMPARE(outcome.diagnostics.size(), 51);
    QCOMPARE(outcome.diagnostics.first().toString(), QStringLiteral("m.json:1:55: persona.beliefs[0]: expected text or an object, found a whole number"));
    QCOMPARE(outcome.diagnostics[49].field, QStringLiteral("persona.beliefs[49]")); // in list order, not 0, 1, 10, 100...
    QCOMPARE(outcome.diagnostics.last().toString(), QStringLiteral("m.json: and 29950 more problems"));
}

void TestPersonaParser::missingFile()
{
    const auto outcome = PersonaParser::parseFile(QStringLiteral("/nonexistent/x.agent.json"));
    QVERIFY(!outcome.document);
    QCOMPARE(outcome.diagnostics.value(0).toString(), QStringLiteral("/nonexistent/x.agent.json: no such file"));
    QTemporaryDir dir;
    QCOMPARE(PersonaParser::parseFile(dir.path()).diagnostics.value(0).message, QStringLiteral("is a folder, not a file"));
}

void TestPersonaParser::byteOrderMarkIsAccepted()
{
    const auto outcome = PersonaParser::parse(QByteArray("\xEF\xBB\xBF") + R"({"type":"TinyPerson","persona":{"name":"Ø"}})",
                                              QStringLiteral("bom.json"));
    QVERIFY(outcome.document);
    QCOMPARE(outcome.document->name(), QStringLiteral("Ø"));
}

void TestPersonaParser::fragmentNameFromFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::newRow("agent fragment") << QStringLiteral("/a/loving_parent.agent.fragment.json") << QStringLiteral("loving_parent");
    QTest::newRow("fragment") << QStringLiteral("x/aggressive_debater.fragment.json") << QStringLiteral("aggressive_debater");
    QTest::newRow("agent") << QStringLiteral("Lisa.agent.json") << QStringLiteral("Lisa");
    QTest::newRow("plain json") << QStringLiteral("brazil.json") << QStringLiteral("brazil");
    QTest::newRow("other") << QStringLiteral("notes.txt") << QStringLiteral("notes.txt");
}

void TestPersonaParser::fragmentNameFromFile()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QCOMPARE(PersonaParser::nameFromFileName(path), name);
}

void TestPersonaParser::locator_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<int>("offset");
    const QByteArray doc = R"({"a": {"b": [10, {"c": "x\"y"}, 30]}, "d": "e"})";
    QTest::newRow("root") << doc << QStringList{} << 0;
    QTest::newRow("member") << doc << QStringList{QStringLiteral("d")} << int(doc.indexOf("\"e\""));
    QTest::newRow("array item") << doc << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("2")}
                                << int(doc.indexOf("30"));
    QTest::newRow("deep") << doc << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("c")}
                          << int(doc.indexOf("\"x"));
    QTest::newRow("missing -> parent") << doc << QStringList{QStringLiteral("a"), QStringLiteral("zz")} << int(doc.indexOf("{\"b\""));
}

void TestPersonaParser::locator()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, path);
    QFETCH(int, offset);
    std::vector<std::string> p;
    for (const QString &s : path)
        p.push_back(s.toStdString());
    QCOMPARE(int(locateJsonValue(json, p)), offset);
}

void TestPersonaParser::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("badAt"); // -1 when valid
    QTest::newRow("ascii") << QByteArray("abc") << -1;
    QTest::newRow("cyrillic") << QByteArray("Привет") << -1;
    QTest::newRow("emoji") << QByteArray("a\xF0\x9F\x98\x80") << -1;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("truncated sequence") << QByteArray("a\xE2\x82") << 1;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << 0;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
}

void TestPersonaParser::utf8Validation()
{
    QFETCH(QByteArray, text);
    QFETCH(int, badAt);
    const auto bad = firstInvalidUtf8(text);
    QCOMPARE(bad ? int(*bad) : -1, badAt);
}

QTEST_GUILESS_MAIN(TestPersonaParser)
#include "tst_personaparser.moc"
