#include "testnames.h"

#include "analysis/statistics.h"

#include <QCoreApplication>

#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TestNames)
};

} // namespace

QString readableTestName(const QString &name)
{
    namespace n = stats::names;
    if (name == QLatin1String(n::kWelchT))
        return Tr::tr("Welch's t");
    if (name == QLatin1String(n::kStudentT))
        return Tr::tr("Student's t");
    if (name == QLatin1String(n::kMannWhitneyU))
        return Tr::tr("Mann-Whitney U");
    if (name == QLatin1String(n::kChiSquare))
        return Tr::tr("Chi-square");
    if (name == QLatin1String(n::kFisherExact))
        return Tr::tr("Fisher's exact");
    if (name == QLatin1String(n::kKs2Samp))
        return Tr::tr("Kolmogorov-Smirnov");
    if (name == QLatin1String(n::kAnova))
        return Tr::tr("ANOVA (F)");
    if (name == QLatin1String(n::kKruskalWallis))
        return Tr::tr("Kruskal-Wallis H");
    if (name == QLatin1String(n::kWasserstein))
        return Tr::tr("Wasserstein distance");
    return name;
}

QString readableEffectName(const QString &name)
{
    if (name == QLatin1String("cohens_d"))
        return Tr::tr("Cohen's d");
    if (name == QLatin1String("cliffs_delta"))
        return Tr::tr("Cliff's delta");
    if (name == QLatin1String("cramers_v"))
        return Tr::tr("Cramér's V");
    if (name == QLatin1String("cohens_w"))
        return Tr::tr("Cohen's w");
    if (name == QLatin1String("odds_ratio"))
        return Tr::tr("odds ratio");
    if (name == QLatin1String("eta_squared"))
        return Tr::tr("eta squared");
    if (name == QLatin1String("eta_squared_h"))
        return Tr::tr("eta squared (H)");
    return name;
}

QString figureText(double value, int decimals)
{
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("–");
}

QString pValueText(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("–");
    return p < 0.0001 ? QStringLiteral("< 0.0001") : QString::number(p, 'f', 4);
}

} // namespace troupe
