// Descriptives, intervals, effect sizes, Holm and the JSON form, against published reference values.
//
// References: NIST StRD univariate summary statistics (tests/data/nist/, public domain:
// certified mean and standard deviation); R 4.2.2 on its own example data (printed with
// options(digits = 10)); Newcombe (1998) for Wilson intervals; the effsize package's tests
// for Cliff's delta; scipy 1.10.1 for Cramér's V. Each case names its source.
// matchesPrinted(value, "0.07939") accepts half a unit in the last printed digit.
#include "analysis/statistics.h"
#include "helpers/statcheck.h"

#include <QTest>

#include <cmath>

using namespace troupe::stats;
using namespace statcheck;

namespace {

struct Univariate
{
    std::vector<double> values;
    double mean = kNaN;
    double sd = kNaN;
};

// Our univariate files: "# ..." comments, "certified mean: X", "certified sd: X", "data:", values.
Univariate readUnivariate(const QString &name)
{
    Univariate u;
    bool inData = false;
    for (const QByteArray &raw : readLines(nistPath(name))) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (inData)
            u.values.push_back(line.toDouble());
        else if (line.startsWith("certified mean:"))
            u.mean = line.mid(15).trimmed().toDouble();
        else if (line.startsWith("certified sd:"))
            u.sd = line.mid(13).trimmed().toDouble();
        else if (line == "data:")
            inData = true;
    }
    return u;
}

} // namespace

class TestStatistics final : public QObject
{
    Q_OBJECT

private slots:
    void nistUnivariate_data();
    void nistUnivariate();
    void meanDifferenceOnSleep();
    void effectSizesOnSleep();
    void descriptivesOnSleep();
    void bootstrapIsSeededAndSensible();
    void wilsonMatchesNewcombe();
    void cliffsDeltaEffsizeExamples();
    void cramersVAndHolm();
    void jsonShape();
    void refusals();
};

void TestStatistics::nistUnivariate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("tolerance");
    // Integer data are exact in binary; the decimal data carry a representation error of
    // about 1e-16 relative to the values, which becomes relative to the spread: NumAcc4's
    // values share eight leading digits, so its sd cannot be closer than about 1e-8.
    QTest::newRow("Lew") << QStringLiteral("Lew") << 1e-13;
    QTest::newRow("Lottery") << QStringLiteral("Lottery") << 1e-13;
    QTest::newRow("Mavro") << QStringLiteral("Mavro") << 1e-10;
    QTest::newRow("Michelso") << QStringLiteral("Michelso") << 1e-11;
    QTest::newRow("NumAcc1") << QStringLiteral("NumAcc1") << 1e-13;
    QTest::newRow("NumAcc2") << QStringLiteral("NumAcc2") << 1e-12;
    QTest::newRow("NumAcc3") << QStringLiteral("NumAcc3") << 1e-8;
    QTest::newRow("NumAcc4") << QStringLiteral("NumAcc4") << 1e-6;
}

void TestStatistics::nistUnivariate()
{
    QFETCH(QString, name);
    QFETCH(double, tolerance);
    const Univariate u = readUnivariate(name);
    QVERIFY(!u.values.empty());
    const Descriptives d = describe(u.values);
    QCOMPARE(d.n, int(u.values.size()));
    CHECK_RELATIVE(d.mean, u.mean, 1e-14);
    CHECK_RELATIVE(d.sd, u.sd, tolerance);
    qInfo("%s: mean LRE %.1f, sd LRE %.1f", qPrintable(name),
          -std::log10(std::max(relativeError(d.mean, u.mean), 1e-16)),
          -std::log10(std::max(relativeError(d.sd, u.sd), 1e-16)));
}

void TestStatistics::meanDifferenceOnSleep()
{
    // Welch 95 percent confidence interval of t.test(extra ~ group, data = sleep):
    // -3.3654832307 0.2054832307.
    const auto d = meanDifference(kSleep1, kSleep2);
    QVERIFY2(d, qPrintable(d.error()));
    CHECK_RELATIVE(d.value().estimate, -1.58, 1e-14);
    CHECK_PRINTED(d.value().ci.lo, "-3.3654832307");
    CHECK_PRINTED(d.value().ci.hi, "0.2054832307");
    CHECK_PRINTED(d.value().df, "17.776474");
    const auto j = d.value().toJson();
    QCOMPARE(j["ci"].size(), std::size_t(2));
}

void TestStatistics::effectSizesOnSleep()
{
    // Cohen's d with the pooled sd equals t·sqrt(1/n1 + 1/n2) for Student's t (R's t above).
    const double d = cohensD(kSleep1, kSleep2);
    CHECK_RELATIVE(d, -1.8608135 * std::sqrt(0.2), 1e-7);
    const auto welch = welchT(kSleep1, kSleep2);
    QCOMPARE(welch.value().effectName, QStringLiteral("cohens_d"));
    CHECK_RELATIVE(*welch.value().effect, d, 1e-15);
    // Hedges' g: d·(1 - 3/(4·20 - 9)), the correction effsize and pingouin use.
    CHECK_RELATIVE(hedgesG(kSleep1, kSleep2), d * (1 - 3.0 / 71), 1e-15);
    QVERIFY(std::isnan(cohensD(std::vector<double>{1, 1}, std::vector<double>{1, 1})));
}

void TestStatistics::descriptivesOnSleep()
{
    // R 4.2.2: t.test(sleep$extra[1:10])$conf.int = -0.5297804135 2.0297804135;
    // median = 0.35; sd = 1.789009658; quantile(x, c(.25, .5, .9)) = -0.175 0.350 3.430 (type 7).
    const Descriptives d = describe(kSleep1);
    QCOMPARE(d.n, 10);
    CHECK_RELATIVE(d.mean, 0.75, 1e-15);
    CHECK_PRINTED(d.sd, "1.789009658");
    CHECK_RELATIVE(d.median, 0.35, 1e-15);
    QCOMPARE(d.min, -1.6);
    QCOMPARE(d.max, 3.7);
    CHECK_PRINTED(d.ci.lo, "-0.5297804135");
    CHECK_PRINTED(d.ci.hi, "2.0297804135");
    CHECK_PRINTED(quantile(kSleep1, 0.25), "-0.175");
    CHECK_PRINTED(quantile(kSleep1, 0.9), "3.430");
    const Descriptives one = describe(std::vector<double>{4});
    QCOMPARE(one.mean, 4.0);
    QVERIFY(std::isnan(one.sd));
    QVERIFY(!one.ci.valid());
    QCOMPARE(describe({}).n, 0);
}

void TestStatistics::bootstrapIsSeededAndSensible()
{
    const Univariate lew = readUnivariate(QStringLiteral("Lew"));
    const Interval a = bootstrapMeanCi(lew.values, 42, 4000);
    const Interval b = bootstrapMeanCi(lew.values, 42, 4000);
    const Interval c = bootstrapMeanCi(lew.values, 43, 4000);
    QCOMPARE(a.lo, b.lo); // the same seed gives the same interval
    QCOMPARE(a.hi, b.hi);
    QVERIFY(a.lo != c.lo || a.hi != c.hi);
    // With n = 200 the percentile interval of the mean is close to the t interval: within
    // 10% of its half-width at each end, and it contains the mean.
    const Interval t = meanCi(lew.values);
    const double half = (t.hi - t.lo) / 2;
    QVERIFY2(std::abs(a.lo - t.lo) < 0.1 * half && std::abs(a.hi - t.hi) < 0.1 * half,
             qPrintable(QStringLiteral("bootstrap %1..%2, t %3..%4").arg(a.lo).arg(a.hi).arg(t.lo).arg(t.hi)));
    QVERIFY(a.lo < lew.mean && lew.mean < a.hi);
    // A statistic other than the mean: the median of a constant sample is that constant.
    const Interval m = bootstrapCi(std::vector<double>(9, 3.0), [](std::span<const double> s) { return median(s); }, 1, 100);
    QCOMPARE(m.lo, 3.0);
    QCOMPARE(m.hi, 3.0);
    QVERIFY(!bootstrapMeanCi({}, 1).valid());
}

void TestStatistics::wilsonMatchesNewcombe()
{
    // Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score
    // without continuity correction), given to four decimals; R 4.2.2's
    // prop.test(x, n, correct = FALSE)$conf.int to ten digits.
    struct Case { long long x, n; const char *lo, *hi, *lo4, *hi4; };
    const Case cases[] = {
        {81, 263, "0.2552885199", "0.3662095770", "0.2553", "0.3662"},
        {15, 148, "0.06238639953", "0.16048724172", "0.0624", "0.1605"},
        {0, 20, "0.0000000000", "0.1611251581", "0.0000", "0.1611"},
        {1, 29, "0.006113214293", "0.171755218793", "0.0061", "0.1718"},
    };
    for (const Case &c : cases) {
        const Proportion p = wilson(c.x, c.n);
        CHECK_RELATIVE(p.estimate, double(c.x) / double(c.n), 1e-15);
        CHECK_PRINTED(p.ci.lo, c.lo);
        CHECK_PRINTED(p.ci.hi, c.hi);
        CHECK_PRINTED(p.ci.lo, c.lo4);
        CHECK_PRINTED(p.ci.hi, c.hi4);
    }
    QVERIFY(!wilson(0, 0).ci.valid());
}

void TestStatistics::cliffsDeltaEffsizeExamples()
{
    // The effsize R package's tests (tests/testthat/testCliff.R): treatment vs control
    // -> delta estimate -0.25 ("small"); the "negligible" case -> -0.06666 (to 1e-5).
    const std::vector<double> treatment = {10, 10, 20, 20, 20, 30, 30, 30, 40, 50};
    const std::vector<double> control = {10, 20, 30, 40, 40, 50};
    CHECK_RELATIVE(cliffsDelta(treatment, control), -0.25, 1e-15);
    const std::vector<double> x1 = {10, 20, 20, 20, 30, 30, 30, 40, 50, 100};
    QVERIFY(std::abs(cliffsDelta(x1, control) - -0.06666) < 1e-5);
    // Complete separation is ±1.
    QCOMPARE(cliffsDelta(std::vector<double>{1, 2}, std::vector<double>{3, 4}), -1.0);
    QCOMPARE(cliffsDelta(std::vector<double>{5}, std::vector<double>{3, 4}), 1.0);
}

void TestStatistics::cramersVAndHolm()
{
    CHECK_RELATIVE(cramersV({{762, 327, 468}, {484, 239, 477}}), 0.10443580235646777, 1e-12);
    QVERIFY(std::isnan(cramersV({{0, 0}, {0, 0}})));
    // R 4.2.2: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = 0.03 0.06 0.06 0.02;
    // p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm") = 0.05 0.08 0.09 0.09 0.09.
    const std::vector<double> a = holm(std::vector<double>{0.01, 0.04, 0.03, 0.005});
    const double ea[] = {0.03, 0.06, 0.06, 0.02};
    for (int i = 0; i < 4; ++i)
        CHECK_RELATIVE(a[std::size_t(i)], ea[i], 1e-14);
    const std::vector<double> b = holm(std::vector<double>{0.01, 0.02, 0.03, 0.04, 0.05});
    const double eb[] = {0.05, 0.08, 0.09, 0.09, 0.09};
    for (int i = 0; i < 5; ++i)
        CHECK_RELATIVE(b[std::size_t(i)], eb[i], 1e-14);
    // NaN stays out of the family: the others are adjusted as a family of two.
    const std::vector<double> c = holm(std::vector<double>{0.2, kNaN, 0.01});
    QCOMPARE(c[0], 0.2);
    QVERIFY(std::isnan(c[1]));
    QCOMPARE(c[2], 0.02);
    QCOMPARE(holm(std::vector<double>{0.6, 0.7})[1], 1.0); // capped at 1
}

void TestStatistics::jsonShape()
{
    const auto r = welchT(kSleep1, kSleep2).value();
    const nlohmann::ordered_json j = r.toJson();
    // The CLI contract: exactly these keys, in this order.
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it)
        keys.push_back(it.key());
    QCOMPARE(keys, (std::vector<std::string>{"name", "statistic", "df", "p", "effect", "effect_name"}));
    QCOMPARE(j["name"].get<std::string>(), std::string("welch_t"));
    QVERIFY(j["df"].is_number());
    QCOMPARE(j["effect_name"].get<std::string>(), std::string("cohens_d"));
    const auto back = TestResult::fromJson(nlohmann::json::parse(j.dump()));
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value().statistic, r.statistic);
    QCOMPARE(*back.value().df, *r.df);
    QCOMPARE(back.value().p, r.p);
    QCOMPARE(back.value().effectName, r.effectName);

    const nlohmann::ordered_json ks = ks2Samp(kHwX, kHwY).value().toJson();
    QVERIFY(ks["df"].is_null());
    QVERIFY(ks["effect"].is_null());
    QVERIFY(ks["effect_name"].is_null());
    const auto ksBack = TestResult::fromJson(nlohmann::json::parse(ks.dump()));
    QVERIFY(ksBack);
    QVERIFY(!ksBack.value().df);
    QVERIFY(!TestResult::fromJson(nlohmann::json::parse(R"({"name": "x", "statistic": "1", "p": 0})")));
    QVERIFY(!TestResult::fromJson(nlohmann::json::parse(R"({"statistic": 1, "p": 0})")));
    QVERIFY(!TestResult::fromJson(nlohmann::json::parse("[]")));
}

void TestStatistics::refusals()
{
    const std::vector<double> one = {1};
    const std::vector<double> constant = {2, 2, 2};
    QVERIFY(!welchT(one, kSleep1));
    QVERIFY(!welchT(constant, constant));
    QVERIFY(welchT(constant, std::vector<double>{1, 2}).ok()); // one constant sample is fine
    QVERIFY(!studentT({}, kSleep1));
    QVERIFY(!studentT(constant, constant));
    QVERIFY(!mannWhitneyU({}, kSleep1));
    QVERIFY(!mannWhitneyU(constant, constant, Method::Asymptotic));
    const std::vector<double> withNaN = {1, kNaN, 3};
    QVERIFY(!welchT(withNaN, kSleep1));
    QVERIFY(!mannWhitneyU(withNaN, kSleep1));
    QVERIFY(!ks2Samp(withNaN, kSleep1));
    QVERIFY(!anova({constant, constant}));
    QVERIFY(!meanDifference(one, kSleep1));
    // The exact Mann-Whitney table would need too much memory: refused, not attempted.
    const auto big = mannWhitneyU(seqA(300), seqB(300), Method::Exact);
    QVERIFY(!big);
    QVERIFY(big.error().contains(QStringLiteral("too large")));
    QVERIFY(mannWhitneyU(seqA(300), seqB(300)).ok()); // Auto takes the normal approximation
    const auto failure = welchT(one, kSleep1);
    QVERIFY(failure.error().contains(QStringLiteral("two values")));
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
