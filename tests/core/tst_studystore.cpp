// Study data in the project: migration 5 (also from a version-2 file), answers that survive
// reopening, one transaction per batch, and the results table of one run or an experiment.
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study/resulttable.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using Json = nlohmann::json;
using OJson = nlohmann::ordered_json;

namespace {

OJson definition()
{
    return OJson::parse(R"({"name": "Gazpacho", "mode": "survey", "questions": [
        {"id": "vote", "type": "likert", "text": "Would you buy it?", "scale": {"min": 1, "max": 5}},
        {"id": "why", "type": "open", "text": "Why?"},
        {"id": "pick", "type": "choice", "text": "Which?", "options": ["A", "B"]}]})");
}

AnswerRecord answer(qint64 run, const QString &agent, const QString &question, const QString &type, std::optional<Json> value,
                    const QString &missing = {})
{
    AnswerRecord a;
    a.runId = run;
    a.agent = agent;
    a.questionId = question;
    a.type = type;
    a.value = std::move(value);
    a.missingReason = missing;
    a.justification = QStringLiteral("because of %1").arg(agent);
    a.eventSeq = 10;
    return a;
}

} // namespace

class TestStudyStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("p%1.troupe").arg(++m_files)); }

    static qint64 newRun(ProjectFile &p, const QString &name)
    {
        RunStore::NewRun run;
        run.name = name;
        run.seed = 1;
        run.scenario = nlohmann::ordered_json::object();
        auto id = RunStore(p).createRun(run);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return id.value();
    }

private slots:
    void migrationFiveAppliesToVersionTwo()
    {
        const QString path = freshPath();
        MigrationList upToTwo;
        for (const Migration &m : projectMigrations())
            if (m.version <= 2)
                upToTwo.append(m);
        QCOMPARE(upToTwo.size(), 2);
        {
            auto p = ProjectFile::create(path, upToTwo);
            QVERIFY(p);
            QCOMPARE(p.value()->schemaVersion(), 2);
            // As a version of then stored it (RunStore writes today's tables).
            QSqlQuery q(p.value()->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (name, seed, scenario_snapshot, created_at) "
                                          "VALUES ('before', 1, '{}', '2026-01-01T00:00:00Z')")));
        }
        auto p = ProjectFile::open(path);
        QVERIFY2(p, qPrintable(p.error()));
        QVERIFY(p.value()->schemaVersion() >= 5);
        QSqlQuery q(p.value()->database());
        for (const char *table : {"studies", "study_runs", "study_respondents", "answers", "extractions", "answer_labels"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(QLatin1String(table))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 1, table);
        }
        // The run made before the upgrade can take answers.
        StudyStore store(*p.value());
        QVERIFY(store.saveAnswers({answer(1, QStringLiteral("Ann"), QStringLiteral("vote"), QStringLiteral("likert"), Json(4))}));
    }

    void studiesAndRuns()
    {
        auto p = ProjectFile::create(freshPath());
        QVERIFY(p);
        StudyStore store(*p.value());
        QVERIFY(store.saveStudy(QStringLiteral("Gazpacho"), definition()));
        QVERIFY(store.saveStudy(QStringLiteral("Gazpacho"), definition())); // replaces
        QCOMPARE(store.studies().value().size(), 1);
        QCOMPARE(store.study(QStringLiteral("Gazpacho")).value().at("questions").size(), size_t(3));
        QVERIFY(store.study(QStringLiteral("Nope")).error().contains(QLatin1String("no study called")));
        QVERIFY(!store.saveStudy(QStringLiteral(" "), definition()));

        const qint64 run = newRun(*p.value(), QStringLiteral("r"));
        QVERIFY(store.saveStudyRun({run, QStringLiteral("Gazpacho"), definition(), QStringLiteral("price"), QStringLiteral("control"), 2, {}}));
        const auto rec = store.studyRun(run);
        QVERIFY2(rec, qPrintable(rec.error()));
        QCOMPARE(rec.value().arm, QStringLiteral("control"));
        QCOMPARE(rec.value().replicate, 2);
        QCOMPARE(store.experimentRuns(QStringLiteral("price")).value().size(), 1);
        QCOMPARE(store.studyRuns(QStringLiteral("Gazpacho")).value().size(), 1);
        QVERIFY(store.studyRun(run + 100).error().contains(QLatin1String("not a run of a study")));
        QVERIFY(store.removeStudy(QStringLiteral("Gazpacho")));
        QVERIFY(store.studies().value().isEmpty());
        QVERIFY(store.studyRun(run)); // the run keeps its snapshot
    }

    void answersSurviveReopen()
    {
        const QString path = freshPath();
        qint64 run = 0;
        {
            auto p = ProjectFile::create(path);
            QVERIFY(p);
            run = newRun(*p.value(), QStringLiteral("r"));
            StudyStore store(*p.value());
            AnswerRecord vote = answer(run, QStringLiteral("Ann"), QStringLiteral("vote"), QStringLiteral("likert"), Json(4));
            vote.ssr = Json::parse("[0.1, 0.1, 0.2, 0.4, 0.2]");
            vote.arm = QStringLiteral("treatment");
            vote.replicate = 3;
            QVERIFY(store.saveAnswers({vote,
                                       answer(run, QStringLiteral("Ann"), QStringLiteral("why"), QStringLiteral("open"), Json("Cold soup, yes.")),
                                       answer(run, QStringLiteral("Bo"), QStringLiteral("vote"), QStringLiteral("likert"), std::nullopt,
                                              QStringLiteral("value: expected a whole number from 1 to 5, found text \"4\""))}));
        }
        auto p = ProjectFile::open(path);
        QVERIFY(p);
        StudyStore store(*p.value());
        const auto all = store.answers(run);
        QVERIFY2(all, qPrintable(all.error()));
        QCOMPARE(all.value().size(), 3);
        const AnswerRecord &a = all.value()[0];
        QCOMPARE(a.agent, QStringLiteral("Ann"));
        QCOMPARE(*a.value, Json(4));
        QCOMPARE(a.eventSeq, 10);
        QCOMPARE(a.arm, QStringLiteral("treatment"));
        QCOMPARE(a.replicate, 3);
        QCOMPARE(a.ssr->size(), size_t(5));
        QVERIFY(a.createdAt.isValid());
        QCOMPARE(*all.value()[1].value, Json("Cold soup, yes."));
        QVERIFY(!all.value()[2].value);
        QVERIFY(all.value()[2].missingReason.contains(QLatin1String("found text")));
        QCOMPARE(store.answers(run, QStringLiteral("vote")).value().size(), 2);

        // Asking again replaces the earlier answer of the same agent to the same question.
        QVERIFY(store.saveAnswers({answer(run, QStringLiteral("Bo"), QStringLiteral("vote"), QStringLiteral("likert"), Json(2))}));
        QCOMPARE(store.answers(run, QStringLiteral("vote")).value().size(), 2);
        QCOMPARE(*store.answers(run, QStringLiteral("vote")).value()[1].value, Json(2));
    }

    void oneTransactionPerBatch()
    {
        auto p = ProjectFile::create(freshPath());
        QVERIFY(p);
        const qint64 run = newRun(*p.value(), QStringLiteral("r"));
        StudyStore store(*p.value());
        // An answer with neither a value nor a reason is refused, and so is its whole batch.
        const auto refused = store.saveAnswers({answer(run, QStringLiteral("Ann"), QStringLiteral("vote"), QStringLiteral("likert"), Json(4)),
                                                answer(run, QStringLiteral("Bo"), QStringLiteral("vote"), QStringLiteral("likert"), std::nullopt)});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("no value and no reason")), qPrintable(refused.error()));
        QVERIFY(store.answers(run).value().isEmpty());
        // A database error half-way (a run that does not exist) rolls back the rows before it.
        const auto failed = store.saveAnswers({answer(run, QStringLiteral("Ann"), QStringLiteral("vote"), QStringLiteral("likert"), Json(4)),
                                               answer(run + 99, QStringLiteral("Bo"), QStringLiteral("vote"), QStringLiteral("likert"), Json(3))});
        QVERIFY(!failed);
        QVERIFY(store.answers(run).value().isEmpty());
        // Both at once is refused too.
        AnswerRecord both = answer(run, QStringLiteral("Ann"), QStringLiteral("vote"), QStringLiteral("likert"), Json(4), QStringLiteral("x"));
        QVERIFY(!store.saveAnswers({both}));
    }

    void respondentsExtractionsAndLabels()
    {
        auto p = ProjectFile::create(freshPath());
        QVERIFY(p);
        const qint64 run = newRun(*p.value(), QStringLiteral("r"));
        StudyStore store(*p.value());
        QVERIFY(store.saveRespondents(run, {{QStringLiteral("Ann"), OJson{{"name", "Ann"}, {"age", 40}}, OJson{{"age range", "35-44"}}, {}},
                                            {QStringLiteral("Bo"), OJson{{"name", "Bo"}}, OJson(), QStringLiteral("control")}}));
        QVERIFY(store.saveRespondents(run, {{QStringLiteral("Cy"), OJson{{"name", "Cy"}}, OJson(), {}}}));
        const auto people = store.respondents(run).value();
        QCOMPARE(people.size(), 3);
        QCOMPARE(people[0].persona["age"], 40);
        QCOMPARE(people[0].attributes["age range"], "35-44");
        QVERIFY(people[1].attributes.is_null());
        QCOMPARE(people[1].arm, QStringLiteral("control"));
        QCOMPARE(people[2].agent, QStringLiteral("Cy"));

        ExtractionRecord e;
        e.runId = run;
        e.objective = QStringLiteral("Find each person's main worry");
        e.fields = Json::parse(R"([{"name": "worry", "hint": "one short phrase"}])");
        e.agent = QStringLiteral("Ann");
        e.result = Json::parse(R"({"worry": "the price"})");
        e.citedSeqs = {3, 7};
        const auto id = store.saveExtraction(e);
        QVERIFY2(id, qPrintable(id.error()));
        e.agent.clear();
        e.result = Json::parse(R"({"worry": "trust"})");
        QVERIFY(store.saveExtraction(e));
        const auto stored = store.extractions(run).value();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored[0].id, id.value());
        QCOMPARE(stored[0].citedSeqs, QList<qint64>({3, 7}));
        QCOMPARE(stored[0].result["worry"], "the price");
        QVERIFY(stored[1].agent.isEmpty()); // the whole world

        QVERIFY(store.saveLabels(run, QStringLiteral("why"), {{QStringLiteral("price"), {QStringLiteral("Ann"), QStringLiteral("Bo")}, QStringLiteral("keywords")},
                                                              {QStringLiteral("taste"), {QStringLiteral("Cy")}, QStringLiteral("keywords")}}));
        QVERIFY(store.saveLabels(run, QStringLiteral("why"), {{QStringLiteral("cost"), {QStringLiteral("Ann"), QStringLiteral("Bo"), QStringLiteral("Cy")}, QStringLiteral("model")}}));
        const auto labels = store.labels(run, QStringLiteral("why")).value();
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels[0].label, QStringLiteral("cost"));
        QCOMPARE(labels[0].agents.size(), 3);
        QCOMPARE(labels[0].method, QStringLiteral("model"));
    }

    void resultTableOfOneRun()
    {
        auto p = ProjectFile::create(freshPath());
        QVERIFY(p);
        const qint64 run = newRun(*p.value(), QStringLiteral("r"));
        StudyStore store(*p.value());
        QVERIFY(store.saveStudyRun({run, QStringLiteral("Gazpacho"), definition(), {}, {}, std::nullopt, {}}));
        QVERIFY(store.saveRespondents(run, {{QStringLiteral("Ann"),
                                             OJson::parse(R"({"name": "Ann", "age": 40, "gender": "Female", "nationality": "American",
                                                "residence": "Ohio", "occupation": {"title": "Nurse", "organization": "x"}, "education": "BSc", "style": "warm"})"),
                                             OJson{{"political affiliation", "Independent"}}, {}}}));
        QVERIFY(store.saveAnswers({answer(run, QStringLiteral("Ann"), QStringLiteral("vote"), QStringLiteral("likert"), Json(4)),
                                   answer(run, QStringLiteral("Zed"), QStringLiteral("vote"), QStringLiteral("likert"), std::nullopt, QStringLiteral("no reply"))}));
        const auto table = ResultTable::load(store, {run});
        QVERIFY2(table, qPrintable(table.error()));
        const ResultTable &t = table.value();
        QCOMPARE(t.studyName(), QStringLiteral("Gazpacho"));
        QCOMPARE(t.questions().size(), 3);
        QCOMPARE(t.respondents().size(), 2); // Zed answered without a respondent row: kept
        QCOMPARE(t.attributeNames(), QStringList({QStringLiteral("age"), QStringLiteral("gender"), QStringLiteral("nationality"),
                                                  QStringLiteral("residence"), QStringLiteral("occupation"), QStringLiteral("education"),
                                                  QStringLiteral("political affiliation")}));
        QCOMPARE(*t.respondents()[0].attribute(QStringLiteral("occupation")), Json("Nurse"));
        QCOMPARE(*t.respondents()[0].attribute(QStringLiteral("age")), Json(40));
        QVERIFY(t.answer(0, 0).answered());
        QCOMPARE(t.answer(0, 0).value, Json(4));
        QCOMPARE(t.answer(0, 1).state, ResultAnswer::State::NotAsked);
        QCOMPARE(t.answer(1, 0).state, ResultAnswer::State::Missing);
        QCOMPARE(t.answer(1, 0).missingReason, QStringLiteral("no reply"));
        QVERIFY(!t.hasArms());
    }

    void resultTableOfAnExperiment()
    {
        auto p = ProjectFile::create(freshPath());
        QVERIFY(p);
        StudyStore store(*p.value());
        QList<qint64> runs;
        for (const char *arm : {"control", "half price"})
            for (int rep = 1; rep <= 2; ++rep) {
                const qint64 run = newRun(*p.value(), QStringLiteral("%1 %2").arg(QLatin1String(arm)).arg(rep));
                runs.append(run);
                QVERIFY(store.saveStudyRun({run, QStringLiteral("Gazpacho"), definition(), QStringLiteral("price"), QString::fromLatin1(arm), rep, {}}));
                QVERIFY(store.saveRespondents(run, {{QStringLiteral("Ann"), OJson{{"name", "Ann"}, {"age", 40}}, OJson(), {}}}));
                QVERIFY(store.saveAnswers({answer(run, QStringLiteral("Ann"), QStringLiteral("vote"), QStringLiteral("likert"), Json(rep + 2))}));
            }
        QList<qint64> fromStore;
        const auto experiment = store.experimentRuns(QStringLiteral("price"));
        QVERIFY2(experiment, qPrintable(experiment.error()));
        for (const auto &r : experiment.value())
            fromStore.append(r.runId);
        QCOMPARE(fromStore, runs);
        const auto table = ResultTable::load(store, runs);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table.value().respondents().size(), 4); // the same agent in four runs
        QVERIFY(table.value().hasArms());
        QCOMPARE(table.value().respondents()[2].arm, QStringLiteral("half price"));
        QCOMPARE(table.value().respondents()[3].replicate, 2);
        QCOMPARE(table.value().answer(3, 0).value, Json(4));

        // A question whose type differs between runs cannot be one column.
        const qint64 odd = newRun(*p.value(), QStringLiteral("odd"));
        OJson changed = definition();
        changed["questions"][0]["type"] = "open";
        changed["questions"][0].erase("scale");
        QVERIFY(store.saveStudyRun({odd, QStringLiteral("Gazpacho"), changed, {}, {}, std::nullopt, {}}));
        QVERIFY(ResultTable::load(store, {runs[0], odd}).error().contains(QLatin1String("\"vote\" is likert in one run and open in run")));
        // An answer to a question the study does not ask is an error, not a silent drop.
        QVERIFY(store.saveAnswers({answer(runs[0], QStringLiteral("Ann"), QStringLiteral("ghost"), QStringLiteral("open"), Json("boo"))}));
        QVERIFY(ResultTable::load(store, {runs[0]}).error().contains(QLatin1String("which its study does not ask")));
        QVERIFY(ResultTable::load(store, {odd + 50}).error().contains(QLatin1String("not a run of a study")));
    }
};

QTEST_GUILESS_MAIN(TestStudyStore)
#include "tst_studystore.moc"
