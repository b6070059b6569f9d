// Studies run: the scenario a study becomes per mode, answers taken from events (never
// coerced), SSR, the gazpacho study offline through the CLI and exported, a study over the
// fake OpenAI server, a study paused by an unreachable server and resumed.
#include "fakeserver/fakellmserver.h"
#include "session/runengine.h"
#include "store/projectfile.h"
#include "store/studystore.h"
#include "study/answer.h"
#include "study/studyfile.h"
#include "study/studyrunner.h"
#include "util/csvreader.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace troupe;
using OJson = nlohmann::ordered_json;

namespace {

QList<StudyRespondent> people(const QStringList &names)
{
    QList<StudyRespondent> out;
    for (const QString &n : names)
        out.append({PersonaDocument(SpecKind::Agent, OJson{{"type", "TinyPerson"}, {"persona", {{"name", n.toStdString()}, {"age", 40}}}}, n), OJson()});
    return out;
}

Study loadStudy(const QString &name)
{
    const StudyFile::Outcome o = StudyFile::loadFile(name);
    if (!o.study)
        qFatal("%s", qPrintable(o.diagnostics.isEmpty() ? name : o.diagnostics.first().toString()));
    return *o.study;
}

RunEvent answerEvent(const char *question, nlohmann::json value, const char *why)
{
    RunEvent e;
    e.seq = 7;
    e.agent = QStringLiteral("Ada");
    e.kind = QStringLiteral("answer");
    e.type = QString::fromLatin1(question);
    e.payload = {{"question", question}, {"value", value}, {"justification", why}};
    return e;
}

} // namespace

class TestStudyRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /** Runs the study to its end (or pause) in-process; returns the status. */
    RunStatus runToEnd(StudyRun &run)
    {
        QSignalSpy ended(&run, &StudyRun::ended);
        if (!ended.wait(60000))
            return RunStatus::Created;
        return ended.first().first().value<RunStatus>();
    }

private Q_SLOTS:
    void surveyIsEveryoneAloneInOneStep()
    {
        const Study gazpacho = loadStudy(QStringLiteral("bottled_gazpacho"));
        const auto s = studyScenario(gazpacho, people({QStringLiteral("Ada"), QStringLiteral("Ben")}));
        QVERIFY2(s, qPrintable(s.error()));
        const OJson &j = s.value();
        QCOMPARE(j["world"]["steps"].get<int>(), 1);
        QCOMPARE(j["world"]["broadcast_if_no_target"].get<bool>(), false);
        QCOMPARE(j["agents"].size(), size_t(2));
        QVERIFY(!j.contains("relations") && !j.contains("interventions"));
        const OJson &script = j["script"];
        QCOMPARE(script.size(), size_t(3)); // the concept, then vote and why
        QCOMPARE(script[0]["do"].get<std::string>(), std::string("show"));
        QVERIFY(script[0]["content"].get<std::string>().find("gazpacho") != std::string::npos);
        QCOMPARE(script[1]["question"]["id"].get<std::string>(), std::string("vote"));
        QVERIFY(script[1]["question"]["schema"] == OJson(answerSchema(*gazpacho.question(QStringLiteral("vote")))));
        // The respondent reads the scale with its labels.
        const std::string text = script[1]["question"]["text"].get<std::string>();
        QVERIFY2(text.find("1 to 5") != std::string::npos && text.find("I would certainly buy it") != std::string::npos, text.c_str());
    }

    void interviewAsksOneQuestionPerStepWithFollowUps()
    {
        const StudyFile::Outcome o = StudyFile::load(R"({"name": "i", "mode": "interview", "interviewer": {"name": "Mia", "intro": "Thanks for coming."},
            "scenario": {"name": "s", "agents": [{"spec": {"type": "TinyPerson", "persona": {"name": "Ada"}}}]},
            "questions": [{"id": "use", "type": "open", "text": "How do you swap shifts?",
                           "follow_up": {"text": "Which forms?", "mentioned": "paperwork"}},
                          {"id": "score", "type": "likert", "text": "How hard is it?", "scale": {"min": 1, "max": 7}}]})",
                                                     QStringLiteral("i.study.json"), m_dir.path());
        QVERIFY2(o.study, qPrintable(o.diagnostics.isEmpty() ? QString() : o.diagnostics.first().toString()));
        const auto respondents = studyRespondents(*ProjectFile::create(m_dir.filePath(QStringLiteral("i.troupe"))).value(), *o.study);
        QVERIFY2(respondents, qPrintable(respondents.error()));
        const auto s = studyScenario(*o.study, respondents.value());
        QVERIFY2(s, qPrintable(s.error()));
        const OJson &script = s.value()["script"];
        QCOMPARE(s.value()["world"]["steps"].get<int>(), 2);
        QCOMPARE(script[0]["content"].get<std::string>(), std::string("Thanks for coming."));
        QCOMPARE(script[1]["source"].get<std::string>(), std::string("Mia"));
        QCOMPARE(script[2]["question"]["id"].get<std::string>(), std::string("use_followup"));
        QCOMPARE(script[2]["if_mentioned"]["phrase"].get<std::string>(), std::string("paperwork"));
        QCOMPARE(script[3]["step"].get<int>(), 2);
    }

    void discussionAsksAfterTheLastStep()
    {
        const Study closing = loadStudy(QStringLiteral("focus_group_closing"));
        QVERIFY(closing.scenario);
        const int steps = (*closing.scenario)["world"].value("steps", 6);
        const auto s = studyScenario(closing, people({QStringLiteral("unused")}));
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s.value()["world"]["steps"].get<int>(), steps + 1);
        QVERIFY(s.value()["agents"] == (*closing.scenario)["agents"]); // the group itself talks
        int asks = 0;
        for (const auto &e : s.value()["script"])
            if (e["do"] == "ask") {
                QCOMPARE(e["step"].get<int>(), steps + 1);
                ++asks;
            }
        QCOMPARE(asks, int(closing.questions.size()));
    }

    void answersAreCheckedNeverCoerced()
    {
        const Study gazpacho = loadStudy(QStringLiteral("bottled_gazpacho"));
        auto good = answerFromEvent(gazpacho, 3, answerEvent("vote", 4.0, "Sounds fresh."));
        QVERIFY(good && good->value);
        QVERIFY(good->value->is_number_integer() && *good->value == 4); // 4.0 is the whole number 4
        QCOMPARE(good->eventSeq, std::optional<qint64>(7));
        QCOMPARE(good->type, QStringLiteral("likert"));
        auto text = answerFromEvent(gazpacho, 3, answerEvent("vote", "4", "Sounds fresh."));
        QVERIFY(text && !text->value);
        QVERIFY2(text->missingReason.contains(QStringLiteral("does not fit")), qPrintable(text->missingReason));
        auto outside = answerFromEvent(gazpacho, 3, answerEvent("vote", 6, "Very much."));
        QVERIFY(outside && !outside->value);
        RunEvent missing = answerEvent("why", nullptr, "");
        missing.payload["missing_reason"] = "the reply was not JSON";
        auto m = answerFromEvent(gazpacho, 3, missing);
        QVERIFY(m && !m->value);
        QCOMPARE(m->missingReason, QStringLiteral("the reply was not JSON"));
        QVERIFY(!answerFromEvent(gazpacho, 3, answerEvent("nonsense", 1, "")));
    }

    void ssrFavoursTheClosestAnchor()
    {
        const std::vector<std::vector<std::vector<float>>> anchors{{{1, 0, 0}}, {{0.7f, 0.7f, 0}}, {{0, 1, 0}}};
        const std::vector<double> p = ssrDistribution({0, 1, 0}, anchors);
        QCOMPARE(p.size(), size_t(3));
        QCOMPARE(p[0], 0.0); // the least similar point gets nothing
        QVERIFY(p[2] > p[1] && p[1] > p[0]);
        QVERIFY(qFuzzyCompare(p[0] + p[1] + p[2], 1.0));
        QVERIFY(ssrDistribution({1, 1, 1}, {{{1, 1, 1}}, {{1, 1, 1}}}).empty()); // nothing tells the points apart
    }

    void gazpachoOfflineThroughTheCli()
    {
        const QString project = m_dir.filePath(QStringLiteral("gazpacho.troupe"));
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("study"), QStringLiteral("run"), QStringLiteral("bottled_gazpacho"),
                                                  QStringLiteral("--project"), project, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("offline engine") && err.contains("Summary of 50 respondents"), err.constData());
        int votes = 0, reasons = 0;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            // The population's people come first (one line each), then the answers.
            const auto j = nlohmann::json::parse(line.toStdString());
            const std::string question = j.value("question", std::string());
            if (question == "vote") {
                ++votes;
                QVERIFY(j["value"].is_number_integer() && j["value"] >= 1 && j["value"] <= 5);
                QVERIFY(j["event_seq"].is_number_integer());
            } else if (question == "why") {
                ++reasons;
                QVERIFY(j["value"].is_string() && !j["value"].get<std::string>().empty());
            }
        }
        QCOMPARE(votes, 50);
        QCOMPARE(reasons, 50);

        // Exported and read back: the tidy CSV's columns, one row per respondent and question.
        const QString csv = m_dir.filePath(QStringLiteral("answers.csv"));
        QProcess e;
        e.start(QStringLiteral(TROUPE_CLI_PATH), {QStringLiteral("results"), QStringLiteral("export"), QStringLiteral("last"), QStringLiteral("--project"),
                                                  project, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QVERIFY(e.waitForFinished(60000));
        QVERIFY2(e.exitCode() == 0, e.readAllStandardError().constData());
        const auto rows = readCsvFile(csv);
        QVERIFY2(rows, qPrintable(rows.error()));
        QCOMPARE(rows.value().records.size(), size_t(100));
        const QStringList header = rows.value().header;
        for (const char *column : {"run", "agent", "question", "type", "value", "justification", "event_seq", "missing_reason"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        // The answers survive reopening: the store has them all, linked to their events.
        auto opened = ProjectFile::open(project);
        QVERIFY(opened);
        const auto stored = StudyStore(*opened.value()).answers(1);
        QVERIFY(stored);
        QCOMPARE(stored.value().size(), qsizetype(100));
        int rated = 0;
        for (const AnswerRecord &a : stored.value())
            rated += a.ssr ? 1 : 0;
        QCOMPARE(rated, 50); // every vote also has its SSR distribution
    }

    void adConceptsOverTheFakeServer()
    {
        testing::FakeLlmServer server;
        server.setHashReplies(true);
        QVERIFY(server.listen());
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("ads.troupe"))).value();
        const Study ads = loadStudy(QStringLiteral("ad_concepts"));
        StudyRun run(*project, Config::defaults());
        StudyRun::Options o;
        o.flags.provider = QStringLiteral("vllm"); // OpenAI-compatible, no key needed
        o.flags.baseUrl = server.baseUrl().toString();
        o.flags.model = QStringLiteral("fake-model");
        const Status started = run.start(ads, o);
        QVERIFY2(started, qPrintable(started.error()));
        QCOMPARE(runToEnd(run), RunStatus::Finished);
        const auto stored = StudyStore(*project).answers(run.runId());
        QVERIFY(stored);
        const int expected = int(ads.questions.size()) * int(studyRespondents(*project, ads).value().size());
        QCOMPARE(stored.value().size(), qsizetype(expected));
        QSet<QString> orders;
        for (const AnswerRecord &a : stored.value()) {
            QVERIFY2(a.value, qPrintable(a.agent + u' ' + a.questionId + u' ' + a.missingReason));
            const Question *q = ads.question(a.questionId);
            QVERIFY(validateValue(*q, *a.value));
            if (q->type == QuestionType::Ranking)
                orders.insert(answerText(*q, *a.value));
            QVERIFY(a.justification.contains(QStringLiteral("reply "))); // from the model, not the offline engine
        }
        QVERIFY2(orders.size() > 1 || expected / int(ads.questions.size()) == 1, "replies depend on the request");
    }

    void aSharedCacheFileServesAnotherProject()
    {
        // [OpenAI] CACHE_FILE_NAME: the second project pays for nothing the first one asked.
        testing::FakeLlmServer server;
        server.setHashReplies(true);
        QVERIFY(server.listen());
        const QString ini = m_dir.filePath(QStringLiteral("shared.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[OpenAI]\nCACHE_FILE_NAME=" + m_dir.filePath(QStringLiteral("replies.cache")).toUtf8() + "\n");
        f.close();
        const auto config = Config::loadFile(ini);
        QVERIFY2(config, qPrintable(config.error()));
        const Study ads = loadStudy(QStringLiteral("ad_concepts"));
        QList<AnswerRecord> answers[2];
        int served[2] = {0, 0};
        for (int i = 0; i < 2; ++i) {
            auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("cached%1.troupe").arg(i))).value();
            StudyRun run(*project, config.value());
            StudyRun::Options o;
            o.flags.provider = QStringLiteral("vllm");
            o.flags.baseUrl = server.baseUrl().toString();
            o.flags.model = QStringLiteral("fake-model");
            const int before = server.requests().size();
            const Status started = run.start(ads, o);
            QVERIFY2(started, qPrintable(started.error()));
            QCOMPARE(runToEnd(run), RunStatus::Finished);
            for (const auto &r : server.requests().mid(before)) // the structured-output probe is per project
                served[i] += r.path.endsWith(QLatin1String("/chat/completions")) && !r.body.contains("\"probe\"") ? 1 : 0;
            answers[i] = StudyStore(*project).answers(run.runId()).value();
        }
        QVERIFY(served[0] > 10);
        QCOMPARE(served[1], 0);
        QCOMPARE(answers[1].size(), answers[0].size());
        for (qsizetype i = 0; i < answers[0].size(); ++i)
            QVERIFY(answers[1][i].value == answers[0][i].value && answers[1][i].justification == answers[0][i].justification);
    }

    void anUnreachableServerPausesAndResumeFinishes()
    {
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("paused.troupe"))).value();
        const Study ads = loadStudy(QStringLiteral("ad_concepts"));
        // Quick retries: the server that is not there should not make the test wait.
        const QString ini = m_dir.filePath(QStringLiteral("quick.ini"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[OpenAI]\nEXPONENTIAL_BACKOFF_FACTOR=0.05\nMAX_ATTEMPTS=2\n");
        f.close();
        const auto quick = Config::loadFile(ini);
        QVERIFY2(quick, qPrintable(quick.error()));
        qint64 runId = 0;
        {
            StudyRun run(*project, quick.value());
            StudyRun::Options o;
            o.flags.provider = QStringLiteral("vllm"); // OpenAI-compatible, no key needed
            o.flags.baseUrl = QStringLiteral("http://127.0.0.1:9/v1"); // nothing listens there
            o.flags.model = QStringLiteral("fake-model");
            o.flags.timeoutSeconds = 2;
            const Status started = run.start(ads, o);
            QVERIFY2(started, qPrintable(started.error()));
            runId = run.runId();
            const RunStatus s = runToEnd(run);
            QCOMPARE(s, RunStatus::Paused);
            QVERIFY(StudyStore(*project).answers(runId).value().isEmpty()); // nothing from another engine
        }
        testing::FakeLlmServer server;
        server.setHashReplies(true);
        QVERIFY(server.listen());
        StudyRun again(*project, Config::defaults());
        llm::EndpointFlags fix;
        fix.baseUrl = server.baseUrl().toString();
        QVERIFY(again.resume(runId, fix));
        QCOMPARE(runToEnd(again), RunStatus::Finished);
        QVERIFY(StudyStore(*project).answers(runId).value().size() >= ads.questions.size());
    }
};

QTEST_GUILESS_MAIN(TestStudyRun)
#include "tst_studyrun.moc"
