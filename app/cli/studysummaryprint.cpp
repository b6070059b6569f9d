#include "studysummaryprint.h"

#include "analysis/statistics.h"
#include "study/answer.h"

#include <QCoreApplication>

#include <map>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyCommand)
};

QString percent(int n, int of)
{
    return of > 0 ? QString::number(100.0 * n / of, 'f', 0) + u'%' : QStringLiteral("–");
}

QString meanText(const std::vector<double> &x)
{
    if (x.empty())
        return {};
    const stats::Descriptives d = stats::describe(x);
    return d.ci.valid() ? Tr::tr("mean %1 (95% CI %2–%3)").arg(d.mean, 0, 'f', 2).arg(d.ci.lo, 0, 'f', 2).arg(d.ci.hi, 0, 'f', 2)
                        : Tr::tr("mean %1").arg(d.mean, 0, 'f', 2);
}

} // namespace

void printStudySummary(const ResultTable &table, const std::function<void(const QString &)> &line)
{
    line(QString());
    line(Tr::tr("Summary of %1 respondents").arg(table.respondents().size()));
    for (int qi = 0; qi < table.questions().size(); ++qi) {
        const Question &q = table.questions()[qi];
        std::map<QString, int> counts;
        std::map<QString, double> rankSum;
        std::vector<double> numbers, ssrMeans;
        std::map<QString, int> reasons;
        int answered = 0, missing = 0;
        for (int r = 0; r < table.respondents().size(); ++r) {
            const ResultAnswer &a = table.answer(r, qi);
            if (a.state == ResultAnswer::State::Missing) {
                ++missing;
                ++reasons[a.missingReason];
                continue;
            }
            if (!a.answered())
                continue;
            ++answered;
            if (q.type == QuestionType::Multi) {
                for (const auto &o : a.value)
                    if (o.is_string())
                        ++counts[QString::fromStdString(o.get<std::string>())];
            } else if (q.type == QuestionType::Ranking) {
                int place = 0;
                for (const auto &o : a.value)
                    if (o.is_string())
                        rankSum[QString::fromStdString(o.get<std::string>())] += ++place;
            } else if (q.type != QuestionType::Open && q.type != QuestionType::Numeric) {
                ++counts[answerText(q, a.value)];
            }
            if ((q.type == QuestionType::Likert || q.type == QuestionType::Numeric) && a.value.is_number())
                numbers.push_back(a.value.get<double>());
            if (const auto m = a.ssrMean(q))
                ssrMeans.push_back(*m);
        }
        line(QStringLiteral("%1 (%2): %3").arg(q.id, questionTypeName(q.type), q.text));
        QStringList parts;
        if (q.type == QuestionType::Likert) {
            for (int p = q.scaleMin; p <= q.scaleMax; ++p) {
                const int n = counts[QString::number(p)];
                parts.append(QStringLiteral("%1: %2 (%3)").arg(p).arg(n).arg(percent(n, answered)));
            }
        } else if (q.type == QuestionType::Choice || q.type == QuestionType::YesNo || q.type == QuestionType::Multi) {
            const QStringList options = q.type == QuestionType::YesNo ? QStringList{QStringLiteral("yes"), QStringLiteral("no")} : q.options;
            for (const QString &o : options)
                parts.append(QStringLiteral("%1: %2 (%3)").arg(o).arg(counts[o]).arg(percent(counts[o], answered)));
        } else if (q.type == QuestionType::Ranking) {
            for (const QString &o : q.options)
                parts.append(Tr::tr("%1: mean rank %2").arg(o).arg(answered > 0 ? rankSum[o] / answered : 0.0, 0, 'f', 2));
        }
        if (!parts.isEmpty())
            line(QStringLiteral("  ") + parts.join(QStringLiteral(" · ")));
        QStringList figures{Tr::tr("%1 answered").arg(answered)};
        if (!numbers.empty())
            figures.append(meanText(numbers));
        if (!ssrMeans.empty())
            figures.append(Tr::tr("SSR %1").arg(meanText(ssrMeans)));
        if (missing > 0) {
            const auto top = std::max_element(reasons.begin(), reasons.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
            figures.append(Tr::tr("%1 missing (most often: %2)").arg(missing).arg(top->first));
        }
        line(QStringLiteral("  ") + figures.join(QStringLiteral(" · ")));
    }
}

} // namespace troupe::cli
