#include "reportwriter.h"

#include "htmlrenderer.h"
#include "markdownrenderer.h"
#include "odtrenderer.h"
#include "pdfrenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace troupe::report {

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (n == QLatin1String("odt"))
        return ReportFormat::Odt;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ReportFormat::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    return std::nullopt;
}

QString reportSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral(".pdf");
    case ReportFormat::Odt:
        return QStringLiteral(".odt");
    case ReportFormat::Html:
        return QStringLiteral(".html");
    case ReportFormat::Markdown:
        break;
    }
    return QStringLiteral(".md");
}

Status writeReport(const ReportDocument &report, const QString &path, ReportFormat format, const RenderOptions &options)
{
    switch (format) {
    case ReportFormat::Pdf:
        return writePdf(report, path, options);
    case ReportFormat::Odt:
        return writeOdt(report, path, options);
    case ReportFormat::Html:
        return writeHtml(report, path, options);
    case ReportFormat::Markdown:
        break;
    }
    return writeMarkdown(report, path, options);
}

QFuture<Status> writeReportAsync(ReportDocument report, QString path, ReportFormat format, RenderOptions options)
{
    // The font family is looked up once, here on the caller's thread, not first on the pool's.
    (void)options.style.font(options.style.bodySize);
    return QtConcurrent::run([report = std::move(report), path = std::move(path), format, options = std::move(options)] {
        return writeReport(report, path, format, options);
    });
}

} // namespace troupe::report
