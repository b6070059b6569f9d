#include "textdocumentbuilder.h"

#include "chartobject.h"
#include "chartpainter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace troupe::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

Qt::Alignment qtAlign(Align a)
{
    switch (a) {
    case Align::Center:
        return Qt::AlignHCenter;
    case Align::Right:
        return Qt::AlignRight;
    case Align::Left:
        break;
    }
    return Qt::AlignLeft;
}


class Builder
{
public:
    Builder(QTextDocument &doc, const TextDocumentSetup &setup, const RenderOptions &o, ChartObject *charts)
        : m_doc(doc), m_cursor(&doc), m_setup(setup), m_o(o), m_st(o.style), m_charts(charts)
    {
        const double dpi = setup.device ? setup.device->logicalDpiY() : 96.0;
        m_u = dpi / 72.0;
    }

    void build(const ReportDocument &r)
    {
        title(r);
        for (const Block &b : r.blocks)
            std::visit([this](const auto &x) { add(x); }, b);
    }

private:
    /** Sizes of charts and images: device units. */
    double u(double points) const { return points * m_u; }
    /**
     * Every other measure (block, frame and table margins, padding, borders): the layout
     * scales these from 96 dpi to its device itself, so they are given in 96-dpi pixels.
     */
    static double f(double points) { return points * 96.0 / 72.0; }
    /** Table and column widths: scaled like f() by the layout, but written as points by the ODF writer. */
    double length(double points) const { return odt() ? points : f(points); }
    bool odt() const { return m_setup.charts == TextDocumentSetup::Charts::Images; }

    QTextCharFormat text(double size, const QColor &colour, bool bold = false, bool italic = false) const
    {
        QTextCharFormat f;
        const QFont font = m_st.font(size, bold, italic);
        f.setFont(font, QTextCharFormat::FontPropertiesAll);
        // The ODF writer reads the single-family property (else it writes "Sans").
        f.setProperty(QTextFormat::FontFamily, font.family());
        f.setForeground(colour);
        return f;
    }

    QTextBlockFormat block(double top, double bottom, double lineHeightPercent = 125) const
    {
        QTextBlockFormat f;
        f.setTopMargin(Builder::f(top));
        f.setBottomMargin(Builder::f(bottom));
        f.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
        if (m_pageBreak)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        return f;
    }

    /** Starts a paragraph: reuses the empty block left after a table or frame. */
    void newBlock(const QTextBlockFormat &bf, const QTextCharFormat &cf)
    {
        if (m_fresh) {
            m_cursor.setBlockFormat(bf);
            m_cursor.setBlockCharFormat(cf);
            m_cursor.setCharFormat(cf);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(bf, cf);
        }
        m_pageBreak = false;
    }

    /** A frame goes in: an empty block left before it by the previous frame takes no room. */
    void insertFrame(const QTextFrameFormat &format)
    {
        if (m_fresh && m_cursor.block().length() <= 1 && m_cursor.block() != m_doc.begin()) {
            QTextBlockFormat bf;
            bf.setLineHeight(0, QTextBlockFormat::FixedHeight);
            bf.setTopMargin(0);
            bf.setBottomMargin(0);
            m_cursor.setBlockFormat(bf);
            QTextCharFormat tiny;
            tiny.setFontPointSize(1);
            m_cursor.setBlockCharFormat(tiny);
        }
        m_cursor.insertFrame(format);
        m_fresh = true;
    }

    /** Back to the top level after a table or a frame; the block there is still empty. */
    void leaveFrame()
    {
        m_cursor.movePosition(QTextCursor::End);
        m_fresh = true;
    }

    void title(const ReportDocument &r)
    {
        QTextBlockFormat bf = block(0, 2, 115);
        bf.setHeadingLevel(1);
        newBlock(bf, text(m_st.titleSize, m_st.text, true));
        m_cursor.insertText(r.title);
        if (!r.subtitle.isEmpty()) {
            newBlock(block(0, 4), text(m_st.subtitleSize, m_st.muted));
            m_cursor.insertText(r.subtitle);
        }
        if (!r.metadata.isEmpty()) {
            newBlock(block(2, 10), text(m_st.smallSize, m_st.muted));
            for (int i = 0; i < r.metadata.size(); ++i) {
                if (i)
                    m_cursor.insertText(QStringLiteral("   ·   "), text(m_st.smallSize, m_st.rule));
                m_cursor.insertText(r.metadata[i].first + QStringLiteral(": "), text(m_st.smallSize, m_st.muted));
                m_cursor.insertText(r.metadata[i].second, text(m_st.smallSize, m_st.text));
            }
        }
    }

    void add(const Heading &h)
    {
        const int level = std::clamp(h.level, 1, 3);
        const double top[] = {16, 11, 8};
        QTextBlockFormat bf = block(top[level - 1], level == 1 ? 5 : 3, 115);
        bf.setHeadingLevel(level + 1); // the title is level 1
        bf.setProperty(kKeepWithNext, true);
        newBlock(bf, text(m_st.headingSizes[level - 1], m_st.text, true));
        m_cursor.insertText(h.text);
    }

    void add(const Paragraph &p)
    {
        switch (p.style) {
        case Paragraph::Style::Normal:
            newBlock(block(0, 5), text(m_st.bodySize, m_st.text));
            m_cursor.insertText(p.text);
            break;
        case Paragraph::Style::Muted:
            newBlock(block(0, 5), text(m_st.smallSize, m_st.muted));
            m_cursor.insertText(p.text);
            break;
        case Paragraph::Style::Note: {
            QTextFrameFormat ff;
            ff.setBackground(m_st.noteFill);
            ff.setPadding(f(5));
            ff.setTopMargin(f(2));
            ff.setBottomMargin(f(5));
            ff.setBorder(0);
            if (m_pageBreak)
                ff.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_pageBreak = false;
            insertFrame(ff);
            newBlock(block(0, 0, 120), text(m_st.bodySize - 0.5, m_st.noteText));
            m_cursor.insertText(p.text);
            leaveFrame();
            break;
        }
        }
    }

    /**
     * Column widths as shares of the text column. Every column gets at least its longest
     * word (so headers and names break between words, never inside one); then body cells
     * get room to stay on one line; then headers; what is left is shared out.
     */
    QList<QTextLength> columnWidths(const Table &t) const
    {
        const int cols = int(t.columns.size());
        QList<double> least(cols, 0), body(cols, 0), whole(cols, 0);
        const double padding = 8.5; // cell padding and rule, points
        auto measure = [&](int c, const QString &text, bool bold, bool header) {
            const QFontMetricsF fm(m_st.font(m_st.tableSize, bold), &m_measure);
            const double w = fm.horizontalAdvance(text) + padding;
            whole[c] = std::max(whole[c], w);
            if (!header)
                body[c] = std::max(body[c], w);
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                least[c] = std::max(least[c], fm.horizontalAdvance(word) + padding);
        };
        for (int c = 0; c < cols; ++c)
            if (t.header)
                measure(c, t.columns[c].title, true, true);
        for (const TableRow &row : t.rows)
            for (int c = 0; c < cols; ++c)
                measure(c, (c == 0 && !row.swatch.isEmpty() ? QStringLiteral("■\u00a0") : QString()) + row.cells.value(c),
                        row.emphasis || (t.rowHeaders && c == 0), false);
        QList<double> widths = least;
        double room = m_setup.widthPt;
        for (double w : widths)
            room -= w;
        // Grow every column towards `target` in proportion to what it still wants.
        auto grow = [&](const QList<double> &target) {
            double wants = 0;
            for (int c = 0; c < cols; ++c)
                wants += std::max(0.0, target[c] - widths[c]);
            if (wants <= 0 || room <= 0)
                return;
            const double share = std::min(1.0, room / wants);
            for (int c = 0; c < cols; ++c) {
                const double add = std::max(0.0, target[c] - widths[c]) * share;
                widths[c] += add;
                room -= add;
            }
        };
        grow(body);
        grow(whole);
        double total = 0;
        for (double w : widths)
            total += w;
        if (room > 0)
            for (double &w : widths)
                w += room * w / total;
        total = 0;
        for (double w : widths)
            total += w;
        QList<QTextLength> out;
        for (double w : widths)
            out.append(QTextLength(QTextLength::FixedLength, length(m_setup.widthPt * w / total)));
        return out;
    }

    void add(const Table &t)
    {
        if (t.columns.isEmpty())
            return;
        if (!t.caption.isEmpty()) {
            QTextBlockFormat bf = block(4, 2, 115);
            bf.setProperty(kKeepWithNext, true);
            newBlock(bf, text(m_st.tableSize, m_st.text, true));
            m_cursor.insertText(t.caption);
        }
        const int cols = int(t.columns.size());
        const int rows = int(t.rows.size()) + (t.header ? 1 : 0);
        if (rows == 0)
            return;
        QTextTableFormat tf;
        // PDF: rules between rows rather than a grid; the cells draw them (below). The ODF
        // writer drops cell borders and backgrounds but gives every cell the table's border,
        // so an ODT table gets a thin grid instead.
        if (odt()) {
            tf.setBorder(f(0.5));
            tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            tf.setBorderBrush(m_st.rule);
        } else {
            tf.setBorder(0);
        }
        tf.setBorderCollapse(true);
        tf.setCellSpacing(0);
        tf.setCellPadding(0);
        tf.setHeaderRowCount(t.header ? 1 : 0);
        tf.setTopMargin(f(2));
        tf.setBottomMargin(f(t.note.isEmpty() ? 8 : 2));
        tf.setAlignment(Qt::AlignLeft);
        // Fixed widths (96-dpi pixels, which the layout scales): the ODF writer turns
        // percentages into points, so 100% became a 100-point table.
        tf.setWidth(QTextLength(QTextLength::FixedLength, length(m_setup.widthPt)));
        tf.setColumnWidthConstraints(columnWidths(t));
        if (m_pageBreak)
            tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_pageBreak = false;
        QTextTable *table = m_cursor.insertTable(rows, cols, tf);
        auto fill = [&](int r, int c, const QString &value, bool bold, const QColor &background, const QString &swatch) {
            QTextTableCell cell = table->cellAt(r, c);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setTopPadding(f(2.2));
            cf.setBottomPadding(f(2.2));
            cf.setLeftPadding(f(4));
            cf.setRightPadding(f(4));
            cf.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            const bool headerRow = t.header && r == 0;
            cf.setBottomBorder(f(headerRow ? 0.9 : 0.5));
            cf.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cf.setBottomBorderBrush(headerRow ? m_st.muted : m_st.rule);
            if (r == 0) {
                cf.setTopBorder(f(0.9));
                cf.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cf.setTopBorderBrush(m_st.muted);
            }
            if (background.isValid())
                cf.setBackground(background);
            cell.setFormat(cf);
            QTextCursor cc = cell.firstCursorPosition();
            QTextBlockFormat bf;
            bf.setAlignment(qtAlign(t.columns[c].align));
            bf.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
            cc.setBlockFormat(bf);
            // Not setBlockCharFormat: a cell's first block separator carries the cell's own format.
            const QTextCharFormat f = text(m_st.tableSize, m_st.text, bold);
            cc.setCharFormat(f);
            if (!swatch.isEmpty())
                cc.insertText(QStringLiteral("■\u00a0"), text(m_st.tableSize, QColor(swatch)));
            cc.insertText(value, f);
        };
        int r = 0;
        if (t.header) {
            for (int c = 0; c < cols; ++c)
                fill(0, c, t.columns[c].title, true, m_st.headerFill, {});
            r = 1;
        }
        for (const TableRow &row : t.rows) {
            for (int c = 0; c < cols; ++c) {
                const bool headerCell = t.rowHeaders && c == 0;
                fill(r, c, row.cells.value(c), row.emphasis || headerCell, headerCell && !t.header ? m_st.headerFill : QColor(),
                     c == 0 ? row.swatch : QString());
            }
            ++r;
        }
        leaveFrame();
        if (!t.note.isEmpty()) {
            newBlock(block(0, 8, 120), text(m_st.smallSize, m_st.muted));
            m_cursor.insertText(t.note);
        }
    }

    void add(const Chart &c)
    {
        QTextBlockFormat bf = block(6, c.caption.isEmpty() ? 10 : 2, 100);
        bf.setAlignment(Qt::AlignHCenter);
        newBlock(bf, text(m_st.bodySize, m_st.text));
        const double widthPt = m_setup.widthPt;
        const QSizeF size = chartSize(c, widthPt);
        if (m_setup.charts == TextDocumentSetup::Charts::Objects && m_charts) {
            QTextCharFormat f;
            f.setObjectType(ChartObject::kObjectType);
            f.setProperty(ChartObject::kChartIndex, m_charts->add(c));
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
        } else {
            const QString name = QStringLiteral("chart-%1-%2.png").arg(++m_images).arg(c.id);
            m_doc.addResource(QTextDocument::ImageResource, QUrl(name), chartImage(c, size, m_o.imageDpi, m_st, m_o.locale));
            QTextImageFormat f;
            f.setName(name);
            f.setWidth(u(size.width()));
            f.setHeight(u(size.height()));
            m_cursor.insertImage(f);
        }
        if (!c.caption.isEmpty()) {
            newBlock(block(0, 10, 120), text(m_st.smallSize, m_st.muted));
            m_cursor.insertText(c.caption);
        }
    }

    void add(const Quote &q)
    {
        QTextFrameFormat ff;
        ff.setLeftMargin(f(12));
        ff.setTopMargin(f(2));
        ff.setBottomMargin(f(6));
        ff.setPadding(f(4));
        ff.setBackground(QColor(0xf4, 0xf4, 0xf4));
        ff.setBorder(0);
        if (m_pageBreak)
            ff.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_pageBreak = false;
        insertFrame(ff);
        newBlock(block(0, 2, 125), text(m_st.bodySize, m_st.text, false, true));
        m_cursor.insertText(QStringLiteral("“") + q.text + QStringLiteral("”"));
        QStringList by;
        if (!q.speaker.isEmpty())
            by.append(q.speaker);
        if (!q.citation.isEmpty())
            by.append(q.citation);
        if (!by.isEmpty()) {
            newBlock(block(0, 0, 115), text(m_st.smallSize, m_st.muted));
            m_cursor.insertText(QStringLiteral("— ") + by.join(QStringLiteral(", ")));
        }
        leaveFrame();
    }

    void add(const Transcript &t)
    {
        const double size = m_st.transcriptSize;
        for (const TranscriptStep &step : t.steps) {
            QTextBlockFormat hf = block(8, 3, 115);
            hf.setProperty(kKeepWithNext, true);
            hf.setHeadingLevel(4);
            newBlock(hf, text(m_st.headingSizes[2], m_st.text, true));
            m_cursor.insertText(stepTitle(step));
            for (const TranscriptLine &l : step.lines) {
                QTextBlockFormat bf = block(0, 2.5, 122);
                newBlock(bf, text(size, m_st.text));
                const QTextCharFormat plain = text(size, m_st.text);
                const QTextCharFormat muted = text(size, m_st.muted);
                switch (l.kind) {
                case TranscriptLine::Kind::Talk:
                    m_cursor.insertText(l.speaker, text(size, m_st.text, true));
                    if (!l.listener.isEmpty())
                        m_cursor.insertText(QStringLiteral(" → ") + l.listener, muted);
                    m_cursor.insertText(QStringLiteral(": ") + l.text, plain);
                    break;
                case TranscriptLine::Kind::Think:
                    m_cursor.insertText(Tr::tr("%1 (thinks): ").arg(l.speaker), text(size, m_st.muted, true, true));
                    m_cursor.insertText(l.text, text(size, m_st.muted, false, true));
                    break;
                case TranscriptLine::Kind::Voice:
                    m_cursor.insertText(l.speaker, text(size, m_st.voice, true));
                    if (!l.listener.isEmpty())
                        m_cursor.insertText(QStringLiteral(" → ") + l.listener, muted);
                    m_cursor.insertText(QStringLiteral(": ") + l.text, plain);
                    break;
                case TranscriptLine::Kind::System:
                    m_cursor.insertText(l.label + QStringLiteral(": "), text(size, m_st.system, true));
                    m_cursor.insertText(l.text, text(size, m_st.system));
                    break;
                case TranscriptLine::Kind::Other:
                    m_cursor.insertText(l.speaker, text(size, m_st.text, true));
                    m_cursor.insertText(QStringLiteral(" — ") + l.label + (l.listener.isEmpty() ? QString() : QStringLiteral(" → ") + l.listener)
                                            + QStringLiteral(": "),
                                        muted);
                    m_cursor.insertText(l.text, plain);
                    break;
                }
            }
        }
    }

    void add(const PageBreak &) { m_pageBreak = true; }

    QTextDocument &m_doc;
    QTextCursor m_cursor;
    const TextDocumentSetup &m_setup;
    const RenderOptions &m_o;
    const ReportStyle &m_st;
    ChartObject *m_charts;
    QImage m_measure = [] {
        // Text is measured on a 72-dpi device, so widths come out in points.
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(2835);
        image.setDotsPerMeterY(2835);
        return image;
    }();
    double m_u = 1;
    bool m_fresh = true;     // the cursor's block is empty and unused (the document's first, or after a table)
    bool m_pageBreak = false;
    int m_images = 0;
};

} // namespace

std::unique_ptr<QTextDocument> buildTextDocument(const ReportDocument &report, const TextDocumentSetup &setup,
                                                 const RenderOptions &options, ChartObject *charts)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(options.style.font(options.style.bodySize));
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    // Content first, layout after: a paginated layout that exists while cells are filled
    // lays the whole document out again on every change (minutes for a long table).
    Builder(*doc, setup, options, charts).build(report);
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    if (setup.device)
        layout->setPaintDevice(setup.device);
    if (charts)
        layout->registerHandler(ChartObject::kObjectType, charts);
    const double u = (setup.device ? setup.device->logicalDpiY() : 96.0) / 72.0;
    if (setup.heightPt > 0)
        doc->setPageSize(QSizeF(setup.widthPt * u, setup.heightPt * u));
    else
        doc->setTextWidth(setup.widthPt * u);
    return doc;
}

void keepWithNext(QTextDocument &doc)
{
    const double page = doc.pageSize().height();
    if (page <= 0)
        return;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    // The top of a block's first or last line: the layout moves lines, not blocks, to the
    // next page, so a block's own rectangle can start on the page before its text.
    auto lineTop = [&](const QTextBlock &b, bool last) {
        const QRectF r = layout->blockBoundingRect(b);
        const QTextLayout *tl = b.layout();
        if (!tl || tl->lineCount() == 0)
            return r.top();
        return r.top() + tl->lineAt(last ? tl->lineCount() - 1 : 0).y();
    };
    // Each move can shift everything after it, so look again until nothing moves.
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (!b.blockFormat().property(kKeepWithNext).toBool()
                || b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QTextBlock next = b.next();
            if (!next.isValid())
                continue;
            const int herePage = int(std::floor(lineTop(b, true) / page));
            const int therePage = int(std::floor((lineTop(next, false) + 1) / page));
            if (therePage > herePage) {
                QTextBlockFormat f;
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                f.setTopMargin(0); // it starts a page: no space above it
                QTextCursor(b).mergeBlockFormat(f);
                moved = true;
                break;
            }
        }
        if (!moved)
            break;
    }
    // Lay everything out afresh: after format changes the incremental layout can keep stale
    // positions that make drawing skip whole pages.
    doc.markContentsDirty(0, doc.characterCount());
    (void)layout->documentSize();
}

} // namespace troupe::report
