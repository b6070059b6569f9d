#pragma once

class QTableWidget;

namespace troupe {

/**
 * Makes a short table exactly as tall as its rows (up to `maxRows`, then it scrolls), so a
 * page of tables scrolls as one instead of each table in its own small window.
 */
void fitTableHeight(QTableWidget *table, int maxRows = 30);

} // namespace troupe
