// The t, Mann-Whitney, chi-square, Fisher, ANOVA and Kruskal-Wallis tests against published reference values.
//
// References: NIST StRD one-way ANOVA (tests/data/nist/, public domain: certified F and R²);
// the examples of R's help pages (t.test, wilcox.test, fisher.test, chisq.test, kruskal.test)
// as R 4.2.2 prints them with options(digits = 10), and the digits the help pages print;
// R 3.6.2's fisher.test values kept in scipy's test suite. Each case names its source.
// matchesPrinted(value, "0.07939") accepts half a unit in the last printed digit.
#include "analysis/statistics.h"
#include "helpers/statcheck.h"

#include <QTest>

#include <cmath>

using namespace troupe::stats;
using namespace statcheck;

namespace {

struct AnovaSet
{
    std::vector<std::vector<double>> groups;
    double f = kNaN;
    double rSquared = kNaN;
};

// NIST's own ANOVA layout: the "Between ..." line ends with the certified F statistic, the
// "Certified R-Squared" line holds R², and the data follow the "Data:" line that names the
// columns, as "group value" pairs.
AnovaSet readAnova(const QString &name)
{
    AnovaSet a;
    bool inData = false;
    for (const QByteArray &raw : readLines(nistPath(name))) {
        const QByteArray line = raw.simplified();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        if (inData) {
            const int g = parts.at(0).toInt();
            if (std::size_t(g) > a.groups.size())
                a.groups.resize(std::size_t(g));
            a.groups[std::size_t(g) - 1].push_back(parts.at(1).toDouble());
        } else if (line.startsWith("Between ")) {
            a.f = parts.last().toDouble();
        } else if (line.startsWith("Certified R-Squared")) {
            a.rSquared = parts.last().toDouble();
        } else if (line.startsWith("Data:") && parts.size() > 1) {
            bool number = false;
            parts.at(1).toDouble(&number);
            inData = !number; // "Data: Treatment Response" heads the data; "Data: 1 Factor" is a description
        }
    }
    return a;
}

// R's `airquality` (New York, May-September 1973; Chambers et al. 1983), Ozone by Month
// with the missing values left out, as kruskal.test(Ozone ~ Month) sees it.
std::vector<std::vector<double>> airqualityOzoneByMonth()
{
    const std::vector<double> ozone = {
        41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45,
        115, 37, 29, 71, 39, 23, 21, 37, 20, 12, 13, 135, 49, 32, 64, 40, 77, 97, 97, 85, 10, 27,
        7, 48, 35, 61, 79, 63, 16, 80, 108, 20, 52, 82, 50, 64, 59, 39, 9, 16, 78, 35, 66, 122, 89,
        110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76, 118, 84, 85, 96, 78, 73, 91,
        47, 32, 20, 23, 21, 24, 44, 21, 28, 9, 13, 46, 18, 13, 24, 16, 13, 23, 36, 7, 14, 30, 14,
        18, 20};
    // Months 5..9 hold 26, 9, 26, 26 and 29 of these values, in this order.
    const int counts[] = {26, 9, 26, 26, 29};
    std::vector<std::vector<double>> groups;
    std::size_t at = 0;
    for (int c : counts) {
        groups.emplace_back(ozone.begin() + std::ptrdiff_t(at), ozone.begin() + std::ptrdiff_t(at + std::size_t(c)));
        at += std::size_t(c);
    }
    Q_ASSERT(at == ozone.size());
    return groups;
}

} // namespace

class TestHypothesisTests final : public QObject
{
    Q_OBJECT

private slots:
    void nistAnova_data();
    void nistAnova();
    void welchAndStudentOnSleep();
    void mannWhitneyExactAndAsymptotic();
    void mannWhitneyTiesUseTheCorrectedNormal();
    void mannWhitneyLargerExact();
    void fisherTeaTastingAndRTables();
    void chiSquareIndependence();
    void chiSquareGoodnessOfFit();
    void anovaAndKruskalOnAirquality();
    void kruskalHollanderWolfe();
};

void TestHypothesisTests::nistAnova_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("tolerance");
    // SmLs07-09 ("higher difficulty") have 13 constant leading digits: their data cannot even
    // be held in a double to the certified precision, so, as scipy's own NIST test, they get 1e-4.
    QTest::newRow("SiRstv") << QStringLiteral("SiRstv") << 1e-10;
    QTest::newRow("AtmWtAg") << QStringLiteral("AtmWtAg") << 1e-8;
    for (int i = 1; i <= 9; ++i) {
        const QString name = QStringLiteral("SmLs%1").arg(i, 2, 10, QLatin1Char('0'));
        QTest::newRow(qPrintable(name)) << name << (i <= 3 ? 1e-12 : i <= 6 ? 1e-8 : 1e-4);
    }
}

void TestHypothesisTests::nistAnova()
{
    QFETCH(QString, name);
    QFETCH(double, tolerance);
    const AnovaSet set = readAnova(name);
    QVERIFY(set.groups.size() >= 2);
    const auto r = anova(set.groups);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().name, QStringLiteral("anova"));
    CHECK_RELATIVE(r.value().statistic, set.f, tolerance);
    QVERIFY(r.value().effect);
    CHECK_RELATIVE(*r.value().effect, set.rSquared, tolerance); // eta² is the certified R²
    QCOMPARE(*r.value().df, double(set.groups.size() - 1));
    qInfo("%s: F LRE %.1f", qPrintable(name), -std::log10(std::max(relativeError(r.value().statistic, set.f), 1e-16)));
}

void TestHypothesisTests::welchAndStudentOnSleep()
{
    // R ?t.test: t.test(extra ~ group, data = sleep) prints t = -1.8608, df = 17.776,
    // p-value = 0.07939; R 4.2.2 with digits = 10 as below.
    const auto welch = welchT(kSleep1, kSleep2);
    QVERIFY2(welch, qPrintable(welch.error()));
    QCOMPARE(welch.value().name, QStringLiteral("welch_t"));
    CHECK_PRINTED(welch.value().statistic, "-1.8608135");
    CHECK_PRINTED(*welch.value().df, "17.776474");
    CHECK_PRINTED(welch.value().p, "0.07939414");
    CHECK_PRINTED(welch.value().statistic, "-1.8608");
    CHECK_PRINTED(welch.value().p, "0.07939");

    // t.test(extra ~ group, data = sleep, var.equal = TRUE): t = -1.8608, df = 18, p-value = 0.07919.
    const auto student = studentT(kSleep1, kSleep2);
    QVERIFY2(student, qPrintable(student.error()));
    QCOMPARE(student.value().name, QStringLiteral("student_t"));
    CHECK_PRINTED(student.value().statistic, "-1.8608135");
    QCOMPARE(*student.value().df, 18.0);
    CHECK_PRINTED(student.value().p, "0.07918671");
}

void TestHypothesisTests::mannWhitneyExactAndAsymptotic()
{
    // R ?wilcox.test, Hollander & Wolfe (1973) p. 69: W = 35; the help page's one-sided
    // exact p-value is 0.1272, so the two-sided one is twice that: R 4.2.2 prints 0.2544123
    // (scipy 1.10.1 mannwhitneyu(method='exact'): 0.2544122544122544).
    const auto exact = mannWhitneyU(kHwX, kHwY);
    QVERIFY2(exact, qPrintable(exact.error()));
    QCOMPARE(exact.value().name, QStringLiteral("mann_whitney_u"));
    QCOMPARE(exact.value().statistic, 35.0);
    QVERIFY(!exact.value().df);
    CHECK_RELATIVE(exact.value().p, 0.2544122544122544, 1e-12);
    CHECK_PRINTED(exact.value().p, "0.2544123");
    // Cliff's delta = 2U/(mn) - 1 = 70/50 - 1.
    QCOMPARE(exact.value().effectName, QStringLiteral("cliffs_delta"));
    CHECK_RELATIVE(*exact.value().effect, 0.4, 1e-15);
    CHECK_RELATIVE(*exact.value().effect, cliffsDelta(kHwX, kHwY), 1e-15);

    // wilcox.test(x, y, exact = FALSE): normal approximation with continuity correction,
    // p = 0.2446236 (scipy: 0.24462360512698333). Without correction the help page's
    // one-sided 0.1103 doubles, as z > 0.
    const auto normal = mannWhitneyU(kHwX, kHwY, Method::Asymptotic);
    QVERIFY(normal);
    CHECK_RELATIVE(normal.value().p, 0.24462360512698333, 1e-12);
    CHECK_PRINTED(normal.value().p, "0.2446236");
}

void TestHypothesisTests::mannWhitneyTiesUseTheCorrectedNormal()
{
    // R 4.2.2: wilcox.test(extra ~ group, data = sleep) has ties, so R uses the normal
    // approximation with tie and continuity correction: W = 25.5, p-value = 0.06932758.
    const auto r = mannWhitneyU(kSleep1, kSleep2);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().statistic, 25.5);
    CHECK_PRINTED(r.value().p, "0.06932758");
    // The exact distribution assumes no ties: asking for it is refused, not answered wrongly.
    const auto refused = mannWhitneyU(kSleep1, kSleep2, Method::Exact);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("ties")));
}

void TestHypothesisTests::mannWhitneyLargerExact()
{
    // R 4.2.2, a = 2*((1:40*7919) %% 10007), b = 2*((1:45*6007) %% 10009) + 1:
    // wilcox.test(a, b): exact (both n < 50, no ties), W = 1099, p-value = 0.08048717;
    // with exact = FALSE: 0.08051685.
    const auto a = seqA(40);
    const auto b = seqB(45);
    const auto exact = mannWhitneyU(a, b);
    QVERIFY(exact);
    QCOMPARE(exact.value().statistic, 1099.0);
    CHECK_PRINTED(exact.value().p, "0.08048717");
    const auto normal = mannWhitneyU(a, b, Method::Asymptotic);
    CHECK_PRINTED(normal.value().p, "0.08051685");
}

void TestHypothesisTests::fisherTeaTastingAndRTables()
{
    // R ?fisher.test, Agresti (1990) p. 61, the lady tasting tea: p-value = 0.4857.
    const auto tea = fisherExact({{3, 1}, {1, 3}});
    QVERIFY2(tea, qPrintable(tea.error()));
    QCOMPARE(tea.value().name, QStringLiteral("fisher_exact"));
    CHECK_PRINTED(tea.value().p, "0.4857");
    CHECK_PRINTED(tea.value().p, "0.4857143");
    QCOMPARE(tea.value().statistic, 9.0); // sample odds ratio 3·3 / (1·1)
    QCOMPARE(tea.value().effectName, QStringLiteral("odds_ratio"));
    // Tables and p-values that scipy's test suite took from R 3.6.2's fisher.test
    // (scipy/stats/tests/data/fisher_exact_results_from_r.py).
    struct Case { Table t; double p; };
    const Case cases[] = {
        {{{100, 2}, {1000, 5}}, 0.1300759363430016},
        {{{2, 7}, {8, 2}}, 0.02301413756522116},
        {{{5, 1}, {10, 10}}, 0.1973244147157191},
        {{{5, 15}, {20, 20}}, 0.09580440012477633},
        {{{5, 16}, {16, 25}}, 0.2697004098849359},
        {{{10, 5}, {10, 1}}, 0.1973244147157192},
    };
    for (const Case &c : cases) {
        const auto r = fisherExact(c.t);
        QVERIFY(r);
        CHECK_RELATIVE(r.value().p, c.p, 1e-9);
    }
    // Larger tables, where the terms come from ratios of neighbours: R 4.2.2
    // fisher.test(matrix(c(5000, 4800, 5000, 5200), 2))$p.value = 0.00487879576891 and
    // fisher.test(matrix(c(120, 95, 80, 130), 2))$p.value = 0.000315161668668.
    CHECK_RELATIVE(fisherExact({{5000, 5000}, {4800, 5200}}).value().p, 0.00487879576891, 1e-9);
    CHECK_RELATIVE(fisherExact({{120, 80}, {95, 130}}).value().p, 0.000315161668668, 1e-9);
    const auto zeroCell = fisherExact({{3, 0}, {1, 3}});
    QVERIFY(zeroCell);
    QVERIFY(std::isinf(zeroCell.value().statistic));
    QVERIFY(zeroCell.value().toJson()["statistic"].is_null()); // JSON has no infinity
    QVERIFY(!fisherExact({{1.5, 1}, {1, 3}}));
    QVERIFY(!fisherExact({{1, 2, 3}, {1, 2, 3}}));
}

void TestHypothesisTests::chiSquareIndependence()
{
    // R ?chisq.test, Agresti (2007) p. 39 (party by gender): X-squared = 30.07, df = 2,
    // p-value = 2.954e-07; R 4.2.2 to more digits below.
    const Table party = {{762, 327, 468}, {484, 239, 477}};
    const auto r = troupe::stats::chiSquareIndependence(party);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r.value().name, QStringLiteral("chi_square"));
    CHECK_PRINTED(r.value().statistic, "30.070149");
    QCOMPARE(*r.value().df, 2.0);
    CHECK_PRINTED(r.value().p, "2.953589e-07");
    CHECK_PRINTED(r.value().p, "2.954e-07");
    // Cramér's V of that table: scipy 1.10.1 contingency.association(method='cramer').
    QCOMPARE(r.value().effectName, QStringLiteral("cramers_v"));
    CHECK_RELATIVE(*r.value().effect, 0.10443580235646777, 1e-12);

    // A 2×2 table gets Yates's correction, as R does by default. ?chisq.test:
    // chisq.test(matrix(c(12, 5, 7, 7), ncol = 2))$p.value is 0.4233 (R 4.2.2: X-squared =
    // 0.64112026, p = 0.4233054); with correct = FALSE: X-squared = 1.371646, p = 0.2415293.
    const Table small = {{12, 7}, {5, 7}};
    const auto yates = troupe::stats::chiSquareIndependence(small);
    CHECK_PRINTED(yates.value().statistic, "0.64112026");
    CHECK_PRINTED(yates.value().p, "0.4233054");
    CHECK_PRINTED(yates.value().p, "0.4233");
    const auto plain = troupe::stats::chiSquareIndependence(small, false);
    CHECK_PRINTED(plain.value().statistic, "1.371646");
    CHECK_PRINTED(plain.value().p, "0.2415293");
    // The tea table through chisq.test: X-squared = 0.5, df = 1, p-value = 0.4795001.
    const auto tea = troupe::stats::chiSquareIndependence({{3, 1}, {1, 3}});
    CHECK_PRINTED(tea.value().statistic, "0.5");
    CHECK_PRINTED(tea.value().p, "0.4795001");

    const auto emptyRow = troupe::stats::chiSquareIndependence({{0, 0}, {1, 3}});
    QVERIFY(!emptyRow);
    QVERIFY(emptyRow.error().contains(QStringLiteral("row 1")));
    QVERIFY(!troupe::stats::chiSquareIndependence({{1, 2}, {3}}));
    QVERIFY(!troupe::stats::chiSquareIndependence({{1, -2}, {3, 4}}));
}

void TestHypothesisTests::chiSquareGoodnessOfFit()
{
    // R ?chisq.test, "Testing for population probabilities":
    // chisq.test(c(A = 20, B = 15, C = 25)): X-squared = 2.5, df = 2, p-value = 0.2865 (R 4.2.2: 0.2865048).
    const std::vector<double> abc = {20, 15, 25};
    const auto uniform = troupe::stats::chiSquareGoodnessOfFit(abc, std::vector<double>{1, 1, 1});
    QVERIFY2(uniform, qPrintable(uniform.error()));
    CHECK_PRINTED(uniform.value().statistic, "2.5");
    QCOMPARE(*uniform.value().df, 2.0);
    CHECK_PRINTED(uniform.value().p, "0.2865048");
    QCOMPARE(uniform.value().effectName, QStringLiteral("cohens_w"));
    CHECK_RELATIVE(*uniform.value().effect, std::sqrt(2.5 / 60), 1e-15);
    // x <- c(89,37,30,28,2); chisq.test(x, p = c(40,20,20,15,5), rescale.p = TRUE):
    // X-squared = 9.9901434, df = 4, p-value = 0.04059404 (R 4.2.2);
    // chisq.test(x, p = c(0.40,0.20,0.20,0.19,0.01)): X-squared = 5.7947085, p-value = 0.2150131.
    const std::vector<double> x = {89, 37, 30, 28, 2};
    const auto rescaled = troupe::stats::chiSquareGoodnessOfFit(x, std::vector<double>{40, 20, 20, 15, 5});
    CHECK_PRINTED(rescaled.value().statistic, "9.9901434");
    QCOMPARE(*rescaled.value().df, 4.0);
    CHECK_PRINTED(rescaled.value().p, "0.04059404");
    const auto shares = troupe::stats::chiSquareGoodnessOfFit(x, std::vector<double>{0.40, 0.20, 0.20, 0.19, 0.01});
    CHECK_PRINTED(shares.value().statistic, "5.7947085");
    CHECK_PRINTED(shares.value().p, "0.2150131");

    // A category nobody is expected in and nobody chose is not a category of the test;
    // one with answers but no expected share cannot be tested.
    const auto dropped = troupe::stats::chiSquareGoodnessOfFit(std::vector<double>{20, 15, 25, 0},
                                                       std::vector<double>{1, 1, 1, 0});
    CHECK_PRINTED(dropped.value().statistic, "2.5");
    QCOMPARE(*dropped.value().df, 2.0);
    const auto impossible = troupe::stats::chiSquareGoodnessOfFit(std::vector<double>{20, 15, 25, 1},
                                                          std::vector<double>{1, 1, 1, 0});
    QVERIFY(!impossible);
    QVERIFY(impossible.error().contains(QStringLiteral("category 4")));
    QVERIFY(!troupe::stats::chiSquareGoodnessOfFit(abc, std::vector<double>{1, 1}));
}

void TestHypothesisTests::anovaAndKruskalOnAirquality()
{
    // R 4.2.2: summary(aov(Ozone ~ factor(Month), data = airquality)): F value = 8.53561,
    // Pr(>F) = 4.8271e-06, sums of squares 29437.89648 and 95705.16387.
    const auto groups = airqualityOzoneByMonth();
    const auto f = anova(groups);
    QVERIFY2(f, qPrintable(f.error()));
    CHECK_PRINTED(f.value().statistic, "8.53561");
    CHECK_PRINTED(f.value().p, "4.8271e-06");
    QCOMPARE(*f.value().df, 4.0);
    CHECK_RELATIVE(*f.value().effect, 29437.89648 / (29437.89648 + 95705.16387), 1e-9);
    CHECK_RELATIVE(etaSquared(groups), *f.value().effect, 1e-15);
    // R ?kruskal.test: kruskal.test(Ozone ~ Month, data = airquality):
    // Kruskal-Wallis chi-squared = 29.267, df = 4, p-value = 6.901e-06 (R 4.2.2: 29.266576, 6.900714e-06).
    const auto h = kruskalWallis(groups);
    QVERIFY2(h, qPrintable(h.error()));
    QCOMPARE(h.value().name, QStringLiteral("kruskal_wallis"));
    CHECK_PRINTED(h.value().statistic, "29.267");
    CHECK_PRINTED(h.value().statistic, "29.266576");
    QCOMPARE(*h.value().df, 4.0);
    CHECK_PRINTED(h.value().p, "6.901e-06");
    CHECK_PRINTED(h.value().p, "6.900714e-06");
    QCOMPARE(h.value().effectName, QStringLiteral("eta_squared_h"));
    CHECK_RELATIVE(*h.value().effect, (h.value().statistic - 4) / (116 - 5), 1e-15);
}

void TestHypothesisTests::kruskalHollanderWolfe()
{
    // R ?kruskal.test, Hollander & Wolfe (1973) p. 116, mucociliary efficiency:
    // Kruskal-Wallis chi-squared = 0.7714, df = 2, p-value = 0.68 (R 4.2.2: 0.77142857, 0.6799648).
    const std::vector<std::vector<double>> groups = {{2.9, 3.0, 2.5, 2.6, 3.2}, {3.8, 2.7, 4.0, 2.4}, {2.8, 3.4, 3.7, 2.2, 2.0}};
    const auto h = kruskalWallis(groups);
    QVERIFY2(h, qPrintable(h.error()));
    CHECK_PRINTED(h.value().statistic, "0.77142857");
    QCOMPARE(*h.value().df, 2.0);
    CHECK_PRINTED(h.value().p, "0.6799648");
    CHECK_PRINTED(h.value().p, "0.68");
    QVERIFY(!kruskalWallis({{1, 1}, {1, 1}}));
    QVERIFY(!kruskalWallis({{1, 2}}));
    QVERIFY(!anova({{1, 2}, {}}));
}

QTEST_GUILESS_MAIN(TestHypothesisTests)
#include "tst_hypothesistests.moc"
