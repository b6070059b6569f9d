#pragma once

#include <QLocale>
#include <QPageLayout>

namespace troupe::report {

/** Letter in the territories that use it (the US, Canada, Mexico, ...), A4 everywhere else. */
QPageSize::PageSizeId paperFor(const QLocale &locale);
/** The page of a printed report: portrait, 20 mm margins at the sides, 18 mm top, 20 mm bottom (footer inside). */
QPageLayout reportPageLayout(QPageSize::PageSizeId paper);

} // namespace troupe::report
