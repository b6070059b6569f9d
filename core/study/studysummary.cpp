#include "studysummary.h"

#include "analysis/niceticks.h"
#include "answer.h"
#include "store/studystore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudySummary)
};

using Json = nlohmann::json;

// Histogram bins of numeric answers: Sturges' rule, at most this many, on round edges.
constexpr int kMaxBins = 12;

QString likertLabel(const Question &q, int point)
{
    const QString label = q.labelOf(point);
    return label.isEmpty() ? QString::number(point) : QStringLiteral("%1 %2").arg(point).arg(label);
}

/** Round bin edges covering [lo, hi] for n values (Sturges: ceil(log2 n) + 1 bins). */
QList<double> binEdgesFor(double lo, double hi, int n)
{
    const int bins = std::clamp(int(std::ceil(std::log2(double(std::max(1, n))))) + 1, 1, kMaxBins);
    const AxisTicks t = niceTicks(lo, hi, bins + 1);
    return t.values.size() >= 2 ? t.values : QList<double>{lo, lo + 1};
}

QString edgeText(double v)
{
    return QString::number(v, 'g', 10);
}

/** The categories (column labels) of a question, once its answers are known (numeric bins). */
QStringList categoryLabels(const QuestionSummary &s)
{
    QStringList out;
    for (const CategoryCount &c : s.categories)
        out.append(c.label);
    return out;
}

/**
 * The categories one answer falls in: a scale point, an option, yes/no, every chosen
 * option (multi), the first choice (ranking), a bin (numeric) or a label (open).
 */
QList<int> categoriesOf(const QuestionSummary &s, const Json &value, int labelIndex)
{
    const Question &q = s.question;
    switch (q.type) {
    case QuestionType::Likert:
        if (value.is_number_integer())
            return {int(value.get<int>() - q.scaleMin)};
        return {};
    case QuestionType::Choice:
        if (value.is_string())
            if (const int i = int(q.options.indexOf(QString::fromStdString(value.get<std::string>()))); i >= 0)
                return {i};
        return {};
    case QuestionType::YesNo:
        if (value == "yes")
            return {0};
        if (value == "no")
            return {1};
        return {};
    case QuestionType::Multi: {
        QList<int> out;
        for (int i = 0; i < q.options.size(); ++i)
            if (chose(q, value, i))
                out.append(i);
        return out;
    }
    case QuestionType::Ranking:
        for (int i = 0; i < q.options.size(); ++i)
            if (rankOf(q, value, i) == 1)
                return {i};
        return {};
    case QuestionType::Numeric: {
        if (!value.is_number() || s.binEdges.size() < 2)
            return {};
        const double v = value.get<double>();
        const int bins = int(s.binEdges.size()) - 1;
        for (int b = 0; b < bins; ++b)
            if (v >= s.binEdges[b] && (v < s.binEdges[b + 1] || (b == bins - 1 && v <= s.binEdges[b + 1])))
                return {b};
        return {};
    }
    case QuestionType::Open:
        return labelIndex >= 0 ? QList<int>{labelIndex} : QList<int>{};
    }
    return {};
}

/** agent -> index of its label in `labels`, for open questions. */
QHash<QString, int> labelIndexOf(const OpenLabels &labels)
{
    QHash<QString, int> out;
    for (int i = 0; i < labels.labels.size(); ++i)
        for (const QString &agent : labels.labels[i].second)
            out.insert(agent, i);
    return out;
}

int ageLowerBound(const QString &group)
{
    if (group.startsWith(QLatin1Char('<')))
        return -1;
    int n = 0, digits = 0;
    for (QChar c : group) {
        if (!c.isDigit())
            break;
        n = n * 10 + c.digitValue();
        ++digits;
    }
    return digits > 0 ? n : 1000;
}

} // namespace

const QuestionSummary *StudySummary::question(const QString &id) const
{
    for (const QuestionSummary &q : questions)
        if (q.question.id == id)
            return &q;
    return nullptr;
}

QuestionSummary summarizeQuestion(const ResultTable &table, int column, const OpenLabels &labels)
{
    QuestionSummary s;
    s.question = table.questions().at(column);
    const Question &q = s.question;
    const QList<Respondent> &people = table.respondents();

    std::vector<double> numbers;
    QList<int> answeredRows;
    std::map<QString, int> reasons;
    for (int r = 0; r < people.size(); ++r) {
        const ResultAnswer &a = table.answer(r, column);
        switch (a.state) {
        case ResultAnswer::State::NotAsked:
            ++s.notAsked;
            continue;
        case ResultAnswer::State::Missing:
            ++s.missing;
            ++reasons[a.missingReason];
            s.missingAnswers.append({people[r].agent, a.missingReason, a.eventSeq});
            continue;
        case ResultAnswer::State::Answered:
            break;
        }
        ++s.answered;
        answeredRows.append(r);
        if ((q.type == QuestionType::Likert || q.type == QuestionType::Numeric) && a.value.is_number())
            numbers.push_back(a.value.get<double>());
        const QString text = q.type == QuestionType::Open ? answerText(q, a.value) : a.justification;
        if (!text.trimmed().isEmpty())
            s.quotes.append({people[r].agent, answerText(q, a.value), text, a.eventSeq});
    }
    for (const auto &[reason, n] : reasons)
        s.missingReasons.append({reason, n});
    std::stable_sort(s.missingReasons.begin(), s.missingReasons.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (!numbers.empty())
        s.values = stats::describe(numbers);

    // The categories first (every point or option, zeros included), then the counts.
    QStringList names;
    switch (q.type) {
    case QuestionType::Likert:
        for (int p = q.scaleMin; p <= q.scaleMax; ++p)
            names.append(likertLabel(q, p));
        break;
    case QuestionType::Choice:
    case QuestionType::Multi:
    case QuestionType::Ranking:
        names = q.options;
        break;
    case QuestionType::YesNo:
        names = {QStringLiteral("yes"), QStringLiteral("no")};
        break;
    case QuestionType::Numeric:
        if (!numbers.empty()) {
            s.binEdges = binEdgesFor(s.values.min, s.values.max, int(numbers.size()));
            for (qsizetype b = 0; b + 1 < s.binEdges.size(); ++b)
                names.append(QStringLiteral("%1–%2").arg(edgeText(s.binEdges[b]), edgeText(s.binEdges[b + 1])));
        }
        break;
    case QuestionType::Open:
        s.labelled = !labels.labels.isEmpty();
        s.labelMethod = labels.method;
        s.openLabels = labels;
        for (const auto &l : labels.labels)
            names.append(l.first);
        break;
    }
    std::vector<int> counts(size_t(names.size()), 0);
    const QHash<QString, int> labelOf = labelIndexOf(labels);
    for (int r : answeredRows)
        for (int c : categoriesOf(s, table.answer(r, column).value, labelOf.value(people[r].agent, -1)))
            if (c >= 0 && c < int(counts.size()))
                ++counts[size_t(c)];
    for (qsizetype i = 0; i < names.size(); ++i)
        s.categories.append({names[i], counts[size_t(i)], stats::wilson(counts[size_t(i)], s.answered)});

    if (q.type == QuestionType::Likert && q.pointCount() >= 3 && s.answered > 0) {
        const int top = counts[counts.size() - 1] + counts[counts.size() - 2];
        s.topTwoBox = stats::wilson(top, s.answered);
    }
    if (q.type == QuestionType::Ranking) {
        const int k = int(q.options.size());
        for (int i = 0; i < k; ++i) {
            RankingScore score{q.options[i], stats::kNaN, 0, counts[size_t(i)]};
            long long rankSum = 0;
            int ranked = 0;
            for (int r : answeredRows) {
                const int rank = rankOf(q, table.answer(r, column).value, i);
                if (rank <= 0)
                    continue;
                rankSum += rank;
                score.borda += k - rank;
                ++ranked;
            }
            if (ranked > 0)
                score.meanRank = double(rankSum) / ranked;
            s.ranking.append(score);
        }
    }
    return s;
}

Result<StudySummary> summarizeStudyRun(const StudyStore &store, qint64 runId)
{
    using R = Result<StudySummary>;
    auto run = store.studyRun(runId);
    if (!run)
        return R::failure(run.error());
    auto table = ResultTable::load(store, {runId});
    if (!table)
        return R::failure(table.error());
    StudySummary out;
    out.runId = runId;
    out.studyName = run.value().studyName;
    out.table = std::move(table).value();
    out.respondents = int(out.table.respondents().size());
    out.attributes = out.table.attributeNames();
    for (int c = 0; c < out.table.questions().size(); ++c) {
        const Question &q = out.table.questions()[c];
        OpenLabels labels;
        if (q.type == QuestionType::Open) {
            auto stored = store.labels(runId, q.id);
            if (!stored)
                return R::failure(stored.error());
            for (const AnswerLabelRecord &l : stored.value()) {
                labels.method = l.method;
                labels.labels.append({l.label, l.agents});
            }
        }
        out.questions.append(summarizeQuestion(out.table, c, labels));
    }
    return out;
}

QString attributeGroup(const QString &attribute, const nlohmann::json &value)
{
    if (value.is_null())
        return {};
    if (attribute.compare(QLatin1String("age"), Qt::CaseInsensitive) == 0 && value.is_number()) {
        const double age = value.get<double>();
        if (age < 18)
            return QStringLiteral("<18");
        if (age >= 65)
            return QStringLiteral("65+");
        static const int kLower[] = {18, 25, 35, 45, 55};
        static const int kUpper[] = {24, 34, 44, 54, 64};
        for (int i = 4; i >= 0; --i)
            if (age >= kLower[i])
                return QStringLiteral("%1–%2").arg(kLower[i]).arg(kUpper[i]);
    }
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.is_number_integer())
        return QString::number(value.get<long long>());
    if (value.is_number())
        return QString::number(value.get<double>(), 'g', 10);
    return QString::fromStdString(value.dump());
}

Result<StudyCrosstab> studyCrosstab(const StudySummary &summary, const QString &questionId, const QString &attribute)
{
    using R = Result<StudyCrosstab>;
    const int column = summary.table.questionIndex(questionId);
    const QuestionSummary *qs = summary.question(questionId);
    if (column < 0 || !qs)
        return R::failure(Tr::tr("the study has no question \"%1\"").arg(questionId));
    if (!summary.attributes.contains(attribute))
        return R::failure(Tr::tr("no respondent has the attribute \"%1\"").arg(attribute));
    StudyCrosstab t;
    t.attribute = attribute;
    t.questionId = questionId;
    t.categories = categoryLabels(*qs);

    const QHash<QString, int> labelOf = labelIndexOf(qs->openLabels);
    const bool age = attribute.compare(QLatin1String("age"), Qt::CaseInsensitive) == 0;
    std::map<QString, std::vector<int>> rows;
    std::map<QString, int> totals;
    const QList<Respondent> &people = summary.table.respondents();
    for (int r = 0; r < people.size(); ++r) {
        const ResultAnswer &a = summary.table.answer(r, column);
        const nlohmann::json *v = people[r].attribute(attribute);
        if (!a.answered() || !v)
            continue;
        const QString group = attributeGroup(attribute, *v);
        if (group.isEmpty())
            continue;
        auto &row = rows[group];
        row.resize(size_t(t.categories.size()), 0);
        ++totals[group];
        for (int c : categoriesOf(*qs, a.value, labelOf.value(people[r].agent, -1)))
            if (c >= 0 && c < int(row.size()))
                ++row[size_t(c)];
    }
    QStringList groups;
    for (const auto &[g, _] : rows)
        groups.append(g);
    if (age)
        std::stable_sort(groups.begin(), groups.end(), [](const QString &a, const QString &b) { return ageLowerBound(a) < ageLowerBound(b); });
    for (const QString &g : groups) {
        t.groups.append(g);
        t.counts.push_back(rows[g]);
        t.groupTotals.push_back(totals[g]);
    }
    return t;
}

} // namespace troupe
