#include "dimension.h"

#include "util/jsonlocator.h"
#include "util/jsonreader.h"
#include "util/textinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dimension)
};

QString qs(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key) || !j.at(key).is_string())
        return {};
    return QString::fromStdString(j.at(key).get<std::string>());
}

std::optional<double> number(const nlohmann::json &j, const char *key)
{
    if (!j.contains(key) || !j.at(key).is_number())
        return std::nullopt;
    return j.at(key).get<double>();
}

} // namespace

QString Dimension::distributionName(Distribution d)
{
    switch (d) {
    case Distribution::Uniform: return QStringLiteral("uniform");
    case Distribution::Normal: return QStringLiteral("normal");
    case Distribution::LogNormal: return QStringLiteral("lognormal");
    case Distribution::Triangular: return QStringLiteral("triangular");
    }
    return {};
}

std::optional<Dimension::Distribution> Dimension::distributionFromName(const QString &name)
{
    for (Distribution d : {Distribution::Uniform, Distribution::Normal, Distribution::LogNormal, Distribution::Triangular})
        if (distributionName(d) == name.toLower())
            return d;
    return std::nullopt;
}

nlohmann::ordered_json Dimension::toJson() const
{
    nlohmann::ordered_json j;
    j["name"] = name.toStdString();
    j["kind"] = kind == Kind::Categorical ? "categorical" : "numeric";
    if (!description.isEmpty())
        j["description"] = description.toStdString();
    if (kind == Kind::Categorical) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const DimensionValue &v : values)
            list.push_back({{"value", v.value.toStdString()}, {"weight", v.weight}});
        j["values"] = std::move(list);
    } else {
        j["min"] = min;
        j["max"] = max;
        j["distribution"] = distributionName(distribution).toStdString();
        if (mean)
            j["mean"] = *mean;
        if (sd)
            j["sd"] = *sd;
        if (mode)
            j["mode"] = *mode;
        j["integer"] = integer;
    }
    return j;
}

QString Dimension::problem() const
{
    if (name.trimmed().isEmpty())
        return Tr::tr("a dimension needs a name");
    if (kind == Kind::Categorical) {
        if (values.isEmpty())
            return Tr::tr("dimension \"%1\" has no values").arg(name);
        double total = 0;
        QStringList seen;
        for (const DimensionValue &v : values) {
            if (!std::isfinite(v.weight) || v.weight < 0)
                return Tr::tr("dimension \"%1\": value \"%2\" has a negative weight").arg(name, v.value);
            if (v.value.trimmed().isEmpty())
                return Tr::tr("dimension \"%1\" has a value without a name").arg(name);
            if (seen.contains(v.value))
                return Tr::tr("dimension \"%1\" lists \"%2\" twice").arg(name, v.value);
            seen.append(v.value);
            total += v.weight;
        }
        if (!(total > 0))
            return Tr::tr("dimension \"%1\" has no value with a positive weight").arg(name);
        return {};
    }
    if (!std::isfinite(min) || !std::isfinite(max) || min > max)
        return Tr::tr("dimension \"%1\": min %2 is above max %3").arg(name).arg(min).arg(max);
    if ((distribution == Distribution::Normal || distribution == Distribution::LogNormal) && sd && *sd <= 0)
        return Tr::tr("dimension \"%1\": sd must be above 0").arg(name);
    if (distribution == Distribution::LogNormal && min < 0)
        return Tr::tr("dimension \"%1\": a lognormal range cannot go below 0").arg(name);
    return {};
}

double Dimension::share(const QString &value) const
{
    double total = 0, mine = 0;
    for (const DimensionValue &v : values) {
        total += v.weight;
        if (v.value == value)
            mine += v.weight;
    }
    return total > 0 ? mine / total : 0;
}

bool Dimension::isAge() const
{
    return name.contains(QLatin1String("age"), Qt::CaseInsensitive)
        && !name.contains(QLatin1String("language"), Qt::CaseInsensitive)
        && !name.contains(QLatin1String("wage"), Qt::CaseInsensitive)
        && !name.contains(QLatin1String("marriage"), Qt::CaseInsensitive)
        && !name.contains(QLatin1String("usage"), Qt::CaseInsensitive);
}

std::optional<std::pair<int, int>> ageBand(const QString &text)
{
    static const QRegularExpression range(QStringLiteral(R"(^\s*(\d{1,3})\s*(?:-|–|to)\s*(\d{1,3})\s*(?:years)?\s*$)"));
    static const QRegularExpression plus(QStringLiteral(R"(^\s*(\d{1,3})\s*(?:\+|or (?:older|over|more)|and (?:older|over))\s*(?:years)?\s*$)"));
    static const QRegularExpression under(QStringLiteral(R"(^\s*(?:under|below|less than)\s*(\d{1,3})\s*$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (auto m = range.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        if (a <= b)
            return std::pair{a, b};
    }
    if (auto m = plus.match(text); m.hasMatch())
        return std::pair{m.captured(1).toInt(), std::max(100, m.captured(1).toInt() + 10)};
    if (auto m = under.match(text); m.hasMatch() && m.captured(1).toInt() > 0)
        return std::pair{0, m.captured(1).toInt() - 1};
    return std::nullopt;
}

nlohmann::ordered_json dimensionsToJson(const Dimensions &dimensions)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Dimension &d : dimensions)
        list.push_back(d.toJson());
    return list;
}

QByteArray dimensionsToText(const Dimensions &dimensions)
{
    return QByteArray::fromStdString(dimensionsToJson(dimensions).dump(2)) + '\n';
}

namespace {

/** One dimension from JSON known to fit the schema's shape; nullopt with `problem` otherwise. */
std::optional<Dimension> readOne(const nlohmann::json &j, QString *problem, QString *field)
{
    Dimension d;
    d.name = qs(j, "name");
    d.description = qs(j, "description");
    const QString kind = qs(j, "kind");
    if (kind == QLatin1String("numeric")) {
        d.kind = Dimension::Kind::Numeric;
        const auto lo = number(j, "min"), hi = number(j, "max");
        if (!lo || !hi) {
            *field = QLatin1String(lo ? "max" : "min");
            *problem = Tr::tr("numeric dimension \"%1\" needs \"min\" and \"max\"").arg(d.name);
            return std::nullopt;
        }
        d.min = *lo;
        d.max = *hi;
        const QString dist = qs(j, "distribution");
        if (!dist.isEmpty()) {
            const auto parsed = Dimension::distributionFromName(dist);
            if (!parsed) {
                *field = QStringLiteral("distribution");
                *problem = Tr::tr("dimension \"%1\": unknown distribution \"%2\" (uniform, normal, lognormal, triangular)").arg(d.name, dist);
                return std::nullopt;
            }
            d.distribution = *parsed;
        }
        d.mean = number(j, "mean");
        d.sd = number(j, "sd");
        d.mode = number(j, "mode");
        d.integer = j.contains("integer") && j.at("integer").is_boolean() ? j.at("integer").get<bool>() : true;
    } else if (kind == QLatin1String("categorical")) {
        if (j.contains("values") && j.at("values").is_array())
            for (const auto &v : j.at("values")) {
                if (!v.is_object())
                    continue;
                DimensionValue value{qs(v, "value"), number(v, "weight").value_or(0)};
                if (v.contains("value") && v.at("value").is_number())
                    value.value = QString::fromStdString(v.at("value").dump());
                d.values.append(value);
            }
    } else {
        *field = QStringLiteral("kind");
        *problem = Tr::tr("dimension \"%1\": kind must be \"categorical\" or \"numeric\"").arg(d.name);
        return std::nullopt;
    }
    *problem = d.problem();
    if (!problem->isEmpty()) {
        *field = d.kind == Dimension::Kind::Categorical ? QStringLiteral("values") : QStringLiteral("min");
        return std::nullopt;
    }
    return d;
}

} // namespace

Result<Dimensions> dimensionsFromJson(const nlohmann::json &list)
{
    using R = Result<Dimensions>;
    const nlohmann::json *items = &list;
    if (list.is_object() && list.contains("dimensions"))
        items = &list.at("dimensions");
    if (!items->is_array() || items->empty())
        return R::failure(Tr::tr("expected a list of dimensions, found none"));
    Dimensions out;
    QStringList names;
    for (size_t i = 0; i < items->size(); ++i) {
        const auto &j = items->at(i);
        if (!j.is_object())
            return R::failure(Tr::tr("[%1]: a dimension is an object with \"name\" and \"kind\"").arg(i));
        QString problem, field;
        auto d = readOne(j, &problem, &field);
        if (!d)
            return R::failure(QStringLiteral("[%1].%2: %3").arg(i).arg(field, problem));
        if (names.contains(d->name, Qt::CaseInsensitive))
            return R::failure(Tr::tr("[%1].name: dimension \"%2\" appears twice").arg(i).arg(d->name));
        names.append(d->name);
        out.append(*d);
    }
    return out;
}

DimensionsOutcome parseDimensions(QByteArray text, const QString &label)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        // The output of `population plan --json` also works: its "dimensions" are used.
        nlohmann::json doc = nlohmann::json::parse(trimmed.constBegin(), trimmed.constEnd(), nullptr, false);
        if (doc.is_discarded() || !doc.is_object() || !doc.contains("dimensions"))
            return {std::nullopt, {Diagnostic{label, 1, 1, {}, Tr::tr("expected a list of dimensions, or an object with \"dimensions\"")}}};
        text = QByteArray::fromStdString(doc.at("dimensions").dump(2));
    }
    JsonReadOutcome read = readJson(text, label, builtinSchema(QStringLiteral(":/schemas/dimensions.schema.json")));
    if (!read.document)
        return {std::nullopt, read.diagnostics};
    const nlohmann::json doc = nlohmann::json::parse(read.document->dump());
    Dimensions out;
    Diagnostics problems;
    QStringList names;
    for (size_t i = 0; i < doc.size(); ++i) {
        QString problem, field;
        auto d = readOne(doc.at(i), &problem, &field);
        if (d && names.contains(d->name, Qt::CaseInsensitive)) {
            problem = Tr::tr("dimension \"%1\" appears twice").arg(d->name);
            field = QStringLiteral("name");
            d.reset();
        }
        if (!d) {
            const std::vector<std::string> path{std::to_string(i), field.toStdString()};
            const TextPosition pos = positionAt(text, locateJsonValue(text, path));
            problems.append({label, pos.line, pos.column, QStringLiteral("[%1].%2").arg(i).arg(field), problem});
            continue;
        }
        names.append(d->name);
        out.append(*d);
    }
    if (!problems.isEmpty())
        return {std::nullopt, problems};
    if (out.isEmpty())
        return {std::nullopt, {Diagnostic{label, 1, 1, {}, Tr::tr("the list of dimensions is empty")}}};
    return {out, {}};
}

DimensionsOutcome parseDimensionsFile(const QString &path)
{
    Diagnostic problem;
    std::optional<QByteArray> text = readUserTextFile(path, &problem);
    if (!text)
        return {std::nullopt, {problem}};
    return parseDimensions(std::move(*text), path);
}

} // namespace troupe
