#include "empiricalchart.h"

#include "analysis/niceticks.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmpiricalChart)
};

constexpr int kMaxScalePoints = 20;
constexpr int kMaxBins = 10;

std::vector<double> numbersOf(const std::vector<Observation> &obs)
{
    std::vector<double> out;
    for (const Observation &o : obs)
        if (std::isfinite(o.number))
            out.push_back(o.number);
    return out;
}

QString keyOf(const QString &category)
{
    return category.simplified().toCaseFolded();
}

IntervalChartData::Cell shareCell(int k, int n)
{
    IntervalChartData::Cell c;
    if (n <= 0)
        return c;
    const stats::Proportion p = stats::wilson(k, n);
    c.value = p.estimate;
    c.lo = p.ci.lo;
    c.hi = p.ci.hi;
    c.note = QStringLiteral("%1/%2").arg(k).arg(n);
    return c;
}

} // namespace

IntervalChartData empiricalChartData(const EmpiricalOutcome &outcome, const QString &questionLabel)
{
    IntervalChartData d;
    d.series = { Tr::tr("real"), Tr::tr("simulated") };
    d.colours = { QColor(QStringLiteral("#59a14f")), QColor(QStringLiteral("#4e79a7")) };
    d.percent = true;
    d.valueTitle = Tr::tr("share");
    const std::vector<Observation> *samples[] = { &outcome.real, &outcome.simulated };
    if (outcome.report.scale == Scale::Categorical) {
        d.title = Tr::tr("%1: real and simulated answers, with 95% intervals").arg(questionLabel);
        QStringList keys;
        for (const auto *sample : samples)
            for (const Observation &o : *sample)
                if (!o.category.isEmpty() && !keys.contains(keyOf(o.category))) {
                    keys.append(keyOf(o.category));
                    d.groups.append(o.category.simplified());
                }
        for (const QString &key : keys) {
            std::vector<IntervalChartData::Cell> row;
            for (const auto *sample : samples) {
                int k = 0, n = 0;
                for (const Observation &o : *sample) {
                    if (o.category.isEmpty())
                        continue;
                    ++n;
                    k += keyOf(o.category) == key ? 1 : 0;
                }
                row.push_back(shareCell(k, n));
            }
            d.cells.push_back(row);
        }
        return d;
    }
    const std::vector<double> real = numbersOf(outcome.real), sim = numbersOf(outcome.simulated);
    std::set<double> distinct(real.begin(), real.end());
    distinct.insert(sim.begin(), sim.end());
    if (distinct.empty())
        return d;
    const bool wholeScale = distinct.size() <= size_t(kMaxScalePoints)
        && std::all_of(distinct.begin(), distinct.end(), [](double v) { return std::floor(v) == v; });
    const std::vector<double> *values[] = { &real, &sim };
    if (wholeScale) {
        d.title = Tr::tr("%1: real and simulated answers per value, with 95% intervals").arg(questionLabel);
        // Every whole number between the lowest and the highest, so gaps in a scale show.
        const double lo = *distinct.begin(), hi = *distinct.rbegin();
        for (double v = lo; v <= hi && d.groups.size() < kMaxScalePoints * 2; v += 1) {
            d.groups.append(QString::number(v, 'f', 0));
            std::vector<IntervalChartData::Cell> row;
            for (const auto *sample : values)
                row.push_back(shareCell(int(std::count(sample->begin(), sample->end(), v)), int(sample->size())));
            d.cells.push_back(row);
        }
        return d;
    }
    d.title = Tr::tr("%1: real and simulated answers per bin, with 95% intervals").arg(questionLabel);
    const AxisTicks ticks = niceTicks(*distinct.begin(), *distinct.rbegin(), kMaxBins + 1, false);
    for (qsizetype i = 0; i + 1 < ticks.values.size(); ++i) {
        const double from = ticks.values[i], to = ticks.values[i + 1];
        const bool last = i + 2 == ticks.values.size();
        d.groups.append(QStringLiteral("%1–%2").arg(ticks.label(from), ticks.label(to)));
        std::vector<IntervalChartData::Cell> row;
        for (const auto *sample : values) {
            const int k = int(std::count_if(
                sample->begin(), sample->end(), [&](double v) { return v >= from && (v < to || (last && v <= to)); }));
            row.push_back(shareCell(k, int(sample->size())));
        }
        d.cells.push_back(row);
    }
    return d;
}

} // namespace troupe
