#pragma once

#include "dimension.h"

namespace troupe {

/**
 * The value of a numeric dimension at quantile `u` (0 ≤ u < 1) of its distribution cut to
 * [min, max]: the inverse CDF over [F(min), F(max)], so clipping never piles values on the
 * bounds. Missing parameters default to the middle of the range (mean, mode) and a sixth
 * of its width (sd). Whole numbers are rounded. The normal CDF and quantile come from the
 * statistics library (Boost.Math, behind analysis/distributions.cpp).
 */
double numericQuantile(const Dimension &dimension, double u);

} // namespace troupe
