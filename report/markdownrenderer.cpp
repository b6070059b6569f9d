#include "markdownrenderer.h"

#include "chartpainter.h"
#include "pagesetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace troupe::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\r', u' ');
}

QString cell(const QString &text)
{
    return oneLine(text).replace(u'|', QStringLiteral("\\|"));
}

Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

class Writer
{
public:
    Writer(const QHash<const Chart *, QString> &files) : m_files(files) {}

    QString render(const ReportDocument &r)
    {
        m_out += QStringLiteral("# %1\n\n").arg(oneLine(r.title));
        if (!r.subtitle.isEmpty())
            m_out += QStringLiteral("*%1*\n\n").arg(oneLine(r.subtitle));
        if (!r.metadata.isEmpty()) {
            QStringList parts;
            for (const auto &[label, value] : r.metadata)
                parts.append(QStringLiteral("%1: **%2**").arg(oneLine(label), oneLine(value)));
            m_out += parts.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
        }
        for (const Block &b : r.blocks)
            std::visit([this](const auto &x) { add(x); }, b);
        return m_out;
    }

private:
    void add(const Heading &h)
    {
        m_out += QString(std::clamp(h.level, 1, 3) + 1, u'#') + u' ' + oneLine(h.text) + QStringLiteral("\n\n");
    }

    void add(const Paragraph &p)
    {
        switch (p.style) {
        case Paragraph::Style::Normal:
            m_out += p.text + QStringLiteral("\n\n");
            break;
        case Paragraph::Style::Muted:
            m_out += QStringLiteral("*%1*\n\n").arg(oneLine(p.text));
            break;
        case Paragraph::Style::Note:
            m_out += QStringLiteral("> **%1** %2\n\n").arg(Tr::tr("Note:"), oneLine(p.text));
            break;
        }
    }

    void add(const Table &t)
    {
        if (t.columns.isEmpty())
            return;
        if (!t.caption.isEmpty())
            m_out += QStringLiteral("**%1**\n\n").arg(oneLine(t.caption));
        // Markdown tables always have a header row; a headerless table gets an empty one.
        m_out += u'|';
        for (const TableColumn &c : t.columns)
            m_out += u' ' + (t.header ? cell(c.title) : QString()) + QStringLiteral(" |");
        m_out += QStringLiteral("\n|");
        for (const TableColumn &c : t.columns)
            m_out += c.align == Align::Right ? QStringLiteral("---:|") : c.align == Align::Center ? QStringLiteral(":---:|") : QStringLiteral("---|");
        m_out += u'\n';
        for (const TableRow &row : t.rows) {
            m_out += u'|';
            for (int c = 0; c < t.columns.size(); ++c) {
                QString text = cell(row.cells.value(c));
                if ((row.emphasis || (t.rowHeaders && c == 0)) && !text.isEmpty())
                    text = QStringLiteral("**") + text + QStringLiteral("**");
                m_out += u' ' + text + QStringLiteral(" |");
            }
            m_out += u'\n';
        }
        m_out += u'\n';
        if (!t.note.isEmpty())
            m_out += QStringLiteral("*%1*\n\n").arg(oneLine(t.note));
    }

    void add(const Chart &c)
    {
        m_out += QStringLiteral("![%1](%2)\n\n").arg(oneLine(c.title), m_files.value(&c));
        if (!c.caption.isEmpty())
            m_out += QStringLiteral("*%1*\n\n").arg(oneLine(c.caption));
    }

    void add(const Quote &q)
    {
        m_out += QStringLiteral("> “%1”\n").arg(oneLine(q.text));
        QStringList by;
        if (!q.speaker.isEmpty())
            by.append(q.speaker);
        if (!q.citation.isEmpty())
            by.append(q.citation);
        if (!by.isEmpty())
            m_out += QStringLiteral(">\n> — %1\n").arg(oneLine(by.join(QStringLiteral(", "))));
        m_out += u'\n';
    }

    void add(const Transcript &t)
    {
        for (const TranscriptStep &step : t.steps) {
            m_out += QStringLiteral("### %1\n\n").arg(stepTitle(step));
            for (const TranscriptLine &l : step.lines) {
                const QString text = oneLine(l.text);
                const QString to = l.listener.isEmpty() ? QString() : QStringLiteral(" → ") + l.listener;
                switch (l.kind) {
                case TranscriptLine::Kind::Talk:
                case TranscriptLine::Kind::Voice:
                    m_out += QStringLiteral("- **%1**%2: %3\n").arg(l.speaker, to, text);
                    break;
                case TranscriptLine::Kind::Think:
                    m_out += QStringLiteral("- *%1%2*\n").arg(Tr::tr("%1 (thinks): ").arg(l.speaker), text);
                    break;
                case TranscriptLine::Kind::System:
                    m_out += QStringLiteral("- **%1:** %2\n").arg(l.label, text);
                    break;
                case TranscriptLine::Kind::Other:
                    m_out += QStringLiteral("- **%1** — %2%3: %4\n").arg(l.speaker, l.label, to, text);
                    break;
                }
            }
            m_out += u'\n';
        }
    }

    void add(const PageBreak &) { m_out += QStringLiteral("---\n\n"); }

    const QHash<const Chart *, QString> &m_files;
    QString m_out;
};

} // namespace

QHash<const Chart *, QString> chartFileNames(const ReportDocument &report, const QString &baseName)
{
    QHash<const Chart *, QString> out;
    QSet<QString> used;
    int n = 0;
    for (const Chart *c : report.charts()) {
        ++n;
        QString id = c->id;
        id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
        if (id.isEmpty())
            id = QStringLiteral("chart%1").arg(n);
        QString name = baseName + u'-' + id + QStringLiteral(".png");
        for (int k = 2; used.contains(name); ++k)
            name = baseName + u'-' + id + u'-' + QString::number(k) + QStringLiteral(".png");
        used.insert(name);
        out.insert(c, name);
    }
    return out;
}

QString reportMarkdown(const ReportDocument &report, const QString &baseName)
{
    const auto files = chartFileNames(report, baseName);
    return Writer(files).render(report);
}

Status writeMarkdown(const ReportDocument &report, const QString &path, const RenderOptions &options)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const auto files = chartFileNames(report, base);
    const double widthPt = reportPageLayout(QPageSize::A4).paintRect(QPageLayout::Point).width();
    for (const Chart *c : report.charts())
        if (Status s = writeBytes(info.dir().filePath(files.value(c)), chartPng(*c, chartSize(*c, widthPt), options.imageDpi, options.style, options.locale)); !s)
            return s;
    return writeBytes(path, Writer(files).render(report).toUtf8());
}

} // namespace troupe::report
