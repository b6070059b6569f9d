#pragma once

#include "analysis/reportdocument.h"
#include "renderoptions.h"
#include "util/result.h"

#include <QHash>

namespace troupe::report {

/** The file name each chart gets next to a Markdown report called `baseName`.md: "<base>-<id>.png". */
QHash<const Chart *, QString> chartFileNames(const ReportDocument &report, const QString &baseName);

/** `report` as Markdown (GitHub tables with alignment), linking charts by chartFileNames(). */
QString reportMarkdown(const ReportDocument &report, const QString &baseName);

/** Writes the .md file and, next to it, each chart as a PNG at options.imageDpi. */
Status writeMarkdown(const ReportDocument &report, const QString &path, const RenderOptions &options = {});

} // namespace troupe::report
