#pragma once

#include <QString>

namespace troupe {

/** A test's name as people read it: "welch_t" → "Welch's t"; an unknown name as it is. */
QString readableTestName(const QString &name);
/** An effect size's name as people read it: "cohens_d" → "Cohen's d"; an unknown name as it is. */
QString readableEffectName(const QString &name);
/** A figure of a test as the CLI prints it: fixed decimals, "–" when not finite. */
QString figureText(double value, int decimals);
/** A p-value with four decimals, "< 0.0001" below that, "–" when there is none. */
QString pValueText(double p);

} // namespace troupe
