#pragma once

#include "util/diagnostic.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace troupe {

/** One value of a categorical dimension and its share (any positive scale). */
struct DimensionValue
{
    QString value;
    double weight = 0;
};

/**
 * A sampling dimension of a population: categorical (values with weights) or numeric (a
 * range with a distribution). The JSON shape is the one `troupe population dimensions`
 * prints and `--dimensions FILE` reads.
 */
struct Dimension
{
    enum class Kind { Categorical, Numeric };
    enum class Distribution { Uniform, Normal, LogNormal, Triangular };

    QString name;
    Kind kind = Kind::Categorical;
    QString description;           // where it came from, for people
    QList<DimensionValue> values;  // categorical
    double min = 0, max = 0;       // numeric
    Distribution distribution = Distribution::Uniform;
    std::optional<double> mean, sd, mode;
    bool integer = true;           // numeric values are whole numbers (age, years...)

    nlohmann::ordered_json toJson() const;
    /** The problem with this dimension, empty when it can be sampled. */
    QString problem() const;
    /** A value's weight over the sum of weights (categorical). */
    double share(const QString &value) const;
    bool isAge() const;

    static QString distributionName(Distribution d);
    static std::optional<Distribution> distributionFromName(const QString &name);
};

using Dimensions = QList<Dimension>;

nlohmann::ordered_json dimensionsToJson(const Dimensions &dimensions);
/** The dimensions file as JSON text, pretty, with a trailing newline. */
QByteArray dimensionsToText(const Dimensions &dimensions);

struct DimensionsOutcome
{
    std::optional<Dimensions> dimensions;
    Diagnostics diagnostics; // file:line:column: field: message; empty when dimensions is set
};

/** Reads dimensions JSON (a list, or {"dimensions": [...]}) with every problem located. */
DimensionsOutcome parseDimensions(QByteArray text, const QString &label);
DimensionsOutcome parseDimensionsFile(const QString &path);
/** Dimensions from JSON already parsed (a model reply): the first problem names the dimension. */
Result<Dimensions> dimensionsFromJson(const nlohmann::json &list);

/** "25-34" → {25, 34}; "65+" → {65, 120}; "under 18" → {0, 17}; nothing when not an age band. */
std::optional<std::pair<int, int>> ageBand(const QString &text);

} // namespace troupe
