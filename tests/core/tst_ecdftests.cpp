// The two-sample Kolmogorov-Smirnov test, the Kolmogorov distribution and the Wasserstein distance.
//
// References: R 4.2.2's ks.test and scipy 1.10.1's ks_2samp and kstwobign (they agree on the
// exact p-values); an enumeration of every split and the Gnedenko-Korolyuk closed form,
// computed in the test; an exact rational count of lattice paths for a tiny p-value; the
// examples of scipy's wasserstein_distance documentation. Each case names its source.
#include "analysis/distributions.h"
#include "analysis/statistics.h"
#include "helpers/statcheck.h"

#include <QTest>

#include <cmath>

using namespace troupe::stats;
using namespace statcheck;

class TestEcdfTests final : public QObject
{
    Q_OBJECT

private slots:
    void ksPublishedExamples();
    void ksExactAgainstEnumeration();
    void ksEqualSizesClosedForm();
    void ksTinyPValue();
    void ksTiesAndAsymptotic();
    void kolmogorovDistribution();
    void wassersteinScipyExamples();
};

void TestEcdfTests::ksPublishedExamples()
{
    // Hollander & Wolfe's samples (no ties): R 4.2.2 ks.test(x, y): D = 0.6, exact
    // p-value = 0.1658342; scipy 1.10.1 ks_2samp: 0.16583416583416583.
    const auto hw = ks2Samp(kHwX, kHwY);
    QVERIFY2(hw, qPrintable(hw.error()));
    QCOMPARE(hw.value().name, QStringLiteral("ks_2samp"));
    CHECK_RELATIVE(hw.value().statistic, 0.6, 1e-15);
    CHECK_RELATIVE(hw.value().p, 0.16583416583416583, 1e-12);
    QVERIFY(!hw.value().df);
    QVERIFY(!hw.value().effect);
    // a <- sin(1:37); b <- 1.2 * cos(1:53): R 4.2.2 ks.test(a, b): D = 0.20754717,
    // exact p-value = 0.2555696 (scipy: 0.25556955034850526).
    std::vector<double> a, b;
    for (int i = 1; i <= 37; ++i)
        a.push_back(std::sin(double(i)));
    for (int i = 1; i <= 53; ++i)
        b.push_back(1.2 * std::cos(double(i)));
    const auto sc = ks2Samp(a, b);
    CHECK_PRINTED(sc.value().statistic, "0.20754717");
    CHECK_RELATIVE(sc.value().p, 0.25556955034850526, 1e-12);
    // The asymptotic Kolmogorov distribution of sqrt(mn/(m+n))·D, as R's ks.test(..., exact =
    // FALSE): 0.1813004 for Hollander & Wolfe (z = 1.095). For a and b, z = 0.969 < 1, where
    // R 4.2.2 keeps only the first term of the series (it prints 0.3049738); the converged
    // value is scipy 1.10.1's kstwobign.sf(z) = 0.30495495908708276.
    CHECK_PRINTED(ks2Samp(kHwX, kHwY, Method::Asymptotic).value().p, "0.1813004");
    CHECK_RELATIVE(ks2Samp(a, b, Method::Asymptotic).value().p, 0.30495495908708276, 1e-12);
}

void TestEcdfTests::ksExactAgainstEnumeration()
{
    // An independent check of the exact path: every way of splitting the ranks 1..14 into
    // samples of 6 and 8 is equally likely under the null, so p = #(D ≥ D_observed) / C(14, 6).
    const std::vector<double> x = {1, 4, 5, 9, 12, 13};
    const std::vector<double> y = {2, 3, 6, 7, 8, 10, 11, 14};
    const double observed = ks2Samp(x, y).value().statistic;
    int extreme = 0;
    int total = 0;
    for (int mask = 0; mask < (1 << 14); ++mask) {
        if (__builtin_popcount(unsigned(mask)) != 6)
            continue;
        ++total;
        int i = 0, j = 0;
        double d = 0;
        for (int k = 0; k < 14; ++k) {
            ((mask >> k) & 1) ? ++i : ++j;
            d = std::max(d, std::abs(i / 6.0 - j / 8.0));
        }
        if (d >= observed - 1e-12)
            ++extreme;
    }
    QCOMPARE(total, 3003);
    CHECK_RELATIVE(ks2Samp(x, y).value().p, double(extreme) / total, 1e-13);
}

void TestEcdfTests::ksEqualSizesClosedForm()
{
    // For m = n the exact distribution has a closed form (Gnedenko and Korolyuk 1951):
    // P(D ≥ k/n) = 2 Σ_{j≥1} (-1)^(j+1) C(2n, n - jk) / C(2n, n).
    const int n = 30;
    auto binom = [](int nn, int kk) { return std::lgamma(nn + 1.0) - std::lgamma(kk + 1.0) - std::lgamma(nn - kk + 1.0); };
    for (int k : {3, 6, 10, 17}) {
        // x takes the top k ranks of 2n; y the bottom k; the middle alternates.
        std::vector<double> x, y;
        int r = 0;
        for (int i = 0; i < k; ++i)
            y.push_back(++r);
        for (int i = 0; i < n - k; ++i) {
            x.push_back(++r);
            y.push_back(++r);
        }
        for (int i = 0; i < k; ++i)
            x.push_back(++r);
        double closed = 0;
        for (int j = 1; n - j * k >= 0; ++j)
            closed += (j % 2 ? 2 : -2) * std::exp(binom(2 * n, n - j * k) - binom(2 * n, n));
        const auto t = ks2Samp(x, y);
        CHECK_RELATIVE(t.value().statistic, double(k) / n, 1e-15);
        CHECK_RELATIVE(t.value().p, closed, 1e-10);
    }
}

void TestEcdfTests::ksTinyPValue()
{
    // 300 against 450 values, D = 1/4. The reference is an exact rational computation (the
    // lattice paths counted in integers, in Python's fractions): p = 2.431098672898593e-10;
    // scipy 1.10.1 ks_2samp gives the same. The recursion for 1 - p keeps these digits where
    // "1 - share of paths inside" could not.
    const auto t = ks2Samp(seqA(300), seqB(450, 2500));
    CHECK_RELATIVE(t.value().statistic, 0.25, 1e-15);
    CHECK_RELATIVE(t.value().p, 2.431098672898593e-10, 1e-9);
    const auto shifted = ks2Samp(seqA(300), seqB(450, 1500));
    CHECK_RELATIVE(shifted.value().statistic, 23.0 / 150, 1e-15);
    CHECK_RELATIVE(shifted.value().p, 0.0003838287916051492, 1e-11);
}

void TestEcdfTests::ksTiesAndAsymptotic()
{
    // With ties D is still the largest gap between the ECDFs at the distinct values:
    // R 4.2.2 ks.test(extra ~ group, data = sleep, exact = FALSE): D = 0.4 (its p-value,
    // 0.4004737, is again the one-term series at z = 0.894; scipy's kstwobign.sf(z) gives
    // 0.40047103620845764).
    const auto t = ks2Samp(kSleep1, kSleep2, Method::Asymptotic);
    CHECK_RELATIVE(t.value().statistic, 0.4, 1e-15);
    CHECK_RELATIVE(t.value().p, 0.40047103620845764, 1e-12);
    const auto same = ks2Samp(kSleep1, kSleep1);
    QCOMPARE(same.value().statistic, 0.0);
    QCOMPARE(same.value().p, 1.0);
    QVERIFY(!ks2Samp({}, kSleep1));
}

void TestEcdfTests::kolmogorovDistribution()
{
    // Boost.Math 1.74 has no Kolmogorov distribution, so ours is checked against scipy 1.10.1's
    // kstwobign.sf on both sides of z = 1, where the series switch.
    const std::pair<double, double> cases[] = {
        {0.3, 0.9999906941986655}, {0.5, 0.9639452436648751}, {0.8, 0.5441424115741981}, {1.0, 0.26999967167735456},
        {1.2, 0.11224966667072497}, {1.36, 0.049485876755377876}, {2.0, 0.0006709252557796953}, {3.0, 3.045995948942526e-08},
    };
    for (const auto &[z, sf] : cases)
        CHECK_RELATIVE(kolmogorovSf(z), sf, 1e-12);
    QCOMPARE(kolmogorovSf(0), 1.0);
    QCOMPARE(kolmogorovSf(-1), 1.0);
    QVERIFY(kolmogorovSf(40) >= 0);
    QVERIFY(std::isnan(kolmogorovSf(kNaN)));
}

void TestEcdfTests::wassersteinScipyExamples()
{
    // scipy.stats.wasserstein_distance documentation examples.
    const auto plain = wasserstein(std::vector<double>{0, 1, 3}, std::vector<double>{5, 6, 8});
    QVERIFY2(plain, qPrintable(plain.error()));
    QCOMPARE(plain.value().name, QStringLiteral("wasserstein"));
    CHECK_RELATIVE(plain.value().statistic, 5.0, 1e-15);
    QVERIFY(std::isnan(plain.value().p));
    QVERIFY(plain.value().toJson()["p"].is_null());
    CHECK_RELATIVE(wassersteinDistance(std::vector<double>{0, 1}, std::vector<double>{0, 1},
                                       std::vector<double>{3, 1}, std::vector<double>{2, 2}),
                   0.25, 1e-15);
    CHECK_RELATIVE(wassersteinDistance(std::vector<double>{3.4, 3.9, 7.5, 7.8}, std::vector<double>{4.5, 1.4},
                                       std::vector<double>{1.4, 0.9, 3.1, 7.2}, std::vector<double>{3.2, 3.5}),
                   4.0781331438047861, 1e-14);
    // A sample against itself shifted by c is at distance |c|.
    std::vector<double> shifted = kSleep1;
    for (double &v : shifted)
        v += 1.25;
    CHECK_RELATIVE(wassersteinDistance(kSleep1, shifted), 1.25, 1e-14);
    QVERIFY(!wasserstein(kSleep1, {}));
    QVERIFY(!wasserstein(kSleep1, kSleep2, std::vector<double>{1}));
}

QTEST_GUILESS_MAIN(TestEcdfTests)
#include "tst_ecdftests.moc"
