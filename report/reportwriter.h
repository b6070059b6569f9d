#pragma once

#include "analysis/reportdocument.h"
#include "renderoptions.h"
#include "util/result.h"

#include <QFuture>

#include <optional>

namespace troupe::report {

enum class ReportFormat { Pdf, Odt, Html, Markdown };

/** "pdf", "odt", "html" (or "htm"), "md" (or "markdown"); nothing for anything else. */
std::optional<ReportFormat> reportFormatFromName(const QString &name);
/** ".pdf", ".odt", ".html", ".md". */
QString reportSuffix(ReportFormat format);

/** Writes `report` to `path` in `format`: the one entry point every report uses. */
Status writeReport(const ReportDocument &report, const QString &path, ReportFormat format,
                   const RenderOptions &options = {});

/**
 * writeReport() on a pool thread. The report is copied, so the caller may change its own.
 * Watch the future with a QFutureWatcher owned by a context object (never wait on it on
 * the GUI thread).
 */
QFuture<Status> writeReportAsync(ReportDocument report, QString path, ReportFormat format, RenderOptions options = {});

} // namespace troupe::report
