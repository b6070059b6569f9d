#include "report.h"

#include <QCoreApplication>
#include <QSet>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/** One line of the transcript, in a form both renderers can use. */
struct Line
{
    enum class Kind { Talk, Think, Voice, System, Other } kind;
    QString who;
    QString target;
    QString text;
};

struct Step
{
    int step = 0;
    QDateTime time;
    QList<Line> lines;
};

QList<Step> transcript(const RunSummary &summary, const RunEvents &events)
{
    QList<Step> steps;
    QSet<QString> voices; // step|source|content of outside voices already shown
    for (const RunEvent &e : events) {
        if (steps.isEmpty() || steps.last().step != e.step)
            steps.append({e.step, e.time, {}});
        Step &s = steps.last();
        if (e.kind == QLatin1String("action")) {
            if (e.type == QLatin1String("TALK"))
                s.lines.append({Line::Kind::Talk, e.agent, e.target, e.content});
            else if (e.type == QLatin1String("THINK"))
                s.lines.append({Line::Kind::Think, e.agent, {}, e.content});
            else if (e.type != QLatin1String("DONE"))
                s.lines.append({Line::Kind::Other, e.agent, e.target, e.type + QStringLiteral(": ") + e.content});
        } else if (e.kind == QLatin1String("stimulus") && !e.source.isEmpty() && !summary.agents.contains(e.source)) {
            const QString key = QString::number(e.step) + u'|' + e.source + u'|' + e.content;
            if (!voices.contains(key)) {
                voices.insert(key);
                s.lines.append({Line::Kind::Voice, e.source, {}, e.content});
            }
        } else if (e.kind == QLatin1String("error") || e.kind == QLatin1String("intervention")) {
            s.lines.append({Line::Kind::System, e.kind == QLatin1String("error") ? Tr::tr("Error") : e.type, {}, e.content});
        }
    }
    return steps;
}

QString money(double cost)
{
    return QStringLiteral("$") + QString::number(cost, 'f', 4);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return Tr::tr("not started");
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

/** Key figures as (label, value) rows. */
QList<QPair<QString, QString>> figures(const RunSummary &s)
{
    QList<QPair<QString, QString>> rows = {
        {Tr::tr("Status"), s.status},
        {Tr::tr("Steps"), QString::number(s.steps)},
        {Tr::tr("Agents"), s.agents.join(QStringLiteral(", "))},
        {Tr::tr("Engine"), s.provider + (s.model.isEmpty() ? QString() : QStringLiteral(" · ") + s.model)},
        {Tr::tr("Model calls"), Tr::tr("%1 (%2 from the cache)").arg(s.calls).arg(s.cacheHits)},
        {Tr::tr("Tokens"), Tr::tr("%1 prompt, %2 completion%3")
                               .arg(s.promptTokens)
                               .arg(s.completionTokens)
                               .arg(s.tokensEstimated ? Tr::tr(" (estimated by the offline engine)") : QString())},
        {Tr::tr("Cost"), money(s.cost) + (s.costComplete ? QString() : Tr::tr(" (some models have no price)"))},
        {Tr::tr("Duration"), duration(s.durationSeconds)},
    };
    return rows;
}

QStringList listeners(const RunSummary &s)
{
    QStringList out = s.agents;
    for (const auto &[from, tos] : s.talk)
        for (const auto &[to, n] : tos)
            if (!out.contains(to))
                out.append(to);
    return out;
}

} // namespace

QString reportMarkdown(const RunSummary &s, const RunEvents &events, const QList<ReportChart> &charts)
{
    QString md;
    auto cell = [](QString text) { return text.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' '); };
    md += QStringLiteral("# %1\n\n").arg(s.name.isEmpty() ? Tr::tr("Run %1").arg(s.runId) : s.name);
    md += QStringLiteral("## %1\n\n| | |\n|---|---|\n").arg(Tr::tr("Summary"));
    for (const auto &[label, value] : figures(s))
        md += QStringLiteral("| %1 | %2 |\n").arg(cell(label), cell(value));
    md += QStringLiteral("\n## %1\n\n| %2 |").arg(Tr::tr("Actions by type"), Tr::tr("Agent"));
    for (const QString &t : s.actionTypes)
        md += QStringLiteral(" %1 |").arg(t);
    md += QStringLiteral("\n|---|") + QStringLiteral("---:|").repeated(int(s.actionTypes.size())) + u'\n';
    for (const QString &a : s.agents) {
        md += QStringLiteral("| %1 |").arg(cell(a));
        for (const QString &t : s.actionTypes)
            md += QStringLiteral(" %1 |").arg(s.actionCount(a, t));
        md += u'\n';
    }
    const QStringList to = listeners(s);
    md += QStringLiteral("\n## %1\n\n| %2 |").arg(Tr::tr("Who talked to whom"), Tr::tr("Speaker → listener"));
    for (const QString &t : to)
        md += QStringLiteral(" %1 |").arg(cell(t));
    md += QStringLiteral("\n|---|") + QStringLiteral("---:|").repeated(int(to.size())) + u'\n';
    for (const QString &a : s.agents) {
        md += QStringLiteral("| %1 |").arg(cell(a));
        for (const QString &t : to)
            md += QStringLiteral(" %1 |").arg(s.talkCount(a, t));
        md += u'\n';
    }
    for (const ReportChart &c : charts)
        md += QStringLiteral("\n## %1\n\n![%1](%2)\n").arg(c.title, c.fileName);
    md += QStringLiteral("\n## %1\n").arg(Tr::tr("Transcript"));
    for (const Step &step : transcript(s, events)) {
        md += QStringLiteral("\n### %1\n\n").arg(step.step == 0 ? Tr::tr("Before the first step")
                                                                 : Tr::tr("Step %1 — %2").arg(step.step).arg(step.time.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        for (const Line &l : step.lines) {
            const QString text = QString(l.text).replace(u'\n', u' ');
            switch (l.kind) {
            case Line::Kind::Talk:
                md += l.target.isEmpty() ? QStringLiteral("- **%1:** %2\n").arg(l.who, text)
                                         : QStringLiteral("- **%1** → %2: %3\n").arg(l.who, l.target, text);
                break;
            case Line::Kind::Think:
                md += QStringLiteral("- *%1 thinks: %2*\n").arg(l.who, text);
                break;
            case Line::Kind::Voice:
                md += QStringLiteral("- **%1** (%2): %3\n").arg(l.who, Tr::tr("outside voice"), text);
                break;
            case Line::Kind::System:
                md += QStringLiteral("> **%1:** %2\n\n").arg(l.who, text);
                break;
            case Line::Kind::Other:
                md += QStringLiteral("- %1 — %2\n").arg(l.who, text);
                break;
            }
        }
    }
    return md;
}

QString summaryHtml(const RunSummary &s)
{
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString h;
    h += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(Tr::tr("Summary"));
    for (const auto &[label, value] : figures(s))
        h += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(esc(label), esc(value));
    h += QStringLiteral("</table>\n<h2>%1</h2>\n<table><tr><th>%2</th>").arg(Tr::tr("Actions by type"), Tr::tr("Agent"));
    for (const QString &t : s.actionTypes)
        h += QStringLiteral("<th>%1</th>").arg(esc(t));
    h += QStringLiteral("</tr>\n");
    for (const QString &a : s.agents) {
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(a));
        for (const QString &t : s.actionTypes)
            h += QStringLiteral("<td class=\"n\" align=\"right\">%1</td>").arg(s.actionCount(a, t));
        h += QStringLiteral("</tr>\n");
    }
    const QStringList to = listeners(s);
    h += QStringLiteral("</table>\n<h2>%1</h2>\n<table><tr><th>%2</th>").arg(Tr::tr("Who talked to whom"), Tr::tr("Speaker → listener"));
    for (const QString &t : to)
        h += QStringLiteral("<th>%1</th>").arg(esc(t));
    h += QStringLiteral("</tr>\n");
    for (const QString &a : s.agents) {
        h += QStringLiteral("<tr><td>%1</td>").arg(esc(a));
        for (const QString &t : to)
            h += QStringLiteral("<td class=\"n\" align=\"right\">%1</td>").arg(s.talkCount(a, t));
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");
    return h;
}

QString reportHtml(const RunSummary &s, const RunEvents &events, const QList<ReportChart> &charts, bool embedImages)
{
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    const QString title = s.name.isEmpty() ? Tr::tr("Run %1").arg(s.runId) : s.name;
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                               "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
                               "table{border-collapse:collapse;margin:0.5em 0}td,th{border:1px solid #ccc;padding:3px 8px}"
                               "td.n{text-align:right}.think{color:#777;font-style:italic}.voice{color:#1a5a96}"
                               ".system{background:#fff3e0;padding:4px 8px;border-left:3px solid #e65100}"
                               "</style></head><body>\n<h1>%1</h1>\n")
                    .arg(esc(title));
    h += summaryHtml(s);
    for (const ReportChart &c : charts)
        h += QStringLiteral("<h2>%1</h2>\n<p><img alt=\"%1\" src=\"%2\" width=\"640\"></p>\n")
                 .arg(esc(c.title), embedImages ? QStringLiteral("data:image/png;base64,") + QString::fromLatin1(c.png.toBase64()) : c.fileName);
    h += QStringLiteral("<h2>%1</h2>\n").arg(Tr::tr("Transcript"));
    for (const Step &step : transcript(s, events)) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(step.step == 0 ? Tr::tr("Before the first step")
                                                                    : Tr::tr("Step %1 — %2").arg(step.step).arg(step.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")))));
        for (const Line &l : step.lines) {
            switch (l.kind) {
            case Line::Kind::Talk:
                h += l.target.isEmpty() ? QStringLiteral("<p><b>%1:</b> %2</p>\n").arg(esc(l.who), esc(l.text))
                                        : QStringLiteral("<p><b>%1</b> → %2: %3</p>\n").arg(esc(l.who), esc(l.target), esc(l.text));
                break;
            case Line::Kind::Think:
                h += QStringLiteral("<p class=\"think\"><i>%1</i></p>\n").arg(esc(Tr::tr("%1 thinks: %2").arg(l.who, l.text)));
                break;
            case Line::Kind::Voice:
                h += QStringLiteral("<p class=\"voice\"><b>%1</b>: %2</p>\n").arg(esc(l.who), esc(l.text));
                break;
            case Line::Kind::System:
                h += QStringLiteral("<p class=\"system\"><b>%1:</b> %2</p>\n").arg(esc(l.who), esc(l.text));
                break;
            case Line::Kind::Other:
                h += QStringLiteral("<p>%1 — %2</p>\n").arg(esc(l.who), esc(l.text));
                break;
            }
        }
    }
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace troupe
