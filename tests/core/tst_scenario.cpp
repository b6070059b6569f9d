// Scenario files: what is accepted, and errors that name the file, line and field.
#include "world/scenario.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;

class TestScenario : public QObject
{
    Q_OBJECT

    QString m_examples = QStringLiteral(TROUPE_SOURCE_DIR "/resources/examples");

    Scenario::Outcome load(const QByteArray &text)
    {
        return Scenario::load(text, QStringLiteral("s.json"), m_examples);
    }

    static QString messages(const Scenario::Outcome &o)
    {
        QStringList out;
        for (const Diagnostic &d : o.diagnostics)
            out.append(d.toString());
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void bundledScenariosResolveToInlineAgents()
    {
        for (const QString &name : Scenario::bundledNames()) {
            const auto o = Scenario::loadFile(name);
            QVERIFY2(o.resolved, qPrintable(messages(o)));
            for (const auto &agent : o.resolved->at("agents")) {
                QVERIFY(agent.contains("spec"));
                QVERIFY(!agent.contains("file"));
                QVERIFY(!agent.contains("fragments"));
            }
        }
        // Fragments are applied: Margit gets the privacy sceptic's dislikes.
        const auto o = Scenario::loadFile(QStringLiteral("focus_group"));
        const std::string margit = o.resolved->at("agents")[3].at("spec").dump();
        QVERIFY(margit.find("Personalised ads") != std::string::npos);
    }

    void missingFieldNamesTheField()
    {
        const auto o = load("{\n  \"agents\": [{\"file\": \"personas/amara_okafor.agent.json\"}]\n}\n");
        QVERIFY(!o.resolved);
        QVERIFY2(messages(o).contains(QLatin1String("s.json:1:1")) && messages(o).contains(QLatin1String("name")), qPrintable(messages(o)));
    }

    void wrongTypeHasLineAndField()
    {
        const auto o = load("{\n  \"name\": \"x\",\n  \"world\": {\"steps\": \"six\"},\n  \"agents\": [{\"file\": \"personas/amara_okafor.agent.json\"}]\n}\n");
        QVERIFY(!o.resolved);
        QVERIFY2(messages(o).contains(QLatin1String("s.json:3:")) && messages(o).contains(QLatin1String("world.steps")),
                 qPrintable(messages(o)));
    }

    void missingAgentFileIsNamed()
    {
        const auto o = load("{\"name\": \"x\", \"agents\": [{\"file\": \"personas/nobody.agent.json\"}]}");
        QVERIFY(!o.resolved);
        QVERIFY2(messages(o).contains(QLatin1String("agents[0].file")) && messages(o).contains(QLatin1String("nobody.agent.json")),
                 qPrintable(messages(o)));
    }

    void unknownNamesInRelationsScriptAndTargets()
    {
        const auto o = load(R"({"name": "x",
 "agents": [{"file": "personas/amara_okafor.agent.json"}, {"file": "personas/kenji_watanabe.agent.json"}],
 "relations": [{"name": "friends", "between": ["Amara Okafor", "Kenji"]}],
 "script": [{"do": "say", "to": "Bob", "content": "hi"}],
 "interventions": [{"name": "i", "targets": ["Zed"], "effects": [{"do": "think", "content": "x"}]}]})");
        QVERIFY(!o.resolved);
        const QString m = messages(o);
        QVERIFY2(m.contains(QLatin1String("relations[0].between[1]: there is no agent called \"Kenji\"")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("script[0].to: there is no agent called \"Bob\"")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("interventions[0].targets[0]")), qPrintable(m));
    }

    void manyProblemsAreCapped()
    {
        // Each problem is located by a scan of the text: thousands of unknown names report the
        // first 50 and a count, so a damaged file cannot keep the reader busy for minutes.
        QByteArray names;
        for (int i = 0; i < 5000; ++i)
            names += (i ? ", \"" : "\"") + QByteArray::number(i) + '"';
        const auto o = load(R"({"name": "x", "agents": [{"file": "personas/amara_okafor.agent.json"}],
 "relations": [{"name": "r", "between": [)" + names + "]}]}");
        QVERIFY(!o.resolved);
        QCOMPARE(o.diagnostics.size(), 51);
        QVERIFY2(o.diagnostics.first().toString().contains(QLatin1String("relations[0].between[0]: there is no agent called \"0\"")),
                 qPrintable(o.diagnostics.first().toString()));
        QCOMPARE(o.diagnostics.last().toString(), QStringLiteral("s.json: and 4950 more problems"));
    }

    void fragmentInPlaceOfAgentAndConflicts()
    {
        const auto o = load(R"({"name": "x", "agents": [{"file": "fragments/early_adopter.fragment.json"}]})");
        QVERIFY(!o.resolved);
        QVERIFY2(messages(o).contains(QLatin1String("is a fragment, not an agent")), qPrintable(messages(o)));
        const auto both = load(R"({"name": "x", "agents": [{"file": "personas/amara_okafor.agent.json", "spec": {}}]})");
        QVERIFY(messages(both).contains(QLatin1String("agents[0]: give either")));
        const auto dup = load(R"({"name": "x", "agents": [{"file": "personas/amara_okafor.agent.json"}, {"file": "personas/amara_okafor.agent.json"}]})");
        QVERIFY(messages(dup).contains(QLatin1String("appears twice")));
    }

    void inlineSpecAndBadStart()
    {
        const auto ok = load(R"({"name": "x", "agents": [{"spec": {"type": "TinyPerson", "persona": {"name": "Ivo", "age": 30}}}]})");
        QVERIFY2(ok.resolved, qPrintable(messages(ok)));
        const auto bad = load(R"({"name": "x", "world": {"start": "yesterday"}, "agents": [{"spec": {"type": "TinyPerson", "persona": {"name": "Ivo"}}}]})");
        QVERIFY(messages(bad).contains(QLatin1String("world.start")));
    }

    void notJsonAndMissingFile()
    {
        const auto o = load("{\"name\": \"x\",\n \"agents\": [}\n");
        QVERIFY(!o.resolved);
        QVERIFY2(messages(o).startsWith(QLatin1String("s.json:2:")), qPrintable(messages(o)));
        const auto missing = Scenario::loadFile(QStringLiteral("/nonexistent/x.scenario.json"));
        QVERIFY(!missing.resolved);
        QVERIFY(!missing.diagnostics.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
