#include "export.h"

namespace troupe {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::TidyCsv: return QStringLiteral("csv");
    case ExportFormat::WideCsv: return QStringLiteral("wide-csv");
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::Sav: return QStringLiteral("sav");
    }
    return {};
}

QStringList exportFormatNames()
{
    QStringList out;
    for (ExportFormat f : {ExportFormat::TidyCsv, ExportFormat::WideCsv, ExportFormat::Json, ExportFormat::Xlsx, ExportFormat::Sav})
        out.append(exportFormatName(f));
    return out;
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat f : {ExportFormat::TidyCsv, ExportFormat::WideCsv, ExportFormat::Json, ExportFormat::Xlsx, ExportFormat::Sav})
        if (exportFormatName(f) == name)
            return f;
    return std::nullopt;
}

Status exportResults(const ResultTable &table, ExportFormat format, const QString &path)
{
    switch (format) {
    case ExportFormat::TidyCsv: return writeTidyCsv(table, path);
    case ExportFormat::WideCsv: return writeWideCsv(table, path);
    case ExportFormat::Json: return writeResultsJson(table, path);
    case ExportFormat::Xlsx: return writeXlsx(table, path);
    case ExportFormat::Sav: return writeSav(table, path);
    }
    return Status::failure(QStringLiteral("unknown export format"));
}

} // namespace troupe
