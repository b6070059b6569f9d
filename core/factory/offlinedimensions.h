#pragma once

#include "dimension.h"
#include "populationinput.h"

namespace troupe {

/**
 * Dimensions read from a description's own figures, without a model (the offline engine's
 * answer to the dimensions call). Every group of two or more percentages that adds up to
 * about 100 % becomes a categorical dimension with those percentages as weights ("Other"
 * takes a missing 5–20 %); cumulative figures ("High school or higher 90 %, Bachelor's or
 * higher 35 %") become exclusive bands; groups of occupations with employment counts are
 * weighted by them; a stated country is a dimension of one value. Groups that overlap
 * (interests adding up to 300 %) are left to the people's prompts. A free-text context,
 * which states no figures, gets age and gender only, marked as assumed. Extra dimensions
 * in text ("name: a, b, c" or "from a to b") get equal weights.
 */
Dimensions offlineDimensions(const PopulationInput &input);

/** The extra-dimensions text read as dimensions with equal weights; empty when none. */
Dimensions extraDimensions(const QString &text);

/** "18.6%" → 18.6; nothing when the text is not a percentage. */
std::optional<double> percentage(const QString &text);

} // namespace troupe
