#include "answer.h"

namespace troupe {

namespace {

using OJson = nlohmann::ordered_json;

std::string str(const QString &s)
{
    return s.toStdString();
}

OJson optionEnum(const QStringList &options)
{
    OJson e = OJson::array();
    for (const QString &o : options)
        e.push_back(str(o));
    return e;
}

// The descriptions are read by the model: short, in the order the value is checked.
OJson valueSchema(const Question &q)
{
    switch (q.type) {
    case QuestionType::Likert: {
        QString d = QStringLiteral("A whole number from %1 to %2").arg(q.scaleMin).arg(q.scaleMax);
        QStringList labels;
        for (const auto &[point, label] : q.labels)
            labels.append(QStringLiteral("%1 = %2").arg(point).arg(label));
        if (!labels.isEmpty())
            d += QStringLiteral(" (") + labels.join(QStringLiteral(", ")) + u')';
        return {{"type", "integer"}, {"minimum", q.scaleMin}, {"maximum", q.scaleMax}, {"description", str(d + u'.')}};
    }
    case QuestionType::Choice:
        return {{"type", "string"}, {"enum", optionEnum(q.options)}, {"description", "Exactly one of the options, as written."}};
    case QuestionType::Multi: {
        const QString d = q.minCount == q.maxCount
                              ? QStringLiteral("Exactly %1 different options, as written.").arg(q.minCount)
                              : QStringLiteral("From %1 to %2 different options, as written, none twice.").arg(q.minCount).arg(q.maxCount);
        return {{"type", "array"},
                {"items", {{"type", "string"}, {"enum", optionEnum(q.options)}}},
                {"minItems", q.minCount},
                {"maxItems", q.maxCount},
                {"description", str(d)}};
    }
    case QuestionType::Ranking:
        return {{"type", "array"},
                {"items", {{"type", "string"}, {"enum", optionEnum(q.options)}}},
                {"minItems", q.options.size()},
                {"maxItems", q.options.size()},
                {"description", "Every option exactly once, as written, most preferred first."}};
    case QuestionType::Numeric: {
        OJson s = {{"type", q.integer ? "integer" : "number"}};
        if (q.minimum)
            s["minimum"] = jsonNumber(*q.minimum);
        if (q.maximum)
            s["maximum"] = jsonNumber(*q.maximum);
        QString d = q.integer ? QStringLiteral("A whole number") : QStringLiteral("A number");
        if (q.minimum && q.maximum)
            d += QStringLiteral(" from %1 to %2").arg(*q.minimum).arg(*q.maximum);
        else if (q.minimum)
            d += QStringLiteral(" of at least %1").arg(*q.minimum);
        else if (q.maximum)
            d += QStringLiteral(" of at most %1").arg(*q.maximum);
        if (!q.unit.isEmpty())
            d += QStringLiteral(", in ") + q.unit;
        s["description"] = str(d + u'.');
        return s;
    }
    case QuestionType::YesNo:
        return {{"type", "string"}, {"enum", OJson::array({"yes", "no"})}, {"description", "\"yes\" or \"no\"."}};
    case QuestionType::Open:
        return {{"type", "string"}, {"description", "Your answer, in your own words."}};
    }
    return {{"type", "string"}};
}

} // namespace

OJson answerSchema(const Question &question)
{
    return {{"type", "object"},
            {"properties",
             {{"value", valueSchema(question)},
              {"justification", {{"type", "string"}, {"description", "Why, in your own words, in character."}}}}},
            {"required", OJson::array({"value", "justification"})},
            {"additionalProperties", false}};
}

} // namespace troupe
