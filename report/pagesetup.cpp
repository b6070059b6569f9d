#include "pagesetup.h"

namespace troupe::report {

QPageSize::PageSizeId paperFor(const QLocale &locale)
{
    // The territories where Letter is the usual paper (as in CLDR's paperSize data).
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Belize:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
    case QLocale::DominicanRepublic:
    case QLocale::UnitedStatesVirginIslands:
    case QLocale::AmericanSamoa:
    case QLocale::Guam:
    case QLocale::NorthernMarianaIslands:
    case QLocale::UnitedStatesOutlyingIslands:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QPageLayout reportPageLayout(QPageSize::PageSizeId paper)
{
    return QPageLayout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(20, 18, 20, 20), QPageLayout::Millimeter);
}

} // namespace troupe::report
