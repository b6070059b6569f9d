#include "tablefit.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableWidget>

#include <algorithm>

namespace troupe {

void fitTableHeight(QTableWidget *table, int maxRows)
{
    const int rows = std::min(table->rowCount(), maxRows);
    int height = table->horizontalHeader()->isHidden() ? 0 : table->horizontalHeader()->sizeHint().height();
    for (int r = 0; r < rows; ++r)
        height += table->verticalHeader()->sectionSize(r);
    if (rows == 0)
        height += table->verticalHeader()->defaultSectionSize();
    // Room for a horizontal scroll bar when the columns are wider than the table.
    height += 2 * table->frameWidth() + table->horizontalScrollBar()->sizeHint().height();
    table->setVerticalScrollBarPolicy(table->rowCount() > maxRows ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(height);
}

} // namespace troupe
