// troupe validate empirical: simulated answers stored with StudyStore against the real
// bottled gazpacho survey (50 respondents, Vote 1-5, Age Range), overall and per age range.
// The KS statistic is recomputed here from the two samples by hand.
#include "analysis/surveycsv.h"
#include "experiment/empiricalcheck.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/studystore.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace troupe;
using Json = nlohmann::json;
using OJson = nlohmann::ordered_json;

namespace {

const QString kCsv = QStringLiteral(TROUPE_SHARED_DIR "/fixtures/tinytroupe/empirical/bottled_gazpacho.csv");
const QStringList kAges = {QStringLiteral("25-34"), QStringLiteral("35-44"), QStringLiteral("45-54"),
                           QStringLiteral("55-64"), QStringLiteral("65+")};

/** A study run of `n` respondents with votes 1 + (i * 7) % 5, ages across the real buckets. */
qint64 addRun(ProjectFile &p, int n, const QString &experiment, const QString &arm, int replicate, int shift)
{
    RunStore::NewRun run;
    run.name = QStringLiteral("gazpacho");
    run.seed = 1;
    run.scenario = OJson::object();
    const qint64 id = RunStore(p).createRun(run).value();
    StudyStore studies(p);
    StudyRunRecord sr;
    sr.runId = id;
    sr.studyName = QStringLiteral("bottled_gazpacho");
    sr.definition = OJson::object();
    sr.experiment = experiment;
    sr.arm = arm;
    sr.replicate = replicate;
    if (!studies.saveStudyRun(sr))
        qFatal("saveStudyRun");
    QList<RespondentRecord> people;
    QList<AnswerRecord> answers;
    for (int i = 0; i < n; ++i) {
        RespondentRecord r;
        r.agent = QStringLiteral("Person %1").arg(i);
        r.persona = {{"name", r.agent.toStdString()}, {"age", 28 + 10 * (i % 5)}};
        r.attributes = {{"age_range", kAges[i % 5].toStdString()}};
        r.arm = arm;
        people.append(r);
        AnswerRecord a;
        a.runId = id;
        a.agent = r.agent;
        a.questionId = QStringLiteral("vote");
        a.type = QStringLiteral("likert");
        a.value = Json(std::min(5, 1 + (i * 7 + shift) % 5));
        a.justification = QStringLiteral("because");
        a.arm = arm;
        a.replicate = replicate;
        answers.append(a);
    }
    if (!studies.saveRespondents(id, people) || !studies.saveAnswers(answers))
        qFatal("save");
    return id;
}

double ksByHand(std::vector<double> a, std::vector<double> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    double d = 0;
    for (double v : {1.0, 2.0, 3.0, 4.0, 5.0}) {
        const double fa = double(std::upper_bound(a.begin(), a.end(), v) - a.begin()) / double(a.size());
        const double fb = double(std::upper_bound(b.begin(), b.end(), v) - b.begin()) / double(b.size());
        d = std::max(d, std::abs(fa - fb));
    }
    return d;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runTroupe(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(TROUPE_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestEmpiricalCheck final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void cliJsonAgainstTheRealSurvey()
    {
        if (!QFileInfo::exists(kCsv))
            QSKIP("the TinyTroupe fixtures are not next to the checkout (../shared)");
        const QString path = m_dir.filePath(QStringLiteral("e.troupe"));
        {
            auto p = ProjectFile::create(path).value();
            addRun(*p, 40, QStringLiteral("price framing"), QStringLiteral("control"), 1, 0);
            addRun(*p, 40, QStringLiteral("price framing"), QStringLiteral("half price"), 1, 2);
        }
        const Run r = runTroupe({QStringLiteral("validate"), QStringLiteral("empirical"), QStringLiteral("price framing"),
                              QStringLiteral("--project"), path, QStringLiteral("--csv"), kCsv, QStringLiteral("--column"),
                              QStringLiteral("Vote"), QStringLiteral("--question"), QStringLiteral("vote"),
                              QStringLiteral("--match"), QStringLiteral("Age Range=age_range"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j.at("n_sim").get<int>(), 80);
        SurveyMapping m;
        m.question.column = QStringLiteral("Vote");
        const SurveyData real = readSurveyCsv(kCsv, m).value();
        QCOMPARE(j.at("n_real").get<int>(), int(real.numbers().size()));
        QCOMPARE(j.at("n_real").get<int>(), 50);
        std::vector<double> sim;
        for (int arm = 0; arm < 2; ++arm)
            for (int i = 0; i < 40; ++i)
                sim.push_back(std::min(5, 1 + (i * 7 + 2 * arm) % 5));
        QStringList names;
        for (const Json &t : j.at("tests")) {
            for (const char *key : {"name", "statistic", "df", "p", "effect", "effect_name"})
                QVERIFY2(t.contains(key), key);
            names.append(QString::fromStdString(t.at("name").get<std::string>()));
            if (t.at("name") == "ks_2samp")
                QVERIFY(std::abs(t.at("statistic").get<double>() - ksByHand(sim, real.numbers())) < 1e-12);
        }
        QVERIFY2(names.contains(QStringLiteral("ks_2samp")) && names.contains(QStringLiteral("chi_square"))
                     && names.contains(QStringLiteral("wasserstein")),
                 qPrintable(names.join(u',')));
        // One subgroup per real age range; each holds the simulated people of that range.
        QCOMPARE(j.at("subgroups").size(), size_t(5));
        for (const Json &g : j.at("subgroups")) {
            QCOMPARE(g.at("n_sim").get<int>(), 16);
            QVERIFY(g.at("n_real").get<int>() > 0);
        }
    }

    void oneRunAndErrors()
    {
        if (!QFileInfo::exists(kCsv))
            QSKIP("the TinyTroupe fixtures are not next to the checkout (../shared)");
        const QString path = m_dir.filePath(QStringLiteral("one.troupe"));
        {
            auto p = ProjectFile::create(path).value();
            addRun(*p, 10, QString(), QString(), 0, 0);
        }
        auto p = ProjectFile::open(path).value();
        EmpiricalCheck check;
        check.which = QStringLiteral("last");
        check.questionId = QStringLiteral("vote");
        check.csvPath = kCsv;
        check.column = QStringLiteral("Vote");
        auto report = runEmpiricalCheck(*p, check);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report.value().overall.nSim, 10);
        check.column = QStringLiteral("No Such Column");
        auto missing = runEmpiricalCheck(*p, check);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("No Such Column")), qPrintable(missing.error()));
        check.column = QStringLiteral("Vote");
        check.questionId = QStringLiteral("nothing");
        QVERIFY(!runEmpiricalCheck(*p, check));
        check.which = QStringLiteral("no experiment");
        QVERIFY(!runEmpiricalCheck(*p, check));
    }

    void rankingPositionsAndMentions()
    {
        // Simulated rankings and picks of three people against a CSV of four: the position of
        // one item (a number) and the mentions of one option ("yes"/"no"), as --option asks.
        const QString path = m_dir.filePath(QStringLiteral("lists.troupe"));
        {
            auto p = ProjectFile::create(path).value();
            RunStore::NewRun run;
            run.name = QStringLiteral("ads");
            run.seed = 1;
            run.scenario = OJson::object();
            const qint64 id = RunStore(*p).createRun(run).value();
            StudyStore studies(*p);
            StudyRunRecord sr;
            sr.runId = id;
            sr.studyName = QStringLiteral("ads");
            sr.definition = OJson::object();
            QVERIFY(studies.saveStudyRun(sr));
            QList<AnswerRecord> answers;
            const char *orders[] = {R"(["A", "B", "C"])", R"(["B", "A", "C"])", R"(["A", "C", "B"])"};
            const char *picks[] = {R"(["price"])", R"(["taste", "price"])", R"(["health"])"};
            for (int i = 0; i < 3; ++i)
                for (const char *q : {"order", "features"}) {
                    AnswerRecord a;
                    a.runId = id;
                    a.agent = QStringLiteral("P%1").arg(i);
                    a.questionId = QString::fromLatin1(q);
                    a.type = a.questionId == QLatin1String("order") ? QStringLiteral("ranking") : QStringLiteral("multi");
                    a.value = Json::parse(a.questionId == QLatin1String("order") ? orders[i] : picks[i]);
                    answers.append(a);
                }
            QVERIFY(studies.saveAnswers(answers));
        }
        const QString csv = m_dir.filePath(QStringLiteral("lists.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Order,Features\nA-B-C,price; taste\nB-A-C,taste\nC-A-B,health\nA-C-B,price\n");
        }
        const QStringList base = {QStringLiteral("validate"), QStringLiteral("empirical"), QStringLiteral("last"),
                                  QStringLiteral("--project"), path, QStringLiteral("--csv"), csv, QStringLiteral("--json")};
        Run r = runTroupe(base + QStringList{QStringLiteral("--column"), QStringLiteral("Order"), QStringLiteral("--question"),
                                             QStringLiteral("order"), QStringLiteral("--kind"), QStringLiteral("ranking"),
                                             QStringLiteral("--option"), QStringLiteral("B")});
        QVERIFY2(r.code == 0, r.err.constData());
        Json j = Json::parse(r.out.toStdString());
        QCOMPARE(j.at("scale").get<std::string>(), std::string("numeric"));
        // B is 2nd, 1st, 3rd (simulated: mean 2) and 2nd, 1st, 3rd, 3rd (real: mean 2.25).
        QVERIFY(std::abs(j.at("mean_difference").at("estimate").get<double>() - (2.0 - 2.25)) < 1e-12);
        r = runTroupe(base + QStringList{QStringLiteral("--column"), QStringLiteral("Features"), QStringLiteral("--question"),
                                         QStringLiteral("features"), QStringLiteral("--kind"), QStringLiteral("multi"),
                                         QStringLiteral("--option"), QStringLiteral("price")});
        QVERIFY2(r.code == 0, r.err.constData());
        j = Json::parse(r.out.toStdString());
        QCOMPARE(j.at("scale").get<std::string>(), std::string("categorical"));
        QCOMPARE(j.at("n_sim").get<int>(), 3);
        QCOMPARE(j.at("n_real").get<int>(), 4);
        // Without an option a multi column is refused with the reason, and so is --option alone.
        r = runTroupe(base + QStringList{QStringLiteral("--column"), QStringLiteral("Features"), QStringLiteral("--question"),
                                         QStringLiteral("features"), QStringLiteral("--kind"), QStringLiteral("multi")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("option"), r.err.constData());
        r = runTroupe(base + QStringList{QStringLiteral("--column"), QStringLiteral("Order"), QStringLiteral("--question"),
                                         QStringLiteral("order"), QStringLiteral("--option"), QStringLiteral("B")});
        QVERIFY(r.code != 0);
    }
};

QTEST_GUILESS_MAIN(TestEmpiricalCheck)
#include "tst_empiricalcheck.moc"
