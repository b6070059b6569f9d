#pragma once

#include <QString>

namespace troupe::report {

/**
 * The n-th colour of the report palette ("#rrggbb"): ten hues whose neighbours differ
 * clearly in hue and lightness (Tableau 10), repeating after ten.
 */
QString paletteColour(int index);

} // namespace troupe::report
