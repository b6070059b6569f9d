#include "runreport.h"

#include "palette.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace troupe::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// Column titles of more than this many listeners become initials: full names would make the
// columns too narrow for their longest word.
constexpr int kMaxNamedColumns = 6;
// More listeners than this do not fit a page across: the report lists pairs instead.
constexpr int kMaxMatrixColumns = 12;
// Bars of more steps than this get no value labels (they would touch).
constexpr int kMaxLabelledBars = 15;

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

QString engineOf(const RunSummary &s)
{
    return s.provider + (s.model.isEmpty() ? QString() : QStringLiteral(" · ") + s.model);
}

QString colourOf(const std::map<QString, QString> &colours, const RunSummary &s, const QString &agent)
{
    const auto it = colours.find(agent);
    if (it != colours.end() && !it->second.isEmpty())
        return it->second;
    return paletteColour(int(s.agents.indexOf(agent)));
}

} // namespace

QString initialsOf(const QString &name)
{
    const QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return name;
    QString out;
    for (const QString &p : parts)
        if (p.front().isLetterOrNumber())
            out += p.front().toUpper();
    return out.isEmpty() ? name : out;
}

QStringList talkListeners(const RunSummary &s)
{
    QStringList out = s.agents;
    for (const auto &[from, tos] : s.talk)
        for (const auto &[to, n] : tos)
            if (!out.contains(to))
                out.append(to);
    return out;
}

Table runFiguresTable(const RunSummary &s)
{
    Table t;
    t.header = false;
    t.rowHeaders = true;
    t.columns = {{Tr::tr("Figure")}, {Tr::tr("Value")}};
    const QList<QPair<QString, QString>> rows = {
        {Tr::tr("Status"), s.status},
        {Tr::tr("Steps"), QString::number(s.steps)},
        {Tr::tr("Agents"), s.agents.join(QStringLiteral(", "))},
        {Tr::tr("Engine"), engineOf(s)},
        {Tr::tr("Model calls"), Tr::tr("%1 (%2 from the cache)").arg(s.calls).arg(s.cacheHits)},
        {Tr::tr("Tokens"), Tr::tr("%1 prompt, %2 completion%3")
                               .arg(s.promptTokens)
                               .arg(s.completionTokens)
                               .arg(s.tokensEstimated ? Tr::tr(" (estimated by the offline engine)") : QString())},
        {Tr::tr("Cost"), money(s.cost) + (s.costComplete ? QString() : Tr::tr(" (some models have no price)"))},
        {Tr::tr("Duration"), duration(s.durationSeconds)},
    };
    for (const auto &[label, value] : rows)
        t.rows.append({{label, value}, {}, false});
    return t;
}

Table actionsTable(const RunSummary &s, const std::map<QString, QString> &colours)
{
    Table t;
    t.columns.append(TableColumn(Tr::tr("Agent")));
    for (const QString &type : s.actionTypes)
        t.columns.append({type, Align::Right});
    t.columns.append({Tr::tr("Total"), Align::Right});
    t.rowHeaders = true;
    std::map<QString, int> totals;
    int all = 0;
    for (const QString &a : s.agents) {
        TableRow row{{a}, colourOf(colours, s, a), false};
        int sum = 0;
        for (const QString &type : s.actionTypes) {
            const int n = s.actionCount(a, type);
            row.cells.append(QString::number(n));
            sum += n;
            totals[type] += n;
        }
        row.cells.append(QString::number(sum));
        all += sum;
        t.rows.append(row);
    }
    if (s.agents.size() > 1) {
        TableRow total{{Tr::tr("Total")}, {}, true};
        for (const QString &type : s.actionTypes)
            total.cells.append(QString::number(totals[type]));
        total.cells.append(QString::number(all));
        t.rows.append(total);
    }
    t.note = Tr::tr("DONE, which ends every turn, is not counted.");
    return t;
}

Table talkMatrixTable(const RunSummary &s)
{
    const QStringList to = talkListeners(s);
    const bool initials = to.size() > kMaxNamedColumns;
    Table t;
    t.rowHeaders = true;
    t.columns.append(TableColumn(Tr::tr("Speaker → listener")));
    QStringList key;
    for (const QString &name : to) {
        const QString title = initials ? initialsOf(name) : name;
        t.columns.append({title, Align::Right, name});
        if (title != name)
            key.append(Tr::tr("%1 = %2").arg(title, name));
    }
    for (const QString &a : s.agents) {
        TableRow row{{a}, {}, false};
        for (const QString &l : to) {
            const int n = s.talkCount(a, l);
            row.cells.append(n ? QString::number(n) : QStringLiteral("·"));
        }
        t.rows.append(row);
    }
    QString note = to.contains(QStringLiteral("everyone"))
                       ? Tr::tr("How often each speaker (row) talked to each listener (column); \"everyone\" is talk "
                                "addressed to no one in particular.")
                       : Tr::tr("How often each speaker (row) talked to each listener (column).");
    if (!key.isEmpty())
        note += u' ' + key.join(QStringLiteral("; ")) + u'.';
    t.note = note;
    return t;
}

Table talkPairsTable(const RunSummary &s)
{
    Table t;
    t.columns = {{Tr::tr("Speaker")}, {Tr::tr("Listener")}, {Tr::tr("Times"), Align::Right}};
    for (const QString &a : s.agents) {
        const auto it = s.talk.find(a);
        if (it == s.talk.end())
            continue;
        QList<QPair<QString, int>> pairs;
        for (const auto &[to, n] : it->second)
            pairs.append({to, n});
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
        for (const auto &[to, n] : pairs)
            t.rows.append({{a, to, QString::number(n)}, {}, false});
    }
    return t;
}

Chart actionsPerStepChart(const RunSummary &s)
{
    Chart c;
    c.id = QStringLiteral("actions");
    c.title = Tr::tr("Actions per step");
    c.kind = Chart::Kind::Bar;
    ChartSeries series{Tr::tr("Actions"), {}, {}, {}, paletteColour(0)};
    for (int i = 0; i < s.steps; ++i) {
        c.x.append(i + 1);
        series.values.append(i < int(s.actionsPerStep.size()) ? s.actionsPerStep[size_t(i)] : 0);
    }
    c.series.append(series);
    c.xAxis.title = Tr::tr("Step");
    c.xAxis.integer = true;
    c.yAxis.title = Tr::tr("Actions");
    c.yAxis.integer = true;
    c.showValues = s.steps <= kMaxLabelledBars;
    return c;
}

Chart tokensPerStepChart(const RunSummary &s)
{
    Chart c;
    c.id = QStringLiteral("tokens");
    c.title = s.tokensEstimated ? Tr::tr("Tokens per step (estimated)") : Tr::tr("Tokens per step");
    c.kind = Chart::Kind::Line;
    ChartSeries series{Tr::tr("Tokens"), {}, {}, {}, paletteColour(1)};
    for (int i = 0; i < s.steps; ++i) {
        c.x.append(i + 1);
        series.values.append(i < int(s.tokensPerStep.size()) ? double(s.tokensPerStep[size_t(i)]) : 0);
    }
    c.series.append(series);
    c.xAxis.title = Tr::tr("Step");
    c.xAxis.integer = true;
    c.yAxis.title = Tr::tr("Tokens");
    c.yAxis.integer = true;
    c.yAxis.hasMin = true; // from zero, so the steps compare by height
    return c;
}

QStringList runCaveats(const RunSummary &s)
{
    QStringList out;
    out.append(Tr::tr("The people in this run are simulated by a language model. Read what they say as material "
                      "for hypotheses, not as measurements or predictions of what real people would do."));
    if (s.provider == QLatin1String("offline"))
        out.append(Tr::tr("This run used the offline engine, which is not a language model: its replies are "
                          "composed from the personas by rules, and its token counts are estimates."));
    return out;
}

Transcript runTranscript(const RunSummary &summary, const RunEvents &events)
{
    // Who heard each outside voice, so that a broadcast reads "to everyone", once.
    QHash<QString, QSet<QString>> heard;
    auto voiceKey = [](const RunEvent &e) -> QString { return QString::number(e.step) + u'|' + e.source + u'|' + e.content; };
    auto isVoice = [&](const RunEvent &e) {
        return e.kind == QLatin1String("stimulus") && !e.source.isEmpty() && !summary.agents.contains(e.source);
    };
    for (const RunEvent &e : events)
        if (isVoice(e))
            heard[voiceKey(e)].insert(e.agent);

    Transcript t;
    QSet<QString> shown;
    for (const RunEvent &e : events) {
        if (t.steps.isEmpty() || t.steps.last().step != e.step)
            t.steps.append({e.step, e.time, {}});
        TranscriptStep &step = t.steps.last();
        TranscriptLine line;
        line.eventSeq = e.seq;
        line.speaker = e.agent;
        line.text = e.content;
        if (e.kind == QLatin1String("action")) {
            if (e.type == QLatin1String("DONE"))
                continue;
            if (e.type == QLatin1String("TALK")) {
                line.kind = TranscriptLine::Kind::Talk;
                line.listener = e.target;
            } else if (e.type == QLatin1String("THINK")) {
                line.kind = TranscriptLine::Kind::Think;
            } else {
                line.kind = TranscriptLine::Kind::Other;
                line.label = e.type;
                line.listener = e.target;
            }
        } else if (isVoice(e)) {
            const QString key = voiceKey(e);
            if (shown.contains(key))
                continue;
            shown.insert(key);
            const QSet<QString> &who = heard[key];
            line.kind = TranscriptLine::Kind::Voice;
            line.speaker = e.source;
            line.listener = who.size() > 1 ? Tr::tr("everyone") : e.agent;
        } else if (e.kind == QLatin1String("error") || e.kind == QLatin1String("intervention")) {
            line.kind = TranscriptLine::Kind::System;
            line.label = e.kind == QLatin1String("error") ? Tr::tr("Error") : e.type;
        } else {
            continue;
        }
        step.lines.append(line);
    }
    t.steps.removeIf([](const TranscriptStep &s) { return s.lines.isEmpty(); });
    return t;
}

Quote quoteOf(const RunEvent &e)
{
    Quote q;
    q.text = e.content;
    q.speaker = e.agent;
    q.step = e.step;
    q.eventSeq = e.seq;
    q.citation = Tr::tr("step %1, event %2").arg(e.step).arg(e.seq);
    return q;
}

ReportDocument runReport(const RunSummary &s, const RunEvents &events, const RunReportOptions &options)
{
    ReportDocument doc;
    doc.title = s.name.isEmpty() ? Tr::tr("Run %1").arg(s.runId) : s.name;
    doc.subtitle = Tr::tr("Run report");
    doc.generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc();
    doc.metadata = {{Tr::tr("Run"), QStringLiteral("#%1").arg(s.runId)},
                    {Tr::tr("Status"), s.status},
                    {Tr::tr("Engine"), engineOf(s)},
                    {Tr::tr("Generated"), doc.generated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))}};
    for (const QString &caveat : runCaveats(s))
        doc.note(caveat);

    doc.heading(Tr::tr("Summary"));
    doc.add(runFiguresTable(s));

    doc.heading(Tr::tr("Actions by type"));
    doc.add(actionsTable(s, options.agentColours));
    if (s.steps > 0) {
        doc.heading(Tr::tr("Activity per step"));
        doc.add(actionsPerStepChart(s));
        const bool anyTokens = std::any_of(s.tokensPerStep.begin(), s.tokensPerStep.end(), [](qint64 n) { return n > 0; });
        if (anyTokens)
            doc.add(tokensPerStepChart(s));
    }

    doc.heading(Tr::tr("Who talked to whom"));
    if (s.talk.empty())
        doc.paragraph(Tr::tr("Nobody talked in this run."), Paragraph::Style::Muted);
    else if (talkListeners(s).size() <= kMaxMatrixColumns)
        doc.add(talkMatrixTable(s));
    else
        doc.add(talkPairsTable(s));

    if (options.transcript) {
        doc.heading(Tr::tr("Transcript"));
        const Transcript t = runTranscript(s, events);
        if (t.steps.isEmpty())
            doc.paragraph(Tr::tr("The run has no events yet."), Paragraph::Style::Muted);
        else
            doc.add(t);
    }
    return doc;
}

} // namespace troupe::report
