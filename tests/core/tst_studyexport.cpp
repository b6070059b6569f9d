// Study exports read back: tidy and wide CSV parsed (RFC 4180), JSON parsed, XLSX unzipped
// (sheet XML and shared strings), SAV read with libreadstat (values, variable labels, value
// labels, measures, missing values).
#include "helpers/readback.h"

#include "study/export.h"
#include "study/exportlayout.h"
#include "study/resulttable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <readstat.h>

using namespace troupe;
using namespace troupe::test;
using Json = nlohmann::json;

namespace {

Question question(const char *json)
{
    std::vector<FieldProblem> problems;
    auto q = Question::parse(nlohmann::ordered_json::parse(json), problems);
    if (!q)
        qFatal("bad test question %s", json);
    return *q;
}

QList<Question> questions()
{
    return {question(R"({"id": "vote", "type": "likert", "text": "Would you buy it?", "scale": {"min": 1, "max": 5, "labels": {"1": "would never buy", "5": "would certainly buy"}}, "ssr": true})"),
            question(R"({"id": "why", "type": "open", "text": "Why?"})"),
            question(R"({"id": "pick", "type": "choice", "text": "Which ad would you click?", "options": ["A", "B", "C"]})"),
            question(R"({"id": "features", "type": "multi", "text": "Which matter?", "options": ["price", "taste", "health"], "min": 1, "max": 2})"),
            question(R"({"id": "order", "type": "ranking", "text": "Rank the ads", "options": ["A", "B", "C"]})"),
            question(R"({"id": "price", "type": "numeric", "text": "Most you would pay?", "min": 0, "max": 100, "unit": "USD"})"),
            question(R"({"id": "buy", "type": "yes_no", "text": "Would you buy it this month?"})")};
}

ResultAnswer answered(const char *value, const QString &why, qint64 seq)
{
    ResultAnswer a;
    a.state = ResultAnswer::State::Answered;
    a.value = Json::parse(value);
    a.justification = why;
    a.eventSeq = seq;
    return a;
}

const QString kTricky = QStringLiteral("Zoë said \"cold soup\", twice,\nthen left");

/**
 * Two respondents: Ann answers everything (tricky text in her reason); Bo has an invalid
 * likert (missing with a reason) and was never asked the price.
 */
ResultTable table(bool arms = false)
{
    ResultTable t(QStringLiteral("Gazpacho"), questions());
    Respondent ann{7, QStringLiteral("Ann Lee"), arms ? QStringLiteral("control") : QString(), arms ? std::optional<int>(1) : std::nullopt,
                   Respondent::attributesOf(Json::parse(R"({"name": "Ann Lee", "age": 34, "gender": "Female", "occupation": {"title": "Nurse"}})"),
                                            Json::parse(R"({"political affiliation": "Democrat"})"))};
    Respondent bo{7, QStringLiteral("Bo"), arms ? QStringLiteral("half price") : QString(), arms ? std::optional<int>(2) : std::nullopt,
                  Respondent::attributesOf(Json::parse(R"({"name": "Bo", "age": 61, "gender": "Male"})"))};
    const int a = t.addRespondent(ann), b = t.addRespondent(bo);
    ResultAnswer vote = answered("4", QStringLiteral("I like it"), 11);
    vote.ssr = Json::parse("[0.0, 0.1, 0.2, 0.5, 0.2]");
    t.setAnswer(a, 0, vote);
    t.setAnswer(a, 1, answered("\"Fresh, and no chopping.\"", kTricky, 12));
    t.setAnswer(a, 2, answered("\"B\"", QStringLiteral("the kettle"), 13));
    t.setAnswer(a, 3, answered(R"(["price", "health"])", QStringLiteral("money"), 14));
    t.setAnswer(a, 4, answered(R"(["C", "A", "B"])", QStringLiteral("C is bold"), 15));
    t.setAnswer(a, 5, answered("12.5", QStringLiteral("fair"), 16));
    t.setAnswer(a, 6, answered("\"yes\"", QStringLiteral("why not"), 17));
    ResultAnswer invalid;
    invalid.state = ResultAnswer::State::Missing;
    invalid.justification = QStringLiteral("maybe four");
    invalid.missingReason = QStringLiteral("value: expected a whole number from 1 to 5, found text \"4\"");
    invalid.eventSeq = 21;
    t.setAnswer(b, 0, invalid);
    t.setAnswer(b, 1, answered("\"Too sweet.\"", QStringLiteral("sugar"), 22));
    t.setAnswer(b, 2, answered("\"C\"", QStringLiteral("red"), 23));
    t.setAnswer(b, 3, answered(R"(["taste"])", QStringLiteral("taste"), 24));
    t.setAnswer(b, 4, answered(R"(["A", "B", "C"])", QStringLiteral("in order"), 25));
    t.setAnswer(b, 6, answered("\"no\"", QStringLiteral("not for me"), 27));
    return t;
}

} // namespace

class TestStudyExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString exported(const ResultTable &t, ExportFormat format, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Status s = exportResults(t, format, path);
        if (!s)
            qWarning("%s", qPrintable(s.error()));
        return s ? path : QString();
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void tidyCsv()
    {
        const QString path = exported(table(), ExportFormat::TidyCsv, QStringLiteral("tidy.csv"));
        QVERIFY(!path.isEmpty());
        QString problem;
        const auto rows = parseCsv(contents(path), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.value(0), QStringList({QStringLiteral("run"), QStringLiteral("agent"), QStringLiteral("question"), QStringLiteral("type"),
                                             QStringLiteral("value"), QStringLiteral("justification"), QStringLiteral("event_seq"),
                                             QStringLiteral("missing_reason"), QStringLiteral("ssr_mean"), QStringLiteral("ssr"),
                                             QStringLiteral("age"), QStringLiteral("gender"), QStringLiteral("occupation"),
                                             QStringLiteral("political affiliation")}));
        QCOMPARE(rows.size(), 1 + 2 * 7);
        auto row = [&](int respondent, int question) { return rows[1 + respondent * 7 + question]; };
        QCOMPARE(row(0, 0).mid(0, 9), QStringList({QStringLiteral("7"), QStringLiteral("Ann Lee"), QStringLiteral("vote"), QStringLiteral("likert"),
                                                   QStringLiteral("4"), QStringLiteral("I like it"), QStringLiteral("11"), QString(), QStringLiteral("3.8")}));
        QCOMPARE(row(0, 0)[9], QStringLiteral("0; 0.1; 0.2; 0.5; 0.2"));
        QCOMPARE(row(0, 1)[4], QStringLiteral("Fresh, and no chopping."));
        QCOMPARE(row(0, 1)[5], kTricky); // quotes, commas, a newline and a non-ASCII letter survive
        QCOMPARE(row(0, 2)[4], QStringLiteral("B"));
        QCOMPARE(row(0, 3)[4], QStringLiteral("price; health"));
        QCOMPARE(row(0, 4)[4], QStringLiteral("C > A > B"));
        QCOMPARE(row(0, 5)[4], QStringLiteral("12.5"));
        QCOMPARE(row(0, 6)[4], QStringLiteral("yes"));
        QCOMPARE(row(0, 0).mid(10), QStringList({QStringLiteral("34"), QStringLiteral("Female"), QStringLiteral("Nurse"), QStringLiteral("Democrat")}));
        // Bo: the invalid likert is empty with its reason; the price was never asked.
        QCOMPARE(row(1, 0)[4], QString());
        QCOMPARE(row(1, 0)[5], QStringLiteral("maybe four"));
        QCOMPARE(row(1, 0)[7], QStringLiteral("value: expected a whole number from 1 to 5, found text \"4\""));
        QCOMPARE(row(1, 5)[4], QString());
        QCOMPARE(row(1, 5)[7], QString::fromLatin1(kNotAskedReason));
        QCOMPARE(row(1, 5)[6], QString());
        QCOMPARE(row(1, 0).mid(10), QStringList({QStringLiteral("61"), QStringLiteral("Male"), QString(), QString()}));
        // RFC 4180 on the wire: CRLF records, the tricky field quoted with doubled quotes.
        const QByteArray raw = contents(path);
        QVERIFY(raw.startsWith("run,agent,question,"));
        QVERIFY(raw.contains("\"Zo\xc3\xab said \"\"cold soup\"\", twice,\nthen left\""));
        QVERIFY(!raw.startsWith("\xEF\xBB\xBF"));
    }

    void tidyCsvWithArms()
    {
        const QString path = exported(table(true), ExportFormat::TidyCsv, QStringLiteral("arms.csv"));
        const auto rows = parseCsv(contents(path));
        QCOMPARE(rows[0].mid(8, 2), QStringList({QStringLiteral("arm"), QStringLiteral("replicate")}));
        QCOMPARE(rows[1].mid(8, 2), QStringList({QStringLiteral("control"), QStringLiteral("1")}));
        QCOMPARE(rows[8].mid(8, 2), QStringList({QStringLiteral("half price"), QStringLiteral("2")}));
        const QString plain = exported(table(), ExportFormat::TidyCsv, QStringLiteral("plain.csv"));
        QVERIFY(!parseCsv(contents(plain))[0].contains(QStringLiteral("arm")));
    }

    void wideCsv()
    {
        const QString path = exported(table(true), ExportFormat::WideCsv, QStringLiteral("wide.csv"));
        QString problem;
        const auto rows = parseCsv(contents(path), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows[0];
        QCOMPARE(header.mid(0, 8), QStringList({QStringLiteral("run"), QStringLiteral("agent"), QStringLiteral("arm"), QStringLiteral("replicate"),
                                                QStringLiteral("age"), QStringLiteral("gender"), QStringLiteral("occupation"),
                                                QStringLiteral("political affiliation")}));
        for (const char *c : {"vote", "vote_ssr", "vote_why", "vote_missing", "why", "pick", "features", "features_1", "features_2", "features_3",
                              "order", "order_rank_1", "order_rank_2", "order_rank_3", "price", "price_why", "buy", "buy_missing"})
            QVERIFY2(header.contains(QLatin1String(c)), c);
        QCOMPARE(header.size(), rows[1].size());
        auto cell = [&](int row, const char *column) { return rows[row][header.indexOf(QLatin1String(column))]; };
        QCOMPARE(cell(1, "vote"), QStringLiteral("4"));
        QCOMPARE(cell(1, "vote_ssr"), QStringLiteral("3.8"));
        QCOMPARE(cell(1, "why_why"), kTricky);
        QCOMPARE(cell(1, "features"), QStringLiteral("price; health"));
        QCOMPARE(cell(1, "features_1"), QStringLiteral("1"));
        QCOMPARE(cell(1, "features_2"), QStringLiteral("0"));
        QCOMPARE(cell(1, "features_3"), QStringLiteral("1"));
        QCOMPARE(cell(1, "order"), QStringLiteral("C > A > B"));
        QCOMPARE(cell(1, "order_rank_1"), QStringLiteral("2")); // A is second
        QCOMPARE(cell(1, "order_rank_3"), QStringLiteral("1")); // C is first
        QCOMPARE(cell(1, "pick"), QStringLiteral("B"));
        QCOMPARE(cell(1, "buy"), QStringLiteral("yes"));
        QCOMPARE(cell(2, "vote"), QString());
        QVERIFY(cell(2, "vote_missing").contains(QLatin1String("found text")));
        QCOMPARE(cell(2, "price_missing"), QString::fromLatin1(kNotAskedReason));
        QCOMPARE(cell(2, "arm"), QStringLiteral("half price"));
        QCOMPARE(cell(2, "features_2"), QStringLiteral("1"));
    }

    void json()
    {
        const QString path = exported(table(true), ExportFormat::Json, QStringLiteral("results.json"));
        const Json doc = Json::parse(contents(path).toStdString());
        QCOMPARE(doc["study"], "Gazpacho");
        QCOMPARE(doc["questions"].size(), size_t(7));
        QCOMPARE(doc["questions"][3]["max"], 2);
        QCOMPARE(doc["respondents"].size(), size_t(2));
        QCOMPARE(doc["respondents"][0]["attributes"]["age"], 34);
        QCOMPARE(doc["answers"].size(), size_t(14));
        QCOMPARE(doc["answers"][0]["value"], 4);
        QCOMPARE(doc["answers"][0]["ssr"].size(), size_t(5));
        QCOMPARE(doc["answers"][3]["value"], Json::parse(R"(["price", "health"])"));
        QCOMPARE(QString::fromStdString(doc["answers"][1]["justification"].get<std::string>()), kTricky);
        QVERIFY(doc["answers"][7]["value"].is_null());
        QCOMPARE(doc["answers"][7]["state"], "missing");
        QCOMPARE(doc["answers"][12]["state"], "not_asked");
        QCOMPARE(doc["answers"][12]["missing_reason"], "not asked");
        QCOMPARE(doc["answers"][7]["arm"], "half price");
        QCOMPARE(doc["answers"][7]["replicate"], 2);
    }

    void xlsx()
    {
        const ResultTable t = table(true);
        const QString path = exported(t, ExportFormat::Xlsx, QStringLiteral("results.xlsx"));
        QVERIFY(!path.isEmpty());
        QString problem;
        QCOMPARE(xlsxSheetNames(path, &problem), QStringList({QStringLiteral("Data"), QStringLiteral("Codebook")}));
        const auto data = readXlsxSheet(path, 1, &problem);
        QVERIFY2(data, qPrintable(problem));
        const auto columns = wideColumns(t);
        QCOMPARE(data->rows, 3);
        QCOMPARE(data->columns, int(columns.size()));
        QStringList header;
        for (int c = 0; c < data->columns; ++c)
            header.append(data->at(0, c));
        auto col = [&](const char *name) { return int(header.indexOf(QLatin1String(name))); };
        QVERIFY(col("vote") >= 0 && col("order_rank_3") >= 0 && col("why_why") >= 0);
        QCOMPARE(data->at(1, col("agent")), QStringLiteral("Ann Lee"));
        QCOMPARE(data->at(1, col("vote")), QStringLiteral("4"));
        QVERIFY(data->isNumber(1, col("vote")));
        QVERIFY(data->isNumber(1, col("age")));
        QVERIFY(data->isNumber(1, col("price")));
        QCOMPARE(data->at(1, col("price")), QStringLiteral("12.5"));
        QCOMPARE(data->at(1, col("pick")), QStringLiteral("B"));
        QVERIFY(!data->isNumber(1, col("pick")));
        QCOMPARE(data->at(1, col("why_why")), kTricky);
        QCOMPARE(data->at(1, col("order_rank_1")), QStringLiteral("2"));
        QCOMPARE(data->at(2, col("vote")), QString()); // missing: an empty cell
        QCOMPARE(data->at(2, col("price_missing")), QString::fromLatin1(kNotAskedReason));

        const auto book = readXlsxSheet(path, 2, &problem);
        QVERIFY2(book, qPrintable(problem));
        QCOMPARE(book->at(0, 0), QStringLiteral("variable"));
        QCOMPARE(book->at(0, 3), QStringLiteral("value labels"));
        QCOMPARE(book->rows, int(columns.size()) + 1);
        int voteRow = -1, pickRow = -1, featureRow = -1;
        for (int r = 1; r < book->rows; ++r) {
            if (book->at(r, 0) == QLatin1String("vote"))
                voteRow = r;
            if (book->at(r, 0) == QLatin1String("pick"))
                pickRow = r;
            if (book->at(r, 0) == QLatin1String("features_2"))
                featureRow = r;
        }
        QVERIFY(voteRow > 0 && pickRow > 0 && featureRow > 0);
        QCOMPARE(book->at(voteRow, 1), QStringLiteral("Would you buy it?"));
        QCOMPARE(book->at(voteRow, 2), QStringLiteral("likert"));
        QCOMPARE(book->at(voteRow, 3), QStringLiteral("1 = would never buy; 5 = would certainly buy"));
        QCOMPARE(book->at(pickRow, 3), QStringLiteral("A; B; C"));
        QCOMPARE(book->at(featureRow, 1), QStringLiteral("features: taste"));
        QCOMPARE(book->at(featureRow, 3), QStringLiteral("0 = not chosen; 1 = chosen"));
    }

    void sav()
    {
        const ResultTable t = table(true);
        const QString path = exported(t, ExportFormat::Sav, QStringLiteral("results.sav"));
        QVERIFY(!path.isEmpty());
        QString problem;
        const auto sav = readSav(path, &problem);
        QVERIFY2(sav, qPrintable(problem));
        QCOMPARE(sav->fileLabel, QStringLiteral("Gazpacho"));
        QCOMPARE(sav->rows.size(), 2);
        QCOMPARE(sav->variables.size(), int(wideColumns(t).size()));
        const int vote = sav->column(QStringLiteral("vote")), pick = sav->column(QStringLiteral("pick")), buy = sav->column(QStringLiteral("buy"));
        const int why = sav->column(QStringLiteral("why_why")), age = sav->column(QStringLiteral("age"));
        const int price = sav->column(QStringLiteral("price")), rank = sav->column(QStringLiteral("order_rank_1"));
        QVERIFY(vote >= 0 && pick >= 0 && buy >= 0 && why >= 0 && age >= 0 && price >= 0 && rank >= 0);
        // The attribute with a space becomes a valid SPSS name and keeps its text as the label.
        const int party = sav->column(QStringLiteral("political_affiliation"));
        QVERIFY(party >= 0);
        QCOMPARE(sav->variables[party].label, QStringLiteral("political affiliation"));

        QCOMPARE(sav->variables[vote].label, QStringLiteral("Would you buy it?"));
        QCOMPARE(sav->variables[vote].measure, int(READSTAT_MEASURE_ORDINAL));
        QCOMPARE(sav->variables[pick].measure, int(READSTAT_MEASURE_NOMINAL));
        QCOMPARE(sav->variables[price].measure, int(READSTAT_MEASURE_SCALE));
        QCOMPARE(sav->variables[age].measure, int(READSTAT_MEASURE_SCALE));
        QVERIFY(sav->variables[why].string);
        QVERIFY(!sav->variables[vote].string);
        QCOMPARE(sav->labelsOf(QStringLiteral("vote")).value(1), QStringLiteral("would never buy"));
        QCOMPARE(sav->labelsOf(QStringLiteral("vote")).value(5), QStringLiteral("would certainly buy"));
        QCOMPARE(sav->labelsOf(QStringLiteral("vote")).value(-99), QStringLiteral("no valid answer"));
        QCOMPARE(sav->labelsOf(QStringLiteral("pick")), (QMap<double, QString>{{-99, QStringLiteral("no valid answer")}, {-98, QStringLiteral("not asked")},
                                                                                {1, QStringLiteral("A")}, {2, QStringLiteral("B")}, {3, QStringLiteral("C")}}));
        QCOMPARE(sav->labelsOf(QStringLiteral("buy")).value(1), QStringLiteral("yes"));
        QCOMPARE(sav->labelsOf(QStringLiteral("buy")).value(0), QStringLiteral("no"));
        QCOMPARE(sav->variables[vote].missingValues, QList<double>({-99, -98}));
        // price has min 0, so the codes lie outside its range and are used too.
        QCOMPARE(sav->variables[price].missingValues, QList<double>({-99, -98}));

        const auto &ann = sav->rows[0], &bo = sav->rows[1];
        QCOMPARE(*ann[vote].number, 4.0);
        QCOMPARE(*ann[pick].number, 2.0); // B
        QCOMPARE(*ann[buy].number, 1.0);
        QCOMPARE(*ann[price].number, 12.5);
        QCOMPARE(*ann[rank].number, 2.0);
        QCOMPARE(*ann[age].number, 34.0);
        QCOMPARE(ann[why].text, kTricky);
        QCOMPARE(ann[sav->column(QStringLiteral("why"))].text, QStringLiteral("Fresh, and no chopping."));
        QCOMPARE(ann[sav->column(QStringLiteral("agent"))].text, QStringLiteral("Ann Lee"));
        QCOMPARE(ann[sav->column(QStringLiteral("arm"))].text, QStringLiteral("control"));
        // Bo: the invalid answer is user-missing -99, the question never asked -98.
        QCOMPARE(*bo[vote].number, -99.0);
        QVERIFY(bo[vote].userMissing);
        QCOMPARE(*bo[price].number, -98.0);
        QVERIFY(bo[price].userMissing);
        QCOMPARE(*bo[buy].number, 0.0);
        QVERIFY(!bo[buy].userMissing);
        QVERIFY(bo[sav->column(QStringLiteral("vote_missing"))].text.contains(QLatin1String("found text")));
        QVERIFY(bo[sav->column(QStringLiteral("vote_ssr"))].systemMissing);
    }

    void savLongTextAndOddNames()
    {
        ResultTable t(QStringLiteral("Long"), {question(R"({"id": "with", "type": "open", "text": "A question whose id is an SPSS keyword"})")});
        const int row = t.addRespondent({1, QStringLiteral("Ann"), {}, std::nullopt,
                                         Respondent::attributesOf(Json::object(), Json::parse(R"({"2nd language": "Welsh", "With": "x"})"))});
        const QString essay = QString(600, u'é') + QStringLiteral(" end");
        t.setAnswer(row, 0, answered(Json(essay.toStdString()).dump().c_str(), essay, 1));
        const QString path = exported(t, ExportFormat::Sav, QStringLiteral("long.sav"));
        QVERIFY(!path.isEmpty());
        QString problem;
        const auto sav = readSav(path, &problem);
        QVERIFY2(sav, qPrintable(problem));
        QStringList names;
        for (const auto &v : sav->variables)
            names.append(v.name);
        QVERIFY2(names.contains(QStringLiteral("v_2nd_language")), qPrintable(names.join(u' ')));
        // Attributes come first, so the attribute "With" takes "With_" and the question
        // becomes with_2 (as in the wide CSV); its long text's segment names would meet
        // With_'s in libreadstat 1.1.8, so it is renamed s1_with_2 and the file reads back.
        QVERIFY2(names.contains(QStringLiteral("With_")), qPrintable(names.join(u' ')));
        QVERIFY2(names.contains(QStringLiteral("s1_with_2")), qPrintable(names.join(u' ')));
        QCOMPARE(sav->rows[0][sav->column(QStringLiteral("s1_with_2"))].text, essay);
        QCOMPARE(sav->rows[0][sav->column(QStringLiteral("with_why"))].text, essay);
        QCOMPARE(sav->variables[sav->column(QStringLiteral("s1_with_2"))].label, QStringLiteral("A question whose id is an SPSS keyword"));
    }

    void savLongAnswerAndReasonOfOneQuestion()
    {
        // "reason" and "reason_why" share their first five letters; both hold long text.
        ResultTable t(QStringLiteral("Long"), {question(R"({"id": "reason", "type": "open", "text": "Why?"})")});
        // SAV pads strings with spaces, so trailing spaces do not survive; these end in a letter.
        const QString longText = QStringLiteral("It is a long story. ").repeated(30) + QStringLiteral("End");
        const QString education = QStringLiteral("A long education, ").repeated(20) + QStringLiteral("done");
        for (int i = 0; i < 3; ++i) {
            const int row = t.addRespondent({1, QStringLiteral("P%1").arg(i), {}, std::nullopt,
                                             Respondent::attributesOf(Json{{"education", education.toStdString()}})});
            t.setAnswer(row, 0, answered(Json(longText.toStdString()).dump().c_str(), longText + QString::number(i), i));
        }
        const QString path = exported(t, ExportFormat::Sav, QStringLiteral("reason.sav"));
        QVERIFY(!path.isEmpty());
        QString problem;
        const auto sav = readSav(path, &problem);
        QVERIFY2(sav, qPrintable(problem));
        QCOMPARE(sav->rows.size(), 3);
        const int reason = sav->column(QStringLiteral("reason")), why = sav->column(QStringLiteral("s1_reason_why"));
        QVERIFY(reason >= 0 && why >= 0);
        QCOMPARE(sav->variables[why].label, QStringLiteral("reason: justification"));
        QCOMPARE(sav->rows[2][reason].text, longText);
        QCOMPARE(sav->rows[2][why].text, longText + QStringLiteral("2"));
        QCOMPARE(sav->rows[1][sav->column(QStringLiteral("education"))].text, education);
    }

    void failureLeavesNoFile()
    {
        for (ExportFormat f : {ExportFormat::TidyCsv, ExportFormat::WideCsv, ExportFormat::Json, ExportFormat::Xlsx, ExportFormat::Sav}) {
            const QString path = m_dir.filePath(QStringLiteral("no/such/dir/out.") + exportFormatName(f));
            const Status s = exportResults(table(), f, path);
            QVERIFY2(!s, qPrintable(exportFormatName(f)));
            QVERIFY2(s.error().contains(QLatin1String("cannot write")), qPrintable(s.error()));
            QVERIFY(!QFile::exists(path));
        }
        QCOMPARE(exportFormatFromName(QStringLiteral("wide-csv")), ExportFormat::WideCsv);
        QVERIFY(!exportFormatFromName(QStringLiteral("xls")));
        QCOMPARE(exportFormatNames().size(), 5);
    }

    void emptyTableExports()
    {
        const ResultTable empty(QStringLiteral("Nothing yet"), questions());
        for (ExportFormat f : {ExportFormat::TidyCsv, ExportFormat::WideCsv, ExportFormat::Json, ExportFormat::Xlsx, ExportFormat::Sav})
            QVERIFY(!exported(empty, f, QStringLiteral("empty.") + exportFormatName(f)).isEmpty());
        QString problem;
        QVERIFY2(readSav(m_dir.filePath(QStringLiteral("empty.sav")), &problem), qPrintable(problem));
        QCOMPARE(parseCsv(contents(m_dir.filePath(QStringLiteral("empty.csv")))).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStudyExport)
#include "tst_studyexport.moc"
