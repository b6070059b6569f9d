// Answers as data: the JSON Schema of each question type (golden files), its fitness for
// OpenAI's strict json_schema mode, and what validateAnswer() accepts and refuses.
// TROUPE_UPDATE_GOLDENS=1 rewrites tests/data/answer_schemas/<type>.json (review the diff).
#include "study/answer.h"
#include "util/jsonschema.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <set>

using namespace troupe;
using Json = nlohmann::json;

namespace {

Question question(const char *json)
{
    std::vector<FieldProblem> problems;
    auto q = Question::parse(nlohmann::ordered_json::parse(json), problems);
    if (!q)
        qFatal("bad test question %s: %s", json, problems.empty() ? "" : qPrintable(problems.front().message));
    return *q;
}

/** One question of each type, as the golden files show them. */
QList<std::pair<QString, Question>> samples()
{
    return {
        {QStringLiteral("likert"), question(R"({"id": "vote", "type": "likert", "text": "Would you buy it?", "scale": {"min": 1, "max": 5, "labels": {"1": "would never buy", "5": "would certainly buy"}}})")},
        {QStringLiteral("open"), question(R"({"id": "why", "type": "open", "text": "Why?"})")},
        {QStringLiteral("choice"), question(R"({"id": "pick", "type": "choice", "text": "Which ad?", "options": ["A", "B", "C"]})")},
        {QStringLiteral("multi"), question(R"({"id": "features", "type": "multi", "text": "Which matter?", "options": ["price", "taste", "health", "brand"], "min": 1, "max": 3})")},
        {QStringLiteral("ranking"), question(R"({"id": "order", "type": "ranking", "text": "Rank them", "options": ["A", "B", "C", "D", "E"]})")},
        {QStringLiteral("numeric"), question(R"({"id": "price", "type": "numeric", "text": "Most you would pay?", "min": 0, "max": 100, "unit": "USD"})")},
        {QStringLiteral("yes_no"), question(R"({"id": "buy", "type": "yes_no", "text": "Would you buy it?"})")},
    };
}

/** Keywords OpenAI's strict mode accepts (its "supported schemas" list). */
const std::set<std::string> &strictKeywords()
{
    static const std::set<std::string> keys = {"type", "properties", "required", "additionalProperties", "items", "enum",
                                               "description", "minimum", "maximum", "minItems", "maxItems", "anyOf"};
    return keys;
}

/** Every problem that strict mode would refuse, with a JSON pointer-ish path. */
void strictProblems(const Json &schema, const QString &at, QStringList &out)
{
    if (!schema.is_object()) {
        out.append(at + QStringLiteral(": not an object"));
        return;
    }
    for (auto it = schema.begin(); it != schema.end(); ++it)
        if (!strictKeywords().count(it.key()))
            out.append(at + QStringLiteral(": keyword %1 is not supported").arg(QString::fromStdString(it.key())));
    if (schema.value("type", "") == "object") {
        if (schema.value("additionalProperties", true) != false)
            out.append(at + QStringLiteral(": additionalProperties must be false"));
        std::set<std::string> required;
        for (const auto &r : schema.value("required", Json::array()))
            required.insert(r.get<std::string>());
        for (auto it = schema["properties"].begin(); it != schema["properties"].end(); ++it) {
            if (!required.count(it.key()))
                out.append(at + QStringLiteral(": property %1 is not required").arg(QString::fromStdString(it.key())));
            strictProblems(it.value(), at + u'/' + QString::fromStdString(it.key()), out);
        }
    }
    if (schema.contains("items"))
        strictProblems(schema["items"], at + QStringLiteral("/items"), out);
}

} // namespace

class TestAnswers : public QObject
{
    Q_OBJECT

private slots:
    void schemaGoldens_data()
    {
        QTest::addColumn<QString>("type");
        for (const auto &[type, q] : samples())
            QTest::newRow(qPrintable(type)) << type;
    }

    void schemaGoldens()
    {
        QFETCH(QString, type);
        Question q;
        for (const auto &[t, sample] : samples())
            if (t == type)
                q = sample;
        const QByteArray got = QByteArray::fromStdString(answerSchema(q).dump(2)) + '\n';
        const QString path = QStringLiteral(TROUPE_SOURCE_DIR "/tests/data/answer_schemas/%1.json").arg(type);
        if (qEnvironmentVariableIsSet("TROUPE_UPDATE_GOLDENS")) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(got);
            QSKIP("golden rewritten");
        }
        QFile expected(path);
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QString::fromUtf8(got), QString::fromUtf8(expected.readAll()));
    }

    void schemasFitStrictMode()
    {
        for (const auto &[type, q] : samples()) {
            QStringList problems;
            strictProblems(answerSchema(q), type, problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QVERIFY(JsonSchema::fromJson(Json::parse(answerSchema(q).dump())).ok());
        }
        // The checker itself can fail.
        QStringList problems;
        strictProblems(Json::parse(R"({"type": "object", "properties": {"a": {"type": "array", "uniqueItems": true}}})"), QStringLiteral("t"), problems);
        QCOMPARE(problems.size(), 3);
    }

    void answers_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("normal");  // the normalised value, or empty when invalid
        QTest::addColumn<QString>("reason");     // a part of the reason when invalid
        // valijson's strong typing refuses 4.0 as "integer"; JSON Schema itself and the
        // validator count it as whole, so those rows skip the schema comparison.
        QTest::addColumn<bool>("schemaAgrees");

        auto ok = [](const char *name, const char *type, const char *value, const char *normal = nullptr) {
            QTest::newRow(name) << QString::fromLatin1(type)
                                << (QByteArray("{\"value\": ") + value + ", \"justification\": \"because\"}")
                                << QByteArray(normal ? normal : value) << QString() << !QByteArray(value).endsWith(".0");
        };
        auto bad = [](const char *name, const char *type, const char *value, const char *reason) {
            QTest::newRow(name) << QString::fromLatin1(type)
                                << (QByteArray("{\"value\": ") + value + ", \"justification\": \"because\"}")
                                << QByteArray() << QString::fromUtf8(reason) << true;
        };
        ok("likert 4", "likert", "4");
        ok("likert 4.0 is whole", "likert", "4.0", "4");
        ok("likert at min", "likert", "1");
        bad("likert text 4", "likert", "\"4\"", "value: expected a whole number from 1 to 5, found text \"4\"");
        bad("likert 4.5", "likert", "4.5", "found the number 4.5");
        bad("likert 6", "likert", "6", "6 is outside the scale");
        bad("likert 0", "likert", "0", "0 is outside the scale");
        bad("likert null", "likert", "null", "found null");
        bad("likert label", "likert", "\"would never buy\"", "found text");

        ok("open", "open", "\"It is cold soup.\"");
        bad("open empty", "open", "\"  \"", "the answer is empty");
        bad("open number", "open", "3", "expected text");

        ok("choice", "choice", "\"B\"");
        bad("choice other case", "choice", "\"b\"", "\"b\" is not one of the options");
        bad("choice padded", "choice", "\" B\"", "is not one of the options");
        bad("choice index", "choice", "1", "expected one of the options as text");
        bad("choice list", "choice", "[\"B\"]", "found a list");

        ok("multi in option order", "multi", "[\"health\", \"price\"]", "[\"price\",\"health\"]");
        ok("multi one", "multi", "[\"taste\"]");
        bad("multi none", "multi", "[]", "0 options chosen; choose from 1 to 3");
        bad("multi four", "multi", "[\"price\", \"taste\", \"health\", \"brand\"]", "4 options chosen");
        bad("multi twice", "multi", "[\"price\", \"price\"]", "item 2: \"price\" is given twice");
        bad("multi unknown", "multi", "[\"colour\"]", "item 1: \"colour\" is not one of the options");
        bad("multi joined text", "multi", "\"price; taste\"", "expected a list of options");

        ok("ranking", "ranking", "[\"C\", \"A\", \"E\", \"B\", \"D\"]");
        bad("ranking short", "ranking", "[\"C\", \"A\", \"E\", \"B\"]", "missing: \"D\"");
        bad("ranking repeat", "ranking", "[\"C\", \"A\", \"E\", \"B\", \"C\"]", "item 5: \"C\" is given twice");
        bad("ranking text", "ranking", "\"C-A-E-B-D\"", "expected a list of options");

        ok("numeric", "numeric", "12.5");
        ok("numeric whole", "numeric", "40.0", "40");
        ok("numeric max", "numeric", "100");
        bad("numeric text", "numeric", "\"12\"", "expected a number, found text \"12\"");
        bad("numeric over", "numeric", "120", "120 is above the maximum of 100");
        bad("numeric under", "numeric", "-1", "-1 is below the minimum of 0");

        ok("yes", "yes_no", "\"yes\"");
        ok("no", "yes_no", "\"no\"");
        bad("Yes", "yes_no", "\"Yes\"", "expected \"yes\" or \"no\", found text \"Yes\"");
        bad("true", "yes_no", "true", "found true");
        bad("y", "yes_no", "\"y\"", "expected \"yes\" or \"no\"");
    }

    void answers()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, normal);
        QFETCH(QString, reason);
        QFETCH(bool, schemaAgrees);
        Question q;
        for (const auto &[t, sample] : samples())
            if (t == type)
                q = sample;
        const auto checked = validateAnswer(q, Json::parse(answer.toStdString()));
        // The schema agrees with the validator wherever JSON Schema can say it.
        const JsonSchema schema = JsonSchema::fromJson(Json::parse(answerSchema(q).dump())).value();
        const bool schemaAccepts = schema.validate(Json::parse(answer.toStdString())).empty();
        if (normal.isEmpty()) {
            QVERIFY2(!checked, answer.constData());
            QVERIFY2(checked.error().contains(reason), qPrintable(checked.error()));
            const bool beyondSchema = reason.contains(QLatin1String("twice")) || reason.contains(QLatin1String("empty"));
            if (!beyondSchema)
                QVERIFY2(!schemaAccepts, answer.constData());
        } else {
            QVERIFY2(checked, qPrintable(checked.error()));
            QCOMPARE(QString::fromStdString(checked.value().value.dump()), QString::fromStdString(Json::parse(normal.toStdString()).dump()));
            QCOMPARE(checked.value().justification, QStringLiteral("because"));
            if (schemaAgrees)
                QVERIFY2(schemaAccepts, answer.constData());
        }
    }

    void answerObjectShape()
    {
        const Question q = samples().at(0).second;
        QVERIFY(validateAnswer(q, Json::parse(R"({"value": 3, "justification": ""})")));
        QVERIFY(validateAnswer(q, Json::parse(R"({"value": 3})")).error().contains(QLatin1String("justification: required field is missing")));
        QVERIFY(validateAnswer(q, Json::parse(R"({"justification": "x"})")).error().contains(QLatin1String("value: required field is missing")));
        QVERIFY(validateAnswer(q, Json::parse(R"({"value": 3, "justification": 5})")).error().contains(QLatin1String("justification: expected text")));
        QVERIFY(validateAnswer(q, Json::parse(R"({"value": 3, "justification": "x", "confidence": 0.9})"))
                    .error().contains(QLatin1String("unexpected field \"confidence\"")));
        QVERIFY(validateAnswer(q, Json::parse(R"([3, "x"])")).error().contains(QLatin1String("expected an object")));
    }

    void integerNumericAndMultiWithExactCount()
    {
        const Question age = question(R"({"id": "age", "type": "numeric", "text": "Age?", "min": 18, "integer": true})");
        QVERIFY(validateValue(age, Json(30)));
        QVERIFY(!validateValue(age, Json(30.5)));
        QVERIFY(!validateValue(age, Json(17)));
        QCOMPARE(answerSchema(age)["properties"]["value"]["type"], "integer");
        const Question two = question(R"({"id": "two", "type": "multi", "text": "?", "options": ["a", "b", "c"], "min": 2, "max": 2})");
        QVERIFY(validateValue(two, Json::parse(R"(["c", "a"])")));
        QVERIFY(validateValue(two, Json::parse(R"(["c"])")).error().contains(QLatin1String("choose exactly 2")));
    }

    void textAndCodesForExports()
    {
        const auto s = samples();
        auto text = [&](int i, const char *v) { return answerText(s[i].second, Json::parse(v)); };
        QCOMPARE(text(0, "4"), QStringLiteral("4"));
        QCOMPARE(text(3, R"(["price", "health"])"), QStringLiteral("price; health"));
        QCOMPARE(text(4, R"(["C", "A", "E", "B", "D"])"), QStringLiteral("C > A > E > B > D"));
        QCOMPARE(text(5, "12.5"), QStringLiteral("12.5"));
        QCOMPARE(text(6, "\"no\""), QStringLiteral("no"));
        QCOMPARE(*answerCode(s[2].second, Json("C")), 3.0);
        QCOMPARE(*answerCode(s[6].second, Json("yes")), 1.0);
        QCOMPARE(*answerCode(s[6].second, Json("no")), 0.0);
        QVERIFY(!answerCode(s[1].second, Json("x")));
        QCOMPARE(rankOf(s[4].second, Json::parse(R"(["C", "A", "E", "B", "D"])"), 0), 2); // A is second
        QVERIFY(chose(s[3].second, Json::parse(R"(["price"])"), 0));
        QVERIFY(!chose(s[3].second, Json::parse(R"(["price"])"), 1));
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
