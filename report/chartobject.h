#pragma once

#include "analysis/reportdocument.h"
#include "reportstyle.h"

#include <QLocale>
#include <QObject>
#include <QTextObjectInterface>

namespace troupe::report {

/**
 * Charts inside a QTextDocument as objects the layout sizes and the painter draws as
 * vectors at the device's resolution (for PDF), instead of images.
 */
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kChartIndex = QTextFormat::UserProperty + 1;

    ChartObject(double unitsPerPoint, double widthPt, ReportStyle style, QLocale locale, QObject *parent = nullptr);

    /** Keeps `chart` and returns the index its object format refers to. */
    int add(const Chart &chart);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    QList<Chart> m_charts;
    double m_unitsPerPoint;
    double m_widthPt;
    ReportStyle m_style;
    QLocale m_locale;
};

} // namespace troupe::report
