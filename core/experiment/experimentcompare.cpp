#include "experimentcompare.h"

#include "store/studystore.h"
#include "study/answer.h"
#include "study/studyfile.h"

#include <QCoreApplication>

#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentCompare)
};

using OJson = nlohmann::ordered_json;

QString fmt(double v, int decimals = 2)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

QString pText(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("p = –");
    return p < 0.001 ? QStringLiteral("p < 0.001") : QStringLiteral("p = %1").arg(fmt(p, 3));
}

OJson interval(const stats::Interval &ci)
{
    return OJson::array({stats::jsonNumber(ci.lo), stats::jsonNumber(ci.hi)});
}

void addTest(QuestionComparison &q, const char *name, Result<stats::TestResult> r)
{
    if (r)
        q.tests.push_back(r.value());
    else
        q.skipped.append(QStringLiteral("%1: %2").arg(QLatin1String(name), r.error()));
}

void numericTests(QuestionComparison &q)
{
    if (q.arms.size() == 2) {
        const auto &x = q.arms[0].values;
        const auto &y = q.arms[1].values;
        addTest(q, stats::names::kWelchT, stats::welchT(y, x));
        addTest(q, stats::names::kStudentT, stats::studentT(y, x));
        addTest(q, stats::names::kMannWhitneyU, stats::mannWhitneyU(y, x));
        addTest(q, stats::names::kKs2Samp, stats::ks2Samp(y, x));
        if (auto d = stats::meanDifference(y, x))
            q.difference = d.value();
    } else if (q.arms.size() > 2) {
        std::vector<std::vector<double>> groups;
        for (const ArmFigures &a : q.arms)
            groups.push_back(a.values);
        addTest(q, stats::names::kAnova, stats::anova(groups));
        addTest(q, stats::names::kKruskalWallis, stats::kruskalWallis(groups));
    }
}

void categoricalTests(QuestionComparison &q)
{
    if (q.arms.size() < 2)
        return;
    QStringList options;
    for (const ArmFigures &a : q.arms)
        for (const auto &[option, n] : a.counts)
            if (!options.contains(option))
                options.append(option);
    stats::Table table;
    for (const ArmFigures &a : q.arms) {
        std::vector<double> row;
        for (const QString &o : options) {
            const auto it = a.counts.find(o);
            row.push_back(it == a.counts.end() ? 0.0 : double(it->second));
        }
        table.push_back(row);
    }
    addTest(q, stats::names::kChiSquare, stats::chiSquareIndependence(table));
    if (table.size() == 2 && options.size() == 2)
        addTest(q, stats::names::kFisherExact, stats::fisherExact(table));
}

double shareOf(const std::map<QString, int> &counts, const QString &option)
{
    int n = 0;
    for (const auto &[o, c] : counts)
        n += c;
    const auto it = counts.find(option);
    return n == 0 ? stats::kNaN : double(it == counts.end() ? 0 : it->second) / n;
}

QString agreement(int agree, int replicates)
{
    if (replicates <= 1)
        return {};
    return agree == replicates ? Tr::tr("; %1 replicates agree").arg(replicates)
                               : Tr::tr("; %1 of %2 replicates agree").arg(agree).arg(replicates);
}

// Two arms of a choice or yes/no question: the option whose share moved most.
QString categoricalSummaryOf(const QuestionComparison &q)
{
    if (q.arms.size() != 2 || q.tests.empty())
        return {};
    const ArmFigures &first = q.arms[0], &second = q.arms[1];
    QString option;
    double best = -1, diff = 0;
    QStringList options;
    for (const ArmFigures *a : {&first, &second})
        for (const auto &[o, c] : a->counts)
            if (!options.contains(o))
                options.append(o);
    for (const QString &o : options) {
        const double d = shareOf(second.counts, o) - shareOf(first.counts, o);
        // Ties (the two options of a yes/no question always tie) go to the share that rose.
        constexpr double eps = 1e-12;
        if (std::isfinite(d) && (std::abs(d) > best + eps || (std::abs(d) > best - eps && d > 0 && diff <= 0)))
            best = std::abs(d), diff = d, option = o;
    }
    if (option.isEmpty())
        return {};
    const stats::TestResult &t = q.tests.front();
    int agree = 0, replicates = 0;
    for (const auto &[r, counts] : second.countsByReplicate) {
        const auto other = first.countsByReplicate.find(r);
        if (other == first.countsByReplicate.end())
            continue;
        ++replicates;
        const double d = shareOf(counts, option) - shareOf(other->second, option);
        agree += diff == 0 ? d == 0 : (d > 0) == (diff > 0) && d != 0;
    }
    const auto percent = [](double share) { return QString::number(qRound(share * 100)); };
    QString line = diff == 0 ? Tr::tr("%1 answered \"%2\" as often as %3 (%4%; %5")
                                   .arg(second.arm, option, first.arm, percent(shareOf(second.counts, option)), pText(t.p))
                             : Tr::tr("%1 answered \"%2\" %3 often than %4 (%5% against %6%; %7, %8")
                                   .arg(second.arm, option, diff > 0 ? Tr::tr("more") : Tr::tr("less"), first.arm,
                                        percent(shareOf(second.counts, option)), percent(shareOf(first.counts, option)),
                                        t.name == QLatin1String(stats::names::kChiSquare) ? Tr::tr("chi-square") : t.name, pText(t.p));
    if (t.effect)
        line += QStringLiteral("; %1 = %2").arg(t.effectName == QLatin1String("cramers_v") ? QStringLiteral("V") : t.effectName, fmt(*t.effect));
    return line + agreement(agree, replicates) + QStringLiteral(").");
}

QString summaryOf(const QuestionComparison &q)
{
    if (!q.numeric)
        return categoricalSummaryOf(q);
    if (q.arms.size() != 2 || !q.difference || q.tests.empty())
        return {};
    const stats::MeanDifference &d = *q.difference;
    const stats::TestResult &t = q.tests.front();
    // Replicates agree when each one's difference has the pooled difference's sign.
    int agree = 0, replicates = 0;
    for (const auto &[r, second] : q.arms[1].byReplicate) {
        const auto first = q.arms[0].byReplicate.find(r);
        if (first == q.arms[0].byReplicate.end())
            continue;
        ++replicates;
        const double diff = second.mean - first->second.mean;
        agree += d.estimate == 0 ? diff == 0 : (diff > 0) == (d.estimate > 0) && diff != 0;
    }
    const QString direction = d.estimate > 0 ? Tr::tr("raised") : d.estimate < 0 ? Tr::tr("lowered") : Tr::tr("did not change");
    const QString by = d.estimate == 0 ? QString() : Tr::tr(" by %1 points").arg(fmt(std::abs(d.estimate)));
    QString line = Tr::tr("%1 %2 mean %3%4 against %5 (%6% CI %7 to %8; Welch t, %9")
                       .arg(q.arms[1].arm, direction, q.question, by, q.arms[0].arm,
                            QString::number(d.level * 100), fmt(d.ci.lo), fmt(d.ci.hi), pText(t.p));
    if (t.effect)
        line += Tr::tr("; d = %1").arg(fmt(*t.effect));
    return line + agreement(agree, replicates) + QStringLiteral(").");
}

} // namespace

OJson QuestionComparison::toJson() const
{
    OJson j;
    j["question"] = question.toStdString();
    j["type"] = type.toStdString();
    OJson arms_ = OJson::object();
    for (const ArmFigures &a : arms) {
        OJson o;
        if (numeric) {
            o["n"] = a.pooled.n;
            o["mean"] = stats::jsonNumber(a.pooled.mean);
            o["sd"] = stats::jsonNumber(a.pooled.sd);
            o["ci"] = interval(a.pooled.ci);
            o["median"] = stats::jsonNumber(a.pooled.median);
            OJson reps = OJson::array();
            for (const auto &[r, d] : a.byReplicate)
                reps.push_back({{"replicate", r}, {"n", d.n}, {"mean", stats::jsonNumber(d.mean)}, {"sd", stats::jsonNumber(d.sd)}});
            o["replicates"] = reps;
        } else {
            int n = 0;
            OJson counts = OJson::object();
            for (const auto &[option, c] : a.counts) {
                counts[option.toStdString()] = c;
                n += c;
            }
            o["n"] = n;
            o["counts"] = counts;
            OJson reps = OJson::array();
            for (const auto &[r, byOption] : a.countsByReplicate) {
                int rn = 0;
                OJson rc = OJson::object();
                for (const auto &[option, c] : byOption) {
                    rc[option.toStdString()] = c;
                    rn += c;
                }
                reps.push_back({{"replicate", r}, {"n", rn}, {"counts", rc}});
            }
            o["replicates"] = reps;
        }
        arms_[a.arm.toStdString()] = o;
    }
    j["arms"] = arms_;
    OJson tests_ = OJson::array();
    for (size_t i = 0; i < tests.size(); ++i) {
        OJson t = tests[i].toJson();
        if (i == 0 && primaryPHolm)
            t["p_holm"] = stats::jsonNumber(*primaryPHolm);
        tests_.push_back(t);
    }
    j["tests"] = tests_;
    if (difference)
        j["mean_difference"] = difference->toJson();
    if (!summary.isEmpty())
        j["summary"] = summary.toStdString();
    if (!skipped.isEmpty()) {
        j["skipped"] = OJson::array();
        for (const QString &s : skipped)
            j["skipped"].push_back(s.toStdString());
    }
    return j;
}

OJson ExperimentComparison::toJson() const
{
    OJson j;
    j["experiment"] = experiment.toStdString();
    j["runs"] = runs;
    j["replicates"] = replicates;
    j["questions"] = OJson::array();
    for (const QuestionComparison &q : questions)
        j["questions"].push_back(q.toJson());
    if (!notCompared.isEmpty()) {
        j["not_compared"] = OJson::array();
        for (const QString &s : notCompared)
            j["not_compared"].push_back(s.toStdString());
    }
    return j;
}

Result<ExperimentComparison> compareExperiment(ProjectFile &project, const QString &name)
{
    using R = Result<ExperimentComparison>;
    StudyStore store(project);
    auto runs = store.experimentRuns(name);
    if (!runs)
        return R::failure(runs.error());
    if (runs.value().isEmpty())
        return R::failure(Tr::tr("the project has no runs of an experiment called \"%1\"").arg(name));
    StudyFile::Outcome study = StudyFile::fromDefinition(runs.value().first().definition, Tr::tr("experiment \"%1\"").arg(name));
    if (!study.study)
        return R::failure(study.diagnostics.isEmpty() ? Tr::tr("the stored study cannot be read") : study.diagnostics.first().toString());

    ExperimentComparison out;
    out.experiment = name;
    out.runs = int(runs.value().size());
    QSet<int> replicates;
    for (const StudyRunRecord &r : runs.value())
        if (r.replicate)
            replicates.insert(*r.replicate);
    out.replicates = int(replicates.size());

    std::vector<double> primaryP;
    std::vector<size_t> withP;
    for (const Question &question : study.study->questions) {
        const QString type = questionTypeName(question.type);
        const bool numeric = question.type == QuestionType::Likert || question.type == QuestionType::Numeric;
        const bool categorical = question.type == QuestionType::Choice || question.type == QuestionType::YesNo;
        if (!numeric && !categorical) {
            out.notCompared.append(Tr::tr("%1 (%2)").arg(question.id, type));
            continue;
        }
        QuestionComparison q;
        q.question = question.id;
        q.type = type;
        q.numeric = numeric;
        std::map<QString, std::map<int, std::vector<double>>> byReplicate;
        for (const StudyRunRecord &r : runs.value()) {
            auto answers = store.answers(r.runId, question.id);
            if (!answers)
                return R::failure(answers.error());
            auto it = std::find_if(q.arms.begin(), q.arms.end(), [&](const ArmFigures &a) { return a.arm == r.arm; });
            if (it == q.arms.end()) {
                q.arms.push_back({});
                q.arms.back().arm = r.arm;
                it = q.arms.end() - 1;
            }
            for (const AnswerRecord &a : answers.value()) {
                if (!a.value)
                    continue;
                if (numeric) {
                    const auto code = answerCode(question, *a.value);
                    if (!code)
                        continue;
                    it->values.push_back(*code);
                    byReplicate[r.arm][r.replicate.value_or(1)].push_back(*code);
                } else {
                    const QString option = answerText(question, *a.value);
                    ++it->counts[option];
                    ++it->countsByReplicate[r.replicate.value_or(1)][option];
                }
            }
        }
        for (ArmFigures &a : q.arms) {
            if (!numeric)
                continue;
            a.pooled = stats::describe(a.values);
            for (const auto &[r, v] : byReplicate[a.arm])
                a.byReplicate[r] = stats::describe(v);
        }
        numeric ? numericTests(q) : categoricalTests(q);
        q.summary = summaryOf(q);
        if (!q.tests.empty() && std::isfinite(q.tests.front().p)) {
            primaryP.push_back(q.tests.front().p);
            withP.push_back(out.questions.size());
        }
        out.questions.push_back(std::move(q));
    }
    const std::vector<double> adjusted = stats::holm(primaryP);
    for (size_t i = 0; i < withP.size() && i < adjusted.size(); ++i)
        out.questions[withP[i]].primaryPHolm = adjusted[i];
    return out;
}

} // namespace troupe
