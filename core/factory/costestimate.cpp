#include "costestimate.h"

#include "personrequest.h"

#include <QCoreApplication>
#include <QLocale>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CostEstimate)
};

constexpr int kCompletionTokensPerPerson = 900;

} // namespace

CostEstimate estimatePeopleCost(const PopulationInput &input, const SamplingPlan &plan, const QString &model,
                                const llm::PriceTable &prices, bool languageModel)
{
    CostEstimate e;
    e.people = plan.size();
    e.model = model;
    e.languageModel = languageModel;
    // Sample prompts differ only in their attributes: measure a few and scale.
    const int probe = std::min(plan.size(), 8);
    qint64 chars = 0;
    for (int i = 0; i < probe; ++i)
        for (const auto &m : personRequest(input, plan, i, model, 1.0).messages)
            chars += m.content.size();
    const double perPerson = probe > 0 ? double(chars) / probe / 4.0 : 0;
    const double repairs = 1.1; // one person in ten needs a second round
    e.promptTokens = qint64(perPerson * plan.size() * repairs);
    e.completionTokens = qint64(double(kCompletionTokensPerPerson) * plan.size() * repairs);
    if (!languageModel) {
        e.dollars = 0;
        return e;
    }
    llm::Usage usage;
    usage.promptTokens = int(std::min<qint64>(e.promptTokens, INT_MAX));
    usage.completionTokens = int(std::min<qint64>(e.completionTokens, INT_MAX));
    e.dollars = prices.cost(model, usage);
    return e;
}

QString CostEstimate::toText() const
{
    const QLocale c = QLocale::c();
    const QString tokens = Tr::tr("%n people · about %1 prompt + %2 completion tokens", nullptr, people)
                               .arg(c.toString(promptTokens), c.toString(completionTokens));
    if (!languageModel)
        return tokens + Tr::tr(" · no cost (offline engine — not a language model)");
    if (!dollars)
        return tokens + Tr::tr(" · cost unknown: %1 has no [Prices] entry in config.ini").arg(model);
    return tokens + Tr::tr(" · about $%1 on %2").arg(QString::number(*dollars, 'f', 2), model);
}

} // namespace troupe
