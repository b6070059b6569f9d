// The experiment runner offline: every arm in every replicate finishes with its own seed,
// running again skips what is finished, and an experiment stopped part-way continues where
// it stopped (the stopped job's run is resumed, never run twice).
#include "fakeserver/fakellmserver.h"
#include "experiment/experimentrun.h"
#include "store/experimentstore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace troupe;

namespace {

Experiment load(const char *text)
{
    const ExperimentFile::Outcome o = ExperimentFile::load(text, QStringLiteral("test.experiment.json"), QString());
    if (!o.experiment)
        qFatal("%s", qPrintable(o.diagnostics.isEmpty() ? QString() : o.diagnostics.first().toString()));
    return *o.experiment;
}

Experiment adsExperiment()
{
    return load(R"({"name": "ads", "study": "ad_concepts",
        "arms": [{"name": "control"}, {"name": "cheaper", "material": [{"name": "price", "text": "Now at half the price."}]}],
        "replicates": 2, "seed": 3})");
}

ExperimentRun::Options offline()
{
    ExperimentRun::Options o;
    o.flags.provider = QStringLiteral("offline");
    return o;
}

/** (arm, replicate) -> status of every run stored under the experiment. */
std::multiset<std::pair<QString, int>> storedJobs(ProjectFile &project, RunStatus *anyOther = nullptr)
{
    std::multiset<std::pair<QString, int>> out;
    const QList<StudyRunRecord> runs = StudyStore(project).experimentRuns(QStringLiteral("ads")).value();
    for (const StudyRunRecord &r : runs) {
        out.insert({r.arm, r.replicate.value_or(0)});
        const RunStatus s = RunStore(project).runInfo(r.runId).value().status;
        if (anyOther && s != RunStatus::Finished)
            *anyOther = s;
    }
    return out;
}

/** Runs every job to the end; the stored respondents of each arm's run. */
QMap<QString, QList<RespondentRecord>> runAll(ProjectFile &project, const Experiment &e, const ExperimentRun::Options &o)
{
    QMap<QString, QList<RespondentRecord>> out;
    ExperimentRun run(project, Config::defaults());
    QSignalSpy finished(&run, &ExperimentRun::finished);
    const Status s = run.start(e, o);
    if (!s) {
        qWarning("%s", qPrintable(s.error()));
        return out;
    }
    if (!finished.wait(120000) || finished.first().at(0).toInt() != 0)
        return out;
    const QList<StudyRunRecord> runs = StudyStore(project).experimentRuns(e.name).value();
    for (const StudyRunRecord &r : runs)
        out[r.arm] = StudyStore(project).respondents(r.runId).value();
    return out;
}

size_t distinct(const std::multiset<std::pair<QString, int>> &jobs)
{
    return std::set<std::pair<QString, int>>(jobs.begin(), jobs.end()).size();
}

} // namespace

class TestExperimentRun final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyArmAndReplicateFinishesThenIsSkipped()
    {
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("all.troupe"))).value();
        const Experiment e = adsExperiment();
        {
            ExperimentRun run(*project, Config::defaults());
            QSignalSpy started(&run, &ExperimentRun::jobStarted);
            QSignalSpy ended(&run, &ExperimentRun::jobEnded);
            QSignalSpy answers(&run, &ExperimentRun::answerArrived);
            QSignalSpy finished(&run, &ExperimentRun::finished);
            const Status s = run.start(e, offline());
            QVERIFY2(s, qPrintable(s.error()));
            QVERIFY(run.isRunning());
            QCOMPARE(started.size(), 0); // the first job begins from the event loop
            QVERIFY(finished.wait(120000));
            QCOMPARE(finished.first().at(0).toInt(), 0);
            QCOMPARE(finished.first().at(1).toBool(), false);
            QCOMPARE(started.size(), 4);
            QCOMPARE(ended.size(), 4);
            QVERIFY(answers.size() >= 4 * 6);
            QStringList order;
            for (const QList<QVariant> &args : std::as_const(ended)) {
                const auto job = args.at(2).value<ExperimentJob>();
                order.append(QStringLiteral("%1/%2:%3").arg(job.replicate).arg(job.arm).arg(job.seed));
                QCOMPARE(args.at(4).value<RunStatus>(), RunStatus::Finished);
                QVERIFY(args.at(6).toInt() > 0);
            }
            QCOMPARE(order, (QStringList{QStringLiteral("1/control:3"), QStringLiteral("1/cheaper:3"), QStringLiteral("2/control:4"),
                                         QStringLiteral("2/cheaper:4")}));
            QVERIFY(!run.isRunning());
        }
        RunStatus other = RunStatus::Finished;
        const auto jobs = storedJobs(*project, &other);
        QCOMPARE(jobs.size(), size_t(4));
        QCOMPARE(distinct(jobs), size_t(4));
        QCOMPARE(other, RunStatus::Finished);
        QVERIFY(ExperimentStore(*project).experiment(QStringLiteral("ads")).value() == e.definition);

        // Again: nothing is run twice.
        ExperimentRun again(*project, Config::defaults());
        QSignalSpy skipped(&again, &ExperimentRun::jobSkipped);
        QSignalSpy started(&again, &ExperimentRun::jobStarted);
        QSignalSpy finished(&again, &ExperimentRun::finished);
        QVERIFY(again.start(e, offline()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(skipped.size(), 4);
        QCOMPARE(started.size(), 0);
        QCOMPARE(storedJobs(*project).size(), size_t(4));
    }

    void stoppedPartWayContinuesWhereItStopped()
    {
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("stop.troupe"))).value();
        const Experiment e = adsExperiment();
        qint64 stoppedRun = 0;
        {
            ExperimentRun run(*project, Config::defaults());
            QSignalSpy finished(&run, &ExperimentRun::finished);
            QSignalSpy ended(&run, &ExperimentRun::jobEnded);
            connect(&run, &ExperimentRun::jobStarted, &run, [&](int number, int, const ExperimentJob &, qint64 runId) {
                if (number == 2) {
                    stoppedRun = runId;
                    run.stop(QStringLiteral("stopped by the test"));
                }
            });
            QVERIFY(run.start(e, offline()));
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.first().at(1).toBool(), true); // stopped
            QCOMPARE(ended.size(), 2);
            QCOMPARE(ended.last().at(4).value<RunStatus>(), RunStatus::Interrupted);
            QCOMPARE(run.failures(), 1);
        }
        QVERIFY(stoppedRun > 0);
        QCOMPARE(RunStore(*project).runInfo(stoppedRun).value().status, RunStatus::Interrupted);
        QCOMPARE(storedJobs(*project).size(), size_t(2));

        ExperimentRun again(*project, Config::defaults());
        QSignalSpy skipped(&again, &ExperimentRun::jobSkipped);
        QSignalSpy started(&again, &ExperimentRun::jobStarted);
        QSignalSpy finished(&again, &ExperimentRun::finished);
        QVERIFY(again.start(e, offline()));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(started.size(), 3);
        QCOMPARE(started.first().at(3).toLongLong(), stoppedRun); // continued, not started again
        RunStatus other = RunStatus::Finished;
        const auto jobs = storedJobs(*project, &other);
        QCOMPARE(jobs.size(), size_t(4));
        QCOMPARE(distinct(jobs), size_t(4));
        QCOMPARE(other, RunStatus::Finished);
    }

    void whatCannotRunIsRefusedBeforeAnything()
    {
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("refused.troupe"))).value();
        const ExperimentFile::Outcome o = ExperimentFile::load(R"({"name": "sized", "study": "ad_concepts", "assignment": "between",
            "arms": [{"name": "control"}, {"name": "fewer", "sample": 2}]})", QStringLiteral("sized.experiment.json"), QString());
        QVERIFY(o.experiment);
        ExperimentRun run(*project, Config::defaults());
        const Status s = run.start(*o.experiment, offline());
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("arm \"fewer\"")), qPrintable(s.error()));
        QVERIFY(!run.isRunning());
        QVERIFY(ExperimentStore(*project).names().value().isEmpty()); // nothing stored either
    }

    void betweenSubjectsSplitsTheRespondents()
    {
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("between.troupe"))).value();
        const Experiment e = load(R"({"name": "split", "study": "ad_concepts", "assignment": "between", "balance": ["gender"],
            "arms": [{"name": "a"}, {"name": "b"}], "seed": 5})");
        const QMap<QString, QList<RespondentRecord>> byArm = runAll(*project, e, offline());
        QCOMPARE(byArm.size(), 2);
        QSet<QString> a, b;
        QMap<QString, int> genderA, genderB;
        for (const RespondentRecord &r : byArm.value(QStringLiteral("a"))) {
            a.insert(r.agent);
            ++genderA[QString::fromStdString(r.persona.value("gender", std::string()))];
            QCOMPARE(r.arm, QStringLiteral("a"));
        }
        for (const RespondentRecord &r : byArm.value(QStringLiteral("b"))) {
            b.insert(r.agent);
            ++genderB[QString::fromStdString(r.persona.value("gender", std::string()))];
        }
        QVERIFY(!a.intersects(b));
        QCOMPARE(a.size() + b.size(), qsizetype(e.study.scenario->at("agents").size())); // everyone, once
        QVERIFY(std::abs(a.size() - b.size()) <= 1);
        QVERIFY(genderA.size() > 0);
        for (const QString &g : genderA.keys() + genderB.keys())
            QVERIFY2(std::abs(genderA.value(g) - genderB.value(g)) <= 1, qPrintable(g));
        // Only the arm's respondents answered in its run.
        const QList<StudyRunRecord> runs = StudyStore(*project).experimentRuns(QStringLiteral("split")).value();
        for (const StudyRunRecord &r : runs) {
            const QList<AnswerRecord> answers = StudyStore(*project).answers(r.runId).value();
            QVERIFY(!answers.isEmpty());
            for (const AnswerRecord &answer : answers)
                QVERIFY((r.arm == QLatin1String("a") ? a : b).contains(answer.agent));
        }
        // The same split from the same seed, as a shard on another machine would make it.
        const auto again = ExperimentRun::armRespondents(*project, e).value();
        QCOMPARE(QSet<QString>(again[0].begin(), again[0].end()), a);
    }

    void armFragmentsReachTheStoredPersonas()
    {
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("fragments.troupe"))).value();
        const Experiment e = load(R"({"name": "thrifty", "study": "ad_concepts",
            "arms": [{"name": "control"}, {"name": "thrifty", "fragments": [{"type": "Fragment",
                "persona": {"beliefs": ["Every recurring payment must earn its place every month."]}}]}]})");
        const QMap<QString, QList<RespondentRecord>> byArm = runAll(*project, e, offline());
        const std::string belief = "Every recurring payment must earn its place every month.";
        auto believes = [&](const RespondentRecord &r) {
            for (const auto &b : r.persona.value("beliefs", nlohmann::ordered_json::array()))
                if (b.is_string() && b.get<std::string>() == belief)
                    return true;
            return false;
        };
        QCOMPARE(byArm.value(QStringLiteral("thrifty")).size(), 6);
        for (const RespondentRecord &r : byArm.value(QStringLiteral("thrifty")))
            QVERIFY2(believes(r), qPrintable(r.agent));
        for (const RespondentRecord &r : byArm.value(QStringLiteral("control")))
            QVERIFY2(!believes(r), qPrintable(r.agent));
    }

    void armTemperatureReachesTheModel()
    {
        testing::FakeLlmServer server;
        server.setHashReplies(true);
        QVERIFY(server.listen());
        auto project = ProjectFile::create(m_dir.filePath(QStringLiteral("temperature.troupe"))).value();
        const Experiment e = load(R"({"name": "cool", "study": "ad_concepts",
            "arms": [{"name": "control"}, {"name": "cool", "temperature": 0.25}]})");
        ExperimentRun::Options o;
        o.flags.provider = QStringLiteral("vllm"); // OpenAI-compatible, no key needed
        o.flags.baseUrl = server.baseUrl().toString();
        o.flags.model = QStringLiteral("fake-model");
        QList<double> control, cool;
        int before = 0;
        {
            ExperimentRun run(*project, Config::defaults());
            connect(&run, &ExperimentRun::jobEnded, &run, [&](int number) {
                for (const auto &r : server.requests().mid(before))
                    if (r.path.endsWith(QLatin1String("/chat/completions")) && !r.body.contains("\"probe\"") && r.json.contains("temperature"))
                        (number == 1 ? control : cool).append(r.json.at("temperature").get<double>());
                before = int(server.requests().size());
            });
            QSignalSpy finished(&run, &ExperimentRun::finished);
            QVERIFY(run.start(e, o));
            QVERIFY(finished.wait(120000));
            QCOMPARE(finished.first().at(0).toInt(), 0);
        }
        QVERIFY(cool.size() >= 6);
        for (double t : std::as_const(cool))
            QCOMPARE(t, 0.25);
        QVERIFY(!control.isEmpty());
        for (double t : std::as_const(control))
            QVERIFY(t != 0.25);
    }
};

QTEST_GUILESS_MAIN(TestExperimentRun)
#include "tst_experimentrun.moc"
