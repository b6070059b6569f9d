#pragma once

#include "analysis/reportdocument.h"
#include "renderoptions.h"
#include "util/result.h"

namespace troupe::report {

/**
 * Writes `report` as an OpenDocument text (.odt) through QTextDocumentWriter: real tables,
 * type in points, charts as PNG images at options.imageDpi. Safe off the GUI thread.
 */
Status writeOdt(const ReportDocument &report, const QString &path, const RenderOptions &options = {});

} // namespace troupe::report
