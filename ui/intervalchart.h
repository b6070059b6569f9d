#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <cmath>
#include <limits>
#include <vector>

namespace troupe {

/**
 * What an IntervalChart draws: groups along the bottom (the arms of a question, or the
 * options or scale points), in each group one bar per series with its interval as an error
 * bar, small dots beside the bar for the figures it pools (one per replicate), and a line of
 * text under each bar (its n).
 */
struct IntervalChartData
{
    struct Cell
    {
        double value = std::numeric_limits<double>::quiet_NaN();
        double lo = std::numeric_limits<double>::quiet_NaN(); // the interval; NaN: none
        double hi = std::numeric_limits<double>::quiet_NaN();
        std::vector<double> dots; // e.g. the replicates' figures
        QString note; // under the bar: "n = 150"
        bool hasInterval() const { return std::isfinite(lo) && std::isfinite(hi); }
    };

    QString title;
    QString valueTitle; // the value axis: "mean vote", "share of answers"
    QStringList groups;
    QStringList series; // the legend (shown with two or more)
    std::vector<QColor> colours; // one per series (or per group, with colourByGroup)
    bool colourByGroup = false; // one series: each group's bar in its own colour
    std::vector<std::vector<Cell>> cells; // [group][series]
    double axisMin = std::numeric_limits<double>::quiet_NaN(); // NaN: from the data (and 0)
    double axisMax = std::numeric_limits<double>::quiet_NaN();
    bool percent = false; // values are shares 0..1, labelled as percentages
    QString dotsLabel; // legend entry for the dots ("replicates"); empty: none
};

/**
 * Bars with error bars, painted directly: Qt Charts has no error bars, and these charts are
 * small and must stay readable at any width (labels are elided, never overlap).
 */
class IntervalChart final : public QWidget
{
    Q_OBJECT
public:
    explicit IntervalChart(QWidget *parent = nullptr);

    void setData(IntervalChartData data);
    const IntervalChartData &data() const { return m_data; }
    /** Shown when there is nothing to draw. */
    void setEmptyText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    IntervalChartData m_data;
    QString m_emptyText;
};

} // namespace troupe
