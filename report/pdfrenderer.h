#pragma once

#include "analysis/reportdocument.h"
#include "renderoptions.h"
#include "util/result.h"

namespace troupe::report {

/**
 * Writes `report` as a PDF: A4 or Letter (options.paper, else by the locale's territory),
 * 20 mm margins, body type 9–11 pt, real tables that continue over pages with their header
 * row repeated, charts as vectors, headings kept with what follows, and "page i of n" in
 * the footer. Safe to call off the GUI thread; written atomically.
 */
Status writePdf(const ReportDocument &report, const QString &path, const RenderOptions &options = {});

} // namespace troupe::report
