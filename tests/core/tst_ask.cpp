// Questions put to agents in a step ("do": "ask"): answers under the question's schema, one
// repair, missing with the reason when still invalid, a failed call pauses the step, and a
// resumed step asks again.
#include "helpers/runworld.h"
#include "helpers/scripteddouble.h"
#include "llm/offlineengine.h"
#include "world/scenario.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using namespace troupe::test;

namespace {

using OJson = nlohmann::ordered_json;

OJson question(const char *id, const char *text, OJson value, OJson check = OJson())
{
    OJson schema = {{"type", "object"},
                    {"properties", {{"value", value}, {"justification", {{"type", "string"}}}}},
                    {"required", {"value", "justification"}},
                    {"additionalProperties", false}};
    OJson q = {{"id", id}, {"text", text}, {"schema", schema}};
    if (!check.is_null()) {
        OJson c = schema;
        c["properties"]["value"] = check;
        q["check"] = c;
    }
    return q;
}

OJson survey(const QStringList &people)
{
    OJson agents = OJson::array();
    for (const QString &p : people)
        agents.push_back({{"spec", {{"type", "TinyPerson"},
                                    {"persona", {{"name", p.toStdString()},
                                                 {"occupation", {{"title", "nurse"}}},
                                                 {"preferences", {{"likes", {"fresh vegetables", "quick lunches"}}, {"dislikes", {"cold soup"}}}}}}}}});
    const OJson options = {"Tomato", "Cucumber", "Pepper", "Garlic"};
    OJson script = OJson::array(
        {{{"step", 1}, {"do", "show"}, {"source", "Researcher"}, {"content", "A ready-to-drink bottled gazpacho: cold soup of fresh vegetables."}},
         {{"step", 2}, {"do", "ask"}, {"source", "Researcher"},
          {"question", question("vote", "Would you buy it? 1 = never, 5 = certainly", {{"type", "integer"}, {"minimum", 1}, {"maximum", 5}})}},
         {{"step", 2}, {"do", "ask"}, {"source", "Researcher"},
          {"question", question("pick", "Which flavour?", {{"type", "string"}, {"enum", options}})}},
         {{"step", 2}, {"do", "ask"}, {"source", "Researcher"},
          {"question", question("order", "Rank the flavours", {{"type", "array"}, {"items", {{"type", "string"}, {"enum", options}}}, {"minItems", 4}, {"maxItems", 4}},
                                {{"type", "array"}, {"items", {{"type", "string"}, {"enum", options}}}, {"minItems", 4}, {"maxItems", 4}, {"uniqueItems", true}})}},
         {{"step", 2}, {"do", "ask"}, {"source", "Researcher"},
          {"question", question("buy", "Would you buy it this week?", {{"type", "string"}, {"enum", {"yes", "no"}}})}},
         {{"step", 2}, {"do", "ask"}, {"source", "Researcher"},
          {"question", question("price", "What would you pay, in USD?", {{"type", "number"}, {"minimum", 0}, {"maximum", 10}})}},
         {{"step", 2}, {"do", "ask"}, {"source", "Researcher"}, {"question", question("why", "Why?", {{"type", "string"}})}}});
    return {{"name", "survey"},
            {"world", {{"steps", 2}, {"broadcast_if_no_target", false}}},
            {"agents", agents},
            {"script", script}};
}

std::unique_ptr<World> build(const OJson &scenario, llm::CallScheduler *scheduler)
{
    const auto loaded = Scenario::load(QByteArray::fromStdString(scenario.dump()), QStringLiteral("survey.json"), QDir::tempPath());
    if (!loaded.resolved) {
        for (const auto &d : loaded.diagnostics)
            qWarning("%s", qPrintable(d.toString()));
        return nullptr;
    }
    return Scenario::build(*loaded.resolved, scheduler, {});
}

RunEvents answersOf(const RunEvents &events, const QString &agent = {})
{
    RunEvents out;
    for (const RunEvent &e : events)
        if (e.kind == QLatin1String("answer") && (agent.isEmpty() || e.agent == agent))
            out.append(e);
    return out;
}

} // namespace

class TestAsk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offlineAnswersFitEveryQuestionType()
    {
        QStringList logs;
        for (int round = 0; round < 2; ++round) {
            llm::OfflineEngine engine;
            llm::CallScheduler scheduler(&engine);
            auto world = build(survey({QStringLiteral("Ana"), QStringLiteral("Bob"), QStringLiteral("Cleo")}), &scheduler);
            QVERIFY(world);
            EventCollector c(*world);
            QCOMPARE(runAndWait(*world, 2), QString());
            const RunEvents answers = answersOf(c.events);
            QCOMPARE(answers.size(), 3 * 6);
            // In agent order, then question order, whatever order the replies came in.
            QCOMPARE(answers.first().agent, QStringLiteral("Ana"));
            QCOMPARE(answers.first().type, QStringLiteral("vote"));
            QCOMPARE(answers.last().agent, QStringLiteral("Cleo"));
            QCOMPARE(answers.last().type, QStringLiteral("why"));
            for (const RunEvent &e : answers) {
                QVERIFY2(!e.payload.contains("missing_reason"), qPrintable(QString::fromStdString(e.payload.dump())));
                const auto &v = e.payload.at("value");
                if (e.type == QLatin1String("vote"))
                    QVERIFY(v.is_number_integer() && v.get<int>() >= 1 && v.get<int>() <= 5);
                if (e.type == QLatin1String("order")) {
                    QCOMPARE(v.size(), size_t(4));
                    QCOMPARE(QSet<std::string>({v[0], v[1], v[2], v[3]}).size(), 4);
                }
                if (e.type == QLatin1String("buy"))
                    QVERIFY(v == "yes" || v == "no");
                if (e.type == QLatin1String("price"))
                    QVERIFY(v.is_number() && v.get<double>() >= 0 && v.get<double>() <= 10);
                QVERIFY(!e.payload.at("justification").get<std::string>().empty());
            }
            // The agent remembers what it was asked and what it said.
            const Agent &ana = *world->agent(QStringLiteral("Ana"));
            QVERIFY(ana.episodic().items().back().role == MemoryItem::Role::Action);
            QCOMPARE(ana.episodic().items().back().target, QStringLiteral("Researcher"));
            logs.append(c.lines().join(QLatin1Char('\n')));
        }
        QCOMPARE(logs[0], logs[1]); // deterministic
    }

    void anInvalidAnswerIsRepairedOnceThenRecordedAsMissing()
    {
        ScriptedDouble d;
        const QString bad = QStringLiteral(R"({"value": 9, "justification": "off the scale"})");
        const QString worse = QStringLiteral(R"({"value": "four", "justification": "in words"})");
        const QString good = QStringLiteral(R"({"value": 4, "justification": "looks fresh"})");
        d.answers[QStringLiteral("Ana")] = {bad, worse};
        d.answers[QStringLiteral("Bob")] = {bad, good};
        llm::CallScheduler scheduler(&d);
        OJson s = survey({QStringLiteral("Ana"), QStringLiteral("Bob")});
        s["script"].erase(s["script"].begin() + 2, s["script"].end()); // only "vote"
        auto world = build(s, &scheduler);
        QVERIFY(world);
        EventCollector c(*world);
        QCOMPARE(runAndWait(*world, 2), QString()); // an invalid answer does not pause the run
        const RunEvents ana = answersOf(c.events, QStringLiteral("Ana"));
        QCOMPARE(ana.size(), 1);
        QVERIFY(ana[0].payload.at("value").is_null());
        QVERIFY2(QString::fromStdString(ana[0].payload.at("missing_reason").get<std::string>()).contains(QLatin1String("value")),
                 qPrintable(QString::fromStdString(ana[0].payload.dump())));
        const RunEvents bob = answersOf(c.events, QStringLiteral("Bob"));
        QCOMPARE(bob[0].payload.at("value").get<int>(), 4);
    }

    void aFailedCallPausesAndTheStepAsksAgainOnResume()
    {
        QTemporaryDir dir;
        auto project = ProjectFile::create(dir.filePath(QStringLiteral("a.troupe"))).value();
        RunStore store(*project);
        ScriptedDouble d;
        d.answers[QStringLiteral("Bob")] = {QStringLiteral("!error: HTTP 503 from the server")};
        llm::CallScheduler scheduler(&d);
        OJson s = survey({QStringLiteral("Ana"), QStringLiteral("Bob")});
        const auto loaded = Scenario::load(QByteArray::fromStdString(s.dump()), QStringLiteral("survey.json"), QDir::tempPath());
        QVERIFY(loaded.resolved);
        const qint64 run = newRun(store, QStringLiteral("s"), 1, *loaded.resolved);
        auto world = Scenario::build(*loaded.resolved, &scheduler, {});
        world->setRecorder([&](const StepCommit &c) { return store.commitStep(run, c); });
        const QString reason = runAndWait(*world, 2);
        QVERIFY2(reason.contains(QLatin1String("Bob")) && reason.contains(QLatin1String("503")), qPrintable(reason));
        QCOMPARE(world->stepsDone(), 1);
        QCOMPARE(answersOf(store.events(run).value()).size(), 0); // nothing of the step was applied
        // Resumed from the project: the questions of the paused step are asked again.
        llm::OfflineEngine engine;
        llm::CallScheduler again(&engine);
        auto resumed = rebuild(store, run, &again, {});
        resumed->setRecorder([&](const StepCommit &c) { return store.commitStep(run, c); });
        QCOMPARE(runAndWait(*resumed, 1), QString());
        QCOMPARE(answersOf(store.events(run).value()).size(), 2 * 6);
    }

    void aBadQuestionIsNamedWithItsField()
    {
        OJson s = survey({QStringLiteral("Ana")});
        s["script"][1]["question"].erase("schema");
        const auto loaded = Scenario::load(QByteArray::fromStdString(s.dump(2)), QStringLiteral("survey.json"), QDir::tempPath());
        QVERIFY(!loaded.resolved);
        QVERIFY2(loaded.diagnostics.first().field.startsWith(QLatin1String("script[1].question")),
                 qPrintable(loaded.diagnostics.first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestAsk)
#include "tst_ask.moc"
