#include "offlinedimensions.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfflineDimensions)
};

using OJson = nlohmann::ordered_json;

QString qkey(const std::string &k)
{
    return QString::fromStdString(k);
}

std::optional<double> count(const OJson &v)
{
    // "10.5 million", "2,400", "1.2 billion"
    if (!v.is_string())
        return v.is_number() ? std::optional<double>(v.get<double>()) : std::nullopt;
    static const QRegularExpression re(QStringLiteral(R"(^\s*([\d.,]+)\s*(thousand|million|billion)?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromStdString(v.get<std::string>()));
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    double n = QString(m.captured(1)).remove(QLatin1Char(',')).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = m.captured(2).toLower();
    n *= unit == QLatin1String("thousand") ? 1e3 : unit == QLatin1String("million") ? 1e6 : unit == QLatin1String("billion") ? 1e9 : 1;
    return n;
}

QString cleanName(const QString &key, const QString &parent)
{
    static const QStringList generic = {QStringLiteral("Distribution"), QStringLiteral("Breakdown"), QStringLiteral("Shares")};
    QString name = key.trimmed();
    if (generic.contains(name, Qt::CaseInsensitive) && !parent.isEmpty())
        name = parent;
    for (const char *suffix : {" Distribution", " distribution", " Composition", " Breakdown"})
        if (name.endsWith(QLatin1String(suffix)) && name.size() > int(qstrlen(suffix)))
            name.chop(int(qstrlen(suffix)));
    return name;
}

bool cumulative(const QString &key)
{
    static const QRegularExpression re(QStringLiteral(R"(\b(or|and) (higher|above|more|over)\s*$)"), QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

QString withoutCumulative(QString key)
{
    static const QRegularExpression re(QStringLiteral(R"(\s*\b(or|and) (higher|above|more|over)\s*$)"), QRegularExpression::CaseInsensitiveOption);
    return key.remove(re).trimmed();
}

void uniqueName(Dimension &d, const Dimensions &so_far, const QString &parent)
{
    auto taken = [&](const QString &n) {
        return std::any_of(so_far.begin(), so_far.end(), [&](const Dimension &o) { return o.name.compare(n, Qt::CaseInsensitive) == 0; });
    };
    if (taken(d.name) && !parent.isEmpty())
        d.name = parent + QStringLiteral(": ") + d.name;
    for (int k = 2; taken(d.name); ++k)
        d.name = d.name.section(QStringLiteral(" #"), 0, 0) + QStringLiteral(" #%1").arg(k);
}

void walk(const OJson &node, const QString &key, const QString &parent, const QString &path, Dimensions &out, bool besideSource = false)
{
    if (!node.is_object())
        return;
    const bool hasSource = node.contains("Source") || node.contains("source");
    // Percentages among this object's own entries.
    QList<DimensionValue> shares;
    bool allCumulative = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!it.value().is_string())
            continue;
        if (const auto p = percentage(QString::fromStdString(it.value().get<std::string>()))) {
            shares.append({qkey(it.key()), *p});
            allCumulative = allCumulative && cumulative(qkey(it.key()));
        }
    }
    // Figures one level inside a sourced opinion item are shares of subgroups ("78% of
    // Democrats, 21% of Republicans"), not a split of the population.
    if (shares.size() >= 2 && !key.isEmpty() && !besideSource) {
        Dimension d;
        d.name = cleanName(key, parent);
        d.description = Tr::tr("from %1 (percentages as stated)").arg(path);
        double total = 0;
        for (const auto &s : shares)
            total += s.weight;
        if (allCumulative) {
            // "X or higher" figures nest: turn them into exclusive bands.
            std::stable_sort(shares.begin(), shares.end(), [](const auto &a, const auto &b) { return a.weight > b.weight; });
            if (shares.first().weight < 100)
                d.values.append({Tr::tr("Below %1").arg(withoutCumulative(shares.first().value)), 100 - shares.first().weight});
            for (int i = 0; i < shares.size(); ++i) {
                const double next = i + 1 < shares.size() ? shares[i + 1].weight : 0;
                const QString label = i + 1 < shares.size() ? withoutCumulative(shares[i].value) : shares[i].value;
                if (shares[i].weight - next > 0)
                    d.values.append({label, shares[i].weight - next});
            }
            d.description = Tr::tr("from %1 (cumulative percentages turned into bands)").arg(path);
        } else if (total >= 94.5 && total <= 105.5) {
            d.values = shares;
        } else if (total >= 80 && total < 94.5) {
            d.values = shares;
            d.values.append({Tr::tr("Other"), 100 - total});
            d.description = Tr::tr("from %1 (percentages as stated; \"Other\" is the missing %2 %)").arg(path).arg(100 - total, 0, 'f', 1);
        }
        if (!d.values.isEmpty() && d.problem().isEmpty()) {
            uniqueName(d, out, parent);
            out.append(d);
        }
    }
    // Groups weighted by counts: {"Management": {"Employment": "10.5 million", ...}, ...}
    QList<DimensionValue> counted;
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!it.value().is_object())
            continue;
        for (auto f = it.value().begin(); f != it.value().end(); ++f) {
            const QString field = qkey(f.key());
            if (field.contains(QLatin1String("Employment"), Qt::CaseInsensitive) || field.compare(QLatin1String("Population"), Qt::CaseInsensitive) == 0
                || field.compare(QLatin1String("Count"), Qt::CaseInsensitive) == 0) {
                if (const auto n = count(f.value()); n && *n > 0)
                    counted.append({qkey(it.key()), *n});
                break;
            }
        }
    }
    if (counted.size() >= 2 && !key.isEmpty()) {
        Dimension d;
        d.name = cleanName(key, parent);
        d.values = counted;
        d.description = Tr::tr("from %1 (weighted by the counts stated)").arg(path);
        uniqueName(d, out, parent);
        out.append(d);
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString k = qkey(it.key());
        if ((k == QLatin1String("Country") || k == QLatin1String("Nationality")) && it.value().is_string()) {
            Dimension d;
            d.name = QStringLiteral("Country");
            d.values.append({QString::fromStdString(it.value().get<std::string>()), 100});
            d.description = Tr::tr("from %1.%2").arg(path, k);
            if (std::none_of(out.begin(), out.end(), [](const Dimension &o) { return o.name == QLatin1String("Country"); }))
                out.append(d);
        }
        if (it.value().is_object())
            walk(it.value(), k, key, path.isEmpty() ? k : path + QLatin1Char('.') + k, out, hasSource);
    }
}

} // namespace

std::optional<double> percentage(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*%\s*$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

Dimensions extraDimensions(const QString &text)
{
    Dimensions out;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("[\n;]")), Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        Dimension d;
        d.name = line.left(colon).trimmed();
        d.name[0] = d.name[0].toUpper();
        d.description = QObject::tr("extra dimension: %1").arg(line);
        QString rest = line.mid(colon + 1);
        rest.replace(QRegularExpression(QStringLiteral(R"(\bfrom\b)"), QRegularExpression::CaseInsensitiveOption), QStringLiteral(","));
        rest.replace(QRegularExpression(QStringLiteral(R"(\b(to|or|and)\b)"), QRegularExpression::CaseInsensitiveOption), QStringLiteral(","));
        rest.remove(QRegularExpression(QStringLiteral(R"(\.{2,}|…|\betc\b\.?)")));
        QStringList seen;
        for (const QString &part : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString v = part.trimmed().remove(QRegularExpression(QStringLiteral(R"([.]$)")));
            if (v.isEmpty() || seen.contains(v, Qt::CaseInsensitive))
                continue;
            seen.append(v);
            d.values.append({v, 1});
        }
        if (d.values.size() >= 2)
            out.append(d);
    }
    return out;
}

Dimensions offlineDimensions(const PopulationInput &input)
{
    Dimensions out;
    if (input.description)
        walk(input.description->document().value("content", OJson::object()), {}, {}, QStringLiteral("content"), out);
    const bool hasAge = std::any_of(out.begin(), out.end(), [](const Dimension &d) { return d.isAge(); });
    const bool hasGender = std::any_of(out.begin(), out.end(), [](const Dimension &d) {
        return d.name.contains(QLatin1String("gender"), Qt::CaseInsensitive) || d.name.contains(QLatin1String("sex"), Qt::CaseInsensitive);
    });
    if (!hasAge) {
        Dimension age;
        age.name = QStringLiteral("Age");
        age.kind = Dimension::Kind::Numeric;
        age.min = 18;
        age.max = 80;
        age.distribution = Dimension::Distribution::Normal;
        age.mean = 42;
        age.sd = 15;
        age.description = Tr::tr("assumed: the input states no age figures");
        out.prepend(age);
    }
    if (!hasGender) {
        Dimension gender;
        gender.name = QStringLiteral("Gender");
        gender.values = {{QStringLiteral("Female"), 50}, {QStringLiteral("Male"), 50}};
        gender.description = Tr::tr("assumed: the input states no gender figures");
        out.insert(1, gender);
    }
    for (Dimension &d : extraDimensions(input.extra)) {
        uniqueName(d, out, {});
        out.append(d);
    }
    return out;
}

} // namespace troupe
