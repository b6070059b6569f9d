// Shared by the statistics test programs: checks against published figures and the small
// reference data sets they use.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTest>

#include <cmath>
#include <vector>

namespace statcheck {

inline QString nistPath(const QString &name)
{
    return QStringLiteral(TROUPE_SOURCE_DIR "/tests/data/nist/") + name + QStringLiteral(".dat");
}

inline QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll().split('\n');
}

inline double relativeError(double actual, double expected)
{
    if (expected == 0)
        return std::abs(actual);
    return std::abs(actual - expected) / std::abs(expected);
}

// Half a unit in the last digit of `printed` ("0.07939", "-1.8608", "6.901e-06").
inline bool matchesPrinted(double actual, const char *printed)
{
    const QString text = QString::fromLatin1(printed);
    const double expected = text.toDouble();
    const qsizetype e = text.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    const QString mantissa = e < 0 ? text : text.left(e);
    const int exponent = e < 0 ? 0 : text.mid(e + 1).toInt();
    const qsizetype dot = mantissa.indexOf(QLatin1Char('.'));
    const int decimals = dot < 0 ? 0 : int(mantissa.size() - dot - 1);
    const double halfUnit = 0.5 * std::pow(10.0, exponent - decimals);
    return std::abs(actual - expected) <= halfUnit * (1 + 1e-9);
}

#define CHECK_PRINTED(actual, printed)                                                              \
    QVERIFY2(statcheck::matchesPrinted((actual), printed),                                                     \
             qPrintable(QStringLiteral("%1 = %2, expected %3").arg(QStringLiteral(#actual))         \
                            .arg((actual), 0, 'g', 12).arg(QLatin1String(printed))))

#define CHECK_RELATIVE(actual, expected, tolerance)                                                 \
    QVERIFY2(statcheck::relativeError((actual), (expected)) <= (tolerance),                                    \
             qPrintable(QStringLiteral("%1 = %2, expected %3 (relative error %4)")                  \
                            .arg(QStringLiteral(#actual)).arg((actual), 0, 'g', 17)                 \
                            .arg((expected), 0, 'g', 17).arg(statcheck::relativeError((actual), (expected)))))

// R's `sleep` data (Cushny and Peebles 1905, via Student 1908): extra hours of sleep.
inline const std::vector<double> kSleep1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
inline const std::vector<double> kSleep2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

// Hollander and Wolfe (1973), p. 69: permeability constants, as in R's ?wilcox.test.
inline const std::vector<double> kHwX = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
inline const std::vector<double> kHwY = {1.15, 0.88, 0.90, 0.74, 1.21};

// Whole-number samples without ties within or between them (a even, b odd), to reach the
// larger exact paths: a_i = 2 (7919 i mod 10007), b_j = 2 (6007 j mod 10009) + 1 + shift.
inline std::vector<double> seqA(int n)
{
    std::vector<double> v;
    for (int i = 1; i <= n; ++i)
        v.push_back(2.0 * ((i * 7919) % 10007));
    return v;
}
inline std::vector<double> seqB(int n, int shift = 0)
{
    std::vector<double> v;
    for (int j = 1; j <= n; ++j)
        v.push_back(2.0 * ((j * 6007) % 10009) + 1 + 2 * shift);
    return v;
}

} // namespace statcheck
