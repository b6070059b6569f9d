#pragma once

#include "analysis/statistics.h"

#include <QString>

#include <map>

namespace troupe {

/**
 * One respondent's answer to one question, real or simulated, with the attributes it can be
 * grouped by: a real survey's columns ("Age Range" → "25-34") or a persona's fields
 * ("age" → "30"). A numeric question uses `number`, a categorical one `category`.
 */
struct Observation
{
    double number = stats::kNaN;
    QString category;
    std::map<QString, QString> attributes;
};

} // namespace troupe
