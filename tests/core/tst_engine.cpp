// The simulation engine: agents, memory, routing, interventions, determinism, resume.
#include "helpers/runworld.h"
#include "helpers/scripteddouble.h"

#include "llm/hashembedding.h"
#include "store/runstore.h"
#include "world/scenario.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using namespace troupe::test;

namespace {

PersonaDocument person(const QString &name, const QString &occupation = QStringLiteral("Teacher"))
{
    nlohmann::ordered_json doc = {{"type", "TinyPerson"},
                                  {"persona", {{"name", name.toStdString()}, {"age", 40}, {"occupation", occupation.toStdString()},
                                               {"preferences", {{"likes", {"Clear prices"}}, {"dislikes", {"Hidden fees"}}}}}}};
    return PersonaDocument(SpecKind::Agent, doc, name);
}

std::unique_ptr<World> worldOf(llm::CallScheduler *scheduler, const QStringList &names, AgentSettings settings = {})
{
    auto world = std::make_unique<World>(QStringLiteral("Test room"), scheduler);
    for (const QString &n : names)
        world->addAgent(std::make_unique<Agent>(person(n), settings));
    return world;
}

RunEvents ofKind(const RunEvents &events, const QString &kind, const QString &agent = {})
{
    RunEvents out;
    for (const RunEvent &e : events)
        if (e.kind == kind && (agent.isEmpty() || e.agent == agent))
            out.append(e);
    return out;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void memoryWindowHasPrefixMarkerAndLookback()
    {
        AgentSettings s;
        s.fixedPrefixLength = 3;
        s.lookbackLength = 4;
        Agent a(person(QStringLiteral("Ana")), s);
        for (int i = 0; i < 12; ++i)
            a.listen(QStringLiteral("message %1").arg(i), QStringLiteral("Bob"), 1);
        const QStringList lines = a.episodic().renderWindow(s.fixedPrefixLength, s.lookbackLength, 1024);
        QCOMPARE(lines.size(), 3 + 1 + 4);
        QVERIFY(lines[0].endsWith(QLatin1String("message 0")));
        QVERIFY(lines[2].endsWith(QLatin1String("message 2")));
        QCOMPARE(lines[3], QStringLiteral("(… 5 earlier items omitted …)"));
        QVERIFY(lines[4].endsWith(QLatin1String("message 8")));
        QVERIFY(lines[7].endsWith(QLatin1String("message 11")));
        QVERIFY(lines[7].contains(QLatin1String("CONVERSATION from Bob")));
        // The prompt carries the same window.
        const llm::ChatRequest r = a.buildTurnRequest(1, 1, QStringLiteral("m"));
        QVERIFY2(r.messages[1].content.contains(QStringLiteral("(… 5 earlier items omitted …)")), qPrintable(r.messages[1].content));
        QVERIFY(!r.messages[1].content.contains(QLatin1String("message 5\n")));
        // Short memories have no marker.
        Agent b(person(QStringLiteral("Bea")), s);
        b.listen(QStringLiteral("hello"), QStringLiteral("Bob"), 1);
        QCOMPARE(b.episodic().renderWindow(3, 4, 1024).size(), 1);
    }

    void agentsAreFoundByName()
    {
        llm::OfflineEngine engine;
        llm::CallScheduler scheduler(&engine);
        auto w = worldOf(&scheduler, {QStringLiteral("Ana"), QStringLiteral("Bob"), QStringLiteral("Ana")});
        QCOMPARE(w->agent(QStringLiteral("Ana")), w->agents()[0].get()); // the first of a name
        QCOMPARE(w->agent(QStringLiteral("Bob")), w->agents()[1].get());
        QCOMPARE(w->agent(QStringLiteral("Moderator")), nullptr);
        // A fragment changes a persona, never its name: the agent is found as before.
        const nlohmann::ordered_json doc = {{"type", "Fragment"}, {"persona", {{"hobbies", {"Chess"}}}}};
        const Status applied = w->applyFragment(QStringLiteral("Bob"), PersonaDocument(SpecKind::Fragment, doc, QStringLiteral("older")));
        QVERIFY2(applied, qPrintable(applied.error()));
        QCOMPARE(w->agent(QStringLiteral("Bob")), w->agents()[1].get());
        QVERIFY(w->agents()[1]->persona().persona().contains("hobbies"));
    }

    void contentIsTruncatedInTheWindow()
    {
        Agent a(person(QStringLiteral("Ana")));
        a.listen(QString(50, QLatin1Char('x')), QStringLiteral("Bob"), 1);
        const QString line = a.episodic().renderWindow(10, 20, 10).first();
        QVERIFY(line.endsWith(QStringLiteral("xxxxxxxxxx…")));
    }

    void semanticRetrievalRanksRelatedFirst()
    {
        SemanticMemory m;
        const QStringList texts = {QStringLiteral("The kettle ad promised repairs for ten years"),
                                   QStringLiteral("Choir practice on Saturday with cousins"),
                                   QStringLiteral("Night shifts on the intensive care ward"),
                                   QStringLiteral("Hidden fees on the savings app subscription")};
        for (const QString &t : texts)
            QVERIFY(m.add({QStringLiteral("stimulus"), t, 1}, llm::hashEmbedding(t)));
        const auto hits = m.retrieve(llm::hashEmbedding(QStringLiteral("app subscription fees")), 2);
        QCOMPARE(hits.size(), size_t(2));
        QCOMPARE(m.engram(hits[0].index).text, texts[3]);
        QVERIFY(hits[0].score > hits[1].score);
        QVERIFY(!m.add({QStringLiteral("x"), QStringLiteral("y"), 1}, std::vector<float>(3, 1.0f))); // wrong size
    }

    void largeMemoryRetrievalMatchesTheExhaustiveOne()
    {
        // Past kQuantisedFrom the candidates come from int8 codes; the hits (indexes, order
        // and score bits) must be those of scoring every engram exactly. Hash embeddings of
        // short texts over a small vocabulary give many near ties, the hard case.
        SemanticMemory m;
        const QStringList words = {QStringLiteral("price"), QStringLiteral("soup"), QStringLiteral("cold"), QStringLiteral("garlic"),
                                   QStringLiteral("smoothie"), QStringLiteral("bottle"), QStringLiteral("lunch"), QStringLiteral("shop"),
                                   QStringLiteral("healthy"), QStringLiteral("summer"), QStringLiteral("tomato"), QStringLiteral("cheap")};
        const qsizetype n = SemanticMemory::kQuantisedFrom * 3;
        for (qsizetype i = 0; i < n; ++i) {
            const QString text = QStringLiteral("%1 %2 %3 #%4").arg(words[i % 12], words[(i / 12) % 12], words[(i / 144) % 12]).arg(i % 7);
            QVERIFY(m.add({QStringLiteral("stimulus"), text, int(i)}, llm::hashEmbedding(text)));
        }
        for (int q = 0; q < 40; ++q) {
            const auto query = llm::hashEmbedding(QStringLiteral("%1 %2").arg(words[q % 12], words[(q * 5 + 3) % 12]));
            for (int k : {1, 7, 50}) {
                const auto fast = m.retrieve(query, k);
                const auto exact = m.retrieveExhaustive(query, k);
                QCOMPARE(fast.size(), exact.size());
                for (size_t i = 0; i < fast.size(); ++i) {
                    QCOMPARE(fast[i].index, exact[i].index);
                    QCOMPARE(fast[i].score, exact[i].score);
                }
            }
        }
    }

    void stateUpdateKeepsFieldsApartAndIsRendered()
    {
        Agent a(person(QStringLiteral("Ana")));
        a.state().goals = QStringLiteral("find a cheap plan");
        const TurnResult r = a.applyTurn(nlohmann::json::parse(
            turnJson({{"THINK", "hmm", ""}}, "the price table", "curious").toStdString()), 1);
        QCOMPARE(a.state().attention, QStringLiteral("the price table"));
        QCOMPARE(a.state().emotions, QStringLiteral("curious"));
        QCOMPARE(a.state().goals, QStringLiteral("find a cheap plan")); // not in the reply: kept
        QCOMPARE(r.changedState, QStringList({QStringLiteral("attention"), QStringLiteral("emotions")}));
        const QString prompt = a.systemPrompt();
        QVERIFY(prompt.contains(QLatin1String("Attention: the price table")));
        QVERIFY(prompt.contains(QLatin1String("Emotions: curious")));
        QVERIFY(prompt.contains(QLatin1String("Goals: find a cheap plan")));
        QVERIFY(prompt.contains(QLatin1String("\"occupation\":\"Teacher\"")));
    }

    void turnIsCappedAndEndsWithDone()
    {
        Agent a(person(QStringLiteral("Ana")));
        std::vector<std::array<const char *, 3>> many;
        static std::vector<std::string> texts;
        texts.clear();
        for (int i = 0; i < 20; ++i)
            texts.push_back("distinct thought number " + std::to_string(i) + std::string(size_t(i), 'z'));
        for (int i = 0; i < 20; ++i)
            many.push_back({"THINK", texts[size_t(i)].c_str(), ""});
        const TurnResult r = a.applyTurn(nlohmann::json::parse(turnJson(many).toStdString()), 1);
        QCOMPARE(r.actions.size(), size_t(16)); // 15 kept + DONE appended
        QCOMPARE(r.actions.back().type, QStringLiteral("DONE"));
        QCOMPARE(r.feedback.size(), 1);
        QVERIFY(r.feedback[0].contains(QLatin1String("20 actions")));
        QCOMPARE(a.episodic().items().back().role, MemoryItem::Role::Feedback);
    }

    void repeatedActionIsCutWithANote()
    {
        Agent a(person(QStringLiteral("Ana")));
        (void)a.applyTurn(nlohmann::json::parse(turnJson({{"TALK", "I really like the clear prices here", "Bob"}}).toStdString()), 1);
        const TurnResult r = a.applyTurn(
            nlohmann::json::parse(turnJson({{"TALK", "I really like the clear prices here!", "Bob"},
                                            {"THINK", "something else", ""}}).toStdString()), 2);
        QCOMPARE(r.actions.size(), size_t(1));
        QCOMPARE(r.actions[0].type, QStringLiteral("DONE"));
        QVERIFY(r.feedback.join(QString()).contains(QLatin1String("repeat")));
        // Same words to someone else is not a repetition.
        const TurnResult r2 = a.applyTurn(
            nlohmann::json::parse(turnJson({{"TALK", "I really like the clear prices here", "Cleo"}}).toStdString()), 3);
        QCOMPARE(r2.actions.size(), size_t(2));
    }

    void routingTalkBroadcastAndSelf()
    {
        ScriptedDouble d;
        d.script[QStringLiteral("Ana")] = {turnJson({{"TALK", "hello Bob", "Bob"}, {"TALK", "talking to myself", "Ana"}})};
        d.script[QStringLiteral("Bob")] = {turnJson({{"TALK", "hello all", ""}})};
        d.script[QStringLiteral("Cy")] = {turnJson({{"TALK", "anyone called Zed?", "Zed"}})};
        llm::CallScheduler scheduler(&d);
        auto world = worldOf(&scheduler, {QStringLiteral("Ana"), QStringLiteral("Bob"), QStringLiteral("Cy")});
        world->makeEveryoneAccessible();
        EventCollector c(*world);
        QCOMPARE(runAndWait(*world, 1), QString());
        auto heard = [&](const QString &who, const QString &what) {
            for (const RunEvent &e : ofKind(c.events, QStringLiteral("stimulus"), who))
                if (e.content == what)
                    return true;
            return false;
        };
        QVERIFY(heard(QStringLiteral("Bob"), QStringLiteral("hello Bob")));
        QVERIFY(!heard(QStringLiteral("Cy"), QStringLiteral("hello Bob")));
        QVERIFY(heard(QStringLiteral("Ana"), QStringLiteral("hello all")));
        QVERIFY(heard(QStringLiteral("Cy"), QStringLiteral("hello all")));
        QVERIFY(!heard(QStringLiteral("Bob"), QStringLiteral("hello all")));
        QVERIFY(heard(QStringLiteral("Ana"), QStringLiteral("anyone called Zed?"))); // unknown target: broadcast
        QVERIFY(!heard(QStringLiteral("Ana"), QStringLiteral("talking to myself")));
        QVERIFY(ofKind(c.events, QStringLiteral("feedback"), QStringLiteral("Ana")).size() == 1);
    }

    void reachOutFollowsRelations()
    {
        ScriptedDouble d;
        d.script[QStringLiteral("Ana")] = {turnJson({{"REACH_OUT", "", "Bob"}, {"REACH_OUT", "", "Cy"}})};
        d.script[QStringLiteral("Cy")] = {turnJson({{"TALK", "psst Ana", "Ana"}})};
        llm::CallScheduler scheduler(&d);
        auto world = worldOf(&scheduler, {QStringLiteral("Ana"), QStringLiteral("Bob"), QStringLiteral("Cy")});
        SocialNetwork net;
        net.addRelation(QStringLiteral("colleagues"), QStringLiteral("Ana"), QStringLiteral("Bob"));
        world->setNetwork(net);
        QVERIFY(world->agent(QStringLiteral("Ana"))->state().canReach(QStringLiteral("Bob")));
        QVERIFY(!world->agent(QStringLiteral("Ana"))->state().canReach(QStringLiteral("Cy")));
        EventCollector c(*world);
        QCOMPARE(runAndWait(*world, 1), QString());
        QStringList social;
        for (const RunEvent &e : c.events)
            if (e.type == QLatin1String("SOCIAL"))
                social.append(e.agent + QStringLiteral(": ") + e.content);
        QVERIFY2(social.join(QLatin1Char('\n')).contains(QLatin1String("Bob: Ana reached out to you")), qPrintable(social.join(QLatin1Char('\n'))));
        QVERIFY(social.join(QLatin1Char('\n')).contains(QLatin1String("You could not reach out to Cy: you have no relation")));
        QVERIFY(!world->agent(QStringLiteral("Cy"))->state().canReach(QStringLiteral("Ana")));
        for (const RunEvent &e : ofKind(c.events, QStringLiteral("stimulus"), QStringLiteral("Ana")))
            QVERIFY(e.content != QLatin1String("psst Ana")); // no relation: not heard
        QVERIFY(!ofKind(c.events, QStringLiteral("feedback"), QStringLiteral("Cy")).isEmpty());
    }

    void interventionsFireOnStepMentionAndCondition()
    {
        ScriptedDouble d;
        d.script[QStringLiteral("Ana")] = {turnJson({{"TALK", "the price is too high", ""}}), turnJson({{"THINK", "ok", ""}}),
                                           turnJson({{"THINK", "fine", ""}})};
        llm::CallScheduler scheduler(&d);
        auto world = worldOf(&scheduler, {QStringLiteral("Ana"), QStringLiteral("Bob")});
        world->makeEveryoneAccessible();
        Intervention mention;
        mention.name = QStringLiteral("price");
        mention.precondition = [](const World &w) { return w.mentioned(QStringLiteral("price")); };
        mention.effects.push_back({InterventionEffect::Kind::Stimulus, StimulusType::Conversation,
                                   QStringLiteral("It is 4 dollars."), QStringLiteral("Moderator"), {}, {}, {}});
        world->addIntervention(mention);
        Intervention later;
        later.name = QStringLiteral("move");
        later.firstStep = 3;
        later.targets = {QStringLiteral("Bob")};
        later.effects.push_back({InterventionEffect::Kind::Location, {}, {}, {}, {}, QStringLiteral("the garden"), {}});
        world->addIntervention(later);
        Intervention judged;
        judged.name = QStringLiteral("judged");
        judged.textualCondition = QStringLiteral("someone said the price is high");
        judged.effects.push_back({InterventionEffect::Kind::Stimulus, StimulusType::Thought,
                                  QStringLiteral("Maybe it is worth it."), {}, {}, {}, {}});
        world->addIntervention(judged);
        EventCollector c(*world);
        QCOMPARE(runAndWait(*world, 3), QString());
        QMap<QString, int> firedAt;
        for (const RunEvent &e : ofKind(c.events, QStringLiteral("intervention")))
            firedAt[e.type] = e.step;
        QCOMPARE(firedAt.value(QStringLiteral("price")), 2);  // said in step 1, checked before step 2
        QCOMPARE(firedAt.value(QStringLiteral("move")), 3);
        QCOMPARE(firedAt.value(QStringLiteral("judged")), 2); // offline judge: the words appear
        QCOMPARE(world->agent(QStringLiteral("Bob"))->state().location, QStringLiteral("the garden"));
        QCOMPARE(world->agent(QStringLiteral("Ana"))->state().location, QString());
        QCOMPARE(ofKind(c.events, QStringLiteral("intervention")).size(), 3); // once each
    }

    void sameSeedSameLogWhateverTheArrivalOrder()
    {
        QStringList first;
        for (quint64 jitter : {0ull, 7ull, 99ull}) {
            ScriptedDouble d(3, 1, jitter);
            llm::CallScheduler scheduler(&d);
            const auto loaded = Scenario::loadFile(QStringLiteral("focus_group"));
            QVERIFY(loaded.resolved);
            auto world = Scenario::build(*loaded.resolved, &scheduler, {});
            EventCollector c(*world);
            QCOMPARE(runAndWait(*world, 4), QString());
            if (first.isEmpty())
                first = c.lines();
            else
                QCOMPARE(c.lines(), first);
            QVERIFY(d.peakInFlight <= 3);
        }
        QVERIFY(first.size() > 50);
    }

    void allTurnsOfAStepAreInFlightTogether()
    {
        ScriptedDouble d(4, 5);
        llm::CallScheduler scheduler(&d);
        QStringList names;
        for (int i = 0; i < 10; ++i)
            names.append(QStringLiteral("Agent %1").arg(i));
        auto world = worldOf(&scheduler, names);
        world->broadcast(QStringLiteral("What do you think of the price?"), QStringLiteral("Moderator"));
        QCOMPARE(runAndWait(*world, 1), QString());
        QCOMPARE(scheduler.stats().peakInFlight, 4);
        QCOMPARE(d.peakInFlight, 4);
        QCOMPARE(scheduler.stats().chatCalls, 10);
    }

    void failingCallPausesAndResumeLosesNoTurn()
    {
        QTemporaryDir dir;
        auto project = ProjectFile::create(dir.filePath(QStringLiteral("p.troupe")));
        QVERIFY(project);
        RunStore store(*project.value());
        ScriptedDouble d;
        d.script[QStringLiteral("Bob")] = {turnJson({{"TALK", "first", ""}}), QStringLiteral("!error: HTTP 500 from the server")};
        llm::CallScheduler scheduler(&d);
        auto world = worldOf(&scheduler, {QStringLiteral("Ana"), QStringLiteral("Bob")});
        world->makeEveryoneAccessible();
        world->broadcast(QStringLiteral("Tell me about prices?"), QStringLiteral("Moderator"));
        const qint64 run = newRun(store, QStringLiteral("t"), 1, nlohmann::ordered_json::object());
        world->setRecorder([&](const StepCommit &c) { return store.commitStep(run, c); });
        EventCollector c(*world);
        const QString reason = runAndWait(*world, 3);
        QVERIFY2(reason.contains(QLatin1String("Bob")) && reason.contains(QLatin1String("HTTP 500")), qPrintable(reason));
        QCOMPARE(world->stepsDone(), 1);
        QCOMPARE(world->state(), World::RunState::Paused);
        QCOMPARE(store.run(run).value().status, RunStatus::Paused);
        for (const RunEvent &e : ofKind(c.events, QStringLiteral("action")))
            QCOMPARE(e.step, 1); // nothing of step 2 was applied
        // The endpoint recovers: the same step runs again, for both agents.
        QCOMPARE(runAndWait(*world, 2), QString());
        QCOMPARE(world->stepsDone(), 3);
        QSet<QString> actedInStep2;
        for (const RunEvent &e : ofKind(c.events, QStringLiteral("action")))
            if (e.step == 2)
                actedInStep2.insert(e.agent);
        QCOMPARE(actedInStep2.size(), 2);
        QCOMPARE(store.events(run).value().size(), c.events.size());
    }

    void malformedReplyIsRepairedBySecondAttempt()
    {
        ScriptedDouble d;
        d.script[QStringLiteral("Ana")] = {QStringLiteral("Sure! Here you go: {\"actions\": [{\"type\": \"SHOUT\"}]}"),
                                           turnJson({{"TALK", "fixed", ""}})};
        llm::CallScheduler scheduler(&d);
        auto world = worldOf(&scheduler, {QStringLiteral("Ana")});
        EventCollector c(*world);
        QCOMPARE(runAndWait(*world, 1), QString());
        QCOMPARE(d.calls, 2);
        QCOMPARE(ofKind(c.events, QStringLiteral("action")).first().content, QStringLiteral("fixed"));
    }

    void unusableReplyPausesWithTheReason()
    {
        ScriptedDouble d;
        d.script[QStringLiteral("Ana")] = {QStringLiteral("no json at all"), QStringLiteral("{\"actions\": 3}")};
        llm::CallScheduler scheduler(&d);
        auto world = worldOf(&scheduler, {QStringLiteral("Ana")});
        const QString reason = runAndWait(*world, 1);
        QVERIFY2(reason.contains(QLatin1String("Ana")) && reason.contains(QLatin1String("actions")), qPrintable(reason));
    }

    void saveAndResumeMidRunGivesTheSameLog()
    {
        QTemporaryDir dir;
        const auto loaded = Scenario::loadFile(QStringLiteral("focus_group"));
        QVERIFY(loaded.resolved);
        AgentSettings settings;
        settings.contextualRetrieval = true; // exercise semantic memory across the reload
        Scenario::BuildOptions options;
        options.settings = settings;

        auto runIn = [&](const QString &file, QList<int> chunks) -> RunEvents {
            auto project = ProjectFile::create(dir.filePath(file)).value();
            RunStore store(*project);
            const qint64 run = newRun(store, QStringLiteral("r"), 42, *loaded.resolved);
            int done = 0;
            for (int chunk : chunks) {
                llm::OfflineEngine engine;
                llm::CallScheduler scheduler(&engine);
                std::unique_ptr<World> world = done == 0 ? Scenario::build(*loaded.resolved, &scheduler, options)
                                                         : rebuild(store, run, &scheduler, options);
                world->setRecorder([&](const StepCommit &c) { return store.commitStep(run, c); });
                if (runAndWait(*world, chunk) != QString())
                    return {};
                done += chunk;
            }
            return store.events(run).value();
        };
        const RunEvents straight = runIn(QStringLiteral("a.troupe"), {5});
        const RunEvents resumed = runIn(QStringLiteral("b.troupe"), {2, 1, 2});
        QVERIFY(straight.size() > 60);
        QCOMPARE(resumed.size(), straight.size());
        for (qsizetype i = 0; i < straight.size(); ++i)
            QVERIFY2(resumed[i] == straight[i], qPrintable(QString::fromStdString(resumed[i].toJson().dump() + "\nvs\n"
                                                                                   + straight[i].toJson().dump())));
    }

    void memoriesSurviveTheProjectFile()
    {
        QTemporaryDir dir;
        auto project = ProjectFile::create(dir.filePath(QStringLiteral("m.troupe"))).value();
        RunStore store(*project);
        const auto loaded = Scenario::loadFile(QStringLiteral("focus_group"));
        const qint64 run = newRun(store, QStringLiteral("r"), 42, *loaded.resolved);
        llm::OfflineEngine engine;
        llm::CallScheduler scheduler(&engine);
        auto world = Scenario::build(*loaded.resolved, &scheduler, {});
        world->setRecorder([&](const StepCommit &c) { return store.commitStep(run, c); });
        QCOMPARE(runAndWait(*world, 4), QString());
        const Agent &before = *world->agents().front();
        QVERIFY(before.semantic().size() > 0); // consolidation ran
        auto again = rebuild(store, run, &scheduler, {});
        const Agent &after = *again->agents().front();
        QCOMPARE(after.episodic().size(), before.episodic().size());
        QCOMPARE(after.semantic().size(), before.semantic().size());
        QCOMPARE(after.episodic().items().back().content, before.episodic().items().back().content);
        QCOMPARE(after.state().toJson(), before.state().toJson());
        const auto q = llm::hashEmbedding(QStringLiteral("fees savings app"));
        QCOMPARE(after.semantic().retrieve(q, 3).front().index, before.semantic().retrieve(q, 3).front().index);
    }

    void perAgentModelAndTemperature()
    {
        Agent a(person(QStringLiteral("Ana")));
        a.setModel(QStringLiteral("gpt-4.1"));
        a.setTemperature(0.2);
        const llm::ChatRequest r = a.buildTurnRequest(1, 1, QStringLiteral("default-model"));
        QCOMPARE(r.model, QStringLiteral("gpt-4.1"));
        QCOMPARE(r.temperature, 0.2);
        Agent b(person(QStringLiteral("Bob")));
        QCOMPARE(b.buildTurnRequest(1, 1, QStringLiteral("default-model")).model, QStringLiteral("default-model"));
    }

    void recallFacultyAnswersBeforeTheNextTurn()
    {
        ScriptedDouble d;
        d.script[QStringLiteral("Ana")] = {turnJson({{"RECALL", "hidden fees", ""}}), turnJson({{"THINK", "ok", ""}})};
        llm::CallScheduler scheduler(&d);
        auto world = worldOf(&scheduler, {QStringLiteral("Ana")});
        Agent &ana = *world->agent(QStringLiteral("Ana"));
        ana.addFaculty(std::make_shared<RecallFaculty>());
        QVERIFY(ana.systemPrompt().contains(QLatin1String("- RECALL:")));
        ana.semantic().add({QStringLiteral("episode"), QStringLiteral("The gym had hidden fees in the contract"), 0},
                           llm::hashEmbedding(QStringLiteral("The gym had hidden fees in the contract")));
        EventCollector c(*world);
        QCOMPARE(runAndWait(*world, 2), QString());
        bool recalled = false;
        for (const RunEvent &e : ofKind(c.events, QStringLiteral("stimulus"), QStringLiteral("Ana")))
            recalled = recalled || (e.type == QLatin1String("THOUGHT") && e.content.contains(QLatin1String("gym had hidden fees")));
        QVERIFY(recalled);
    }

    void bundledScenariosRunWithEveryAgentTalking()
    {
        for (const QString &name : Scenario::bundledNames()) {
            const auto loaded = Scenario::loadFile(name);
            QVERIFY2(loaded.resolved, qPrintable(name));
            llm::OfflineEngine engine;
            llm::CallScheduler scheduler(&engine);
            auto world = Scenario::build(*loaded.resolved, &scheduler, {});
            EventCollector c(*world);
            QCOMPARE(runAndWait(*world, Scenario::steps(*loaded.resolved)), QString());
            for (const auto &a : world->agents()) {
                int talk = 0;
                for (const RunEvent &e : ofKind(c.events, QStringLiteral("action"), a->name()))
                    talk += e.type == QLatin1String("TALK") ? 1 : 0;
                QVERIFY2(talk >= 1, qPrintable(name + QStringLiteral(": ") + a->name()));
            }
        }
        QCOMPARE(Scenario::bundledNames().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
