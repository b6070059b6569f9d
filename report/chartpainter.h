#pragma once

#include "analysis/reportdocument.h"
#include "reportstyle.h"

#include <QByteArray>
#include <QImage>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace troupe::report {

/** The size (points) a chart takes in a report column `widthPt` wide. */
QSizeF chartSize(const Chart &chart, double widthPt);

/**
 * Draws `chart` into `rect` (device units) as vectors: text stays text, so a PDF keeps it
 * selectable and sharp at any zoom. Type sizes are points of the painter's device (its
 * logical DPI converts them), so the same call serves a 600 dpi PDF and a 96 dpi screen.
 * Ticks come from niceTicks(): integer axes get whole numbers, value axes round ones.
 */
void paintChart(QPainter &painter, const QRectF &rect, const Chart &chart, const ReportStyle &style = {},
                const QLocale &locale = QLocale());

/** The chart on white at `dpi`, `sizePt` points large (for ODT, HTML and Markdown). */
QImage chartImage(const Chart &chart, const QSizeF &sizePt, int dpi, const ReportStyle &style = {},
                  const QLocale &locale = QLocale());
/** chartImage() as PNG bytes. */
QByteArray chartPng(const Chart &chart, const QSizeF &sizePt, int dpi, const ReportStyle &style = {},
                    const QLocale &locale = QLocale());

} // namespace troupe::report
