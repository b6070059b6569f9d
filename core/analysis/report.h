#pragma once

#include "runsummary.h"

#include <QByteArray>
#include <QList>

namespace troupe {

/** A chart drawn by the studio, as a PNG, for reports. */
struct ReportChart
{
    QString title;
    QString fileName; // what Markdown reports link to, next to the .md file
    QByteArray png;
};

/**
 * A run report: the summary (steps, actions by type per agent, who talked to whom, tokens,
 * cost, duration, cache hits), the charts and the transcript grouped by step. Outside
 * voices (a moderator's broadcast) appear once, not once per listener.
 */
QString reportMarkdown(const RunSummary &summary, const RunEvents &events, const QList<ReportChart> &charts);
/**
 * The same report as one HTML page: self-contained with the charts as data URIs, or (for
 * renderers that load images by name, such as a PDF writer) linking each chart's fileName.
 */
QString reportHtml(const RunSummary &summary, const RunEvents &events, const QList<ReportChart> &charts,
                   bool embedImages = true);
/** The summary tables alone (figures, actions by type, who talked to whom), as HTML. */
QString summaryHtml(const RunSummary &summary);

} // namespace troupe
