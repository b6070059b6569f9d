#pragma once

#include "llmtypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace troupe {
class Config;
}

namespace troupe::llm {

/** Dollars per million tokens for one model. */
struct Price
{
    double input = 0;
    double output = 0;
    double cachedInput = -1; // < 0: same as input
};

/**
 * The [Prices] table of config.ini: "model = input, output[, cached input]" in US dollars
 * per million tokens. A dated model name uses the longest listed prefix.
 */
class PriceTable final
{
public:
    static PriceTable fromConfig(const Config &config);
    void set(const QString &model, Price price) { m_prices.insert(model.toLower(), price); }
    std::optional<Price> find(const QString &model) const;
    /** The cost of `usage` on `model`; nothing when the model has no price. */
    std::optional<double> cost(const QString &model, const Usage &usage) const;
    /** Problems found while reading, "Prices/gpt-x: expected ...". */
    const QStringList &problems() const { return m_problems; }

private:
    QHash<QString, Price> m_prices;
    QStringList m_problems;
};

} // namespace troupe::llm
