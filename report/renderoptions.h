#pragma once

#include "reportstyle.h"

#include <QLocale>
#include <QPageSize>

#include <optional>

namespace troupe::report {

/** How a report is rendered; the defaults suit every format. */
struct RenderOptions
{
    QLocale locale;                               // numbers in charts; the paper when `paper` is unset
    std::optional<QPageSize::PageSizeId> paper;   // PDF: unset means paperFor(locale)
    ReportStyle style;
    int imageDpi = 200;                           // charts as images (ODT, HTML, Markdown)
};

} // namespace troupe::report
