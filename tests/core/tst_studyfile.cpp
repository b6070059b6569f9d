// Study files: the issue's example keys, the bundled studies, and errors that name the
// file, line, column and field.
#include "study/studyfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;

class TestStudyFile : public QObject
{
    Q_OBJECT

    QString m_studies = QStringLiteral(TROUPE_SOURCE_DIR "/resources/studies");

    StudyFile::Outcome load(const QByteArray &text)
    {
        return StudyFile::load(text, QStringLiteral("s.json"), m_studies);
    }

    static QString messages(const StudyFile::Outcome &o)
    {
        QStringList out;
        for (const Diagnostic &d : o.diagnostics)
            out.append(d.toString());
        return out.join(QLatin1Char('\n'));
    }

    /** A survey over the focus group's agents with these questions (JSON array text). */
    static QByteArray survey(const QByteArray &questions, const QByteArray &extra = {})
    {
        return "{\"name\": \"t\", \"mode\": \"survey\", \"scenario\": \"focus_group\"" + extra + ",\n \"questions\": " + questions + "}";
    }

    void expectError(const QByteArray &text, const QString &where)
    {
        const auto o = load(text);
        QVERIFY2(!o.study, text.constData());
        QVERIFY2(messages(o).contains(where), qPrintable(QStringLiteral("want \"%1\" in:\n%2").arg(where, messages(o))));
    }

private slots:
    void issueExampleWorksAsWritten()
    {
        const auto o = load(R"({"name": "Every type", "mode": "survey",
 "scenario": "focus_group",
 "population": {"name": "US adults", "sample": 50},
 "material": [{"name": "concept", "text": "A bottled gazpacho."}],
 "questions": [
    {"id": "vote", "type": "likert", "text": "Buy?", "scale": {"min": 1, "max": 5, "labels": {"1": "would never buy", "5": "would certainly buy"}}},
    {"id": "why", "type": "open", "text": "Why?"},
    {"id": "pick", "type": "choice", "text": "Pick", "options": ["A", "B", "C"]},
    {"id": "features", "type": "multi", "text": "Features", "options": ["x", "y", "z", "w"], "min": 1, "max": 3},
    {"id": "order", "type": "ranking", "text": "Order", "options": ["A", "B", "C", "D", "E"]},
    {"id": "price", "type": "numeric", "text": "Price", "min": 0, "max": 100, "unit": "USD"},
    {"id": "buy", "type": "yes_no", "text": "Buy?"}]})");
        QVERIFY2(o.study, qPrintable(messages(o)));
        const Study &s = *o.study;
        QCOMPARE(s.mode, StudyMode::Survey);
        QCOMPARE(s.scenarioSource, QStringLiteral("focus_group"));
        QVERIFY(s.scenario && s.scenario->at("agents").size() == 5);
        QVERIFY(s.population);
        QCOMPARE(s.population->name, QStringLiteral("US adults"));
        QCOMPARE(s.population->sample, 50);
        QCOMPARE(s.material.value(0).name, QStringLiteral("concept"));
        QCOMPARE(s.questions.size(), 7);
        const Question &vote = s.questions[0];
        QCOMPARE(vote.type, QuestionType::Likert);
        QCOMPARE(vote.scaleMin, 1);
        QCOMPARE(vote.scaleMax, 5);
        QCOMPARE(vote.labelOf(5), QStringLiteral("would certainly buy"));
        QCOMPARE(vote.labelOf(3), QString());
        QCOMPARE(s.question(QStringLiteral("features"))->minCount, 1);
        QCOMPARE(s.question(QStringLiteral("features"))->maxCount, 3);
        QCOMPARE(s.question(QStringLiteral("order"))->options.size(), 5);
        QCOMPARE(*s.question(QStringLiteral("price"))->maximum, 100.0);
        QCOMPARE(s.question(QStringLiteral("price"))->unit, QStringLiteral("USD"));
        QCOMPARE(s.question(QStringLiteral("buy"))->type, QuestionType::YesNo);
        // The definition is self-contained: the scenario is inline and reads back alone.
        QVERIFY(s.definition.at("scenario").is_object());
        QCOMPARE(QString::fromStdString(s.definition.at("scenario_source").get<std::string>()), QStringLiteral("focus_group"));
        const auto again = StudyFile::fromDefinition(s.definition, QStringLiteral("stored"));
        QVERIFY2(again.study, qPrintable(messages(again)));
        QCOMPARE(again.study->questions.size(), 7);
        QCOMPARE(again.study->scenarioSource, QStringLiteral("focus_group"));
        for (qsizetype i = 0; i < s.questions.size(); ++i)
            QCOMPARE(again.study->questions[i].toJson().dump(), s.questions[i].toJson().dump());
    }

    void bundledStudiesLoad()
    {
        const QStringList names = StudyFile::bundledNames();
        QVERIFY(names.contains(QStringLiteral("bottled_gazpacho")));
        QVERIFY(names.contains(QStringLiteral("ad_concepts")));
        QVERIFY(names.contains(QStringLiteral("focus_group_closing")));
        const bool usAdults = QFile::exists(QStringLiteral(":/examples/populations/us_adults.json"));
        for (const QString &name : names) {
            const auto o = StudyFile::loadFile(name);
            if (name == QLatin1String("bottled_gazpacho") && !usAdults) {
                // The US description is bundled by the population work; until then the only
                // problem in the file must be that reference.
                QCOMPARE(o.diagnostics.size(), 1);
                QCOMPARE(o.diagnostics[0].field, QStringLiteral("population.description"));
                QVERIFY(o.diagnostics[0].message.contains(QLatin1String("us_adults")));
                continue;
            }
            QVERIFY2(o.study, qPrintable(name + QStringLiteral(": ") + messages(o)));
        }
        const auto ads = StudyFile::loadFile(QStringLiteral("ad_concepts"));
        QVERIFY(ads.study);
        QCOMPARE(ads.study->scenario->at("agents").size(), size_t(6));
        QCOMPARE(ads.study->question(QStringLiteral("order"))->type, QuestionType::Ranking);
        const auto closing = StudyFile::loadFile(QStringLiteral("focus_group_closing"));
        QVERIFY(closing.study);
        QCOMPARE(closing.study->mode, StudyMode::Discussion);
        QVERIFY(!closing.study->askStep(closing.study->questions[0])); // at the end
        QStringList types;
        for (const Question &q : closing.study->questions)
            types.append(questionTypeName(q.type));
        QCOMPARE(types, QStringList({QStringLiteral("likert"), QStringLiteral("choice"), QStringLiteral("open")}));
    }

    void gazpachoStudyAsWritten()
    {
        // Checked through an inline description, so it runs whether or not us_adults is bundled.
        QFile f(m_studies + QStringLiteral("/bottled_gazpacho.study.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto doc = nlohmann::ordered_json::parse(f.readAll().toStdString());
        QCOMPARE(doc["population"]["description"].get<std::string>(), std::string("us_adults"));
        QCOMPARE(doc["population"]["name"].get<std::string>(), std::string("US adults"));
        QCOMPARE(doc["population"]["sample"].get<int>(), 50);
        doc["population"]["description"] = {{"title", "US adults"}, {"description", "d"}, {"content", nlohmann::ordered_json::object()}};
        const auto o = load(QByteArray::fromStdString(doc.dump(2)));
        QVERIFY2(o.study, qPrintable(messages(o)));
        const Question *vote = o.study->question(QStringLiteral("vote"));
        QVERIFY(vote && vote->type == QuestionType::Likert && vote->scaleMin == 1 && vote->scaleMax == 5);
        QVERIFY(!vote->labelOf(1).isEmpty() && !vote->labelOf(5).isEmpty());
        QVERIFY(vote->ssr);
        QCOMPARE(int(vote->anchors.size()), 5);
        QCOMPARE(o.study->question(QStringLiteral("why"))->type, QuestionType::Open);
        QCOMPARE(o.study->material.size(), 1);
        QVERIFY(o.study->population->description);
    }

    void populationDescriptionByNamePathOrInline()
    {
        const QByteArray byName = R"({"name": "t", "mode": "survey", "population": {"name": "Seniors", "sample": 10, "seed": 3, "description": "japan_seniors"}, "questions": [{"id": "q", "type": "open", "text": "?"}]})";
        const auto o = load(byName);
        QVERIFY2(o.study, qPrintable(messages(o)));
        QCOMPARE(o.study->population->descriptionSource, QStringLiteral("japan_seniors"));
        QCOMPARE(o.study->population->seed, quint64(3));
        QVERIFY(o.study->population->description->contains("content"));
        QVERIFY(o.study->definition["population"]["description"].is_object());

        const auto byPath = load(R"({"name": "t", "mode": "survey", "population": {"name": "Seniors", "description": "../examples/populations/japan_seniors.json"}, "questions": [{"id": "q", "type": "open", "text": "?"}]})");
        QVERIFY2(byPath.study, qPrintable(messages(byPath)));
        QVERIFY(!byPath.study->population->sample);

        expectError(R"({"name": "t", "mode": "survey", "population": {"name": "X", "description": "atlantis"}, "questions": [{"id": "q", "type": "open", "text": "?"}]})",
                    QStringLiteral("s.json:1:76: population.description: there is no population description file \"atlantis\""));
        expectError(R"({"name": "t", "mode": "survey", "population": {"name": "X", "description": {"title": 3}}, "questions": [{"id": "q", "type": "open", "text": "?"}]})",
                    QStringLiteral("population.description.title"));
        expectError(R"({"name": "t", "mode": "survey", "population": {"name": "X", "sample": 0}, "questions": [{"id": "q", "type": "open", "text": "?"}]})",
                    QStringLiteral("population.sample: the sample needs at least 1 person"));
    }

    void scenarioByPathAndInline()
    {
        const auto byPath = load(survey(R"([{"id": "q", "type": "open", "text": "?"}])").replace("\"focus_group\"", "\"../scenarios/ad_evaluation.scenario.json\""));
        QVERIFY2(byPath.study, qPrintable(messages(byPath)));
        QCOMPARE(byPath.study->scenario->at("agents").size(), size_t(6));

        expectError(survey(R"([{"id": "q", "type": "open", "text": "?"}])").replace("\"focus_group\"", "\"nowhere\""),
                    QStringLiteral("s.json:1:45: scenario: there is no scenario file \"nowhere\""));
        // A problem inside an inline scenario is placed in the study file.
        expectError("{\"name\": \"t\", \"mode\": \"survey\",\n \"scenario\": {\"name\": \"x\",\n   \"world\": {\"steps\": \"six\"},\n   \"agents\": [{\"file\": \"../examples/personas/amara_okafor.agent.json\"}]},\n"
                    " \"questions\": [{\"id\": \"q\", \"type\": \"open\", \"text\": \"?\"}]}",
                    QStringLiteral("s.json:3:23: scenario.world.steps: expected a whole number"));
        expectError("{\"name\": \"t\", \"mode\": \"survey\",\n \"scenario\": {\"name\": \"x\", \"agents\": [{\"file\": \"nobody.agent.json\"}]},\n"
                    " \"questions\": [{\"id\": \"q\", \"type\": \"open\", \"text\": \"?\"}]}",
                    QStringLiteral("s.json:2:48: scenario.agents[0].file: cannot find"));
    }

    void schemaErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("no name") << QByteArray(R"({"mode": "survey", "scenario": "focus_group", "questions": []})") << QStringLiteral("s.json:1:1: name: required field is missing");
        QTest::newRow("bad mode") << QByteArray("{\"name\": \"t\",\n \"mode\": \"poll\", \"scenario\": \"focus_group\", \"questions\": []}")
                                  << QStringLiteral("s.json:2:10: mode: expected one of: survey, interview, discussion");
        QTest::newRow("no questions") << QByteArray(R"({"name": "t", "mode": "survey", "scenario": "focus_group", "questions": []})") << QStringLiteral("questions");
        QTest::newRow("question type") << survey("[\n  {\"id\": \"q\", \"type\": \"slider\", \"text\": \"?\"}]")
                                       << QStringLiteral("s.json:3:23: questions[0].type: expected one of: likert, open");
        QTest::newRow("options not a list") << survey(R"([{"id": "q", "type": "choice", "text": "?", "options": "A, B"}])")
                                            << QStringLiteral("questions[0].options: expected a list");
        QTest::newRow("not json") << QByteArray("{\"name\": \"t\",\n \"mode\": }") << QStringLiteral("s.json:2:10: not valid JSON");
        QTest::newRow("unknown top key") << survey(R"([{"id": "q", "type": "open", "text": "?"}])", ", \"questoins\": []")
                                         << QStringLiteral("questoins: unknown key in a study");
        QTest::newRow("no respondents") << QByteArray(R"({"name": "t", "mode": "survey", "questions": [{"id": "q", "type": "open", "text": "?"}]})")
                                        << QStringLiteral("s.json:1:1: a study needs respondents");
    }

    void schemaErrorsNameTheField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        expectError(text, where);
    }

    void rulesBeyondTheSchema_data()
    {
        QTest::addColumn<QByteArray>("questions");
        QTest::addColumn<QString>("where");
        QTest::newRow("duplicate id") << QByteArray(R"([{"id": "q", "type": "open", "text": "?"}, {"id": "q", "type": "yes_no", "text": "?"}])")
                                      << QStringLiteral("questions[1].id: \"q\" is already the id of questions[0]");
        QTest::newRow("id not an identifier") << QByteArray(R"([{"id": "my q", "type": "open", "text": "?"}])")
                                              << QStringLiteral("questions[0].id: \"my q\" is not an identifier");
        QTest::newRow("empty options") << QByteArray(R"([{"id": "q", "type": "multi", "text": "?", "options": []}])")
                                       << QStringLiteral("questions[0].options: the list of options is empty");
        QTest::newRow("empty option") << QByteArray(R"([{"id": "q", "type": "choice", "text": "?", "options": ["A", " "]}])")
                                      << QStringLiteral("questions[0].options[1]: an option must not be empty");
        QTest::newRow("duplicate option") << QByteArray(R"([{"id": "q", "type": "choice", "text": "?", "options": ["Yes", "No", "yes"]}])")
                                          << QStringLiteral("questions[0].options[2]: \"yes\" repeats options[0]");
        QTest::newRow("choice of one") << QByteArray(R"([{"id": "q", "type": "choice", "text": "?", "options": ["A"]}])")
                                       << QStringLiteral("questions[0].options: a choice needs at least 2 options");
        QTest::newRow("ranking of one") << QByteArray(R"([{"id": "q", "type": "ranking", "text": "?", "options": ["A"]}])")
                                        << QStringLiteral("questions[0].options: a ranking needs at least 2 options");
        QTest::newRow("scale min > max") << QByteArray(R"([{"id": "q", "type": "likert", "text": "?", "scale": {"min": 5, "max": 1}}])")
                                         << QStringLiteral("questions[0].scale.max: the scale's max (1) must be greater than its min (5)");
        QTest::newRow("label outside scale") << QByteArray("[{\"id\": \"q\", \"type\": \"likert\", \"text\": \"?\",\n  \"scale\": {\"min\": 1, \"max\": 5, \"labels\": {\"7\": \"wow\"}}}]")
                                             << QStringLiteral("s.json:3:49: questions[0].scale.labels.7: 7 is outside the scale (1 to 5)");
        QTest::newRow("label not a point") << QByteArray(R"([{"id": "q", "type": "likert", "text": "?", "scale": {"min": 1, "max": 5, "labels": {"top": "wow"}}}])")
                                           << QStringLiteral("questions[0].scale.labels.top: \"top\" is not a scale point");
        QTest::newRow("likert without scale") << QByteArray(R"([{"id": "q", "type": "likert", "text": "?"}])")
                                              << QStringLiteral("questions[0].scale: a likert question needs a scale");
        QTest::newRow("multi max over options") << QByteArray(R"([{"id": "q", "type": "multi", "text": "?", "options": ["a", "b"], "max": 3}])")
                                                << QStringLiteral("questions[0].max: max is 3 but the question has 2 options");
        QTest::newRow("multi min over max") << QByteArray(R"([{"id": "q", "type": "multi", "text": "?", "options": ["a", "b", "c"], "min": 3, "max": 2}])")
                                            << QStringLiteral("questions[0].max: min (3) is greater than max (2)");
        QTest::newRow("numeric min > max") << QByteArray(R"([{"id": "q", "type": "numeric", "text": "?", "min": 10, "max": 0}])")
                                           << QStringLiteral("questions[0].max: max (0) is less than min (10)");
        QTest::newRow("key of another type") << QByteArray(R"([{"id": "q", "type": "open", "text": "?", "options": ["a"]}])")
                                             << QStringLiteral("questions[0].options: \"options\" is not used by open questions");
        QTest::newRow("anchors without ssr") << QByteArray(R"([{"id": "q", "type": "likert", "text": "?", "scale": {"min": 1, "max": 2}, "anchors": {"1": "no", "2": "yes"}}])")
                                             << QStringLiteral("questions[0].anchors: anchors are used for semantic similarity rating");
        QTest::newRow("anchors miss a point") << QByteArray(R"([{"id": "q", "type": "likert", "text": "?", "scale": {"min": 1, "max": 3}, "ssr": true, "anchors": {"1": "no", "3": "yes"}}])")
                                              << QStringLiteral("questions[0].anchors: scale point 2 has no anchor statement");
        QTest::newRow("ask_at in a survey") << QByteArray(R"([{"id": "q", "type": "open", "text": "?", "ask_at": 2}])")
                                            << QStringLiteral("questions[0].ask_at: \"ask_at\" is for discussions");
        QTest::newRow("follow-up in a survey") << QByteArray(R"([{"id": "q", "type": "open", "text": "?", "follow_up": "Why?"}])")
                                               << QStringLiteral("questions[0].follow_up: follow-ups are asked in interviews");
    }

    void rulesBeyondTheSchema()
    {
        QFETCH(QByteArray, questions);
        QFETCH(QString, where);
        expectError(survey(questions), where);
    }

    void discussionAndInterviewKeys()
    {
        const auto d = load(R"({"name": "t", "mode": "discussion", "scenario": "focus_group", "ask_at": 4,
 "questions": [{"id": "a", "type": "open", "text": "?"}, {"id": "b", "type": "open", "text": "?", "ask_at": "end"}, {"id": "c", "type": "open", "text": "?", "ask_at": 2}]})");
        QVERIFY2(d.study, qPrintable(messages(d)));
        QCOMPARE(d.study->askStep(d.study->questions[0]), 4);
        QVERIFY(!d.study->askStep(d.study->questions[1]));
        QCOMPARE(d.study->askStep(d.study->questions[2]), 2);
        expectError(R"({"name": "t", "mode": "discussion", "scenario": "focus_group", "ask_at": 9, "questions": [{"id": "a", "type": "open", "text": "?"}]})",
                    QStringLiteral("ask_at: step 9 is after the scenario's last step (6)"));
        expectError(R"({"name": "t", "mode": "discussion", "population": {"name": "p"}, "questions": [{"id": "a", "type": "open", "text": "?"}]})",
                    QStringLiteral("mode: a discussion needs a \"scenario\""));
        expectError(R"({"name": "t", "mode": "survey", "scenario": "focus_group", "ask_at": "end", "questions": [{"id": "a", "type": "open", "text": "?"}]})",
                    QStringLiteral("ask_at: \"ask_at\" is for discussions"));

        const auto i = load(R"({"name": "t", "mode": "interview", "scenario": "customer_interview",
 "interviewer": {"name": "Dana", "intro": "Thanks for your time."},
 "questions": [{"id": "a", "type": "open", "text": "What slows you down?", "follow_up": {"text": "Tell me more about the paperwork.", "mentioned": "paperwork"}},
               {"id": "b", "type": "yes_no", "text": "Would you try it?", "follow_up": "Why?"}]})");
        QVERIFY2(i.study, qPrintable(messages(i)));
        QCOMPARE(i.study->interviewer, QStringLiteral("Dana"));
        QCOMPARE(i.study->interviewerIntro, QStringLiteral("Thanks for your time."));
        QCOMPARE(i.study->questions[0].followUp->mentioned, QStringLiteral("paperwork"));
        QCOMPARE(i.study->questions[1].followUp->text, QStringLiteral("Why?"));
        QVERIFY(i.study->questions[1].followUp->mentioned.isEmpty());
        expectError(R"({"name": "t", "mode": "survey", "scenario": "focus_group", "interviewer": "Dana", "questions": [{"id": "a", "type": "open", "text": "?"}]})",
                    QStringLiteral("interviewer: \"interviewer\" is for interviews"));
    }

    void materialNamesAreUnique()
    {
        expectError(survey(R"([{"id": "q", "type": "open", "text": "?"}])", R"(, "material": [{"name": "a", "text": "x"}, {"name": "a", "text": "y"}])"),
                    QStringLiteral("material[1].name: \"a\" is already the name of material[0]"));
        expectError(survey(R"([{"id": "q", "type": "open", "text": "?"}])", R"(, "material": [{"name": "a"}])"),
                    QStringLiteral("material[0].text: required field is missing"));
    }

    void fileProblems()
    {
        const auto missing = StudyFile::loadFile(QStringLiteral("/nonexistent/x.study.json"));
        QVERIFY(!missing.study);
        QVERIFY(messages(missing).contains(QLatin1String("no such file")));
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("e.study.json")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(messages(StudyFile::loadFile(empty.fileName())).contains(QLatin1String("file is empty")));
    }
};

QTEST_GUILESS_MAIN(TestStudyFile)
#include "tst_studyfile.moc"
