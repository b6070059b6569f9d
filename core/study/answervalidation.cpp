#include "answer.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Answer)
};

using Json = nlohmann::json;
using R = Result<Json>;

QString qs(const Json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

/** What the respondent gave, for messages: `text "4"`, `the number 4.5`, `a list`. */
QString found(const Json &v)
{
    auto shorten = [](QString s) { return s.size() > 60 ? s.left(57) + QStringLiteral("...") : s; };
    switch (v.type()) {
    case Json::value_t::string: return Tr::tr("text \"%1\"").arg(shorten(qs(v)));
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return Tr::tr("the number %1").arg(QString::fromStdString(v.dump()));
    case Json::value_t::boolean: return v.get<bool>() ? Tr::tr("true") : Tr::tr("false");
    case Json::value_t::array: return Tr::tr("a list");
    case Json::value_t::object: return Tr::tr("an object");
    default: return Tr::tr("null");
    }
}

bool isWhole(const Json &v)
{
    if (v.is_number_integer() || v.is_number_unsigned())
        return true;
    return v.is_number_float() && std::isfinite(v.get<double>()) && std::floor(v.get<double>()) == v.get<double>();
}

QString fmt(double d)
{
    return QString::fromStdString(Json(jsonNumber(d)).dump());
}

R likert(const Question &q, const Json &v)
{
    const QString range = Tr::tr("a whole number from %1 to %2").arg(q.scaleMin).arg(q.scaleMax);
    if (!isWhole(v))
        return R::failure(Tr::tr("expected %1, found %2").arg(range, found(v)));
    const double d = v.get<double>();
    if (d < q.scaleMin || d > q.scaleMax)
        return R::failure(Tr::tr("%1 is outside the scale: expected %2").arg(fmt(d), range));
    return Json(qint64(d));
}

R numeric(const Question &q, const Json &v)
{
    if (!v.is_number() || (q.integer && !isWhole(v)))
        return R::failure(Tr::tr("expected %1, found %2").arg(q.integer ? Tr::tr("a whole number") : Tr::tr("a number"), found(v)));
    const double d = v.get<double>();
    if (q.minimum && d < *q.minimum)
        return R::failure(Tr::tr("%1 is below the minimum of %2").arg(fmt(d), fmt(*q.minimum)));
    if (q.maximum && d > *q.maximum)
        return R::failure(Tr::tr("%1 is above the maximum of %2").arg(fmt(d), fmt(*q.maximum)));
    return Json(jsonNumber(d));
}

/** Index of the option with exactly this text, or -1. */
int optionIndex(const Question &q, const Json &v)
{
    return v.is_string() ? int(q.options.indexOf(qs(v))) : -1;
}

QString optionList(const Question &q)
{
    QStringList quoted;
    for (const QString &o : q.options)
        quoted.append(u'"' + o + u'"');
    return quoted.join(QStringLiteral(", "));
}

R choice(const Question &q, const Json &v)
{
    if (!v.is_string())
        return R::failure(Tr::tr("expected one of the options as text, found %1").arg(found(v)));
    if (optionIndex(q, v) < 0)
        return R::failure(Tr::tr("\"%1\" is not one of the options (%2); options must be written exactly").arg(qs(v), optionList(q)));
    return v;
}

/** The options of a list value, checked one by one; the indices in the order given. */
Result<QList<int>> optionsOf(const Question &q, const Json &v)
{
    using L = Result<QList<int>>;
    if (!v.is_array())
        return L::failure(Tr::tr("expected a list of options, found %1").arg(found(v)));
    QList<int> picked;
    for (size_t i = 0; i < v.size(); ++i) {
        const int k = optionIndex(q, v[i]);
        if (!v[i].is_string())
            return L::failure(Tr::tr("item %1: expected an option as text, found %2").arg(i + 1).arg(found(v[i])));
        if (k < 0)
            return L::failure(Tr::tr("item %1: \"%2\" is not one of the options (%3); options must be written exactly")
                                  .arg(i + 1).arg(qs(v[i]), optionList(q)));
        if (picked.contains(k))
            return L::failure(Tr::tr("item %1: \"%2\" is given twice").arg(i + 1).arg(qs(v[i])));
        picked.append(k);
    }
    return picked;
}

R multi(const Question &q, const Json &v)
{
    auto picked = optionsOf(q, v);
    if (!picked)
        return R::failure(picked.error());
    const int n = int(picked.value().size());
    if (n < q.minCount || n > q.maxCount)
        return R::failure(q.minCount == q.maxCount
                              ? Tr::tr("%1 options chosen; choose exactly %2").arg(n).arg(q.minCount)
                              : Tr::tr("%1 options chosen; choose from %2 to %3").arg(n).arg(q.minCount).arg(q.maxCount));
    QList<int> order = picked.value();
    std::sort(order.begin(), order.end());
    Json out = Json::array();
    for (int k : order)
        out.push_back(q.options[k].toStdString());
    return out;
}

R ranking(const Question &q, const Json &v)
{
    auto picked = optionsOf(q, v);
    if (!picked)
        return R::failure(picked.error());
    if (picked.value().size() != q.options.size()) {
        QStringList absent;
        for (int k = 0; k < q.options.size(); ++k)
            if (!picked.value().contains(k))
                absent.append(u'"' + q.options[k] + u'"');
        return R::failure(Tr::tr("a ranking must order every option; missing: %1").arg(absent.join(QStringLiteral(", "))));
    }
    return v;
}

R yesNo(const Json &v)
{
    if (v.is_string() && (v.get<std::string>() == "yes" || v.get<std::string>() == "no"))
        return v;
    return R::failure(Tr::tr("expected \"yes\" or \"no\", found %1").arg(found(v)));
}

R open(const Json &v)
{
    if (!v.is_string())
        return R::failure(Tr::tr("expected text, found %1").arg(found(v)));
    if (qs(v).trimmed().isEmpty())
        return R::failure(Tr::tr("the answer is empty"));
    return v;
}

} // namespace

Result<Json> validateValue(const Question &question, const Json &value)
{
    switch (question.type) {
    case QuestionType::Likert: return likert(question, value);
    case QuestionType::Numeric: return numeric(question, value);
    case QuestionType::Choice: return choice(question, value);
    case QuestionType::Multi: return multi(question, value);
    case QuestionType::Ranking: return ranking(question, value);
    case QuestionType::YesNo: return yesNo(value);
    case QuestionType::Open: return open(value);
    }
    return R::failure(Tr::tr("unknown question type"));
}

Result<ValidAnswer> validateAnswer(const Question &question, const Json &answer)
{
    using A = Result<ValidAnswer>;
    if (!answer.is_object())
        return A::failure(Tr::tr("expected an object {\"value\", \"justification\"}, found %1").arg(found(answer)));
    for (auto it = answer.begin(); it != answer.end(); ++it)
        if (it.key() != "value" && it.key() != "justification")
            return A::failure(Tr::tr("unexpected field \"%1\"; an answer has only \"value\" and \"justification\"")
                                  .arg(QString::fromStdString(it.key())));
    if (!answer.contains("value"))
        return A::failure(Tr::tr("value: required field is missing"));
    if (!answer.contains("justification"))
        return A::failure(Tr::tr("justification: required field is missing"));
    if (!answer.at("justification").is_string())
        return A::failure(Tr::tr("justification: expected text, found %1").arg(found(answer.at("justification"))));
    auto value = validateValue(question, answer.at("value"));
    if (!value)
        return A::failure(QStringLiteral("value: ") + value.error());
    return ValidAnswer{std::move(value).value(), qs(answer.at("justification"))};
}

} // namespace troupe
