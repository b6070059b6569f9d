#include "reportstyle.h"

#include <QFontDatabase>

namespace troupe::report {

namespace {

/** The first of the preferred families this machine has (they cover Latin and Cyrillic). */
QString bodyFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const char *name : {"DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"})
            if (installed.contains(QLatin1String(name)))
                return QString::fromLatin1(name);
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

} // namespace

QFont ReportStyle::font(double points, bool bold, bool italic) const
{
    // A concrete family rather than a list: the ODF writer records only the family name.
    QFont f(bodyFamily());
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // Layout in printer units must not be snapped to screen pixels.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace troupe::report
