// The survey importer: RFC 4180 parsing with located errors, and column mappings (numeric,
// choice, ranking, multi-value, attributes) on the real gazpacho survey and on small files
// in tests/data/survey/ made for the cases that survey does not have.
#include "analysis/surveycsv.h"

#include <QFile>
#include <QTest>

using namespace troupe;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(TROUPE_SOURCE_DIR "/tests/data/survey/") + QLatin1String(name);
}

QString gazpachoPath()
{
    return QStringLiteral(TROUPE_SHARED_DIR "/fixtures/tinytroupe/empirical/bottled_gazpacho.csv");
}

SurveyMapping mapping(const char *column, SurveyValueKind kind, QStringList attributes = {})
{
    SurveyMapping m;
    m.question.column = QLatin1String(column);
    m.question.kind = kind;
    m.attributes = std::move(attributes);
    return m;
}

// "a|b|c" as a list (the sources are built without implicit casts from char strings).
QStringList items(const char *text)
{
    return QString::fromUtf8(text).split(u'|');
}

const MissingTally *tallyFor(const SurveyData &d, const QString &reason)
{
    for (const MissingTally &t : d.missing) {
        if (t.reason == reason)
            return &t;
    }
    return nullptr;
}

} // namespace

class TestSurveyCsv final : public QObject
{
    Q_OBJECT

private slots:
    void gazpachoVotesAndAttributes();
    void gazpachoMultiLineExplanation();
    void rankingWithBomCrlfAndQuotes();
    void rankingSeparatorDetected();
    void multiValueCells();
    void missingNumbersAreTallied();
    void malformedFiles_data();
    void malformedFiles();
    void mappingErrors();
    void parsingDetails();
};

void TestSurveyCsv::gazpachoVotesAndAttributes()
{
    if (!QFile::exists(gazpachoPath()))
        QSKIP("the TinyTroupe fixtures (../shared/fixtures/tinytroupe) are not next to the checkout");
    const auto data = readSurveyCsv(gazpachoPath(),
                                    mapping("Vote", SurveyValueKind::Numeric,
                                            {QStringLiteral("Age Range"), QStringLiteral("Gender Identity"),
                                             QStringLiteral("Political Affiliation"), QStringLiteral("Racial Or Ethnic Identity")}));
    QVERIFY2(data, qPrintable(data.error()));
    const SurveyData &d = data.value();
    // 50 respondents (Responder # 1-50) on 53 lines: two explanations span two lines each.
    QCOMPARE(int(d.answers.size()), 50);
    QCOMPARE(d.answered(), 50);
    QCOMPARE(d.missingCount(), 0);
    QVERIFY(d.missing.empty());
    const std::vector<double> votes = d.numbers();
    int counts[6] = {};
    for (double v : votes) {
        QVERIFY(v >= 1 && v <= 5 && v == std::floor(v));
        ++counts[int(v)];
    }
    QCOMPARE(counts[1], 11);
    QCOMPARE(counts[2], 9);
    QCOMPARE(counts[3], 13);
    QCOMPARE(counts[4], 10);
    QCOMPARE(counts[5], 7);
    // The first respondent: 1,4,"...",25-34,Male,Democrat,White.
    const SurveyAnswer &first = d.answers.front();
    QCOMPARE(first.line, 2);
    QCOMPARE(first.number, 4.0);
    QCOMPARE(first.attributes.at(QStringLiteral("Age Range")), QStringLiteral("25-34"));
    QCOMPARE(first.attributes.at(QStringLiteral("Gender Identity")), QStringLiteral("Male"));
    QCOMPARE(first.attributes.at(QStringLiteral("Political Affiliation")), QStringLiteral("Democrat"));
    QCOMPARE(first.attributes.at(QStringLiteral("Racial Or Ethnic Identity")), QStringLiteral("White"));
    int age3544 = 0;
    for (const SurveyAnswer &a : d.answers)
        age3544 += a.attributes.at(QStringLiteral("Age Range")) == QStringLiteral("35-44");
    QCOMPARE(age3544, 19);
    QVERIFY(d.emptyAttributes.empty());
    const auto obs = d.observations();
    QCOMPARE(int(obs.size()), 50);
    QCOMPARE(obs.front().attributes.at(QStringLiteral("Gender Identity")), QStringLiteral("Male"));
}

void TestSurveyCsv::gazpachoMultiLineExplanation()
{
    if (!QFile::exists(gazpachoPath()))
        QSKIP("the TinyTroupe fixtures (../shared/fixtures/tinytroupe) are not next to the checkout");
    // Mapped as text, the explanation column keeps quoted commas and line breaks: respondent
    // 23's answer ends with one inside its quotes, respondent 24's has one in the middle, so
    // each of their records spans two lines and respondent 25 starts on line 28.
    const auto data = readSurveyCsv(gazpachoPath(), mapping("explanation", SurveyValueKind::Choice, {QStringLiteral("Responder #")}));
    QVERIFY2(data, qPrintable(data.error()));
    const SurveyData &d = data.value();
    QCOMPARE(d.question.column, QStringLiteral("Explanation")); // matched case-insensitively
    const SurveyAnswer &r23 = d.answers[22];
    QCOMPARE(r23.attributes.at(QStringLiteral("Responder #")), QStringLiteral("23"));
    QCOMPARE(r23.line, 24);
    QVERIFY(r23.raw.endsWith(u'\n'));
    QVERIFY(!r23.choice.endsWith(u'\n')); // the answer itself is trimmed
    const SurveyAnswer &r24 = d.answers[23];
    QCOMPARE(r24.line, 26);
    QVERIFY(r24.choice.contains(QStringLiteral("at least once. But I would only try it during the summer.\nI'm concerned")));
    QCOMPARE(d.answers[24].line, 28);
    QCOMPARE(d.answers[24].attributes.at(QStringLiteral("Responder #")), QStringLiteral("25"));
    QCOMPARE(d.answers.back().line, 53);
    QVERIFY(d.answers[3].choice.contains(QStringLiteral("doesn't require me to do all that chopping of the vegetables, what's not to like!")));
}

void TestSurveyCsv::rankingWithBomCrlfAndQuotes()
{
    const auto data = readSurveyCsv(dataFile("ranking.csv"),
                                    mapping("Ranking", SurveyValueKind::Ranking,
                                            {QStringLiteral("Comment"), QStringLiteral("Age Range"), QStringLiteral("Gender")}));
    QVERIFY2(data, qPrintable(data.error()));
    const SurveyData &d = data.value();
    QCOMPARE(d.question.separator, QStringLiteral("-"));
    QCOMPARE(int(d.answers.size()), 7);
    QCOMPARE(d.answers[0].items, items("B|C|D|A|E"));
    QCOMPARE(d.answers[0].attributes.at(QStringLiteral("Comment")), QStringLiteral("Liked B, then C"));
    QCOMPARE(d.answers[1].attributes.at(QStringLiteral("Comment")), QStringLiteral("Said \"A is best\""));
    // Record 4's comment holds a line break (CRLF in the file, LF in the value); record 5
    // therefore starts on line 7.
    QCOMPARE(d.answers[3].attributes.at(QStringLiteral("Comment")), QStringLiteral("Two lines:\nfirst, then second"));
    QCOMPARE(d.answers[3].line, 5);
    QCOMPARE(d.answers[4].line, 7);
    QCOMPARE(d.answers[6].attributes.at(QStringLiteral("Comment")), QStringLiteral("Ünïcödé ✓"));
    // Missing answers and why: an empty cell, a repeated item, a marker.
    QVERIFY(d.answers[2].missing);
    QCOMPARE(d.answers[2].missingReason, QStringLiteral("empty"));
    QVERIFY(d.answers[4].missing);
    QCOMPARE(d.answers[4].missingReason, QStringLiteral("ranking repeats an item"));
    QVERIFY(d.answers[5].missing);
    QCOMPARE(d.answers[5].missingReason, QStringLiteral("marked as missing (\"N/A\")"));
    QCOMPARE(d.answered(), 4);
    const MissingTally *repeat = tallyFor(d, QStringLiteral("ranking repeats an item"));
    QVERIFY(repeat);
    QCOMPARE(repeat->count, 1);
    QCOMPARE(repeat->lines, QList<int>{7});
    QCOMPARE(d.emptyAttributes.at(QStringLiteral("Gender")), 1);
    QCOMPARE(d.categories(), items("B|C|D|A|E"));
    // Derived values for the empirical comparison.
    const auto positions = d.rankPositions(QStringLiteral("a"));
    QCOMPARE(int(positions.size()), 4);
    QCOMPARE(positions[0].number, 4.0);
    QCOMPARE(positions[1].number, 1.0);
    QCOMPARE(positions[2].number, 2.0);
    QCOMPARE(positions[3].number, 5.0);
    QCOMPARE(positions[3].attributes.at(QStringLiteral("Gender")), QStringLiteral("female"));
    const auto top = d.topChoices();
    QCOMPARE(int(top.size()), 4);
    QCOMPARE(top[0].category, QStringLiteral("B"));
    QCOMPARE(top[3].category, QStringLiteral("E"));
    QVERIFY(d.observations().empty()); // a ranking has no single value per respondent
}

void TestSurveyCsv::rankingSeparatorDetected()
{
    const auto data = readSurveyCsv(dataFile("ranking_gt.csv"), mapping("Order", SurveyValueKind::Ranking));
    QVERIFY2(data, qPrintable(data.error()));
    QCOMPARE(data.value().question.separator, QStringLiteral(">"));
    QCOMPARE(data.value().answers[0].items, items("Taste|Price|Brand"));
    QCOMPARE(data.value().answers[2].items, items("Brand|Taste|Price"));
    // A separator given in the mapping wins over detection.
    SurveyMapping m = mapping("Order", SurveyValueKind::Ranking);
    m.question.separator = QStringLiteral(",");
    const auto forced = readSurveyCsv(dataFile("ranking_gt.csv"), m);
    QVERIFY(forced);
    QCOMPARE(forced.value().answers[0].items, items("Taste > Price > Brand"));
}

void TestSurveyCsv::multiValueCells()
{
    const auto data = readSurveyCsv(dataFile("multi.csv"), mapping("Channels", SurveyValueKind::Multi, {QStringLiteral("Age")}));
    QVERIFY2(data, qPrintable(data.error()));
    const SurveyData &d = data.value();
    QCOMPARE(d.question.separator, QStringLiteral(";"));
    QCOMPARE(d.answers[0].items, items("email|phone|chat"));
    QCOMPARE(d.answers[1].items, items("chat"));
    QCOMPARE(d.answers[2].items, items("email|chat")); // trailing separator dropped
    QVERIFY(d.answers[3].missing);
    QCOMPARE(d.answers[4].items, items("phone|email")); // repeat dropped, spaces trimmed
    QCOMPARE(d.categories(), items("email|phone|chat"));
    const auto email = d.mentions(QStringLiteral("Email"));
    QCOMPARE(int(email.size()), 4);
    QCOMPARE(email[0].category, QStringLiteral("yes"));
    QCOMPARE(email[1].category, QStringLiteral("no"));
    QCOMPARE(email[3].category, QStringLiteral("yes"));
    QCOMPARE(email[3].attributes.at(QStringLiteral("Age")), QStringLiteral("67"));
}

void TestSurveyCsv::missingNumbersAreTallied()
{
    const auto data = readSurveyCsv(dataFile("numbers_with_gaps.csv"), mapping("Vote", SurveyValueKind::Numeric));
    QVERIFY2(data, qPrintable(data.error()));
    const SurveyData &d = data.value();
    QCOMPARE(d.numbers(), (std::vector<double>{4, 2.5}));
    QCOMPARE(int(d.missing.size()), 3);
    QCOMPARE(d.missing[0].reason, QStringLiteral("empty"));
    QCOMPARE(d.missing[0].lines, QList<int>{3});
    QCOMPARE(d.missing[1].reason, QStringLiteral("marked as missing (\"N/A\")"));
    QCOMPARE(d.missing[1].lines, QList<int>{4});
    QCOMPARE(d.missing[2].reason, QStringLiteral("not a number"));
    QCOMPARE(d.missing[2].lines, (QList<int>{5, 7})); // "five", and "1,000": no thousands separators
    // With no markers, "N/A" is just not a number.
    SurveyMapping m = mapping("Vote", SurveyValueKind::Numeric);
    m.missingMarkers.clear();
    const auto strict = readSurveyCsv(dataFile("numbers_with_gaps.csv"), m);
    QCOMPARE(tallyFor(strict.value(), QStringLiteral("not a number"))->count, 3);
}

void TestSurveyCsv::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    const QString a = QStringLiteral("a");
    QTest::newRow("unterminated quote") << QStringLiteral("unterminated_quote.csv") << a << QStringLiteral(":2:3: ")
                                        << QStringLiteral("never closed");
    QTest::newRow("stray quote") << QStringLiteral("stray_quote.csv") << a << QStringLiteral(":3:4: ")
                                 << QStringLiteral("a quote inside an unquoted field");
    QTest::newRow("text after quote") << QStringLiteral("text_after_quote.csv") << a << QStringLiteral(":2:6: ")
                                      << QStringLiteral("text after the closing quote");
    QTest::newRow("field count") << QStringLiteral("wrong_field_count.csv") << a << QStringLiteral(":3:1: ")
                                 << QStringLiteral("this record has 2 fields but the header has 3");
    QTest::newRow("not UTF-8") << QStringLiteral("not_utf8.csv") << a << QStringLiteral(":2:6: ")
                               << QStringLiteral("not valid UTF-8");
    QTest::newRow("no records") << QStringLiteral("header_only.csv") << QStringLiteral("Vote") << QStringLiteral(":1:1: ")
                                << QStringLiteral("no records");
    QTest::newRow("missing file") << QStringLiteral("no_such_file.csv") << a << QStringLiteral(": ")
                                  << QStringLiteral("no such file");
}

void TestSurveyCsv::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, column);
    QFETCH(QString, where);
    QFETCH(QString, what);
    SurveyMapping m;
    m.question.column = column;
    const auto data = readSurveyCsv(dataFile(file.toUtf8().constData()), m);
    QVERIFY(!data);
    // "PATH/file.csv:line:column: what"
    QVERIFY2(data.error().contains(u'/' + file + where), qPrintable(data.error()));
    QVERIFY2(data.error().contains(what), qPrintable(data.error()));
}

void TestSurveyCsv::mappingErrors()
{
    const auto unknown = readSurveyCsv(dataFile("multi.csv"), mapping("Channel", SurveyValueKind::Multi));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QStringLiteral("multi.csv:1:1: there is no column called \"Channel\"")), qPrintable(unknown.error()));
    QVERIFY(unknown.error().contains(QStringLiteral("\"Channels\"")));
    const auto unknownAttribute = readSurveyCsv(dataFile("multi.csv"), mapping("Channels", SurveyValueKind::Multi, {QStringLiteral("Sex")}));
    QVERIFY(!unknownAttribute);
    QVERIFY(unknownAttribute.error().contains(QStringLiteral("\"Sex\"")));
    // Not one cell of the column reads as a number: the wrong column, most likely.
    const auto words = readSurveyCsv(dataFile("ranking_gt.csv"), mapping("Order", SurveyValueKind::Numeric));
    QVERIFY(!words);
    QVERIFY2(words.error().contains(QStringLiteral("ranking_gt.csv:2:4: column \"Order\" has no numeric values")), qPrintable(words.error()));
    // Two columns of one name cannot be told apart.
    const auto table = parseCsv("a,b,a\n1,2,3\n", QStringLiteral("dup.csv"));
    QVERIFY(table);
    const auto ambiguous = mapSurvey(table.value(), mapping("a", SurveyValueKind::Numeric));
    QVERIFY(!ambiguous);
    QVERIFY(ambiguous.error().contains(QStringLiteral("more than one column")));
    QCOMPARE(surveyValueKindFromName(QStringLiteral("Ranking")), std::optional(SurveyValueKind::Ranking));
    QVERIFY(!surveyValueKindFromName(QStringLiteral("scale")));
}

void TestSurveyCsv::parsingDetails()
{
    // Semicolons are taken as the delimiter when the header has no comma; numbers keep the point.
    const auto semi = parseCsv("Vote;Age\n4;30\n\"5;x\";41\n", QStringLiteral("s.csv"));
    QVERIFY2(semi, qPrintable(semi.error()));
    QCOMPARE(semi.value().delimiter, QChar(u';'));
    QCOMPARE(semi.value().records[1].fields, items("5;x|41"));
    // A given delimiter wins.
    const auto forced = parseCsv("a;b,c\n1;2,3\n", QStringLiteral("f.csv"), u',');
    QCOMPARE(forced.value().header, items("a;b|c"));
    // Lone CR line ends, blank lines and a missing final line break.
    const auto cr = parseCsv("a,b\r1,2\r\r3,4", QStringLiteral("cr.csv"));
    QVERIFY2(cr, qPrintable(cr.error()));
    QCOMPARE(int(cr.value().records.size()), 2);
    QCOMPARE(cr.value().records[1].line, 4);
    QCOMPARE(cr.value().records[1].fields, items("3|4"));
    // Empty fields, a trailing delimiter, a quoted empty field, spaces kept as written.
    const auto empty = parseCsv("a,b,c\n,\"\", x \n", QStringLiteral("e.csv"));
    QCOMPARE(empty.value().records[0].fields, items("|| x "));
    // Field positions count characters, not bytes.
    const auto wide = parseCsv("é,b\nüü,\"x\"\n", QStringLiteral("w.csv"));
    QCOMPARE(wide.value().records[0].positions[1].column, 4);
    QCOMPARE(wide.value().headerPositions[1].column, 3);
    // Empty text and text of only line breaks are refused as every user file is.
    QVERIFY(!parseCsv("", QStringLiteral("z.csv")));
    QVERIFY(!parseCsv("\n\n", QStringLiteral("z.csv")));
    const auto bad = parseCsv("a\n\"x\"\"", QStringLiteral("q.csv"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().startsWith(QStringLiteral("q.csv:2:1: ")), qPrintable(bad.error()));
}

QTEST_GUILESS_MAIN(TestSurveyCsv)
#include "tst_surveycsv.moc"
