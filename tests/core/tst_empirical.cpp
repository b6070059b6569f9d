// The empirical comparison: attribute buckets, and the real gazpacho survey (50 respondents)
// against synthetic simulated samples whose results are known independently: an exact copy
// (every distance zero, every p-value one) and a fixed sample whose figures were computed
// with scipy 1.10.1 (ks_2samp, wasserstein_distance) and R 4.2.2 (chisq.test with
// p = the real shares, t.test for the Welch interval).
#include "analysis/empirical.h"
#include "analysis/surveycsv.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace troupe;

namespace {

QString gazpachoPath()
{
    return QStringLiteral(TROUPE_SHARED_DIR "/fixtures/tinytroupe/empirical/bottled_gazpacho.csv");
}

Result<SurveyData> gazpacho()
{
    SurveyMapping m;
    m.question.column = QStringLiteral("Vote");
    m.question.kind = SurveyValueKind::Numeric;
    m.attributes = {QStringLiteral("Age Range"), QStringLiteral("Gender Identity"), QStringLiteral("Political Affiliation")};
    return readSurveyCsv(gazpachoPath(), m);
}

const std::vector<AttributeMatch> kMatches = {{QStringLiteral("Age Range"), QStringLiteral("age")},
                                              {QStringLiteral("Gender Identity"), QStringLiteral("gender")}};

// 40 simulated respondents: votes 1×4, 2×6, 3×10, 4×12, 5×8; ages cycle through
// 22 30 38 50 60 70 16, genders through male female non-binary.
std::vector<Observation> syntheticSample()
{
    std::vector<double> votes;
    for (auto [vote, count] : std::initializer_list<std::pair<int, int>>{{1, 4}, {2, 6}, {3, 10}, {4, 12}, {5, 8}})
        votes.insert(votes.end(), std::size_t(count), double(vote));
    const int ages[] = {22, 30, 38, 50, 60, 70, 16};
    const char *genders[] = {"male", "female", "non-binary"};
    std::vector<Observation> out;
    for (int i = 0; i < 40; ++i) {
        Observation o;
        o.number = votes[std::size_t(i)];
        o.attributes[QStringLiteral("age")] = QString::number(ages[i % 7]);
        o.attributes[QStringLiteral("gender")] = QLatin1String(genders[i % 3]);
        out.push_back(o);
    }
    return out;
}

const EmpiricalComparison *subgroup(const EmpiricalReport &r, const QString &column, const QString &value)
{
    for (const auto &s : r.subgroups) {
        if (s.column == column && s.value == value)
            return &s;
    }
    return nullptr;
}

double rel(double a, double b) { return std::abs(a - b) / std::max(std::abs(b), 1e-300); }

#define CHECK_NEAR(actual, expected, tolerance)                                                     \
    QVERIFY2(rel((actual), (expected)) <= (tolerance),                                              \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual))         \
                            .arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

struct Expected
{
    int nSim, nReal;
    double ksD, ksP;
    double chi, chiP;   // NaN: chi-square skipped
    double w;
    double lo, hi;      // Welch 95% interval of simulated - real
};

void checkComparison(const EmpiricalComparison &c, const Expected &e)
{
    QCOMPARE(c.nSim, e.nSim);
    QCOMPARE(c.nReal, e.nReal);
    const auto *ks = c.test(QStringLiteral("ks_2samp"));
    QVERIFY(ks);
    CHECK_NEAR(ks->statistic, e.ksD, 1e-12);
    CHECK_NEAR(ks->p, e.ksP, 1e-10);
    const auto *chi = c.test(QStringLiteral("chi_square"));
    if (std::isnan(e.chi)) {
        QVERIFY(!chi);
        QVERIFY(!c.skipped.filter(QStringLiteral("chi_square: ")).isEmpty());
    } else {
        QVERIFY(chi);
        CHECK_NEAR(chi->statistic, e.chi, 5e-8);  // R prints 8 significant digits
        CHECK_NEAR(chi->p, e.chiP, 5e-7);
        QCOMPARE(*chi->df, 4.0);
    }
    const auto *w = c.test(QStringLiteral("wasserstein"));
    QVERIFY(w);
    CHECK_NEAR(w->statistic, e.w, 1e-12);
    QVERIFY(c.meanDifference);
    CHECK_NEAR(c.meanDifference->ci.lo, e.lo, 1e-9);
    CHECK_NEAR(c.meanDifference->ci.hi, e.hi, 1e-9);
}

} // namespace

class TestEmpirical final : public QObject
{
    Q_OBJECT

private slots:
    void buckets_data();
    void buckets();
    void matchSpecs();
    void identicalSampleAgreesEverywhere();
    void syntheticSampleAgainstReferences();
    void categoricalComparison();
    void jsonShape();
    void refusals();
};

void TestEmpirical::buckets_data()
{
    QTest::addColumn<QString>("real");
    QTest::addColumn<QString>("sim");
    QTest::addColumn<bool>("match");
    const struct { const char *real, *sim; bool match; } rows[] = {
        {"25-34", "25", true}, {"25-34", "34", true}, {"25-34", "34.5", true}, {"25-34", "35", false},
        {"25-34", "24.9", false}, {"25 – 34", "30", true}, {"25 to 34 years", "30", true},
        {"65+", "65", true}, {"65+", "90", true}, {"65+", "64.9", false}, {"65 and over", "70", true},
        {"65 or older", "64", false}, {"over 65", "65", false}, {"over 65", "65.5", true},
        {"under 18", "17.9", true}, {"under 18", "18", false}, {"18 or younger", "18.9", true},
        {"18 or younger", "19", false}, {"<18", "17", true}, {"<=17", "17.5", true}, {"<=17", "18", false},
        {">64", "64", false}, {">=65", "65", true}, {"30", "30", true}, {"30", "30.0", true}, {"30", "31", false},
        {"Male", "male", true}, {"Male", " MALE ", true}, {"Male", "female", false},
        {"Independent / other", "independent  /  other", true}, {"25-34", "thirty", false},
        {"1.5-2.5", "2.5", true}, {"1.5-2.5", "2.6", false},
    };
    for (const auto &r : rows)
        QTest::newRow(qPrintable(QStringLiteral("%1 ~ %2").arg(QLatin1String(r.real), QLatin1String(r.sim))))
            << QString::fromUtf8(r.real) << QString::fromUtf8(r.sim) << r.match;
}

void TestEmpirical::buckets()
{
    QFETCH(QString, real);
    QFETCH(QString, sim);
    QFETCH(bool, match);
    QCOMPARE(AttributeBucket::parse(real).matches(sim), match);
}

void TestEmpirical::matchSpecs()
{
    const auto m = parseAttributeMatch(QStringLiteral(" Age Range = age_range "));
    QVERIFY(m);
    QCOMPARE(m.value().realColumn, QStringLiteral("Age Range"));
    QCOMPARE(m.value().simAttribute, QStringLiteral("age_range"));
    QVERIFY(!parseAttributeMatch(QStringLiteral("Age Range")));
    QVERIFY(!parseAttributeMatch(QStringLiteral("=age")));
    QVERIFY(AttributeBucket::parse(QStringLiteral("65+")).isNumeric());
    QVERIFY(!AttributeBucket::parse(QStringLiteral("Female")).isNumeric());
}

void TestEmpirical::identicalSampleAgreesEverywhere()
{
    if (!QFile::exists(gazpachoPath()))
        QSKIP("the TinyTroupe fixtures (../shared/fixtures/tinytroupe) are not next to the checkout");
    const auto data = gazpacho();
    QVERIFY2(data, qPrintable(data.error()));
    const auto real = data.value().observations();
    // The real respondents as simulated ones: an age inside each real range, gender in lower case.
    const std::map<QString, QString> ageFor = {{QStringLiteral("25-34"), QStringLiteral("30")}, {QStringLiteral("35-44"), QStringLiteral("40")},
                                               {QStringLiteral("45-54"), QStringLiteral("47")}, {QStringLiteral("55-64"), QStringLiteral("64.5")},
                                               {QStringLiteral("65+"), QStringLiteral("81")}};
    std::vector<Observation> sim;
    for (const Observation &o : real) {
        Observation s;
        s.number = o.number;
        s.attributes[QStringLiteral("age")] = ageFor.at(o.attributes.at(QStringLiteral("Age Range")));
        s.attributes[QStringLiteral("gender")] = o.attributes.at(QStringLiteral("Gender Identity")).toLower();
        sim.push_back(s);
    }
    const auto report = compareEmpirical(QStringLiteral("Vote"), Scale::Numeric, sim, real, kMatches);
    QVERIFY2(report, qPrintable(report.error()));
    const EmpiricalReport &r = report.value();
    QCOMPARE(r.subgroups.size(), std::size_t(5 + 3));
    for (const EmpiricalComparison *c : [&] {
             std::vector<const EmpiricalComparison *> all{&r.overall};
             for (const auto &s : r.subgroups)
                 all.push_back(&s);
             return all;
         }()) {
        QCOMPARE(c->nSim, c->nReal);
        QCOMPARE(c->test(QStringLiteral("ks_2samp"))->statistic, 0.0);
        QCOMPARE(c->test(QStringLiteral("ks_2samp"))->p, 1.0);
        QCOMPARE(c->test(QStringLiteral("wasserstein"))->statistic, 0.0);
        if (const auto *chi = c->test(QStringLiteral("chi_square")))
            QVERIFY(std::abs(chi->statistic) < 1e-12);
        else
            QVERIFY(c->nReal < 2); // one real respondent: a single category, nothing to test
        if (c->nReal >= 2) {
            QVERIFY(std::abs(c->meanDifference->estimate) < 1e-12);
        }
    }
    QCOMPARE(r.overall.nSim, 50);
    // Subgroups: the age ranges by their lower end, then genders in the file's order.
    QCOMPARE(r.subgroups[0].value, QStringLiteral("25-34"));
    QCOMPARE(r.subgroups[1].value, QStringLiteral("35-44"));
    QCOMPARE(r.subgroups[1].nReal, 19);
    QCOMPARE(r.subgroups[4].value, QStringLiteral("65+"));
    QCOMPARE(r.subgroups[5].value, QStringLiteral("Male"));
    QCOMPARE(r.subgroups[5].nReal, 30);
    QCOMPARE(r.subgroups[7].value, QStringLiteral("Non-binary"));
    QCOMPARE(r.subgroups[7].nReal, 1);
    QVERIFY(!r.subgroups[7].meanDifference); // one real respondent: no interval
    QCOMPARE(r.unmatched.size(), std::size_t(2));
    QCOMPARE(r.unmatched[0].second, 0);
    QCOMPARE(r.unmatched[1].second, 0);
}

void TestEmpirical::syntheticSampleAgainstReferences()
{
    if (!QFile::exists(gazpachoPath()))
        QSKIP("the TinyTroupe fixtures (../shared/fixtures/tinytroupe) are not next to the checkout");
    const auto data = gazpacho();
    QVERIFY2(data, qPrintable(data.error()));
    const auto report = compareEmpirical(QStringLiteral("Vote"), Scale::Numeric, syntheticSample(), data.value().observations(), kMatches);
    QVERIFY2(report, qPrintable(report.error()));
    const EmpiricalReport &r = report.value();
    // Overall: real counts 11 9 13 10 7 against simulated 4 6 10 12 8.
    // scipy: ks_2samp -> D = 0.16, p = 0.5676093958756026; wasserstein_distance -> 0.49.
    // R: chisq.test(c(4,6,10,12,8), p = c(11,9,13,10,7)/50) -> X-squared = 5.8621379, p = 0.2096832;
    //    t.test(sim, real)$conf.int -> -0.05769567109 1.03769567109.
    checkComparison(r.overall, {40, 50, 0.16, 0.5676093958756026, 5.8621379, 0.2096832, 0.49, -0.05769567109, 1.03769567109});
    CHECK_NEAR(r.overall.meanDifference->estimate, 3.35 - 2.86, 1e-13);
    // Hand check of the chi-square: Σ (O - E)² / E with E = 40 × real share.
    const double o[] = {4, 6, 10, 12, 8}, share[] = {11, 9, 13, 10, 7};
    double chi = 0;
    for (int i = 0; i < 5; ++i)
        chi += (o[i] - 40 * share[i] / 50) * (o[i] - 40 * share[i] / 50) / (40 * share[i] / 50);
    CHECK_NEAR(r.overall.test(QStringLiteral("chi_square"))->statistic, chi, 1e-13);

    // Age 35-44 holds the simulated 38-year-olds (i = 2, 9, 16, 23, 30, 37: votes 1 2 3 4 4 5).
    const auto *age = subgroup(r, QStringLiteral("Age Range"), QStringLiteral("35-44"));
    QVERIFY(age);
    QCOMPARE(age->attribute, QStringLiteral("age"));
    checkComparison(*age, {6, 19, 0.2894736842105263, 0.7502202145680408, 3.4246032, 0.4894348, 0.5350877192982455,
                           -1.015784674, 2.085960112});
    // 65+ (the 70-year-olds): no real respondent aged 65+ voted 2, a simulated one did, so
    // chi-square is skipped and says why.
    const auto *old = subgroup(r, QStringLiteral("Age Range"), QStringLiteral("65+"));
    QVERIFY(old);
    checkComparison(*old, {5, 5, 0.4, 0.873015873015873, stats::kNaN, stats::kNaN, 0.6, -1.657448491, 2.857448491});
    QVERIFY2(old->skipped.join(u'|').contains(QStringLiteral("include 2, which no real respondent gave")), qPrintable(old->skipped.join(u'|')));
    const auto *female = subgroup(r, QStringLiteral("Gender Identity"), QStringLiteral("Female"));
    checkComparison(*female, {13, 19, 0.1862348178137652, 0.8977936377433402, 5.025641, 0.2846767, 0.4736842105263158,
                              -0.7436257811, 1.2537472386});
    const auto *male = subgroup(r, QStringLiteral("Gender Identity"), QStringLiteral("Male"));
    checkComparison(*male, {14, 30, 0.2, 0.7549057854772308, 5.6045918, 0.2306876, 0.5523809523809524,
                            -0.3422476169, 1.4470095217});
    const auto *nb = subgroup(r, QStringLiteral("Gender Identity"), QStringLiteral("Non-binary"));
    QCOMPARE(nb->nSim, 13);
    QCOMPARE(nb->nReal, 1);
    QVERIFY(!nb->meanDifference);
    QVERIFY(!nb->skipped.filter(QStringLiteral("mean_difference: ")).isEmpty());
    // The 22- and 16-year-olds (6 + 5) fit no real age range; every gender has a real match.
    QCOMPARE(r.unmatched[0], (std::pair<QString, int>{QStringLiteral("Age Range=age"), 11}));
    QCOMPARE(r.unmatched[1], (std::pair<QString, int>{QStringLiteral("Gender Identity=gender"), 0}));
    int simInAges = 0;
    for (const auto &s : r.subgroups) {
        if (s.column == QStringLiteral("Age Range"))
            simInAges += s.nSim;
    }
    QCOMPARE(simInAges, 40 - 11);
}

void TestEmpirical::categoricalComparison()
{
    if (!QFile::exists(gazpachoPath()))
        QSKIP("the TinyTroupe fixtures (../shared/fixtures/tinytroupe) are not next to the checkout");
    SurveyMapping m;
    m.question.column = QStringLiteral("Political Affiliation");
    m.question.kind = SurveyValueKind::Choice;
    const auto data = readSurveyCsv(gazpachoPath(), m);
    QVERIFY2(data, qPrintable(data.error()));
    // Real: Democrat 21, Independent / other 16, Republican 13 (in order of first appearance).
    std::vector<Observation> sim;
    for (auto [label, count] : std::initializer_list<std::pair<const char *, int>>{{"democrat", 10}, {"REPUBLICAN", 5}, {"Independent / Other", 5}}) {
        for (int i = 0; i < count; ++i)
            sim.push_back({stats::kNaN, QLatin1String(label), {}});
    }
    // R 4.2.2: chisq.test(c(10, 5, 5), p = c(21, 16, 13)/50): X-squared = 0.61870421, df = 2, p = 0.7339223.
    const auto report = compareEmpirical(QStringLiteral("party"), Scale::Categorical, sim, data.value().observations(), {});
    QVERIFY2(report, qPrintable(report.error()));
    const auto &c = report.value().overall;
    QCOMPARE(c.tests.size(), std::size_t(1));
    CHECK_NEAR(c.tests[0].statistic, 0.61870421, 5e-8);
    CHECK_NEAR(c.tests[0].p, 0.7339223, 5e-7);
    QCOMPARE(*c.tests[0].df, 2.0);
    QVERIFY(!c.meanDifference);
    sim.push_back({stats::kNaN, QStringLiteral("Green"), {}});
    const auto green = compareEmpirical(QStringLiteral("party"), Scale::Categorical, sim, data.value().observations(), {});
    QVERIFY(green.value().overall.tests.empty());
    QVERIFY(green.value().overall.skipped.join(u'|').contains(QStringLiteral("\"Green\", which no real respondent gave")));
}

void TestEmpirical::jsonShape()
{
    std::vector<Observation> sim, real;
    for (int i = 0; i < 6; ++i) {
        sim.push_back({double(i % 3 + 1), {}, {{QStringLiteral("age"), QStringLiteral("30")}}});
        real.push_back({double(i % 4 + 1), {}, {{QStringLiteral("Age Range"), i < 3 ? QStringLiteral("25-34") : QStringLiteral("35-44")}}});
    }
    const auto report = compareEmpirical(QStringLiteral("q1"), Scale::Numeric, sim, real, {{QStringLiteral("Age Range"), QStringLiteral("age")}});
    QVERIFY2(report, qPrintable(report.error()));
    const nlohmann::ordered_json j = nlohmann::ordered_json::parse(report.value().toJson().dump());
    QCOMPARE(j["question"].get<std::string>(), std::string("q1"));
    QCOMPARE(j["n_sim"].get<int>(), 6);
    QCOMPARE(j["n_real"].get<int>(), 6);
    std::vector<std::string> names;
    for (const auto &t : j["tests"])
        names.push_back(t["name"].get<std::string>());
    QCOMPARE(names, (std::vector<std::string>{"ks_2samp", "chi_square", "wasserstein"}));
    for (const auto &t : j["tests"]) {
        for (const char *key : {"name", "statistic", "df", "p", "effect", "effect_name"})
            QVERIFY2(t.contains(key), key);
    }
    QVERIFY(j["tests"][2]["p"].is_null()); // wasserstein has no p-value
    QVERIFY(j["mean_difference"]["ci"].is_array());
    QCOMPARE(j["subgroups"].size(), std::size_t(2));
    QCOMPARE(j["subgroups"][0]["value"].get<std::string>(), std::string("25-34"));
    QCOMPARE(j["subgroups"][0]["n_sim"].get<int>(), 6);
    QCOMPARE(j["subgroups"][1]["n_sim"].get<int>(), 0);
    QVERIFY(j["subgroups"][1]["tests"].empty());
    QCOMPARE(j["unmatched"]["Age Range=age"].get<int>(), 0);
}

void TestEmpirical::refusals()
{
    const std::vector<Observation> some = {{1, {}, {{QStringLiteral("age"), QStringLiteral("30")}}},
                                           {2, {}, {{QStringLiteral("age"), QStringLiteral("40")}}}};
    QVERIFY(!compareEmpirical(QStringLiteral("q"), Scale::Numeric, {}, some, {}));
    QVERIFY(!compareEmpirical(QStringLiteral("q"), Scale::Numeric, some, {{stats::kNaN, {}, {}}}, {}));
    const auto noColumn = compareEmpirical(QStringLiteral("q"), Scale::Numeric, some, some, {{QStringLiteral("Region"), QStringLiteral("age")}});
    QVERIFY(!noColumn);
    QVERIFY(noColumn.error().contains(QStringLiteral("\"Region\"")));
    std::vector<Observation> real = some;
    for (auto &o : real)
        o.attributes = {{QStringLiteral("Age Range"), QStringLiteral("25-34")}};
    const auto noAttribute = compareEmpirical(QStringLiteral("q"), Scale::Numeric, some, real, {{QStringLiteral("Age Range"), QStringLiteral("age_range")}});
    QVERIFY(!noAttribute);
    QVERIFY(noAttribute.error().contains(QStringLiteral("\"age_range\"")));
}

QTEST_GUILESS_MAIN(TestEmpirical)
#include "tst_empirical.moc"
