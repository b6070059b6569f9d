#include "populationprofile.h"

#include <QCoreApplication>

#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PopulationProfile)
};

const char *const kTraits[] = {"openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism"};

} // namespace

int bigFiveLevel(const nlohmann::ordered_json &value)
{
    if (value.is_number()) {
        double v = value.get<double>();
        if (v > 1)
            v /= 100;
        return v < 1.0 / 3 ? 0 : v < 2.0 / 3 ? 1 : 2;
    }
    QString text;
    if (value.is_string())
        text = QString::fromStdString(value.get<std::string>());
    else if (value.is_object())
        text = QString::fromStdString(value.value("level", value.value("score", std::string())));
    text = text.trimmed().toLower();
    if (text.startsWith(QLatin1String("very high")) || text.startsWith(QLatin1String("high")))
        return 2;
    if (text.startsWith(QLatin1String("medium")) || text.startsWith(QLatin1String("moderate")) || text.startsWith(QLatin1String("average")))
        return 1;
    if (text.startsWith(QLatin1String("very low")) || text.startsWith(QLatin1String("low")))
        return 0;
    return -1;
}

PopulationProfile profilePopulation(const SamplingPlan &plan, const QList<std::pair<int, PersonaDocument>> &people)
{
    PopulationProfile p;
    p.planned = plan.size();
    p.people = int(people.size());
    for (const auto &[index, doc] : people) {
        const auto &persona = doc.persona();
        if (persona.contains("age") && persona.at("age").is_number())
            p.ages.push_back(int(std::lround(persona.at("age").get<double>())));
        const auto big = persona.value("personality", nlohmann::ordered_json::object()).value("big_five", nlohmann::ordered_json::object());
        for (const char *t : kTraits) {
            auto &counts = p.bigFive[QString::fromLatin1(t)];
            if (big.contains(t))
                if (const int level = bigFiveLevel(big.at(t)); level >= 0)
                    ++counts[size_t(level)];
        }
    }
    for (const Dimension &d : plan.dimensions()) {
        const std::string key = d.name.toStdString();
        if (d.kind == Dimension::Kind::Numeric) {
            double sum = 0;
            int n = 0;
            for (const auto &[index, doc] : people) {
                const auto &attrs = plan.samples().at(size_t(index)).attributes;
                if (d.isAge() && doc.persona().contains("age") && doc.persona().at("age").is_number()) {
                    sum += doc.persona().at("age").get<double>();
                    ++n;
                } else if (attrs.contains(key) && attrs.at(key).is_number()) {
                    sum += attrs.at(key).get<double>();
                    ++n;
                }
            }
            const double requested = d.mean.value_or((d.min + d.max) / 2);
            p.numeric.insert(d.name, {requested, n > 0 ? sum / n : 0});
            continue;
        }
        for (const DimensionValue &v : d.values) {
            ProfileRow row{d.name, v.value, d.share(v.value), 0, 0};
            const auto band = d.isAge() ? ageBand(v.value) : std::nullopt;
            for (const auto &[index, doc] : people) {
                if (band) {
                    const auto &persona = doc.persona();
                    if (persona.contains("age") && persona.at("age").is_number()) {
                        const double age = persona.at("age").get<double>();
                        row.count += age >= band->first && age <= band->second ? 1 : 0;
                    }
                    continue;
                }
                const auto &attrs = plan.samples().at(size_t(index)).attributes;
                if (attrs.contains(key) && attrs.at(key) == v.value.toStdString())
                    ++row.count;
            }
            row.generated = p.people > 0 ? double(row.count) / p.people : 0;
            p.rows.append(row);
        }
    }
    return p;
}

QMap<int, int> PopulationProfile::ageHistogram(int width) const
{
    QMap<int, int> out;
    for (int a : ages)
        ++out[(a / width) * width];
    return out;
}

nlohmann::ordered_json PopulationProfile::toJson() const
{
    nlohmann::ordered_json dims = nlohmann::ordered_json::array();
    QString current;
    for (const ProfileRow &r : rows) {
        if (r.dimension != current) {
            dims.push_back({{"name", r.dimension.toStdString()}, {"values", nlohmann::ordered_json::array()}});
            current = r.dimension;
        }
        dims.back()["values"].push_back({{"value", r.value.toStdString()},
                                         {"requested", std::round(r.requested * 10000) / 10000},
                                         {"generated", std::round(r.generated * 10000) / 10000},
                                         {"count", r.count}});
    }
    nlohmann::ordered_json numbers = nlohmann::ordered_json::object();
    for (auto it = numeric.begin(); it != numeric.end(); ++it)
        numbers[it.key().toStdString()] = {{"requested_mean", it->first}, {"generated_mean", it->second}};
    nlohmann::ordered_json hist = nlohmann::ordered_json::object();
    const auto h = ageHistogram();
    for (auto it = h.begin(); it != h.end(); ++it)
        hist[QStringLiteral("%1-%2").arg(it.key()).arg(it.key() + 9).toStdString()] = it.value();
    nlohmann::ordered_json big = nlohmann::ordered_json::object();
    for (auto it = bigFive.begin(); it != bigFive.end(); ++it)
        big[it.key().toStdString()] = {{"low", it->at(0)}, {"medium", it->at(1)}, {"high", it->at(2)}};
    return {{"planned", planned}, {"people", people}, {"dimensions", dims}, {"numeric", numbers},
            {"age_histogram", hist}, {"big_five", big}};
}

QString PopulationProfile::toText() const
{
    QStringList lines;
    lines << Tr::tr("%1 of %2 people").arg(people).arg(planned);
    lines << QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(Tr::tr("dimension"), -24).arg(Tr::tr("value"), -32).arg(Tr::tr("requested"), 9).arg(Tr::tr("generated"), 9).arg(Tr::tr("people"), 6);
    for (const ProfileRow &r : rows)
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(r.dimension.left(24), -24)
                     .arg(r.value.left(32), -32)
                     .arg(QString::number(r.requested * 100, 'f', 1) + QLatin1Char('%'), 9)
                     .arg(QString::number(r.generated * 100, 'f', 1) + QLatin1Char('%'), 9)
                     .arg(r.count, 6);
    for (auto it = numeric.begin(); it != numeric.end(); ++it)
        lines << Tr::tr("%1: requested mean %2, generated mean %3").arg(it.key()).arg(it->first, 0, 'f', 1).arg(it->second, 0, 'f', 1);
    QStringList hist;
    const auto h = ageHistogram();
    for (auto it = h.begin(); it != h.end(); ++it)
        hist << QStringLiteral("%1-%2: %3").arg(it.key()).arg(it.key() + 9).arg(it.value());
    lines << Tr::tr("Ages: %1").arg(hist.join(QStringLiteral(", ")));
    for (auto it = bigFive.begin(); it != bigFive.end(); ++it)
        lines << Tr::tr("%1: low %2, medium %3, high %4").arg(it.key(), -18).arg(it->at(0)).arg(it->at(1)).arg(it->at(2));
    return lines.join(u'\n');
}

} // namespace troupe
