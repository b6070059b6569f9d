// Experiments: the file reader (bundled gazpacho experiment, field-named errors), jobs and
// shards, arm studies, balanced assignment, the comparison (t statistics and Welch df
// computed by hand; the p-values themselves are checked against R in tst_hypothesistests),
// and project merge (refusal, and the same comparison
// as one project holding everything).
#include "experiment/experiment.h"
#include "experiment/experimentcompare.h"
#include "experiment/projectmerge.h"
#include "store/experimentstore.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study/studyfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace troupe;
using Json = nlohmann::json;
using OJson = nlohmann::ordered_json;

namespace {

QString allText(const Diagnostics &d)
{
    QString s;
    for (const Diagnostic &x : d)
        s += x.toString() + u'\n';
    return s;
}

/** One study run of `votes` for an arm and replicate. */
void addRun(ProjectFile &p, const Experiment &e, const QString &arm, int replicate, const std::vector<int> &votes)
{
    RunStore::NewRun run;
    run.name = arm;
    run.seed = quint64(replicate);
    run.scenario = OJson::object();
    run.config = {{"provider", "offline"}, {"engine", {{"provider", "offline"}}}};
    const qint64 id = RunStore(p).createRun(run).value();
    StudyStore s(p);
    StudyRunRecord r;
    r.runId = id;
    r.studyName = e.study.name;
    r.definition = e.study.definition;
    r.experiment = e.name;
    r.arm = arm;
    r.replicate = replicate;
    QVERIFY(s.saveStudyRun(r));
    QList<AnswerRecord> answers;
    for (size_t i = 0; i < votes.size(); ++i) {
        AnswerRecord a;
        a.runId = id;
        a.agent = QStringLiteral("P%1").arg(i);
        a.questionId = QStringLiteral("vote");
        a.type = QStringLiteral("likert");
        a.value = Json(votes[i]);
        a.justification = QStringLiteral("-");
        a.arm = arm;
        a.replicate = replicate;
        answers.append(a);
    }
    QVERIFY(s.saveAnswers(answers));
}

} // namespace

class TestExperiment final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("x%1.troupe").arg(++m_files)); }

    static Experiment gazpacho()
    {
        const auto o = ExperimentFile::loadFile(QStringLiteral("gazpacho_price"));
        if (!o.experiment)
            qFatal("%s", qPrintable(allText(o.diagnostics)));
        return *o.experiment;
    }

private Q_SLOTS:
    void bundledExperimentLoads()
    {
        QVERIFY(ExperimentFile::bundledNames().contains(QStringLiteral("gazpacho_price")));
        const Experiment e = gazpacho();
        QCOMPARE(e.arms.size(), size_t(2));
        QCOMPARE(e.arms[0].name, QStringLiteral("control"));
        QCOMPARE(e.replicates, 3);
        QCOMPARE(e.assignment, Assignment::Within);
        QVERIFY(e.study.question(QStringLiteral("vote")));
        QVERIFY(e.definition.at("study").is_object()); // resolved inline
        // The stored definition reads back to the same experiment.
        const auto again = ExperimentFile::fromDefinition(e.definition, QStringLiteral("stored"));
        QVERIFY2(again.experiment, qPrintable(allText(again.diagnostics)));
        QCOMPARE(again.experiment->definition, e.definition);
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("arm key") << QByteArray("{\"name\": \"x\", \"study\": \"bottled_gazpacho\",\n \"arms\": [{\"name\": \"a\", \"colour\": 1}]}")
                                 << QStringLiteral("x.json:2:35: arms[0].colour: unknown key in an arm");
        QTest::newRow("same arm twice") << QByteArray("{\"name\": \"x\", \"study\": \"bottled_gazpacho\", \"arms\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}")
                                        << QStringLiteral("arms[1].name: another arm");
        QTest::newRow("no study") << QByteArray("{\"name\": \"x\", \"study\": \"nope\", \"arms\": [{\"name\": \"a\"}]}")
                                  << QStringLiteral("study: there is no study file \"nope\"");
        QTest::newRow("balance within") << QByteArray("{\"name\": \"x\", \"study\": \"bottled_gazpacho\", \"arms\": [{\"name\": \"a\"}], \"balance\": [\"gender\"]}")
                                        << QStringLiteral("balance:");
        QTest::newRow("replicates") << QByteArray("{\"name\": \"x\", \"study\": \"bottled_gazpacho\", \"arms\": [{\"name\": \"a\"}], \"replicates\": 0}")
                                    << QStringLiteral("replicates");
        QTest::newRow("no arms") << QByteArray("{\"name\": \"x\", \"study\": \"bottled_gazpacho\"}") << QStringLiteral("arms");
    }

    void errorsNameTheField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto o = ExperimentFile::load(text, QStringLiteral("x.json"), m_dir.path());
        QVERIFY(!o.experiment);
        QVERIFY2(allText(o.diagnostics).contains(expected), qPrintable(allText(o.diagnostics)));
    }

    void jobsAndShards()
    {
        const Experiment e = gazpacho();
        const auto jobs = experimentJobs(e);
        QCOMPARE(jobs.size(), size_t(6));
        QCOMPARE(jobs[0].arm, QStringLiteral("control"));
        QCOMPARE(jobs[1].arm, QStringLiteral("half price"));
        QCOMPARE(jobs[1].seed, jobs[0].seed); // a replicate's arms share its seed
        QCOMPARE(jobs[2].replicate, 2);
        QCOMPARE(jobs[2].seed, e.seed + 1);
        QSet<int> seen;
        for (int i = 0; i < 4; ++i)
            for (const ExperimentJob &j : shardJobs(jobs, {i, 4})) {
                QVERIFY(!seen.contains(j.index));
                seen.insert(j.index);
            }
        QCOMPARE(seen.size(), 6);
        QVERIFY(parseShard(QStringLiteral("1/3")));
        QCOMPARE(parseShard(QStringLiteral("2/3")).value().index, 2);
        for (const char *bad : {"3/3", "-1/3", "1", "a/b", "0/0"})
            QVERIFY2(!parseShard(QString::fromLatin1(bad)), bad);
    }

    void armStudyAddsTheMaterial()
    {
        const Experiment e = gazpacho();
        const Study control = armStudy(e, e.arms[0]).value();
        const Study half = armStudy(e, e.arms[1]).value();
        QCOMPARE(control.material.size(), e.study.material.size());
        QCOMPARE(half.material.size(), e.study.material.size() + 1);
        QVERIFY(half.material.last().text.contains(QLatin1String("half the price of a smoothie")));
        ExperimentArm withFragment = e.arms[1];
        withFragment.fragments.push_back(OJson::object());
        // Fragments go to the respondents, not into the study.
        QVERIFY(armStudy(e, withFragment).value().definition == half.definition);
    }

    void balancedAssignment()
    {
        std::vector<std::map<QString, QString>> people;
        for (int i = 0; i < 31; ++i)
            people.push_back({{QStringLiteral("gender"), i % 3 == 0 ? QStringLiteral("man") : QStringLiteral("woman")},
                              {QStringLiteral("age"), QString::number(i)}});
        const QStringList balance = {QStringLiteral("gender")};
        const auto a = assignBalanced(people, balance, 2, 7);
        QCOMPARE(a, assignBalanced(people, balance, 2, 7));
        QVERIFY(a != assignBalanced(people, balance, 2, 8));
        std::map<QString, std::array<int, 2>> byGender;
        std::array<int, 2> total{};
        for (size_t i = 0; i < people.size(); ++i) {
            ++byGender[people[i].at(QStringLiteral("gender"))][size_t(a[i])];
            ++total[size_t(a[i])];
        }
        QVERIFY(std::abs(total[0] - total[1]) <= 1);
        for (const auto &[g, n] : byGender)
            QVERIFY2(std::abs(n[0] - n[1]) <= 1, qPrintable(g));
    }

    void compareAgainstHandValues()
    {
        const Experiment e = gazpacho();
        auto p = ProjectFile::create(freshPath()).value();
        // control {1,2,3 | 4,5}, half price {2,3,4 | 5,5} over two replicates.
        addRun(*p, e, QStringLiteral("control"), 1, {1, 2, 3});
        addRun(*p, e, QStringLiteral("half price"), 1, {2, 3, 4});
        addRun(*p, e, QStringLiteral("control"), 2, {4, 5});
        addRun(*p, e, QStringLiteral("half price"), 2, {5, 5});
        auto c = compareExperiment(*p, e.name);
        QVERIFY2(c, qPrintable(c.error()));
        const Json j = Json::parse(c.value().toJson().dump());
        QCOMPARE(j.at("runs").get<int>(), 4);
        QCOMPARE(j.at("replicates").get<int>(), 2);
        const Json &q = j.at("questions").at(0);
        QCOMPARE(q.at("question").get<std::string>(), std::string("vote"));
        for (const char *arm : {"control", "half price"})
            for (const char *key : {"n", "mean", "sd", "ci"})
                QVERIFY2(q.at("arms").at(arm).contains(key), key);
        QCOMPARE(q.at("arms").at("control").at("n").get<int>(), 5);
        QCOMPARE(q.at("arms").at("control").at("mean").get<double>(), 3.0);
        // half price {2,3,4,5,5}: mean 3.8, var 1.7; control var 2.5.
        // Welch t = 0.8 / sqrt(1.7/5 + 2.5/5) = 0.8 / sqrt(0.84) = 0.872872; df = 0.84^2 / ((0.34^2 + 0.5^2) / 4) = 7.7126
        QStringList names;
        for (const Json &t : q.at("tests")) {
            for (const char *key : {"name", "statistic", "df", "p", "effect", "effect_name"})
                QVERIFY2(t.contains(key), key);
            names.append(QString::fromStdString(t.at("name").get<std::string>()));
        }
        QCOMPARE(names, QStringList({QStringLiteral("welch_t"), QStringLiteral("student_t"), QStringLiteral("mann_whitney_u"),
                                     QStringLiteral("ks_2samp")}));
        const Json &welch = q.at("tests").at(0);
        QVERIFY(std::abs(welch.at("statistic").get<double>() - 0.8 / std::sqrt(0.84)) < 1e-9);
        QVERIFY(std::abs(welch.at("df").get<double>() - 0.84 * 0.84 / ((0.34 * 0.34 + 0.25) / 4)) < 1e-9);
        const Json &student = q.at("tests").at(1);
        QVERIFY(std::abs(student.at("statistic").get<double>() - 0.8 / std::sqrt(2.1 * 0.4)) < 1e-9); // pooled var 2.1
        QCOMPARE(student.at("df").get<double>(), 8.0);
        QCOMPARE(welch.at("p_holm").get<double>(), welch.at("p").get<double>()); // one compared question
        QCOMPARE(q.at("arms").at("half price").at("replicates").size(), size_t(2));
        QVERIFY(QString::fromStdString(q.at("summary").get<std::string>()).contains(QLatin1String("half price raised mean vote by 0.80")));
        QVERIFY(QString::fromStdString(q.at("summary").get<std::string>()).contains(QLatin1String("2 replicates agree")));
    }

    void mergeEqualsOneProject()
    {
        const Experiment e = gazpacho();
        const QString a = freshPath(), b = freshPath(), whole = freshPath(), merged = freshPath();
        {
            auto pa = ProjectFile::create(a).value();
            auto pb = ProjectFile::create(b).value();
            auto pw = ProjectFile::create(whole).value();
            for (ProjectFile *p : {pa.get(), pb.get(), pw.get()})
                QVERIFY(ExperimentStore(*p).saveExperiment(e.name, e.definition));
            addRun(*pa, e, QStringLiteral("control"), 1, {1, 2, 3});
            addRun(*pb, e, QStringLiteral("half price"), 1, {2, 3, 4});
            addRun(*pa, e, QStringLiteral("control"), 2, {4, 5});
            addRun(*pb, e, QStringLiteral("half price"), 2, {5, 5});
            addRun(*pw, e, QStringLiteral("control"), 1, {1, 2, 3});
            addRun(*pw, e, QStringLiteral("control"), 2, {4, 5});
            addRun(*pw, e, QStringLiteral("half price"), 1, {2, 3, 4});
            addRun(*pw, e, QStringLiteral("half price"), 2, {5, 5});
        }
        auto report = mergeProjects({a, b}, merged);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report.value().runs, 4);
        auto pm = ProjectFile::open(merged).value();
        auto pw = ProjectFile::open(whole).value();
        auto cm = compareExperiment(*pm, e.name).value().toJson();
        auto cw = compareExperiment(*pw, e.name).value().toJson();
        QCOMPARE(QString::fromStdString(cm.dump(2)), QString::fromStdString(cw.dump(2)));
        // Every run kept its engine.
        const auto infos = RunStore(*pm).runs().value();
        QCOMPARE(infos.size(), 4);
        for (const auto &info : infos)
            QCOMPARE(info.config.value("provider", std::string()), std::string("offline"));
        QCOMPARE(ExperimentStore(*pm).experiment(e.name).value(), e.definition);
        QVERIFY(!mergeProjects({a, b}, merged)); // the output exists
    }

    void mergeRefusesDifferentDefinitions()
    {
        Experiment e = gazpacho();
        const QString a = freshPath(), b = freshPath(), out = freshPath();
        {
            auto pa = ProjectFile::create(a).value();
            auto pb = ProjectFile::create(b).value();
            QVERIFY(ExperimentStore(*pa).saveExperiment(e.name, e.definition));
            OJson other = e.definition;
            other["replicates"] = 5;
            QVERIFY(ExperimentStore(*pb).saveExperiment(e.name, other));
            QVERIFY(!ExperimentStore(*pb).saveExperiment(e.name, e.definition)); // one definition per name
        }
        auto r = mergeProjects({a, b}, out);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QLatin1String("differs")), qPrintable(r.error()));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
