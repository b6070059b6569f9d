#pragma once

#include <QColor>
#include <QFont>

namespace troupe::report {

/**
 * Type sizes (points) and colours shared by the PDF, ODT and chart renderers. Body text is
 * 10 pt and tables 9 pt: the range a printed report is read at.
 */
struct ReportStyle
{
    double titleSize = 20;
    double subtitleSize = 12;
    double headingSizes[3] = {15, 12, 10.5};
    double bodySize = 10;
    double tableSize = 9;
    double transcriptSize = 9.5;
    double smallSize = 9;      // notes under tables, metadata, the footer
    double chartTitleSize = 9.5;
    double chartLabelSize = 8; // tick labels inside charts
    QColor text{0x22, 0x22, 0x22};
    QColor muted{0x66, 0x66, 0x66};
    QColor rule{0xbb, 0xbb, 0xbb};
    QColor grid{0xe3, 0xe3, 0xe3};
    QColor headerFill{0xee, 0xf1, 0xf5};
    QColor noteFill{0xfd, 0xf3, 0xdc};
    QColor noteText{0x6b, 0x45, 0x00};
    QColor voice{0x1a, 0x4f, 0x86};
    QColor system{0xa3, 0x3a, 0x00};

    /** The report's font at `points`: DejaVu Sans or Noto Sans where present (they have Cyrillic), else sans. */
    QFont font(double points, bool bold = false, bool italic = false) const;
};

} // namespace troupe::report
