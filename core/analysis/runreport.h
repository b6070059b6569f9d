#pragma once

#include "reportdocument.h"
#include "runsummary.h"

#include <map>

namespace troupe::report {

struct RunReportOptions
{
    std::map<QString, QString> agentColours; // name -> "#rrggbb"; missing names get the palette's
    bool transcript = true;
    QDateTime generated;                     // invalid: now
};

/**
 * The report of one run: what it was (engine, caveats), the summary figures, actions by
 * type per agent, actions and tokens per step, who talked to whom, and the transcript
 * grouped by step (an outside voice's broadcast once, not once per listener).
 */
ReportDocument runReport(const RunSummary &summary, const RunEvents &events, const RunReportOptions &options = {});

// The sections of a run report, for other reports (a study's discussion, an experiment's
// arms) that show a run among their own sections.

/** Status, steps, agents, engine, calls, tokens, cost, duration: a two-column table. */
Table runFiguresTable(const RunSummary &summary);
/** Agent × action type counts with a total column and row; each agent's colour as a swatch. */
Table actionsTable(const RunSummary &summary, const std::map<QString, QString> &colours = {});
/** Speaker (rows) × listener (columns). Initials head the columns when names would crowd them. */
Table talkMatrixTable(const RunSummary &summary);
/** One row per speaker and listener who talked, with the count: no wide header at all. */
Table talkPairsTable(const RunSummary &summary);
Chart actionsPerStepChart(const RunSummary &summary);
Chart tokensPerStepChart(const RunSummary &summary);
/** The caveats a reader must see: simulated people; the offline engine when it ran. */
QStringList runCaveats(const RunSummary &summary);
/** The run's events as a transcript; outside voices once per step and text. */
Transcript runTranscript(const RunSummary &summary, const RunEvents &events);
/** A quote of an event with where it is in the transcript ("step 3, event 41"). */
Quote quoteOf(const RunEvent &event);
/** "AO" for "Amara Okafor"; a single word is kept whole. */
QString initialsOf(const QString &name);
/** The listeners of the talk matrix: the agents, then anyone else who was talked to. */
QStringList talkListeners(const RunSummary &summary);

} // namespace troupe::report
