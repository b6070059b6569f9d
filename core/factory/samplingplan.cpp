#include "samplingplan.h"

#include "distributions.h"
#include "seededrandom.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SamplingPlan)
};

} // namespace

std::vector<int> SamplingPlan::largestRemainder(const std::vector<double> &weights, int count)
{
    std::vector<int> out(weights.size(), 0);
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (weights.empty() || !(total > 0) || count <= 0)
        return out;
    std::vector<double> remainder(weights.size());
    int given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const double exact = weights[i] / total * count;
        out[i] = int(std::floor(exact + 1e-9));
        remainder[i] = exact - out[i];
        given += out[i];
    }
    std::vector<int> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (std::abs(remainder[a] - remainder[b]) > 1e-9)
            return remainder[a] > remainder[b];
        if (std::abs(weights[a] - weights[b]) > 1e-12)
            return weights[a] > weights[b];
        return a < b;
    });
    for (size_t k = 0; given < count; k = (k + 1) % order.size()) {
        if (weights[order[k]] <= 0)
            continue; // a zero weight never gets a person
        ++out[order[k]];
        ++given;
    }
    return out;
}

Result<SamplingPlan> SamplingPlan::draw(const Dimensions &dimensions, int count, quint64 seed)
{
    using R = Result<SamplingPlan>;
    if (count <= 0)
        return R::failure(Tr::tr("the number of people must be at least 1, not %1").arg(count));
    if (count > kMaxPeople)
        return R::failure(Tr::tr("at most %1 people can be generated at once, not %2").arg(kMaxPeople).arg(count));
    if (dimensions.isEmpty())
        return R::failure(Tr::tr("there are no dimensions to sample"));
    for (const Dimension &d : dimensions)
        if (const QString p = d.problem(); !p.isEmpty())
            return R::failure(p);

    SamplingPlan plan;
    plan.m_dimensions = dimensions;
    plan.m_seed = seed;
    plan.m_samples.resize(size_t(count));
    for (Sample &s : plan.m_samples)
        s.attributes = nlohmann::ordered_json::object();
    for (const Dimension &d : dimensions) {
        // Each dimension has its own stream, so editing one leaves the others' columns as they were.
        SeededRandom random(deriveSeed(seed, d.name.toUtf8()));
        std::vector<int> order(static_cast<size_t>(count));
        std::iota(order.begin(), order.end(), 0);
        random.shuffle(order);
        if (d.kind == Dimension::Kind::Categorical) {
            std::vector<double> weights;
            for (const DimensionValue &v : d.values)
                weights.push_back(v.weight);
            const std::vector<int> counts = largestRemainder(weights, count);
            size_t next = 0;
            for (size_t v = 0; v < counts.size(); ++v)
                for (int k = 0; k < counts[v]; ++k)
                    plan.m_samples[size_t(order[next++])].attributes[d.name.toStdString()] = d.values[int(v)].value.toStdString();
        } else {
            for (int k = 0; k < count; ++k) {
                const double u = (k + random.uniform()) / count;
                const double x = numericQuantile(d, u);
                auto &slot = plan.m_samples[size_t(order[size_t(k)])].attributes[d.name.toStdString()];
                if (d.integer)
                    slot = qint64(x);
                else
                    slot = std::round(x * 100) / 100;
            }
        }
    }
    return plan;
}

QList<Quota> SamplingPlan::quotas() const
{
    QList<Quota> out;
    for (const Dimension &d : m_dimensions) {
        if (d.kind != Dimension::Kind::Categorical)
            continue;
        for (const DimensionValue &v : d.values) {
            Quota q{d.name, v.value, d.share(v.value), d.share(v.value) * size(), 0};
            const std::string key = d.name.toStdString(), value = v.value.toStdString();
            for (const Sample &s : m_samples)
                if (s.attributes.contains(key) && s.attributes.at(key) == value)
                    ++q.count;
            out.append(q);
        }
    }
    return out;
}

nlohmann::ordered_json SamplingPlan::toJson() const
{
    nlohmann::ordered_json samples = nlohmann::ordered_json::array();
    for (const Sample &s : m_samples)
        samples.push_back({{"attributes", s.attributes}});
    return {{"dimensions", dimensionsToJson(m_dimensions)}, {"seed", m_seed}, {"samples", std::move(samples)}};
}

Result<SamplingPlan> SamplingPlan::fromJson(const nlohmann::ordered_json &json)
{
    using R = Result<SamplingPlan>;
    if (!json.is_object() || !json.contains("samples") || !json.at("samples").is_array())
        return R::failure(Tr::tr("a plan is an object with \"dimensions\" and \"samples\""));
    auto dims = dimensionsFromJson(nlohmann::json::parse(json.value("dimensions", nlohmann::ordered_json::array()).dump()));
    if (!dims)
        return R::failure(dims.error());
    SamplingPlan plan;
    plan.m_dimensions = dims.value();
    plan.m_seed = json.contains("seed") && json.at("seed").is_number_unsigned() ? json.at("seed").get<quint64>() : 0;
    for (const auto &s : json.at("samples")) {
        if (!s.is_object() || !s.contains("attributes") || !s.at("attributes").is_object())
            return R::failure(Tr::tr("every sample needs \"attributes\""));
        plan.m_samples.push_back({s.at("attributes")});
    }
    return plan;
}

QString attributeText(const nlohmann::ordered_json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

QString sampleSummary(const Sample &sample)
{
    QStringList parts;
    for (auto it = sample.attributes.begin(); it != sample.attributes.end(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(QString::fromStdString(it.key()), attributeText(it.value())));
    return parts.join(QStringLiteral(", "));
}

} // namespace troupe
