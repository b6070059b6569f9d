#include "pricing.h"

#include "config/config.h"

#include <QCoreApplication>

namespace troupe::llm {

PriceTable PriceTable::fromConfig(const Config &config)
{
    PriceTable t;
    for (const QString &model : config.keys(QStringLiteral("Prices"))) {
        const QVariant v = config.value(QStringLiteral("Prices"), model);
        QStringList parts = v.typeId() == QMetaType::QStringList ? v.toStringList() : v.toString().split(QLatin1Char(','));
        QList<double> numbers;
        bool good = parts.size() >= 2 && parts.size() <= 3;
        for (const QString &p : parts) {
            bool ok = false;
            const double d = p.trimmed().toDouble(&ok);
            good = good && ok && d >= 0;
            numbers.append(d);
        }
        if (!good) {
            t.m_problems.append(QCoreApplication::translate("PriceTable", "%1: [Prices] %2: expected \"input, output[, cached input]\" in dollars per million tokens, got \"%3\"")
                                    .arg(config.sourceFile(), model, parts.join(QStringLiteral(", "))));
            continue;
        }
        t.set(model, {numbers[0], numbers[1], numbers.size() > 2 ? numbers[2] : -1});
    }
    return t;
}

std::optional<Price> PriceTable::find(const QString &model) const
{
    QString key = model.toLower();
    if (auto it = m_prices.constFind(key); it != m_prices.cend())
        return *it;
    // Longest listed prefix: "gpt-4.1-mini-2025-04-14" → "gpt-4.1-mini".
    qsizetype best = 0;
    std::optional<Price> found;
    for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it)
        if (key.startsWith(it.key()) && it.key().size() > best)
            best = it.key().size(), found = *it;
    return found;
}

std::optional<double> PriceTable::cost(const QString &model, const Usage &usage) const
{
    const auto p = find(model);
    if (!p)
        return std::nullopt;
    const double cachedRate = p->cachedInput >= 0 ? p->cachedInput : p->input;
    const int cached = std::min(usage.cachedTokens, usage.promptTokens);
    return ((usage.promptTokens - cached) * p->input + cached * cachedRate + usage.completionTokens * p->output) / 1e6;
}

} // namespace troupe::llm
