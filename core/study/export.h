#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace troupe {

class ResultTable;

/** The data exports of a study's results (README, "Export columns"). */
enum class ExportFormat { TidyCsv, WideCsv, Json, Xlsx, Sav };

/** "csv", "wide-csv", "json", "xlsx", "sav": the names the CLI takes. */
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();

/**
 * Writes `table` to `path` in `format`. The file appears complete or not at all (written
 * beside it, then renamed). Safe to call off the window's thread: it touches only the
 * table and the file.
 */
Status exportResults(const ResultTable &table, ExportFormat format, const QString &path);

// One writer per format; exportResults() picks one.
Status writeTidyCsv(const ResultTable &table, const QString &path);
Status writeWideCsv(const ResultTable &table, const QString &path);
Status writeResultsJson(const ResultTable &table, const QString &path);
Status writeXlsx(const ResultTable &table, const QString &path);
Status writeSav(const ResultTable &table, const QString &path);

/** The text a not-asked cell carries as its missing reason in exports. */
inline constexpr const char *kNotAskedReason = "not asked";

} // namespace troupe
