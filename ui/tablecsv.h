#pragma once

#include <QByteArray>

class QTableWidget;

namespace troupe {

/** A table as it is shown (header, then every row's cell texts) as RFC 4180 CSV. */
QByteArray tableAsCsv(const QTableWidget *table);

} // namespace troupe
