#include "tablecsv.h"

#include "study/csvwriter.h"

#include <QTableWidget>

namespace troupe {

QByteArray tableAsCsv(const QTableWidget *table)
{
    CsvWriter csv;
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *h = table->horizontalHeaderItem(c);
        header.append(h ? h->text() : QString());
    }
    csv.record(header);
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *item = table->item(r, c);
            row.append(item ? item->text() : QString());
        }
        csv.record(row);
    }
    return csv.data();
}

} // namespace troupe
