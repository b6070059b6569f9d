#include "answer.h"

namespace troupe {

namespace {

using Json = nlohmann::json;

QStringList strings(const Json &v)
{
    QStringList out;
    if (v.is_array())
        for (const auto &e : v)
            if (e.is_string())
                out.append(QString::fromStdString(e.get<std::string>()));
    return out;
}

} // namespace

QString answerText(const Question &question, const Json &value)
{
    switch (question.type) {
    case QuestionType::Likert:
    case QuestionType::Numeric:
        // nlohmann writes the shortest text that reads back as the same double.
        return value.is_number() ? QString::fromStdString(value.dump()) : QString();
    case QuestionType::Multi: return strings(value).join(QStringLiteral("; "));
    case QuestionType::Ranking: return strings(value).join(QStringLiteral(" > "));
    case QuestionType::Choice:
    case QuestionType::YesNo:
    case QuestionType::Open: return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    }
    return {};
}

std::optional<double> answerCode(const Question &question, const Json &value)
{
    switch (question.type) {
    case QuestionType::Likert:
    case QuestionType::Numeric:
        if (value.is_number())
            return value.get<double>();
        break;
    case QuestionType::Choice:
        if (value.is_string()) {
            const qsizetype k = question.options.indexOf(QString::fromStdString(value.get<std::string>()));
            if (k >= 0)
                return double(k + 1);
        }
        break;
    case QuestionType::YesNo:
        if (value == "yes")
            return 1.0;
        if (value == "no")
            return 0.0;
        break;
    default: break;
    }
    return std::nullopt;
}

int rankOf(const Question &question, const Json &value, int index)
{
    const QStringList order = strings(value);
    const qsizetype at = index >= 0 && index < question.options.size() ? order.indexOf(question.options[index]) : -1;
    return at < 0 ? 0 : int(at + 1);
}

bool chose(const Question &question, const Json &value, int index)
{
    return index >= 0 && index < question.options.size() && strings(value).contains(question.options[index]);
}

} // namespace troupe
