#include "studycharts.h"

#include "analysis/niceticks.h"
#include "resultscharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace troupe {

namespace {

constexpr int kMaxValueTicks = 6;

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis; // removeAxis gives up ownership
    }
}

QString binLabel(double lo, double hi)
{
    return QStringLiteral("%1–%2").arg(QString::number(lo, 'g', 8), QString::number(hi, 'g', 8));
}

} // namespace

void fillStudyChart(QChart *chart, const report::Chart &c)
{
    clear(chart);
    chart->setTitle(c.title);
    chart->legend()->hide();
    if (c.series.isEmpty())
        return;
    const report::ChartSeries &s = c.series.first();
    QStringList categories = c.categories;
    if (c.kind == report::Chart::Kind::Histogram)
        for (qsizetype i = 0; i + 1 < c.x.size(); ++i)
            categories.append(binLabel(c.x[i], c.x[i + 1]));

    auto *set = new QBarSet(s.name);
    double total = 0, top = 0;
    for (double v : s.values) {
        *set << v;
        total += v;
        top = std::max(top, v);
    }
    set->setColor(QColor(s.colour.isEmpty() ? QStringLiteral("#4e79a7") : s.colour));
    QAbstractBarSeries *bars = c.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    bars->append(set);
    if (c.kind == report::Chart::Kind::Histogram)
        bars->setBarWidth(0.98); // bins touch
    if (c.showValues) {
        bars->setLabelsVisible(true);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        // "2 (40%)": the share of the series' total, as the report prints it.
        bars->setLabelsFormat(QStringLiteral("@value"));
        if (c.showPercent && total > 0) {
            // Qt Charts formats one value per label; the share goes into the category text.
            for (qsizetype i = 0; i < categories.size() && i < s.values.size(); ++i)
                categories[i] += QStringLiteral(" (%1%)").arg(qRound(100 * s.values[i] / total));
        }
    }
    chart->addSeries(bars);

    auto *cats = new QBarCategoryAxis;
    cats->append(categories);
    cats->setGridLineVisible(false);
    cats->setTitleText(c.xAxis.title);
    auto *values = new QValueAxis;
    const double lo = c.yAxis.hasMin ? c.yAxis.min : 0;
    const double hi = c.yAxis.hasMax ? c.yAxis.max : std::max(1.0, top);
    applyTicks(values, niceTicks(lo, hi, kMaxValueTicks, c.yAxis.integer), c.yAxis.integer);
    values->setTitleText(c.yAxis.title);
    chart->addAxis(cats, c.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, c.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(cats);
    bars->attachAxis(values);
}

} // namespace troupe
