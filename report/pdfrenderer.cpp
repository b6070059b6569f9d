#include "pdfrenderer.h"

#include "chartobject.h"
#include "pagesetup.h"
#include "textdocumentbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace troupe::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Device units per inch. Text and charts are vectors; this only sets the grid that
// positions snap to (1/600 inch).
constexpr int kResolution = 600;

} // namespace

Status writePdf(const ReportDocument &report, const QString &path, const RenderOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));

    const QPageSize::PageSizeId paper = options.paper.value_or(paperFor(options.locale));
    const QPageLayout layout = reportPageLayout(paper);
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    // The writer's own margins stay zero: the body and the footer are placed here.
    writer.setPageLayout(QPageLayout(layout.pageSize(), QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Troupe Studio"));

    const double u = kResolution / 72.0;
    const QSizeF pagePt = layout.pageSize().size(QPageSize::Point);
    const QMarginsF m = layout.margins(QPageLayout::Point);
    const double bodyW = pagePt.width() - m.left() - m.right();
    const double bodyH = pagePt.height() - m.top() - m.bottom();

    ChartObject charts(u, bodyW, options.style, options.locale);
    TextDocumentSetup setup;
    setup.charts = TextDocumentSetup::Charts::Objects;
    setup.device = &writer;
    setup.widthPt = bodyW;
    setup.heightPt = bodyH;
    std::unique_ptr<QTextDocument> doc = buildTextDocument(report, setup, options, &charts);
    keepWithNext(*doc);
    const int pages = std::max(1, doc->pageCount());

    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(Tr::tr("Cannot write %1: the PDF writer did not start").arg(path));
    const QFont footerFont = options.style.font(options.style.smallSize);
    const QFontMetricsF ffm(footerFont, &writer);
    const QRectF body(m.left() * u, m.top() * u, bodyW * u, bodyH * u);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, options.style.text);
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        // Footer: the title on the left, the page on the right, in the bottom margin.
        const QRectF footer(body.left(), body.bottom() + 8 * u, body.width(), ffm.height());
        painter.setFont(footerFont);
        painter.setPen(QPen(options.style.rule, 0.5 * u));
        painter.drawLine(QPointF(footer.left(), footer.top() - 3 * u), QPointF(footer.right(), footer.top() - 3 * u));
        painter.setPen(options.style.muted);
        const QString pageText = Tr::tr("Page %1 of %2").arg(i + 1).arg(pages);
        const double pageW = ffm.horizontalAdvance(pageText);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, pageText);
        painter.drawText(QRectF(footer.left(), footer.top(), footer.width() - pageW - 12 * u, footer.height()),
                         Qt::AlignLeft | Qt::AlignTop, ffm.elidedText(report.title, Qt::ElideRight, footer.width() - pageW - 12 * u));
    }
    if (!painter.end())
        return Status::failure(Tr::tr("Cannot write %1: the PDF could not be finished").arg(path));
    if (!file.commit())
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace troupe::report
