// niceTicks(): round axis ticks (1, 2 or 5 × 10^k), whole numbers on step axes.
#include "analysis/niceticks.h"

#include <QTest>

using namespace troupe;

namespace {

/** A QStringList from literals (the build forbids implicit conversions from char *). */
inline QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

QList<double> range(double from, double to, double step)
{
    QList<double> out;
    for (double v = from; v <= to + step / 2; v += step)
        out.append(v);
    return out;
}

QStringList labels(const AxisTicks &t)
{
    QStringList out;
    for (double v : t.values)
        out.append(t.label(v, QLocale::c()));
    return out;
}

} // namespace

class TestNiceTicks final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepAxes_data();
    void stepAxes();
    void valueAxes_data();
    void valueAxes();
    void fractions();
    void degenerateInput();
    void stepsAreRound();
    void labelsUseTheLocale();
    void within();
};

void TestNiceTicks::stepAxes_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<QList<double>>("expected");
    // The defects seen in the studio: "1 1 1 1 2" for two steps, "1 2 3 4 6" for six.
    QTest::newRow("1 step") << 1 << 12 << QList<double>{1, 2};
    QTest::newRow("2 steps") << 2 << 12 << QList<double>{1, 2};
    QTest::newRow("5 steps") << 5 << 12 << range(1, 5, 1);
    QTest::newRow("6 steps") << 6 << 12 << range(1, 6, 1);
    QTest::newRow("12 steps") << 12 << 12 << range(1, 12, 1);
    QTest::newRow("13 steps: every 2nd") << 13 << 12 << range(0, 14, 2);
    QTest::newRow("30 steps: every 5th") << 30 << 10 << range(0, 30, 5);
    QTest::newRow("30 steps, 12 ticks") << 30 << 12 << range(0, 30, 5);
    QTest::newRow("100 steps") << 100 << 8 << range(0, 100, 20);
    QTest::newRow("1000 steps") << 1000 << 6 << range(0, 1000, 200);
}

void TestNiceTicks::stepAxes()
{
    QFETCH(int, steps);
    QFETCH(int, maxTicks);
    QFETCH(QList<double>, expected);
    const AxisTicks t = niceTicks(1, steps, maxTicks, true);
    QCOMPARE(t.values, expected);
    QVERIFY(t.values.size() <= maxTicks);
    QCOMPARE(t.decimals, 0);
    QCOMPARE(t.min, expected.first());
    QCOMPARE(t.max, expected.last());
    QVERIFY(t.min <= 1 && t.max >= steps);
}

void TestNiceTicks::valueAxes_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<QStringList>("expected");
    // The tokens axis that read 15656 and 20875.
    QTest::newRow("tokens") << 0.0 << 20875.0 << 6 << list({"0", "5000", "10000", "15000", "20000", "25000"});
    QTest::newRow("tokens, 4 ticks") << 0.0 << 20875.0 << 4 << list({"0", "10000", "20000", "30000"});
    QTest::newRow("actions") << 0.0 << 10.0 << 6 << list({"0", "2", "4", "6", "8", "10"});
    QTest::newRow("actions 0..7") << 0.0 << 7.0 << 6 << list({"0", "2", "4", "6", "8"});
    // Step 20 would need -40..100, eight ticks: so 50.
    QTest::newRow("negative") << -37.0 << 81.0 << 7 << list({"-50", "0", "50", "100"});
    QTest::newRow("offset") << 1013.0 << 1047.0 << 6 << list({"1010", "1020", "1030", "1040", "1050"});
    QTest::newRow("likert") << 1.0 << 5.0 << 5 << list({"1", "2", "3", "4", "5"});
}

void TestNiceTicks::valueAxes()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, maxTicks);
    QFETCH(QStringList, expected);
    const AxisTicks t = niceTicks(min, max, maxTicks, true);
    QCOMPARE(labels(t), expected);
    QVERIFY(t.min <= min && t.max >= max);
}

void TestNiceTicks::fractions()
{
    AxisTicks t = niceTicks(0, 1, 6, false);
    QCOMPARE(labels(t), (list({"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"})));
    QCOMPARE(t.decimals, 1);
    // 0.05 would need 0.10..0.35, six ticks: so 0.1.
    t = niceTicks(0.12, 0.31, 5, false);
    QCOMPARE(labels(t), (list({"0.1", "0.2", "0.3", "0.4"})));
    t = niceTicks(0.12, 0.31, 6, false);
    QCOMPARE(t.step, 0.05);
    QCOMPARE(t.decimals, 2);
    QCOMPARE(labels(t), (list({"0.10", "0.15", "0.20", "0.25", "0.30", "0.35"})));
    // The same data on an integer axis never gets a fractional step.
    t = niceTicks(0.12, 0.31, 5, true);
    QCOMPARE(t.step, 1.0);
    QCOMPARE(labels(t), (list({"0", "1"})));
    // 0.1 + 0.2 is not 0.3 in binary: the ticks must still be 0.3, not 0.30000000000000004.
    t = niceTicks(0, 0.3, 4, false);
    QCOMPARE(labels(t), (list({"0.0", "0.1", "0.2", "0.3"})));
}

void TestNiceTicks::degenerateInput()
{
    AxisTicks t = niceTicks(0, 0, 6, true);
    QCOMPARE(labels(t), (list({"0", "1"})));
    t = niceTicks(50, 50, 6, false);
    QVERIFY(t.min <= 45 && t.max >= 55);
    QVERIFY(t.values.size() >= 2);
    t = niceTicks(10, 0, 6, true); // reversed
    QCOMPARE(labels(t), (list({"0", "2", "4", "6", "8", "10"})));
    t = niceTicks(std::nan(""), 3, 6, false);
    QCOMPARE(t.min, 0.0);
    QCOMPARE(t.max, 1.0);
    t = niceTicks(0, 1e12, 1, true); // maxTicks below 2 is taken as 2
    QCOMPARE(t.values.size(), 2);
}

void TestNiceTicks::stepsAreRound()
{
    // Whatever the data, a step is 1, 2 or 5 times a power of ten, and the ticks fit.
    const double mins[] = {0, 1, -3.3, 17, 0.004};
    const double spans[] = {0.01, 1, 7, 99, 1234.5, 1e6};
    for (double lo : mins)
        for (double span : spans)
            for (int maxTicks : {3, 5, 8, 12}) {
                const AxisTicks t = niceTicks(lo, lo + span, maxTicks, false);
                const double mantissa = t.step / std::pow(10.0, std::floor(std::log10(t.step) + 1e-12));
                QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9,
                         qPrintable(QStringLiteral("step %1").arg(t.step)));
                QVERIFY(t.values.size() <= maxTicks);
                QVERIFY(t.min <= lo + 1e-12 && t.max >= lo + span - 1e-12);
            }
}

void TestNiceTicks::labelsUseTheLocale()
{
    const AxisTicks t = niceTicks(0, 20875, 6, true);
    QCOMPARE(t.label(25000, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("25,000"));
    QCOMPARE(t.label(25000, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("25.000"));
    const AxisTicks f = niceTicks(0, 1, 6, false);
    QCOMPARE(f.label(0.4, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("0,4"));
    QCOMPARE(f.label(-0.0, QLocale::c()), QStringLiteral("0.0"));
}

void TestNiceTicks::within()
{
    // Bars centred on steps 1..30 keep their own range 0.5..30.5; the ticks inside it.
    const AxisTicks t = niceTicks(1, 30, 10, true);
    QCOMPARE(t.within(0.5, 30.5), range(5, 30, 5));
    QCOMPARE(niceTicks(1, 6, 12, true).within(0.5, 6.5), range(1, 6, 1));
}

QTEST_GUILESS_MAIN(TestNiceTicks)
#include "tst_niceticks.moc"
