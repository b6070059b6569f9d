#include "empirical.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Empirical)
};

constexpr double kInf = std::numeric_limits<double>::infinity();

QString textKey(const QString &text) { return text.simplified().toCaseFolded(); }

std::optional<double> parseNumber(const QString &text)
{
    static const QLocale c = [] {
        QLocale l = QLocale::c();
        l.setNumberOptions(QLocale::RejectGroupSeparator);
        return l;
    }();
    bool ok = false;
    const double v = c.toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool whole(double v) { return std::floor(v) == v; }

// The value of an attribute, looked up exactly and then case-insensitively.
const QString *attributeValue(const Observation &o, const QString &key)
{
    if (const auto it = o.attributes.find(key); it != o.attributes.end())
        return &it->second;
    for (const auto &[k, v] : o.attributes) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

QString quoted(const QString &text) { return u'"' + text + u'"'; }

} // namespace

// ---- Matching -------------------------------------------------------------------------

Result<AttributeMatch> parseAttributeMatch(const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    const QString real = eq < 0 ? QString() : spec.left(eq).trimmed();
    const QString sim = eq < 0 ? QString() : spec.mid(eq + 1).trimmed();
    if (real.isEmpty() || sim.isEmpty())
        return Result<AttributeMatch>::failure(
            Tr::tr("%1: expected \"Real Column=simulated_attribute\", such as \"Age Range=age\"").arg(quoted(spec)));
    return AttributeMatch{real, sim};
}

AttributeBucket AttributeBucket::parse(const QString &realValue)
{
    AttributeBucket b;
    b.m_label = realValue.trimmed();
    b.m_key = textKey(realValue);
    QString t = b.m_key;
    t.replace(QChar(0x2013), u'-').replace(QChar(0x2014), u'-').replace(QChar(0x2212), u'-');
    t.replace(QChar(0x2264), QStringLiteral("<=")).replace(QChar(0x2265), QStringLiteral(">="));
    static const QRegularExpression suffix(QStringLiteral(R"(\s*(years old|years|year|yrs|y\.o\.)$)"));
    t.remove(suffix);
    t = t.trimmed();

    static const QString num = QStringLiteral(R"((\d+(?:\.\d+)?))");
    static const QRegularExpression range(u'^' + num + QStringLiteral(R"(\s*(?:-|to)\s*)") + num + u'$');
    static const QRegularExpression atLeast(u'^' + num + QStringLiteral(R"(\s*\+$|^)") + num
                                            + QStringLiteral(R"(\s+(?:and|or)\s+(?:over|older|above|more)$|^>=\s*)") + num + u'$');
    static const QRegularExpression above(QStringLiteral(R"(^(?:over|above|older than|more than)\s+)") + num
                                          + QStringLiteral(R"($|^>\s*)") + num + u'$');
    static const QRegularExpression below(QStringLiteral(R"(^(?:under|below|younger than|less than)\s+)") + num
                                          + QStringLiteral(R"($|^<\s*)") + num + u'$');
    static const QRegularExpression atMost(u'^' + num + QStringLiteral(R"(\s+(?:or|and)\s+(?:under|younger|below|less)$|^<=\s*)")
                                           + num + u'$');
    static const QRegularExpression single(u'^' + num + u'$');

    // The first group that matched, as a number.
    auto captured = [](const QRegularExpressionMatch &m) {
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            if (m.hasCaptured(i))
                return m.captured(i).toDouble();
        }
        return 0.0;
    };
    QRegularExpressionMatch m;
    if ((m = range.match(t)).hasMatch()) {
        const double lo = m.captured(1).toDouble();
        const double hi = m.captured(2).toDouble();
        b.m_numeric = lo <= hi;
        b.m_lo = lo;
        // "25-34" of whole numbers covers everything below 35 (an age of 34.5 is in it).
        b.m_hi = whole(lo) && whole(hi) ? hi + 1 : hi;
        b.m_hiClosed = !(whole(lo) && whole(hi));
    } else if ((m = atLeast.match(t)).hasMatch()) {
        b.m_numeric = true;
        b.m_lo = captured(m);
        b.m_hi = kInf;
    } else if ((m = above.match(t)).hasMatch()) {
        b.m_numeric = true;
        b.m_lo = captured(m);
        b.m_loOpen = true;
        b.m_hi = kInf;
    } else if ((m = below.match(t)).hasMatch()) {
        b.m_numeric = true;
        b.m_lo = -kInf;
        b.m_hi = captured(m);
    } else if ((m = atMost.match(t)).hasMatch()) {
        b.m_numeric = true;
        b.m_lo = -kInf;
        const double v = captured(m);
        b.m_hi = whole(v) ? v + 1 : v; // "17 or younger": below 18
        b.m_hiClosed = !whole(v);
    } else if ((m = single.match(t)).hasMatch()) {
        b.m_numeric = true;
        b.m_lo = b.m_hi = m.captured(1).toDouble();
        b.m_hiClosed = true;
    }
    return b;
}

bool AttributeBucket::matches(const QString &simValue) const
{
    if (!m_numeric)
        return textKey(simValue) == m_key;
    const auto v = parseNumber(simValue);
    if (!v)
        return textKey(simValue) == m_key;
    const bool aboveLo = m_loOpen ? *v > m_lo : *v >= m_lo;
    const bool belowHi = m_hiClosed ? *v <= m_hi : *v < m_hi;
    return aboveLo && belowHi;
}

// ---- Comparisons ----------------------------------------------------------------------

const stats::TestResult *EmpiricalComparison::test(const QString &name) const
{
    for (const auto &t : tests) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

nlohmann::ordered_json EmpiricalComparison::toJson() const
{
    nlohmann::ordered_json j;
    if (!column.isEmpty()) {
        j["column"] = column.toStdString();
        j["value"] = value.toStdString();
        j["attribute"] = attribute.toStdString();
    }
    j["n_sim"] = nSim;
    j["n_real"] = nReal;
    j["tests"] = nlohmann::ordered_json::array();
    for (const auto &t : tests)
        j["tests"].push_back(t.toJson());
    j["mean_difference"] = meanDifference ? meanDifference->toJson() : nlohmann::ordered_json(nullptr);
    j["skipped"] = nlohmann::ordered_json::array();
    for (const QString &s : skipped)
        j["skipped"].push_back(s.toStdString());
    return j;
}

nlohmann::ordered_json EmpiricalReport::toJson() const
{
    nlohmann::ordered_json j;
    j["question"] = question.toStdString();
    j["scale"] = scale == Scale::Numeric ? "numeric" : "categorical";
    const nlohmann::ordered_json top = overall.toJson();
    for (auto it = top.begin(); it != top.end(); ++it)
        j[it.key()] = it.value();
    j["subgroups"] = nlohmann::ordered_json::array();
    for (const auto &s : subgroups)
        j["subgroups"].push_back(s.toJson());
    j["unmatched"] = nlohmann::ordered_json::object();
    for (const auto &[match, count] : unmatched)
        j["unmatched"][match.toStdString()] = count;
    return j;
}

EmpiricalComparison compareNumeric(std::span<const double> simulated, std::span<const double> real,
                                   const EmpiricalOptions &options)
{
    EmpiricalComparison c;
    c.nSim = int(simulated.size());
    c.nReal = int(real.size());
    auto note = [&](const char *name, const QString &why) { c.skipped << QLatin1String(name) + QStringLiteral(": ") + why; };
    if (simulated.empty() || real.empty()) {
        const QString why = simulated.empty() ? Tr::tr("no simulated answers") : Tr::tr("no real answers");
        for (const char *name : {stats::names::kKs2Samp, stats::names::kChiSquare, stats::names::kWasserstein, "mean_difference"})
            note(name, why);
        return c;
    }
    if (auto ks = stats::ks2Samp(simulated, real))
        c.tests.push_back(ks.value());
    else
        note(stats::names::kKs2Samp, ks.error());

    // A small scale of whole numbers (1-5, 0-10) is also a set of categories.
    std::set<double> values;
    bool allWhole = true;
    for (std::span<const double> s : {simulated, real}) {
        for (double v : s) {
            allWhole = allWhole && whole(v);
            values.insert(v);
        }
    }
    if (allWhole && int(values.size()) <= options.maxCategoriesForChiSquare) {
        std::vector<double> observed;
        std::vector<double> expected;
        QString unseen;
        for (double v : values) {
            observed.push_back(double(std::count(simulated.begin(), simulated.end(), v)));
            expected.push_back(double(std::count(real.begin(), real.end(), v)));
            if (expected.back() == 0 && observed.back() > 0 && unseen.isEmpty())
                unseen = QString::number(v);
        }
        if (!unseen.isEmpty()) {
            note(stats::names::kChiSquare, Tr::tr("simulated answers include %1, which no real respondent gave").arg(unseen));
        } else if (auto chi = stats::chiSquareGoodnessOfFit(observed, expected)) {
            c.tests.push_back(chi.value());
        } else {
            note(stats::names::kChiSquare, chi.error());
        }
    } else {
        note(stats::names::kChiSquare, Tr::tr("the values are not a small set of whole numbers"));
    }

    if (auto w = stats::wasserstein(simulated, real))
        c.tests.push_back(w.value());
    else
        note(stats::names::kWasserstein, w.error());
    if (auto d = stats::meanDifference(simulated, real, options.level))
        c.meanDifference = d.value();
    else
        note("mean_difference", d.error());
    return c;
}

EmpiricalComparison compareCategorical(const QStringList &simulated, const QStringList &real)
{
    EmpiricalComparison c;
    c.nSim = int(simulated.size());
    c.nReal = int(real.size());
    if (simulated.isEmpty() || real.isEmpty()) {
        c.skipped << QLatin1String(stats::names::kChiSquare) + QStringLiteral(": ")
                + (simulated.isEmpty() ? Tr::tr("no simulated answers") : Tr::tr("no real answers"));
        return c;
    }
    // Categories in the real data's order of first appearance, then any only simulated.
    QStringList labels;
    std::map<QString, std::size_t> index;
    std::vector<double> observed;
    std::vector<double> expected;
    auto slot = [&](const QString &value) {
        const QString key = textKey(value);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, labels.size()).first;
            labels << value.trimmed();
            observed.push_back(0);
            expected.push_back(0);
        }
        return it->second;
    };
    for (const QString &v : real)
        expected[slot(v)] += 1;
    for (const QString &v : simulated)
        observed[slot(v)] += 1;
    for (std::size_t i = 0; i < std::size_t(labels.size()); ++i) {
        if (expected[i] == 0) {
            c.skipped << QLatin1String(stats::names::kChiSquare) + QStringLiteral(": ")
                    + Tr::tr("simulated answers include %1, which no real respondent gave").arg(quoted(labels[qsizetype(i)]));
            return c;
        }
    }
    if (auto chi = stats::chiSquareGoodnessOfFit(observed, expected))
        c.tests.push_back(chi.value());
    else
        c.skipped << QLatin1String(stats::names::kChiSquare) + QStringLiteral(": ") + chi.error();
    return c;
}

Result<EmpiricalReport> compareEmpirical(const QString &question, Scale scale, const std::vector<Observation> &simulated,
                                         const std::vector<Observation> &real, const std::vector<AttributeMatch> &matches,
                                         const EmpiricalOptions &options)
{
    using R = Result<EmpiricalReport>;
    auto usable = [&](const Observation &o) {
        return scale == Scale::Numeric ? std::isfinite(o.number) : !o.category.trimmed().isEmpty();
    };
    std::vector<const Observation *> sim;
    std::vector<const Observation *> act;
    for (const auto &o : simulated) {
        if (usable(o))
            sim.push_back(&o);
    }
    for (const auto &o : real) {
        if (usable(o))
            act.push_back(&o);
    }
    if (sim.empty())
        return R::failure(Tr::tr("%1: there are no simulated answers to compare").arg(question));
    if (act.empty())
        return R::failure(Tr::tr("%1: there are no real answers to compare").arg(question));

    auto compare = [&](const std::vector<const Observation *> &s, const std::vector<const Observation *> &r) {
        if (scale == Scale::Numeric) {
            std::vector<double> a, b;
            for (const auto *o : s)
                a.push_back(o->number);
            for (const auto *o : r)
                b.push_back(o->number);
            return compareNumeric(a, b, options);
        }
        QStringList a, b;
        for (const auto *o : s)
            a << o->category;
        for (const auto *o : r)
            b << o->category;
        return compareCategorical(a, b);
    };

    EmpiricalReport report;
    report.question = question;
    report.scale = scale;
    report.overall = compare(sim, act);

    for (const AttributeMatch &match : matches) {
        // The real column's values, each a bucket: numeric ranges by their lower end, then text.
        std::vector<std::pair<QString, AttributeBucket>> buckets;
        std::set<QString> seen;
        bool realHasColumn = false;
        for (const auto *o : act) {
            const QString *v = attributeValue(*o, match.realColumn);
            realHasColumn = realHasColumn || v;
            if (!v || v->trimmed().isEmpty() || !seen.insert(textKey(*v)).second)
                continue;
            buckets.emplace_back(textKey(*v), AttributeBucket::parse(*v));
        }
        if (!realHasColumn)
            return R::failure(Tr::tr("the real answers have no attribute %1").arg(quoted(match.realColumn)));
        bool simHasAttribute = false;
        for (const auto *o : sim)
            simHasAttribute = simHasAttribute || attributeValue(*o, match.simAttribute);
        if (!simHasAttribute)
            return R::failure(Tr::tr("no simulated respondent has the attribute %1").arg(quoted(match.simAttribute)));
        std::stable_sort(buckets.begin(), buckets.end(), [](const auto &a, const auto &b) {
            if (a.second.isNumeric() != b.second.isNumeric())
                return a.second.isNumeric();
            return a.second.isNumeric() && a.second.lower() < b.second.lower();
        });

        std::vector<bool> matchedAny(sim.size(), false);
        for (const auto &[key, bucket] : buckets) {
            std::vector<const Observation *> s, r;
            for (const auto *o : act) {
                if (const QString *v = attributeValue(*o, match.realColumn); v && textKey(*v) == key)
                    r.push_back(o);
            }
            for (std::size_t i = 0; i < sim.size(); ++i) {
                if (const QString *v = attributeValue(*sim[i], match.simAttribute); v && bucket.matches(*v)) {
                    s.push_back(sim[i]);
                    matchedAny[i] = true;
                }
            }
            EmpiricalComparison c = compare(s, r);
            c.column = match.realColumn;
            c.value = bucket.label();
            c.attribute = match.simAttribute;
            report.subgroups.push_back(std::move(c));
        }
        report.unmatched.emplace_back(match.realColumn + u'=' + match.simAttribute,
                                      int(std::count(matchedAny.begin(), matchedAny.end(), false)));
    }
    return report;
}

} // namespace troupe
