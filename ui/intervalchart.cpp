#include "intervalchart.h"

#include "analysis/niceticks.h"
#include "analysis/palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace troupe {

namespace {

constexpr int kMargin = 10;

QString tickText(const AxisTicks &ticks, double v, bool percent)
{
    if (percent)
        return QStringLiteral("%1%").arg(qRound(v * 100));
    return ticks.label(v);
}

QString valueText(double v, bool percent)
{
    if (percent)
        return QStringLiteral("%1%").arg(QString::number(v * 100, 'f', 0));
    return QString::number(v, 'f', std::abs(v) >= 100 ? 0 : 2);
}

} // namespace

IntervalChart::IntervalChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Chart"));
}

void IntervalChart::setData(IntervalChartData data)
{
    m_data = std::move(data);
    setAccessibleDescription(m_data.title);
    update();
}

void IntervalChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QSize IntervalChart::sizeHint() const
{
    return { 640, 240 };
}

QSize IntervalChart::minimumSizeHint() const
{
    return { 260, 220 };
}

void IntervalChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    QFont base = font();
    const QFontMetrics fm(base);
    QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);

    if (!m_data.title.isEmpty()) {
        QFont bold = base;
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(text);
        const QFontMetrics bm(bold);
        p.drawText(QRect(area.left(), area.top(), area.width(), bm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            bm.elidedText(m_data.title, Qt::ElideRight, area.width()));
        area.setTop(area.top() + bm.height() + 4);
        p.setFont(base);
    }

    // Legend: one swatch per series (with two or more) and the dots, on one line.
    const size_t nSeries = std::max<size_t>(1, m_data.series.size());
    const auto colourOf = [&](size_t s) {
        return s < m_data.colours.size() ? m_data.colours[s] : QColor(report::paletteColour(int(s)));
    };
    if (m_data.series.size() > 1 || !m_data.dotsLabel.isEmpty()) {
        int x = area.left();
        const int y = area.top();
        const int sw = fm.height() - 4;
        for (qsizetype s = 0; s < m_data.series.size() && m_data.series.size() > 1; ++s) {
            p.fillRect(QRect(x, y + 2, sw, sw), colourOf(size_t(s)));
            p.setPen(text);
            const QString name = m_data.series[s];
            p.drawText(QPoint(x + sw + 4, y + fm.ascent()), name);
            x += sw + 4 + fm.horizontalAdvance(name) + 16;
        }
        if (!m_data.dotsLabel.isEmpty()) {
            p.setPen(QPen(text, 1.2));
            p.setBrush(pal.color(QPalette::Base));
            p.drawEllipse(QPointF(x + sw / 2.0, y + 2 + sw / 2.0), 3.5, 3.5);
            p.drawText(QPoint(x + sw + 4, y + fm.ascent()), m_data.dotsLabel);
            x += sw + 4 + fm.horizontalAdvance(m_data.dotsLabel) + 16;
            p.drawLine(QPointF(x, y + 2), QPointF(x, y + 2 + sw));
            p.drawLine(QPointF(x - 4, y + 2), QPointF(x + 4, y + 2));
            p.drawLine(QPointF(x - 4, y + 2 + sw), QPointF(x + 4, y + 2 + sw));
            p.drawText(QPoint(x + 10, y + fm.ascent()), tr("95% interval"));
        }
        area.setTop(area.top() + fm.height() + 8);
    }
    if (m_data.groups.isEmpty()) {
        p.setPen(muted);
        p.drawText(
            area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText.isEmpty() ? tr("Nothing to draw") : m_emptyText);
        return;
    }

    // The value range: the data with its intervals and dots, from zero unless told otherwise.
    double lo = std::isfinite(m_data.axisMin) ? m_data.axisMin : 0;
    double hi = std::isfinite(m_data.axisMax) ? m_data.axisMax : lo;
    if (!std::isfinite(m_data.axisMax) || !std::isfinite(m_data.axisMin)) {
        for (const auto &group : m_data.cells)
            for (const IntervalChartData::Cell &c : group) {
                for (double v : { c.value, c.lo, c.hi }) {
                    if (!std::isfinite(v))
                        continue;
                    if (!std::isfinite(m_data.axisMax))
                        hi = std::max(hi, v);
                    if (!std::isfinite(m_data.axisMin))
                        lo = std::min(lo, v);
                }
                for (double v : c.dots) {
                    if (std::isfinite(v) && !std::isfinite(m_data.axisMax))
                        hi = std::max(hi, v);
                }
            }
    }
    const AxisTicks ticks = niceTicks(lo, hi, 6, false);
    const double axisLo = std::isfinite(m_data.axisMin) ? m_data.axisMin : ticks.min;
    const double axisHi = std::isfinite(m_data.axisMax) ? m_data.axisMax : ticks.max;

    int labelWidth = 0;
    for (double t : ticks.within(axisLo, axisHi))
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tickText(ticks, t, m_data.percent)));
    const bool anyNote = std::any_of(m_data.cells.begin(), m_data.cells.end(), [](const auto &g) {
        return std::any_of(g.begin(), g.end(), [](const IntervalChartData::Cell &c) { return !c.note.isEmpty(); });
    });
    const int titleSpace = m_data.valueTitle.isEmpty() ? 0 : fm.height() + 4;
    QRect plot = area.adjusted(
        titleSpace + labelWidth + 6, fm.height() + 4, 0, -(fm.height() + 6 + (anyNote ? fm.height() + 2 : 0)));
    if (plot.width() < 40 || plot.height() < 40)
        return;
    const auto yOf = [&](double v) {
        const double t = (std::clamp(v, axisLo, axisHi) - axisLo) / (axisHi - axisLo);
        return plot.bottom() - t * plot.height();
    };

    // Axis, grid and tick labels.
    QColor grid = muted;
    grid.setAlpha(60);
    for (double t : ticks.within(axisLo, axisHi)) {
        const double y = yOf(t);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(plot.left() - labelWidth - 6, y - fm.height() / 2.0, labelWidth, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickText(ticks, t, m_data.percent));
    }
    p.setPen(QPen(muted, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (!m_data.valueTitle.isEmpty()) {
        p.save();
        p.setPen(text);
        p.translate(area.left() + fm.ascent(), plot.center().y());
        p.rotate(-90);
        const QString t = fm.elidedText(m_data.valueTitle, Qt::ElideRight, plot.height());
        p.drawText(QPointF(-fm.horizontalAdvance(t) / 2.0, 0), t);
        p.restore();
    }

    const double slot = double(plot.width()) / double(m_data.groups.size());
    const double band = slot * (nSeries > 1 ? 0.8 : 0.55);
    const double barW = std::min(band / double(nSeries), 120.0);
    const double baseline = yOf(std::clamp(0.0, axisLo, axisHi));
    for (qsizetype g = 0; g < m_data.groups.size(); ++g) {
        const double slotLeft = plot.left() + g * slot;
        const double first = slotLeft + (slot - barW * double(nSeries)) / 2.0;
        for (size_t s = 0; s < nSeries; ++s) {
            if (size_t(g) >= m_data.cells.size() || s >= m_data.cells[size_t(g)].size())
                continue;
            const IntervalChartData::Cell &c = m_data.cells[size_t(g)][s];
            const double left = first + double(s) * barW + 2;
            const double w = barW - 4;
            const double centre = left + w / 2.0;
            const QColor fill = m_data.colourByGroup ? colourOf(size_t(g)) : colourOf(s);
            if (std::isfinite(c.value)) {
                const double top = yOf(c.value);
                p.setPen(Qt::NoPen);
                p.setBrush(fill);
                p.drawRect(QRectF(left, std::min(top, baseline), w, std::max(1.0, std::abs(baseline - top))));
            }
            double labelTop = std::isfinite(c.value) ? yOf(c.value) : plot.bottom();
            if (c.hasInterval()) {
                const double y1 = yOf(c.lo), y2 = yOf(c.hi);
                const double cap = std::min(w * 0.3, 8.0);
                p.setPen(QPen(text, 1.6));
                p.drawLine(QPointF(centre, y1), QPointF(centre, y2));
                p.drawLine(QPointF(centre - cap, y1), QPointF(centre + cap, y1));
                p.drawLine(QPointF(centre - cap, y2), QPointF(centre + cap, y2));
                labelTop = std::min(labelTop, y2);
            }
            if (!c.dots.empty()) {
                // Beside the error bar, spread out so that equal figures stay visible.
                const double from = centre + std::min(w * 0.3, 8.0) + 5, to = left + w - 4;
                const double step = c.dots.size() > 1 ? std::max(0.0, (to - from) / double(c.dots.size() - 1)) : 0;
                p.setPen(QPen(text, 1.2));
                p.setBrush(pal.color(QPalette::Base));
                for (size_t k = 0; k < c.dots.size(); ++k) {
                    if (!std::isfinite(c.dots[k]))
                        continue;
                    const double x = to > from ? from + double(k) * step : centre;
                    p.drawEllipse(QPointF(x, yOf(c.dots[k])), 3.5, 3.5);
                    labelTop = std::min(labelTop, yOf(c.dots[k]) - 4);
                }
            }
            if (std::isfinite(c.value)) {
                p.setPen(text);
                const QString v = valueText(c.value, m_data.percent);
                p.drawText(QRectF(left - 8, labelTop - fm.height() - 2, w + 16, fm.height()),
                    Qt::AlignHCenter | Qt::AlignBottom, fm.elidedText(v, Qt::ElideRight, int(w + 16)));
            }
            if (!c.note.isEmpty()) {
                p.setPen(muted);
                p.drawText(QRectF(left - 2, plot.bottom() + fm.height() + 6, w + 4, fm.height()),
                    Qt::AlignHCenter | Qt::AlignTop, fm.elidedText(c.note, Qt::ElideRight, int(w + 4)));
            }
        }
        p.setPen(text);
        p.drawText(QRectF(slotLeft + 2, plot.bottom() + 4, slot - 4, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
            fm.elidedText(m_data.groups[g], Qt::ElideRight, int(slot - 4)));
    }
}

} // namespace troupe
