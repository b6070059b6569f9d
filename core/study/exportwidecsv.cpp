#include "csvwriter.h"
#include "export.h"
#include "exportlayout.h"

namespace troupe {

Status writeWideCsv(const ResultTable &table, const QString &path)
{
    const std::vector<WideColumn> columns = wideColumns(table);
    CsvWriter csv;
    for (const WideColumn &c : columns)
        csv.field(c.name);
    csv.endRecord();
    for (int row = 0; row < int(table.respondents().size()); ++row) {
        for (const WideColumn &c : columns)
            csv.field(wideCell(table, c, row).text);
        csv.endRecord();
    }
    return saveBytes(path, csv.data());
}

} // namespace troupe
