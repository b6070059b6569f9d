#include "chartobject.h"

#include "chartpainter.h"

namespace troupe::report {

ChartObject::ChartObject(double unitsPerPoint, double widthPt, ReportStyle style, QLocale locale, QObject *parent)
    : QObject(parent), m_unitsPerPoint(unitsPerPoint), m_widthPt(widthPt), m_style(std::move(style)),
      m_locale(std::move(locale))
{
}

int ChartObject::add(const Chart &chart)
{
    m_charts.append(chart);
    return int(m_charts.size() - 1);
}

QSizeF ChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const int i = format.intProperty(kChartIndex);
    if (i < 0 || i >= m_charts.size())
        return {};
    return chartSize(m_charts[i], m_widthPt) * m_unitsPerPoint;
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int i = format.intProperty(kChartIndex);
    if (i >= 0 && i < m_charts.size())
        paintChart(*painter, rect, m_charts[i], m_style, m_locale);
}

} // namespace troupe::report
