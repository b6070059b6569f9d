#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace troupe::report {

/**
 * The content of a report as plain data: no fonts, pages or pixels. A builder (the run
 * report today; study and experiment reports later) fills a ReportDocument; the renderers
 * in report/ turn it into PDF, ODT, HTML or Markdown. Colours are "#rrggbb" text, empty
 * for "the renderer's choice". Text is plain (no markup); renderers escape it.
 */

enum class Align { Left, Center, Right };

struct Heading
{
    int level = 1; // 1 section, 2 subsection, 3 minor (a transcript step)
    QString text;
};

struct Paragraph
{
    enum class Style {
        Normal,
        Note,   // a caveat the reader must not miss (synthetic respondents, estimated figures)
        Muted,  // secondary detail
    };
    QString text;
    Style style = Style::Normal;
};

struct TableColumn
{
    TableColumn(QString title = {}, Align align = Align::Left, QString tooltip = {})
        : title(std::move(title)), align(align), tooltip(std::move(tooltip))
    {
    }
    QString title;
    Align align = Align::Left;
    QString tooltip; // the long form of a short title (a full name behind initials)
};

struct TableRow
{
    QStringList cells;  // one per column; missing cells are empty
    QString swatch;     // a colour square before the first cell (the agent's colour), or empty
    bool emphasis = false; // a total or a highlighted row
};

struct Table
{
    QString caption;             // shown above the table, kept with it
    QList<TableColumn> columns;
    QList<TableRow> rows;
    bool header = true;          // draw the column titles as a header row (repeated on every page)
    bool rowHeaders = false;     // the first column labels its row (drawn like a header)
    QString note;                // shown under the table, muted
};

struct ChartSeries
{
    QString name;
    QList<double> values;        // one per category (or per x, or per histogram bin)
    QList<double> low, high;     // IntervalBar: the interval of each value (same length as values)
    QString colour;
};

struct ChartAxis
{
    QString title;
    bool integer = false;        // whole-number ticks only (steps, counts)
    bool hasMin = false, hasMax = false;
    double min = 0, max = 0;     // a fixed range (e.g. 0..100 for shares), when set
    QString suffix;              // appended to tick labels ("%")
};

struct Chart
{
    enum class Kind {
        Bar,         // one series; categories, or numeric x (steps) with integer ticks
        GroupedBar,  // several series side by side per category
        IntervalBar, // bars with an interval (a 95% CI) from each series' low/high
        Line,        // one or more series over numeric x
        Histogram,   // one series of counts over bins `x` (values.size() + 1 edges)
    };
    QString id;                  // stable and file-name safe: Markdown writes <base>-<id>.png
    QString title;
    Kind kind = Kind::Bar;
    QStringList categories;      // bar kinds: one label per value; empty: use `x`
    QList<double> x;             // Line and numeric bars: x of each value; Histogram: bin edges
    QList<ChartSeries> series;
    ChartAxis xAxis, yAxis;
    bool horizontal = false;     // bar kinds: categories down the side (long option texts)
    bool showValues = false;     // label each bar with its value
    bool showPercent = false;    // ... and its share of the series' total, "12 (40%)"
    QString caption;             // shown under the chart, muted
};

struct Quote
{
    QString text;
    QString speaker;
    QString citation;            // where it is in the transcript: "step 3, event 41"
    int step = 0;
    qint64 eventSeq = 0;         // the event that holds it, 0 when none
};

struct TranscriptLine
{
    enum class Kind { Talk, Think, Voice, System, Other };
    Kind kind = Kind::Talk;
    QString speaker;
    QString listener;            // empty: nobody in particular; "everyone" for a broadcast
    QString text;
    QString label;               // System: what it is ("Error", the intervention's name); Other: the action type
    qint64 eventSeq = 0;
};

struct TranscriptStep
{
    int step = 0;                // 0: before the first step
    QDateTime time;              // simulated time; invalid when unknown
    QList<TranscriptLine> lines;
};

struct Transcript
{
    QList<TranscriptStep> steps;
};

/** "Step 3 — 2026-03-02 18:10" (or "Before the first step"): the heading of a transcript step. */
QString stepTitle(const TranscriptStep &step);

struct PageBreak
{
};

using Block = std::variant<Heading, Paragraph, Table, Chart, Quote, Transcript, PageBreak>;

struct ReportDocument
{
    QString title;
    QString subtitle;
    QList<QPair<QString, QString>> metadata; // shown under the title: ("Run", "3"), ("Engine", ...)
    QDateTime generated;                     // when the report was made (UTC); invalid: not shown
    std::vector<Block> blocks;

    ReportDocument &heading(const QString &text, int level = 1);
    ReportDocument &paragraph(const QString &text, Paragraph::Style style = Paragraph::Style::Normal);
    ReportDocument &note(const QString &text) { return paragraph(text, Paragraph::Style::Note); }
    ReportDocument &add(Block block);

    /** Every chart, in order (renderers that write images need them up front). */
    QList<const Chart *> charts() const;
};

} // namespace troupe::report
