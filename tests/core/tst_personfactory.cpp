// The person factory end to end: the offline engine (deterministic, valid, labelled), the
// fake OpenAI-compatible server over HTTP (calls and cost stored with the population),
// replies that are invalid, empty, disagree with their sample or reuse a name, Cancel and
// the budget, and using a population: scenarios, profile, export read back.
#include "fakellmserver.h"
#include "factory/offlinedimensions.h"
#include "factory/offlinefactoryengine.h"
#include "factory/personfactory.h"
#include "factory/personrequest.h"
#include "factory/populationexport.h"
#include "factory/populationprofile.h"
#include "factory/samplingplan.h"
#include "llm/callscheduler.h"
#include "llm/openaiprovider.h"
#include "persona/personaparser.h"
#include "store/personastore.h"
#include "store/populationstore.h"
#include "store/projectfile.h"
#include "store/scenariostore.h"
#include "world/scenario.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using troupe::testing::FakeLlmServer;

namespace {

Dimension categorical(const QString &name, QList<DimensionValue> values)
{
    Dimension d;
    d.name = name;
    d.values = std::move(values);
    return d;
}

/** Women aged 25-34: any reply with that gender and age fits. */
Dimensions womenDims()
{
    return {categorical(QStringLiteral("Gender"), {{QStringLiteral("Female"), 1}}),
            categorical(QStringLiteral("Age"), {{QStringLiteral("25-34"), 1}})};
}

nlohmann::json person(const QString &name, const QString &gender = QStringLiteral("Female"), int age = 30)
{
    return {{"persona", {{"name", name.toStdString()}, {"age", age}, {"gender", gender.toStdString()}, {"nationality", "Kenyan"},
                         {"residence", "Nairobi"}, {"education", "Diploma"}, {"long_term_goals", {"Open a shop"}},
                         {"occupation", {{"title", "Tailor"}, {"organization", "Own shop"}, {"description", "Makes dresses."}}},
                         {"style", "Warm"},
                         {"personality", {{"traits", {"patient"}}, {"big_five", {{"openness", "High"}, {"conscientiousness", "High"},
                                                                               {"extraversion", "Medium"}, {"agreeableness", "High"}, {"neuroticism", "Low"}}}}},
                         {"preferences", {{"interests", {"Sewing"}}, {"likes", {"Music"}}, {"dislikes", {"Traffic"}}}},
                         {"skills", {"Sewing"}}, {"beliefs", {"Work hard"}},
                         {"behaviors", {{"general", {"Early riser"}}, {"routines", {{"morning", "Tea"}, {"workday", "Shop"}, {"evening", "Family"}, {"weekend", "Church"}}}}},
                         {"health", "Good"}, {"relationships", nlohmann::json::array()}, {"other_facts", nlohmann::json::array()}}},
            {"bio", QString(name + QStringLiteral(" makes dresses in Nairobi and hopes to open a shop.")).toStdString()}};
}

FakeLlmServer::Response reply(const nlohmann::json &j)
{
    return FakeLlmServer::chat(QString::fromStdString(j.dump()));
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectFile> project;
    qint64 populationId = 0;
    PopulationInput input;
    SamplingPlan plan;

    bool make(const Dimensions &dims, int n, quint64 seed = 1, const QString &name = QStringLiteral("pop"))
    {
        if (!project) {
            auto p = ProjectFile::create(dir.filePath(QStringLiteral("p.troupe")));
            if (!p)
                return false;
            project = std::move(p).value();
        }
        input.context = QStringLiteral("Women in Nairobi who sew for a living");
        auto drawn = SamplingPlan::draw(dims, n, seed);
        if (!drawn)
            return false;
        plan = drawn.value();
        auto id = PopulationStore(*project).create(name, input.title(), QStringLiteral("test"), input.toJson(), dimensionsToJson(dims),
                                                   plan.toJson(), seed);
        populationId = id ? id.value() : 0;
        return id.ok();
    }
};

GenerationSummary run(PersonFactory &factory, Fixture &f, GenerationOptions options = {}, QList<int> indices = {})
{
    GenerationSummary summary;
    bool done = false;
    QObject::connect(&factory, &PersonFactory::finished, &factory, [&](const GenerationSummary &s) {
        summary = s;
        done = true;
    });
    const Status s = factory.generate(f.populationId, f.input, f.plan, indices, options);
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 60000)
        QTest::qWait(5);
    if (!done)
        qWarning("generation did not finish within 60 s");
    return summary;
}

llm::Endpoint fakeEndpoint(const FakeLlmServer &server, int concurrency)
{
    llm::Endpoint e;
    e.preset = QStringLiteral("vllm");
    e.label = QStringLiteral("fake");
    e.baseUrl = server.baseUrl();
    e.model = QStringLiteral("fake-model");
    e.maxConcurrency = concurrency;
    e.stream = false;
    e.maxAttempts = 1;
    e.forcedMode = llm::StructuredMode::JsonSchema;
    return e;
}

} // namespace

class TestPersonFactory : public QObject
{
    Q_OBJECT
private slots:
    void offlineIsDeterministicValidAndLabelled();
    void offlineDimensionsComeThroughTheCall();
    void fakeServerGeneratesAndAccountsCalls();
    void invalidAndEmptyRepliesAreRepairedOrReported();
    void disagreeingRepliesAreRegenerated();
    void duplicateNamesAreRegenerated();
    void regeneratingOneKeepsTheRest();
    void cancelKeepsWhatArrived();
    void budgetStopsNewPeople();
    void scenariosUsePopulations();
    void profileAndExportReadBack();
};

void TestPersonFactory::offlineIsDeterministicValidAndLabelled()
{
    QStringList runs;
    for (int round = 0; round < 2; ++round) {
        Fixture f;
        PopulationOutcome usa = parsePopulationFile(QStringLiteral(":/examples/populations/us_adults.json"));
        QVERIFY(usa.description);
        PopulationInput in;
        in.description = usa.description;
        QVERIFY(f.make(offlineDimensions(in), 60, 9));
        f.input = in;
        OfflineFactoryEngine engine;
        llm::CallScheduler scheduler(&engine);
        PersonFactory factory(*f.project, engine, scheduler);
        const GenerationSummary s = run(factory, f);
        QCOMPARE(s.generated, 60);
        QCOMPARE(s.failed, 0);
        auto people = PopulationStore(*f.project).indexedPeople(QStringLiteral("pop"));
        QVERIFY(people);
        QCOMPARE(people.value().size(), 60);
        QSet<QString> names;
        QString all;
        for (const auto &[index, doc] : people.value()) {
            names.insert(doc.name());
            const auto &p = doc.persona();
            // Every TinyTroupe persona field, and the sample it came from.
            for (const char *k : {"name", "age", "gender", "nationality", "residence", "education", "long_term_goals", "occupation", "style",
                                  "personality", "preferences", "skills", "beliefs", "behaviors", "health", "relationships", "other_facts"})
                QVERIFY2(p.contains(k), k);
            QVERIFY(p.at("age").get<int>() >= 18);
            const nlohmann::json asReply{{"persona", nlohmann::json::parse(p.dump())}, {"bio", "a bio that is long enough to pass"}};
            QCOMPARE(replyProblems(asReply, personReplySchema(), {}), QString());
            QCOMPARE(personProblem(asReply, f.plan.samples().at(size_t(index)), f.plan.dimensions(), {}), QString());
            QVERIFY(QString::fromStdString(p.at("other_facts").dump()).contains(QStringLiteral("offline engine — not a language model")));
            all += QString::fromUtf8(doc.toJson());
        }
        QCOMPARE(names.size(), 60);
        // Varied: many different occupations and first names.
        QSet<QString> jobs, firsts;
        for (const auto &[index, doc] : people.value()) {
            jobs.insert(QString::fromStdString(doc.persona().at("occupation").at("title").get<std::string>()));
            firsts.insert(doc.name().section(QLatin1Char(' '), 0, 0));
        }
        QVERIFY(jobs.size() >= 15);
        QVERIFY(firsts.size() >= 25);
        auto members = PopulationStore(*f.project).members(f.populationId);
        QVERIFY(members.value().first().bio.contains(QStringLiteral("offline engine")));
        runs << all;
    }
    QCOMPARE(runs[0], runs[1]);
}

void TestPersonFactory::offlineDimensionsComeThroughTheCall()
{
    Fixture f;
    QVERIFY(f.make(womenDims(), 1));
    PopulationInput in;
    in.description = parsePopulationFile(QStringLiteral(":/examples/populations/japan_seniors.json")).description;
    OfflineFactoryEngine engine;
    llm::CallScheduler scheduler(&engine);
    PersonFactory factory(*f.project, engine, scheduler);
    QSignalSpy ready(&factory, &PersonFactory::dimensionsReady);
    factory.requestDimensions(in, {}, 2);
    QVERIFY(ready.wait());
    const Dimensions got = ready.at(0).at(0).value<Dimensions>();
    QCOMPARE(dimensionsToText(got), dimensionsToText(offlineDimensions(in)));
    QCOMPARE(factory.takeDimensionCalls().size(), size_t(1));
}

void TestPersonFactory::fakeServerGeneratesAndAccountsCalls()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    llm::PriceTable prices;
    prices.set(QStringLiteral("fake-model"), {1.0, 2.0, 0.5});
    llm::OpenAiProvider http(fakeEndpoint(server, 8), prices);
    llm::CallScheduler scheduler(&http);
    Fixture f;
    QVERIFY(f.make(womenDims(), 20));
    PersonFactory factory(*f.project, http, scheduler);
    QSignalSpy stored(&factory, &PersonFactory::personStored);
    GenerationOptions o;
    o.model = QStringLiteral("fake-model");
    const GenerationSummary s = run(factory, f, o);
    QCOMPARE(s.generated, 20);
    QCOMPARE(stored.size(), 20);
    QVERIFY(s.cost > 0);
    QCOMPARE(server.count(QStringLiteral("/chat/completions")), 20);
    // Every request carried the sample's attributes and the person schema.
    const auto &body = server.requests().constFirst().json;
    QCOMPARE(body["response_format"]["json_schema"].value("name", ""), std::string("population_person"));
    QVERIFY(body["messages"][0].value("content", "").find(R"({"Age":"25-34","Gender":"Female"})") != std::string::npos);
    // The calls are stored with the population, and its cost adds up.
    QSqlQuery q(f.project->database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(cost) FROM llm_calls WHERE population_id = %1").arg(f.populationId)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 20);
    QVERIFY(std::abs(q.value(1).toDouble() - s.cost) < 1e-9);
    const auto list = PopulationStore(*f.project).list().value();
    QCOMPARE(list.first().generated, 20);
    QCOMPARE(list.first().calls, 20);
}

void TestPersonFactory::invalidAndEmptyRepliesAreRepairedOrReported()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    llm::OpenAiProvider http(fakeEndpoint(server, 1), {});
    llm::CallScheduler scheduler(&http);
    Fixture f;
    QVERIFY(f.make(womenDims(), 4));
    // Sample 1: prose, then a valid person (repaired). Sample 2: {} twice (reported, never stored empty).
    server.enqueue(QStringLiteral("/chat/completions"), FakeLlmServer::chat(QStringLiteral("Sure! Here is a person: Mary, 30.")));
    server.enqueue(QStringLiteral("/chat/completions"), reply(person(QStringLiteral("Mary Wanjiru"))));
    server.enqueue(QStringLiteral("/chat/completions"), reply(nlohmann::json::object()));
    server.enqueue(QStringLiteral("/chat/completions"), reply(nlohmann::json::object()));
    PersonFactory factory(*f.project, http, scheduler);
    GenerationOptions o;
    o.parallel = 1; // one at a time: the scripted replies go to samples in order
    o.maxAttempts = 2;
    const GenerationSummary s = run(factory, f, o);
    QCOMPARE(s.generated, 3);
    QCOMPARE(s.failed, 1);
    QVERIFY2(s.failures.value(0).startsWith(QLatin1String("sample 2: ")), qPrintable(s.failures.value(0)));
    QVERIFY(s.failures.value(0).contains(QLatin1String("persona")));
    auto members = PopulationStore(*f.project).members(f.populationId).value();
    QCOMPARE(members.size(), 4);
    QCOMPARE(members[0].persona, QStringLiteral("Mary Wanjiru"));
    QCOMPARE(members[0].attempts, 2);
    QCOMPARE(members[1].status, QStringLiteral("failed"));
    QVERIFY(members[1].persona.isEmpty());
    QCOMPARE(PersonaStore(*f.project).list().value().size(), 3); // nobody empty was stored
}

void TestPersonFactory::disagreeingRepliesAreRegenerated()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    llm::OpenAiProvider http(fakeEndpoint(server, 1), {});
    llm::CallScheduler scheduler(&http);
    Fixture f;
    QVERIFY(f.make(womenDims(), 1));
    server.enqueue(QStringLiteral("/chat/completions"), reply(person(QStringLiteral("Old Person"), QStringLiteral("Female"), 71)));
    server.enqueue(QStringLiteral("/chat/completions"), reply(person(QStringLiteral("John Otieno"), QStringLiteral("Male"), 30)));
    server.enqueue(QStringLiteral("/chat/completions"), reply(person(QStringLiteral("Akinyi Otieno"))));
    PersonFactory factory(*f.project, http, scheduler);
    GenerationOptions o;
    o.maxAttempts = 3;
    const GenerationSummary s = run(factory, f, o);
    QCOMPARE(s.generated, 1);
    // The repair requests quoted the problem with the sample.
    const auto &requests = server.requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests[1].json["messages"].back().value("content", "").find("71 is outside the sampled range 25-34") != std::string::npos);
    QVERIFY(requests[2].json["messages"].back().value("content", "").find("is not the sampled gender") != std::string::npos);
    QCOMPARE(PopulationStore(*f.project).people(QStringLiteral("pop")).value().first().name(), QStringLiteral("Akinyi Otieno"));
}

void TestPersonFactory::duplicateNamesAreRegenerated()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    llm::OpenAiProvider http(fakeEndpoint(server, 1), {});
    llm::CallScheduler scheduler(&http);
    Fixture f;
    QVERIFY(f.make(womenDims(), 3));
    // A persona of the project already has this name.
    auto existing = PersonaParser::parse(R"({"type": "TinyPerson", "persona": {"name": "Grace Achieng"}})", QStringLiteral("x"));
    QVERIFY(PersonaStore(*f.project).save(*existing.document));
    server.enqueue(QStringLiteral("/chat/completions"), reply(person(QStringLiteral("Dana Duplicate"))));
    server.enqueue(QStringLiteral("/chat/completions"), reply(person(QStringLiteral("dana duplicate"))));   // same name, other case
    server.enqueue(QStringLiteral("/chat/completions"), reply(person(QStringLiteral("Grace Achieng"))));    // the project's
    // The rest: the fake server's own replies, named after each request.
    PersonFactory factory(*f.project, http, scheduler);
    GenerationOptions o;
    o.parallel = 1;
    o.maxAttempts = 3; // sample 2 gets both clashing replies in turn, then a fresh one
    const GenerationSummary s = run(factory, f, o);
    QVERIFY2(s.failures.isEmpty(), qPrintable(s.failures.join(u'\n')));
    QCOMPARE(s.generated, 3);
    const auto people = PopulationStore(*f.project).people(QStringLiteral("pop")).value();
    QSet<QString> names;
    for (const auto &p : people)
        names.insert(p.name().toLower());
    QCOMPARE(names.size(), 3);
    QVERIFY(names.contains(QStringLiteral("dana duplicate")));
    QVERIFY(!names.contains(QStringLiteral("grace achieng")));
    QVERIFY(server.requests()[2].json["messages"].back().value("content", "").find("\"dana duplicate\" is already taken") != std::string::npos);
    QVERIFY(server.requests()[3].json["messages"].back().value("content", "").find("\"Grace Achieng\" is already taken") != std::string::npos);
}

void TestPersonFactory::regeneratingOneKeepsTheRest()
{
    Fixture f;
    QVERIFY(f.make(womenDims(), 5));
    OfflineFactoryEngine engine;
    llm::CallScheduler scheduler(&engine);
    PersonFactory factory(*f.project, engine, scheduler);
    QCOMPARE(run(factory, f).generated, 5);
    PopulationStore store(*f.project);
    const auto before = store.members(f.populationId).value();
    QVERIFY(store.clearMember(f.populationId, 2));
    QCOMPARE(store.members(f.populationId).value().size(), 4);
    PersonFactory again(*f.project, engine, scheduler);
    QCOMPARE(run(again, f, {}, {2}).generated, 1);
    const auto after = store.members(f.populationId).value();
    QCOMPARE(after.size(), 5);
    for (int i : {0, 1, 3, 4})
        QCOMPARE(after[i].persona, before[i].persona);
    QVERIFY(after[2].persona != before[2].persona || after[2].persona == before[2].persona); // same sample, a person again
    QCOMPARE(after[2].status, QStringLiteral("generated"));
}

void TestPersonFactory::cancelKeepsWhatArrived()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    server.setLatency(150);
    llm::OpenAiProvider http(fakeEndpoint(server, 2), {});
    llm::CallScheduler scheduler(&http);
    Fixture f;
    QVERIFY(f.make(womenDims(), 30));
    PersonFactory factory(*f.project, http, scheduler);
    QObject::connect(&factory, &PersonFactory::progress, &factory, [&](int done, int) {
        if (done == 3)
            factory.cancel();
    });
    const GenerationSummary s = run(factory, f);
    QVERIFY(s.cancelled);
    QVERIFY(s.generated >= 3 && s.generated < 30);
    QCOMPARE(s.generated + s.failed + s.notStarted, 30);
    QCOMPARE(s.failed, 0);
    QCOMPARE(int(PopulationStore(*f.project).people(QStringLiteral("pop")).value().size()), s.generated);
}

void TestPersonFactory::budgetStopsNewPeople()
{
    FakeLlmServer server;
    QVERIFY(server.listen());
    llm::PriceTable prices;
    prices.set(QStringLiteral("fake-model"), {1000.0, 1000.0}); // each person costs about a dollar
    llm::OpenAiProvider http(fakeEndpoint(server, 1), prices);
    llm::CallScheduler scheduler(&http);
    Fixture f;
    QVERIFY(f.make(womenDims(), 10));
    PersonFactory factory(*f.project, http, scheduler);
    GenerationOptions o;
    o.model = QStringLiteral("fake-model");
    o.parallel = 1;
    o.budgetUsd = 2.0;
    const GenerationSummary s = run(factory, f, o);
    QVERIFY2(s.generated >= 1 && s.generated < 10, qPrintable(QString::number(s.generated)));
    QVERIFY(s.notStarted > 0);
    QVERIFY(s.stopReason.contains(QLatin1String("budget")));
}

void TestPersonFactory::scenariosUsePopulations()
{
    Fixture f;
    QVERIFY(f.make(womenDims(), 6));
    OfflineFactoryEngine engine;
    llm::CallScheduler scheduler(&engine);
    PersonFactory factory(*f.project, engine, scheduler);
    QCOMPARE(run(factory, f).generated, 6);
    PopulationStore store(*f.project);
    const Scenario::PopulationResolver people = [&store](const QString &n, std::optional<int> k, quint64 seed) { return store.pick(n, k, seed); };
    auto load = [&](const char *agents) {
        return Scenario::load(QByteArray(R"({"name": "s", "world": {"steps": 1}, "agents": )") + agents + "}", QStringLiteral("s.json"),
                              QDir::currentPath(), people);
    };
    const auto everyone = load(R"([{"population": "pop", "model": "m1"}])");
    QVERIFY(everyone.resolved);
    QCOMPARE(everyone.resolved->at("agents").size(), size_t(6));
    QCOMPARE(everyone.resolved->at("agents")[0].value("model", ""), std::string("m1"));
    QVERIFY(everyone.resolved->at("agents")[0].contains("spec")); // self-contained
    const auto three = load(R"([{"population": "pop", "sample": 3, "seed": 1}])");
    const auto threeAgain = load(R"([{"population": "pop", "sample": 3, "seed": 1}])");
    const auto otherSeed = load(R"([{"population": "pop", "sample": 3, "seed": 2}])");
    QVERIFY(three.resolved && threeAgain.resolved && otherSeed.resolved);
    QCOMPARE(three.resolved->at("agents").size(), size_t(3));
    QCOMPARE(three.resolved->dump(), threeAgain.resolved->dump());
    const auto tooMany = load(R"([{"population": "pop", "sample": 9}])");
    QVERIFY(!tooMany.resolved);
    QVERIFY2(tooMany.diagnostics[0].toString().startsWith(QLatin1String("s.json:1:")), qPrintable(tooMany.diagnostics[0].toString()));
    QCOMPARE(tooMany.diagnostics[0].field, QStringLiteral("agents[0].sample"));
    const auto missing = load(R"([{"population": "nobody"}])");
    QVERIFY(!missing.resolved);
    QVERIFY(missing.diagnostics[0].message.contains(QLatin1String("no population called \"nobody\"")));
    const auto noProject = Scenario::load(R"({"name": "s", "agents": [{"population": "pop"}]})", QStringLiteral("s.json"), QDir::currentPath());
    QVERIFY(!noProject.resolved);
    QVERIFY(noProject.diagnostics[0].message.contains(QLatin1String("--project")));
    // A scenario stored in the project (design form) resolves its population entries too.
    const OrderedJson design = OrderedJson::parse(R"({"name": "d", "agents": [{"population": "pop", "sample": 2, "seed": 1}], "run": {}})");
    const auto resolvedDesign = ScenarioStore::resolve(design, PersonaStore(*f.project), people);
    QVERIFY(resolvedDesign.scenario);
    QCOMPARE(resolvedDesign.scenario->at("agents").size(), size_t(2));
    QVERIFY(!ScenarioStore::resolve(design, PersonaStore(*f.project)).scenario); // without populations: an error, not a crash
    // The world builds and runs a step with them.
    auto world = Scenario::build(*three.resolved, &scheduler, {});
    QCOMPARE(int(world->agents().size()), 3);
}

void TestPersonFactory::profileAndExportReadBack()
{
    Fixture f;
    const Dimensions dims{categorical(QStringLiteral("Gender"), {{QStringLiteral("Female"), 60}, {QStringLiteral("Male"), 40}}),
                          categorical(QStringLiteral("Age"), {{QStringLiteral("18-29"), 50}, {QStringLiteral("30-49"), 50}})};
    QVERIFY(f.make(dims, 10));
    OfflineFactoryEngine engine;
    llm::CallScheduler scheduler(&engine);
    PersonFactory factory(*f.project, engine, scheduler);
    QCOMPARE(run(factory, f).generated, 10);
    PopulationStore store(*f.project);
    const auto people = store.indexedPeople(QStringLiteral("pop")).value();
    const PopulationProfile p = profilePopulation(f.plan, people);
    QCOMPARE(p.people, 10);
    QCOMPARE(p.rows.size(), 4);
    QCOMPARE(p.rows[0].value, QStringLiteral("Female"));
    QCOMPARE(p.rows[0].requested, 0.6);
    QCOMPARE(p.rows[0].generated, 0.6);
    QCOMPARE(p.rows[2].count + p.rows[3].count, 10); // ages read back from the persons fall in their bands
    int bigFive = 0;
    for (const auto &c : p.bigFive)
        bigFive += c[0] + c[1] + c[2];
    QCOMPARE(bigFive, 50);
    QCOMPARE(int(p.ages.size()), 10);

    QTemporaryDir out;
    QCOMPARE(exportAgents(people, out.filePath(QStringLiteral("agents"))).value(), 10);
    const QStringList files = QDir(out.filePath(QStringLiteral("agents"))).entryList({QStringLiteral("*.agent.json")});
    QCOMPARE(files.size(), 10);
    for (const QString &file : files)
        QVERIFY(PersonaParser::parseFile(out.filePath(QStringLiteral("agents/") + file)).document);
    const QString csv = out.filePath(QStringLiteral("pop.csv"));
    QCOMPARE(exportCsv(f.plan, people, {{0, QStringLiteral("A bio, with a comma and \"quotes\"")}}, csv).value(), 10);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 11);
    QCOMPARE(lines[0], QStringLiteral("sample,Gender,Age,name,age,gender,nationality,residence,education,occupation,bio"));
    QVERIFY(lines[1].startsWith(QLatin1String("1,")));
    QVERIFY(lines[1].endsWith(QLatin1String(",\"A bio, with a comma and \"\"quotes\"\"\"")));
}

QTEST_GUILESS_MAIN(TestPersonFactory)
#include "tst_personfactory.moc"
