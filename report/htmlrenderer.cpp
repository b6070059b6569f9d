#include "htmlrenderer.h"

#include "chartpainter.h"
#include "pagesetup.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace troupe::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

QString alignAttr(Align a)
{
    switch (a) {
    case Align::Center:
        return QStringLiteral(" align=\"center\"");
    case Align::Right:
        return QStringLiteral(" align=\"right\" class=\"n\"");
    case Align::Left:
        break;
    }
    return {};
}


const char *const kStyle =
    "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;font-size:15px;line-height:1.45;max-width:52em;"
    "margin:2em auto;padding:0 1em;color:#222}"
    "h1{font-size:1.9em;margin:0 0 .1em}h2{font-size:1.35em;margin:1.6em 0 .4em}h3{font-size:1.1em}"
    "h4{font-size:1em;margin:1.2em 0 .3em}"
    ".subtitle{color:#666;font-size:1.1em;margin:0}.meta{color:#666;font-size:.85em}"
    "table{border-collapse:collapse;margin:.4em 0 .2em;font-size:.9em}"
    "td,th{border:1px solid #bbb;padding:3px 8px;vertical-align:middle}th{background:#eef1f5;text-align:left}"
    "td.n,th.n{text-align:right}.caption{font-weight:bold;margin-bottom:0}.tnote,.muted{color:#666;font-size:.85em}"
    ".note{background:#fdf3dc;color:#6b4500;padding:.5em .8em;margin:.5em 0}"
    ".swatch{font-size:1.1em}.think{color:#666;font-style:italic}.voice b{color:#1a4f86}.to{color:#666}"
    ".system{color:#a33a00}.line{margin:.15em 0}"
    "blockquote{background:#f4f4f4;margin:.5em 0 .8em 1em;padding:.4em .8em;font-style:italic}"
    "blockquote cite{display:block;font-style:normal;color:#666;font-size:.85em}"
    "figure{margin:1em 0;text-align:center}figure img{max-width:100%;height:auto}"
    "figcaption{color:#666;font-size:.85em}";

class Writer
{
public:
    Writer(const RenderOptions &o, const HtmlOptions &h) : m_o(o), m_h(h)
    {
        const QPageLayout layout = reportPageLayout(QPageSize::A4);
        m_widthPt = layout.paintRect(QPageLayout::Point).width();
    }

    QString render(const ReportDocument &r)
    {
        if (m_h.standalone)
            m_out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                    "<title>%1</title><style>%2</style></head><body>\n")
                         .arg(esc(r.title), QString::fromLatin1(kStyle));
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(r.title));
        if (!r.subtitle.isEmpty())
            m_out += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(esc(r.subtitle));
        if (!r.metadata.isEmpty()) {
            QStringList parts;
            for (const auto &[label, value] : r.metadata)
                parts.append(QStringLiteral("%1: <b>%2</b>").arg(esc(label), esc(value)));
            m_out += QStringLiteral("<p class=\"meta\"><font color=\"#666666\">%1</font></p>\n").arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
        }
        for (const Block &b : r.blocks)
            std::visit([this](const auto &x) { add(x); }, b);
        if (m_h.standalone)
            m_out += QStringLiteral("</body></html>\n");
        return m_out;
    }

private:
    void add(const Heading &h)
    {
        const int level = std::clamp(h.level, 1, 3) + 1;
        m_out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(h.text));
    }

    void add(const Paragraph &p)
    {
        switch (p.style) {
        case Paragraph::Style::Normal:
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(p.text));
            break;
        case Paragraph::Style::Muted:
            m_out += QStringLiteral("<p class=\"muted\"><font color=\"#666666\">%1</font></p>\n").arg(esc(p.text));
            break;
        case Paragraph::Style::Note:
            // The table carries the tint in QTextBrowser, which ignores a paragraph's background.
            m_out += QStringLiteral("<table class=\"note\" width=\"100%\" bgcolor=\"#fdf3dc\" cellpadding=\"6\" style=\"border:none\">"
                                    "<tr><td style=\"border:none\"><font color=\"#6b4500\">%1</font></td></tr></table>\n")
                         .arg(esc(p.text));
            break;
        }
    }

    void add(const Table &t)
    {
        if (!t.caption.isEmpty())
            m_out += QStringLiteral("<p class=\"caption\"><b>%1</b></p>\n").arg(esc(t.caption));
        m_out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
        if (t.header) {
            m_out += QStringLiteral("<thead><tr>");
            for (const TableColumn &c : t.columns) {
                const QString title = c.tooltip.isEmpty() || c.tooltip == c.title
                                          ? esc(c.title)
                                          : QStringLiteral("<abbr title=\"%1\">%2</abbr>").arg(esc(c.tooltip), esc(c.title));
                m_out += QStringLiteral("<th%1 bgcolor=\"#eef1f5\">%2</th>").arg(alignAttr(c.align), title);
            }
            m_out += QStringLiteral("</tr></thead>\n");
        }
        m_out += QStringLiteral("<tbody>\n");
        for (const TableRow &row : t.rows) {
            m_out += QStringLiteral("<tr>");
            for (int c = 0; c < t.columns.size(); ++c) {
                QString cell = esc(row.cells.value(c));
                if (c == 0 && !row.swatch.isEmpty())
                    cell = QStringLiteral("<font class=\"swatch\" color=\"%1\">■</font>&nbsp;").arg(esc(row.swatch)) + cell;
                if (row.emphasis)
                    cell = QStringLiteral("<b>") + cell + QStringLiteral("</b>");
                const bool th = t.rowHeaders && c == 0;
                m_out += th ? QStringLiteral("<th%1%2>%3</th>").arg(alignAttr(t.columns[c].align), t.header ? QString() : QStringLiteral(" bgcolor=\"#eef1f5\""), cell)
                            : QStringLiteral("<td%1>%2</td>").arg(alignAttr(t.columns[c].align), cell);
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table>\n");
        if (!t.note.isEmpty())
            m_out += QStringLiteral("<p class=\"tnote\"><font color=\"#666666\">%1</font></p>\n").arg(esc(t.note));
    }

    void add(const Chart &c)
    {
        if (!m_h.charts)
            return;
        const QSizeF size = chartSize(c, m_widthPt);
        const QByteArray png = chartPng(c, size, m_o.imageDpi, m_o.style, m_o.locale);
        m_out += QStringLiteral("<figure><img alt=\"%1\" width=\"%2\" src=\"data:image/png;base64,%3\">")
                     .arg(esc(c.title))
                     .arg(qRound(size.width() * 96 / 72))
                     .arg(QString::fromLatin1(png.toBase64()));
        if (!c.caption.isEmpty())
            m_out += QStringLiteral("<figcaption>%1</figcaption>").arg(esc(c.caption));
        m_out += QStringLiteral("</figure>\n");
    }

    void add(const Quote &q)
    {
        QStringList by;
        if (!q.speaker.isEmpty())
            by.append(esc(q.speaker));
        if (!q.citation.isEmpty())
            by.append(esc(q.citation));
        m_out += QStringLiteral("<blockquote>“%1”%2</blockquote>\n")
                     .arg(esc(q.text), by.isEmpty() ? QString() : QStringLiteral("<cite>— %1</cite>").arg(by.join(QStringLiteral(", "))));
    }

    void add(const Transcript &t)
    {
        for (const TranscriptStep &step : t.steps) {
            m_out += QStringLiteral("<h4>%1</h4>\n").arg(esc(stepTitle(step)));
            for (const TranscriptLine &l : step.lines) {
                const QString to = l.listener.isEmpty() ? QString() : QStringLiteral(" <span class=\"to\">→ %1</span>").arg(esc(l.listener));
                switch (l.kind) {
                case TranscriptLine::Kind::Talk:
                    m_out += QStringLiteral("<p class=\"line\"><b>%1</b>%2: %3</p>\n").arg(esc(l.speaker), to, esc(l.text));
                    break;
                case TranscriptLine::Kind::Think:
                    m_out += QStringLiteral("<p class=\"line think\"><i><font color=\"#666666\">%1</font></i></p>\n")
                                 .arg(esc(Tr::tr("%1 (thinks): ").arg(l.speaker) + l.text));
                    break;
                case TranscriptLine::Kind::Voice:
                    m_out += QStringLiteral("<p class=\"line voice\"><b>%1</b>%2: %3</p>\n").arg(esc(l.speaker), to, esc(l.text));
                    break;
                case TranscriptLine::Kind::System:
                    m_out += QStringLiteral("<p class=\"line system\"><b>%1:</b> %2</p>\n").arg(esc(l.label), esc(l.text));
                    break;
                case TranscriptLine::Kind::Other:
                    m_out += QStringLiteral("<p class=\"line\"><b>%1</b> <span class=\"to\">— %2</span>%3: %4</p>\n")
                                 .arg(esc(l.speaker), esc(l.label), to, esc(l.text));
                    break;
                }
            }
        }
    }

    void add(const PageBreak &) { m_out += QStringLiteral("<hr>\n"); }

    const RenderOptions &m_o;
    const HtmlOptions &m_h;
    double m_widthPt = 482;
    QString m_out;
};

} // namespace

QString reportHtml(const ReportDocument &report, const RenderOptions &options, const HtmlOptions &html)
{
    return Writer(options, html).render(report);
}

Status writeHtml(const ReportDocument &report, const QString &path, const RenderOptions &options)
{
    const QByteArray bytes = reportHtml(report, options).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace troupe::report
