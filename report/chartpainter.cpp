#include "chartpainter.h"

#include "analysis/niceticks.h"
#include "analysis/palette.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <limits>

namespace troupe::report {

namespace {

bool isBars(Chart::Kind k)
{
    return k == Chart::Kind::Bar || k == Chart::Kind::GroupedBar || k == Chart::Kind::IntervalBar;
}

QColor colourOf(const ChartSeries &s, int index)
{
    return QColor(s.colour.isEmpty() ? paletteColour(index) : s.colour);
}

/** The series a kind draws: a plain bar chart and a histogram draw their first only. */
int drawnSeries(const Chart &c)
{
    if (c.series.isEmpty())
        return 0;
    return (c.kind == Chart::Kind::Bar || c.kind == Chart::Kind::Histogram) ? 1 : int(c.series.size());
}

/** How many values a chart has along its category or x axis. */
int slotCount(const Chart &c)
{
    qsizetype n = c.categories.size();
    if (c.kind == Chart::Kind::Histogram)
        n = std::max<qsizetype>(0, c.x.size() - 1);
    for (int j = 0; j < drawnSeries(c); ++j)
        n = std::max(n, c.series[j].values.size());
    return int(n);
}

double valueAt(const QList<double> &list, int i)
{
    return i < list.size() ? list[i] : std::numeric_limits<double>::quiet_NaN();
}

/** The geometry of one chart in device units, and the mapping from data to it. */
struct Layout
{
    QRectF plot;
    bool horizontal = false;
    double vlo = 0, vhi = 1;  // value axis
    double xlo = 0, xhi = 1;  // numeric x axis, as drawn
    double dataXlo = 0, dataXhi = 1; // ... and the data's (bars are centred on theirs)
    bool numericX = false;
    int slotTotal = 0;

    double valuePos(double v) const
    {
        const double f = (v - vlo) / (vhi - vlo);
        return horizontal ? plot.left() + f * plot.width() : plot.bottom() - f * plot.height();
    }
    double xPos(double x) const { return plot.left() + (x - xlo) / (xhi - xlo) * plot.width(); }
    double slotLength() const
    {
        if (numericX)
            return (horizontal ? plot.height() : plot.width()) / std::max(1.0, xhi - xlo);
        return (horizontal ? plot.height() : plot.width()) / std::max(1, slotTotal);
    }
    double slotCentre(const Chart &c, int i) const
    {
        if (numericX)
            return xPos(valueAt(c.x, i));
        const double len = slotLength();
        return (horizontal ? plot.top() : plot.left()) + (i + 0.5) * len;
    }
};

QString valueText(double v, const AxisTicks &ticks, const Chart &c, const QLocale &locale)
{
    if (c.yAxis.integer || v == std::floor(v))
        return locale.toString(qint64(std::llround(v))) + c.yAxis.suffix;
    return locale.toString(v, 'f', std::min(2, ticks.decimals + 1)) + c.yAxis.suffix;
}

QString barLabel(const Chart &c, const ChartSeries &s, int i, const AxisTicks &ticks, const QLocale &locale)
{
    const double v = s.values[i];
    QString text = valueText(v, ticks, c, locale);
    if (c.showPercent) {
        double total = 0;
        for (double x : s.values)
            if (std::isfinite(x))
                total += x;
        if (total > 0)
            text += QStringLiteral(" (") + locale.toString(qRound(100 * v / total)) + QStringLiteral("%)");
    }
    return text;
}

void valueExtent(const Chart &c, double &lo, double &hi)
{
    lo = std::numeric_limits<double>::infinity();
    hi = -lo;
    for (int j = 0; j < drawnSeries(c); ++j) {
        const ChartSeries &s = c.series[j];
        for (const QList<double> *list : {&s.values, &s.low, &s.high})
            for (double v : *list)
                if (std::isfinite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (c.kind != Chart::Kind::Line) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    } else if (lo >= 0 && lo <= hi / 2) {
        lo = 0; // a line of positive figures reads best from zero unless they sit far above it
    }
    if (c.yAxis.hasMin)
        lo = c.yAxis.min;
    if (c.yAxis.hasMax)
        hi = c.yAxis.max;
}

AxisTicks valueTicks(const Chart &c, double lo, double hi, int maxTicks)
{
    AxisTicks t = niceTicks(lo, hi, maxTicks, c.yAxis.integer);
    if (c.yAxis.hasMin || c.yAxis.hasMax) {
        // A fixed range is drawn as given; only the ticks inside it are kept.
        t.values = t.within(c.yAxis.hasMin ? c.yAxis.min : t.min, c.yAxis.hasMax ? c.yAxis.max : t.max);
        if (c.yAxis.hasMin)
            t.min = c.yAxis.min;
        if (c.yAxis.hasMax)
            t.max = c.yAxis.max;
    }
    return t;
}

double widest(const QFontMetricsF &fm, const QStringList &texts)
{
    double w = 0;
    for (const QString &t : texts)
        w = std::max(w, fm.horizontalAdvance(t));
    return w;
}

QStringList tickLabels(const AxisTicks &t, const QList<double> &values, const QString &suffix, const QLocale &locale)
{
    QStringList out;
    for (double v : values)
        out.append(t.label(v, locale) + suffix);
    return out;
}

} // namespace

QSizeF chartSize(const Chart &c, double widthPt)
{
    const double legend = drawnSeries(c) > 1 ? 16 : 0;
    if (c.horizontal && isBars(c.kind)) {
        const int n = std::max(1, slotCount(c));
        const double perSlot = c.kind == Chart::Kind::GroupedBar ? 10.0 * drawnSeries(c) + 8 : 20;
        return {widthPt, std::min(620.0, 58 + legend + n * perSlot)};
    }
    return {widthPt, std::clamp(widthPt * 0.42, 150.0, 215.0) + legend};
}

void paintChart(QPainter &p, const QRectF &rect, const Chart &c, const ReportStyle &st, const QLocale &locale)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const double s = p.device()->logicalDpiY() / 72.0;
    auto pt = [s](double v) { return v * s; };
    const QFont titleFont = st.font(st.chartTitleSize, true);
    const QFont labelFont = st.font(st.chartLabelSize);
    const QFontMetricsF tfm(titleFont, p.device());
    const QFontMetricsF lfm(labelFont, p.device());
    QRectF area = rect.adjusted(pt(1), pt(1), -pt(1), -pt(1));

    if (!c.title.isEmpty()) {
        p.setFont(titleFont);
        p.setPen(st.text);
        const QRectF r(area.left(), area.top(), area.width(), tfm.height());
        p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, tfm.elidedText(c.title, Qt::ElideRight, area.width()));
        area.setTop(r.bottom() + pt(5));
    }

    const int nSeries = drawnSeries(c);
    p.setFont(labelFont);
    if (nSeries > 1) {
        // The legend flows left to right under the title.
        double x = area.left(), y = area.top();
        const double box = pt(7);
        for (int j = 0; j < nSeries; ++j) {
            const double w = box + pt(3) + lfm.horizontalAdvance(c.series[j].name) + pt(12);
            if (x > area.left() && x + w > area.right()) {
                x = area.left();
                y += lfm.height() + pt(2);
            }
            p.fillRect(QRectF(x, y + (lfm.height() - box) / 2, box, box), colourOf(c.series[j], j));
            p.setPen(st.text);
            p.drawText(QRectF(x + box + pt(3), y, w, lfm.height()), Qt::AlignLeft | Qt::AlignVCenter, c.series[j].name);
            x += w;
        }
        area.setTop(y + lfm.height() + pt(5));
    }

    const int slotTotal = slotCount(c);
    if (nSeries == 0 || slotTotal == 0) {
        p.setPen(st.muted);
        p.drawText(area, Qt::AlignCenter, QCoreApplication::translate("Report", "No data"));
        p.restore();
        return;
    }

    Layout L;
    L.slotTotal = slotTotal;
    L.horizontal = c.horizontal && isBars(c.kind);
    L.numericX = c.kind == Chart::Kind::Line || c.kind == Chart::Kind::Histogram || (isBars(c.kind) && c.categories.isEmpty() && !c.x.isEmpty());
    if (L.numericX) {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo, gap = std::numeric_limits<double>::infinity();
        for (int i = 0; i < c.x.size(); ++i) {
            lo = std::min(lo, c.x[i]);
            hi = std::max(hi, c.x[i]);
            if (i > 0 && c.x[i] != c.x[i - 1])
                gap = std::min(gap, std::abs(c.x[i] - c.x[i - 1]));
        }
        if (!std::isfinite(lo)) {
            lo = 0;
            hi = std::max(1, slotTotal - 1);
        }
        if (!std::isfinite(gap))
            gap = 1;
        L.dataXlo = lo;
        L.dataXhi = hi;
        if (isBars(c.kind)) {
            lo -= gap / 2; // bars are centred on their x
            hi += gap / 2;
        } else if (hi == lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        L.xlo = lo;
        L.xhi = hi;
    }

    double dataLo = 0, dataHi = 1;
    valueExtent(c, dataLo, dataHi);
    AxisTicks vt = valueTicks(c, dataLo, dataHi, 6);
    const double valueLabelW = widest(lfm, tickLabels(vt, vt.values, c.yAxis.suffix, locale));

    // Widest bar label, for the room it needs beside or above the bars.
    double barLabelW = 0;
    if (c.showValues && isBars(c.kind))
        for (int j = 0; j < nSeries; ++j)
            for (int i = 0; i < c.series[j].values.size(); ++i)
                if (std::isfinite(c.series[j].values[i]))
                    barLabelW = std::max(barLabelW, lfm.horizontalAdvance(barLabel(c, c.series[j], i, vt, locale)));

    QStringList categories = c.categories;
    if (!L.numericX && categories.isEmpty())
        for (int i = 0; i < slotTotal; ++i)
            categories.append(locale.toString(i + 1));

    const double tick = pt(3);
    if (L.horizontal) {
        const double catW = std::min(area.width() * 0.35, widest(lfm, categories) + pt(8));
        const double titleH = c.yAxis.title.isEmpty() ? 0 : lfm.height() + pt(2);
        L.plot = QRectF(area.left() + catW, area.top() + pt(2), 0, 0);
        L.plot.setRight(area.right() - std::max(valueLabelW / 2, c.showValues ? barLabelW + pt(5) : pt(4)));
        L.plot.setBottom(area.bottom() - lfm.height() - tick - titleH);
    } else {
        const double titleW = c.yAxis.title.isEmpty() ? 0 : lfm.height() + pt(3);
        const double left = area.left() + titleW + valueLabelW + tick + pt(2);
        const double slotW = (area.right() - pt(4) - left) / std::max(1, slotTotal);
        double labelH = lfm.height();
        if (!L.numericX) {
            for (const QString &cat : categories)
                labelH = std::max(labelH, lfm.boundingRect(QRectF(0, 0, slotW - pt(2), 1e6), Qt::TextWordWrap, cat).height());
            labelH = std::min(labelH, 3 * lfm.lineSpacing());
        }
        const double titleH = c.xAxis.title.isEmpty() ? 0 : lfm.height() + pt(2);
        L.plot = QRectF(left, area.top() + (c.showValues ? lfm.height() + pt(2) : pt(4)), 0, 0);
        L.plot.setRight(area.right() - pt(4));
        L.plot.setBottom(area.bottom() - labelH - tick - titleH);
    }
    if (L.plot.width() <= 0 || L.plot.height() <= 0) {
        p.restore();
        return;
    }

    // The value ticks again, as many as the plot's length holds.
    const double valueLen = L.horizontal ? L.plot.width() : L.plot.height();
    const double perTick = L.horizontal ? valueLabelW + pt(14) : lfm.height() * 2.4;
    vt = valueTicks(c, dataLo, dataHi, std::clamp(int(valueLen / perTick) + 1, 3, 8));
    L.vlo = vt.min;
    L.vhi = vt.max > vt.min ? vt.max : vt.min + 1;

    // Grid and value labels.
    p.setFont(labelFont);
    for (double v : vt.values) {
        const double at = L.valuePos(v);
        const QString label = vt.label(v, locale) + c.yAxis.suffix;
        p.setPen(QPen(st.grid, pt(0.5)));
        if (L.horizontal) {
            p.drawLine(QPointF(at, L.plot.top()), QPointF(at, L.plot.bottom()));
            p.setPen(st.muted);
            p.drawText(QRectF(at - pt(40), L.plot.bottom() + tick, pt(80), lfm.height()), Qt::AlignHCenter | Qt::AlignTop, label);
        } else {
            p.drawLine(QPointF(L.plot.left(), at), QPointF(L.plot.right(), at));
            p.setPen(st.muted);
            p.drawText(QRectF(area.left(), at - lfm.height() / 2, L.plot.left() - tick - area.left(), lfm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, label);
        }
    }
    // The baseline: zero when it is on the axis, else the axis' start.
    const double base = (L.vlo <= 0 && L.vhi >= 0) ? 0.0 : L.vlo;
    p.setPen(QPen(st.rule, pt(0.8)));
    if (L.horizontal)
        p.drawLine(QPointF(L.valuePos(base), L.plot.top()), QPointF(L.valuePos(base), L.plot.bottom()));
    else
        p.drawLine(QPointF(L.plot.left(), L.valuePos(base)), QPointF(L.plot.right(), L.valuePos(base)));

    // Category or x labels.
    p.setPen(st.text);
    if (L.numericX) {
        const double len = L.plot.width();
        QStringList probe;
        for (double x : {L.xlo, L.xhi})
            probe.append(locale.toString(x, 'f', c.xAxis.integer ? 0 : 1));
        const int maxTicks = std::clamp(int(len / (widest(lfm, probe) + pt(12))), 2, 12);
        const AxisTicks xt = niceTicks(L.dataXlo, L.dataXhi, maxTicks, c.xAxis.integer);
        for (double x : xt.within(L.xlo, L.xhi)) {
            const double at = L.xPos(x);
            p.setPen(QPen(st.rule, pt(0.5)));
            p.drawLine(QPointF(at, L.plot.bottom()), QPointF(at, L.plot.bottom() + tick * 0.7));
            p.setPen(st.muted);
            p.drawText(QRectF(at - pt(30), L.plot.bottom() + tick, pt(60), lfm.height()), Qt::AlignHCenter | Qt::AlignTop,
                       xt.label(x, locale) + c.xAxis.suffix);
        }
    } else {
        const double len = L.slotLength();
        for (int i = 0; i < slotTotal; ++i) {
            const double centre = L.slotCentre(c, i);
            const QString &label = categories.value(i);
            if (L.horizontal)
                p.drawText(QRectF(area.left(), centre - len / 2, L.plot.left() - area.left() - pt(6), len),
                           Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, label);
            else
                p.drawText(QRectF(centre - len / 2 + pt(1), L.plot.bottom() + tick, len - pt(2), 3 * lfm.lineSpacing()),
                           Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
        }
    }

    // Axis titles.
    p.setPen(st.muted);
    if (!L.horizontal && !c.xAxis.title.isEmpty())
        p.drawText(QRectF(L.plot.left(), area.bottom() - lfm.height(), L.plot.width(), lfm.height()), Qt::AlignCenter, c.xAxis.title);
    if (L.horizontal && !c.yAxis.title.isEmpty())
        p.drawText(QRectF(L.plot.left(), area.bottom() - lfm.height(), L.plot.width(), lfm.height()), Qt::AlignCenter, c.yAxis.title);
    if (!L.horizontal && !c.yAxis.title.isEmpty()) {
        p.save();
        p.translate(area.left(), L.plot.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-L.plot.height() / 2, 0, L.plot.height(), lfm.height()), Qt::AlignCenter, c.yAxis.title);
        p.restore();
    }

    // The data.
    if (c.kind == Chart::Kind::Line) {
        for (int j = 0; j < nSeries; ++j) {
            const ChartSeries &series = c.series[j];
            const QColor colour = colourOf(series, j);
            QPainterPath path;
            QList<QPointF> points;
            for (int i = 0; i < series.values.size() && i < c.x.size(); ++i) {
                if (!std::isfinite(series.values[i]))
                    continue;
                const QPointF at(L.xPos(c.x[i]), L.valuePos(series.values[i]));
                if (points.isEmpty())
                    path.moveTo(at);
                else
                    path.lineTo(at);
                points.append(at);
            }
            p.setPen(QPen(colour, pt(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            if (points.size() <= 60) {
                p.setPen(QPen(Qt::white, pt(0.6)));
                p.setBrush(colour);
                for (const QPointF &at : points)
                    p.drawEllipse(at, pt(2.4), pt(2.4));
            }
        }
    } else if (c.kind == Chart::Kind::Histogram) {
        const ChartSeries &series = c.series.first();
        const QColor colour = colourOf(series, 0);
        for (int i = 0; i < series.values.size() && i + 1 < c.x.size(); ++i) {
            const double v = series.values[i];
            if (!std::isfinite(v))
                continue;
            const QRectF bar(QPointF(L.xPos(c.x[i]) + pt(0.4), L.valuePos(v)), QPointF(L.xPos(c.x[i + 1]) - pt(0.4), L.valuePos(base)));
            p.fillRect(bar.normalized(), colour);
        }
    } else {
        const double group = L.slotLength() * (nSeries > 1 ? 0.8 : 0.66);
        const double barW = group / nSeries;
        for (int j = 0; j < nSeries; ++j) {
            const ChartSeries &series = c.series[j];
            const QColor colour = colourOf(series, j);
            for (int i = 0; i < series.values.size() && i < slotTotal; ++i) {
                const double v = series.values[i];
                if (!std::isfinite(v))
                    continue;
                const double centre = L.slotCentre(c, i);
                const double from = centre - group / 2 + j * barW + (nSeries > 1 ? pt(0.4) : 0);
                const double width = barW - (nSeries > 1 ? pt(0.8) : 0);
                const double a = L.valuePos(base), b = L.valuePos(v);
                const QRectF bar = L.horizontal ? QRectF(QPointF(std::min(a, b), from), QPointF(std::max(a, b), from + width))
                                                : QRectF(QPointF(from, std::min(a, b)), QPointF(from + width, std::max(a, b)));
                p.fillRect(bar, colour);
                double end = v; // where the label goes: past the bar or its interval
                if (c.kind == Chart::Kind::IntervalBar && i < series.low.size() && i < series.high.size()
                    && std::isfinite(series.low[i]) && std::isfinite(series.high[i])) {
                    const double lo = L.valuePos(series.low[i]), hi = L.valuePos(series.high[i]);
                    const double mid = from + width / 2, cap = std::min(width * 0.25, pt(4));
                    p.setPen(QPen(st.text, pt(0.9)));
                    if (L.horizontal) {
                        p.drawLine(QPointF(lo, mid), QPointF(hi, mid));
                        p.drawLine(QPointF(lo, mid - cap), QPointF(lo, mid + cap));
                        p.drawLine(QPointF(hi, mid - cap), QPointF(hi, mid + cap));
                    } else {
                        p.drawLine(QPointF(mid, lo), QPointF(mid, hi));
                        p.drawLine(QPointF(mid - cap, lo), QPointF(mid + cap, lo));
                        p.drawLine(QPointF(mid - cap, hi), QPointF(mid + cap, hi));
                    }
                    end = v >= 0 ? std::max(v, series.high[i]) : std::min(v, series.low[i]);
                }
                if (c.showValues) {
                    const QString text = barLabel(c, series, i, vt, locale);
                    p.setPen(st.text);
                    const double at = L.valuePos(end);
                    if (L.horizontal)
                        p.drawText(QRectF(at + pt(3), from, barLabelW + pt(4), width), Qt::AlignLeft | Qt::AlignVCenter, text);
                    else
                        p.drawText(QRectF(from + width / 2 - pt(40), at - lfm.height() - pt(1), pt(80), lfm.height()),
                                   Qt::AlignHCenter | Qt::AlignBottom, text);
                }
            }
        }
    }
    p.restore();
}

QImage chartImage(const Chart &chart, const QSizeF &sizePt, int dpi, const ReportStyle &style, const QLocale &locale)
{
    const QSize px(int(std::ceil(sizePt.width() * dpi / 72.0)), int(std::ceil(sizePt.height() * dpi / 72.0)));
    QImage image(px, QImage::Format_RGB32);
    const int dpm = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(painter, QRectF(QPointF(0, 0), QSizeF(px)), chart, style, locale);
    painter.end();
    return image;
}

QByteArray chartPng(const Chart &chart, const QSizeF &sizePt, int dpi, const ReportStyle &style, const QLocale &locale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    chartImage(chart, sizePt, dpi, style, locale).save(&buffer, "PNG");
    return bytes;
}

} // namespace troupe::report
