#include "resultscharts.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsPanel)
};

// At most this many labels along a step axis: every step up to 12, then 2, 5, 10... apart.
constexpr int kMaxStepTicks = 12;
constexpr int kMaxValueTicks = 6;

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

/** Ticks for step numbers 1..n: whole steps, all of them when few. */
AxisTicks stepTicks(int steps)
{
    return niceTicks(1, std::max(1, steps), kMaxStepTicks, true);
}

} // namespace

void applyTicks(QValueAxis *axis, const AxisTicks &ticks, bool integer)
{
    axis->setRange(ticks.min, ticks.max);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0); // ticks sit on multiples of the step
    axis->setTickInterval(ticks.step);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(integer || ticks.decimals == 0 ? QStringLiteral("%d")
                                                        : QStringLiteral("%.%1f").arg(ticks.decimals));
}

void fillActionsChart(QChart *chart, const RunSummary &s)
{
    clear(chart);
    chart->setTitle(Tr::tr("Actions per step"));
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(Tr::tr("Actions"));
    int top = 0;
    for (int i = 0; i < s.steps; ++i) {
        const int n = i < int(s.actionsPerStep.size()) ? s.actionsPerStep[size_t(i)] : 0;
        *set << n;
        top = std::max(top, n);
    }
    set->setColor(QColor(0x4e, 0x79, 0xa7));
    bars->append(set);
    chart->addSeries(bars);

    // Bars sit at 0..n-1; the category axis labels them with their step at round intervals.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, std::max(1, s.steps) - 0.5);
    for (double step : stepTicks(s.steps).within(1, std::max(1, s.steps)))
        x->append(QString::number(qRound(step)), step - 1);
    x->setTitleText(Tr::tr("Step"));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);

    auto *y = new QValueAxis;
    applyTicks(y, niceTicks(0, std::max(1, top), kMaxValueTicks, true), true);
    y->setTitleText(Tr::tr("Actions"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    chart->legend()->hide();
}

void fillTokensChart(QChart *chart, const RunSummary &s)
{
    clear(chart);
    chart->setTitle(s.tokensEstimated ? Tr::tr("Tokens per step (estimated)") : Tr::tr("Tokens per step"));
    auto *line = new QLineSeries;
    line->setName(Tr::tr("Tokens"));
    line->setPointsVisible(s.steps <= 60);
    line->setColor(QColor(0xf2, 0x8e, 0x2b));
    qint64 top = 0;
    for (int i = 0; i < s.steps; ++i) {
        const qint64 n = i < int(s.tokensPerStep.size()) ? s.tokensPerStep[size_t(i)] : 0;
        line->append(double(i + 1), double(n));
        top = std::max(top, n);
    }
    chart->addSeries(line);

    auto *x = new QValueAxis;
    const AxisTicks xt = stepTicks(s.steps);
    applyTicks(x, xt, true);
    // The axis spans the steps themselves (a run of one step gets a little room either side).
    if (s.steps <= 1)
        x->setRange(0.5, 1.5);
    else
        x->setRange(1, s.steps);
    x->setTickAnchor(xt.step == 1 ? 1 : 0);
    x->setTitleText(Tr::tr("Step"));
    auto *y = new QValueAxis;
    applyTicks(y, niceTicks(0, double(std::max<qint64>(1, top)), kMaxValueTicks, true), true);
    y->setTitleText(Tr::tr("Tokens"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    chart->legend()->hide();
}

} // namespace troupe
