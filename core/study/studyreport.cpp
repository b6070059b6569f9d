#include "studyreport.h"

#include "analysis/runreport.h"
#include "store/runstore.h"
#include "store/studystore.h"
#include "study.h"
#include "studyfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace troupe::report {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyReport)
};

constexpr char kBarColour[] = "#4e79a7";
// Options longer than this go down the side of a chart, so their text is not cut.
constexpr int kLongLabel = 14;

QString percent(double share)
{
    return std::isnan(share) ? QStringLiteral("–") : QStringLiteral("%1%").arg(QString::number(100 * share, 'f', 0));
}

QString number(double v, int decimals = 2)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', decimals);
}

QString interval(const stats::Interval &ci, int decimals, bool asPercent = false)
{
    if (!ci.valid())
        return QStringLiteral("–");
    if (asPercent)
        return QStringLiteral("%1–%2").arg(percent(ci.lo).chopped(1), percent(ci.hi));
    return QStringLiteral("%1–%2").arg(number(ci.lo, decimals), number(ci.hi, decimals));
}

QString typeText(const Question &q)
{
    switch (q.type) {
    case QuestionType::Likert:
        return Tr::tr("Likert %1–%2").arg(q.scaleMin).arg(q.scaleMax);
    case QuestionType::Open:
        return Tr::tr("open");
    case QuestionType::Choice:
        return Tr::tr("single choice");
    case QuestionType::Multi:
        return Tr::tr("multiple choice (%1–%2)").arg(q.minCount).arg(q.maxCount > 0 ? q.maxCount : int(q.options.size()));
    case QuestionType::Ranking:
        return Tr::tr("ranking");
    case QuestionType::Numeric:
        return q.unit.isEmpty() ? Tr::tr("number") : Tr::tr("number (%1)").arg(q.unit);
    case QuestionType::YesNo:
        return Tr::tr("yes / no");
    }
    return {};
}

QString answersText(const Question &q)
{
    switch (q.type) {
    case QuestionType::Likert: {
        QStringList labels;
        for (const auto &[point, label] : q.labels)
            labels.append(QStringLiteral("%1 = %2").arg(point).arg(label));
        return labels.join(QStringLiteral("; "));
    }
    case QuestionType::Choice:
    case QuestionType::Multi:
    case QuestionType::Ranking:
        return q.options.join(QStringLiteral("; "));
    case QuestionType::Numeric: {
        QString range;
        if (q.minimum)
            range += QString::number(*q.minimum);
        range += QStringLiteral("–");
        if (q.maximum)
            range += QString::number(*q.maximum);
        return range;
    }
    case QuestionType::YesNo:
        return QStringLiteral("yes; no");
    case QuestionType::Open:
        break;
    }
    return {};
}

QString questionTitle(const Question &q)
{
    return QStringLiteral("%1 — %2").arg(q.id, q.text);
}

/** The respondents' distribution of one attribute: group, count, share. */
Table attributeTable(const StudySummary &s, const QString &attribute)
{
    std::map<QString, int> counts;
    int total = 0;
    for (const Respondent &r : s.table.respondents())
        if (const nlohmann::json *v = r.attribute(attribute)) {
            const QString g = attributeGroup(attribute, *v);
            if (!g.isEmpty()) {
                ++counts[g];
                ++total;
            }
        }
    Table t;
    t.caption = attribute;
    t.columns = {TableColumn(attribute), TableColumn(Tr::tr("Respondents"), Align::Right), TableColumn(Tr::tr("Share"), Align::Right)};
    QList<QPair<QString, int>> rows(counts.begin(), counts.end());
    if (attribute.compare(QLatin1String("age"), Qt::CaseInsensitive) == 0)
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            auto lower = [](const QString &g) { return g.startsWith(QLatin1Char('<')) ? -1 : g.left(2).toInt(); };
            return lower(a.first) < lower(b.first);
        });
    for (const auto &[g, n] : rows)
        t.rows.append({{g, QString::number(n), percent(total > 0 ? double(n) / total : stats::kNaN)}});
    return t;
}

} // namespace

QString syntheticRespondentsCaveat()
{
    return Tr::tr("These respondents are synthetic: personas simulated by a model, not people. Read the results as "
                  "hypotheses to test with real respondents, not as predictions of what a market will do.");
}

std::optional<Chart> questionChart(const QuestionSummary &q)
{
    Chart c;
    c.id = QStringLiteral("q-") + q.question.id;
    // The section heading names the question; the chart says what its bars are.
    switch (q.question.type) {
    case QuestionType::Likert: c.title = Tr::tr("Respondents per scale point"); break;
    case QuestionType::Choice: c.title = Tr::tr("Respondents per option"); break;
    case QuestionType::Multi: c.title = Tr::tr("Respondents choosing each option"); break;
    case QuestionType::Ranking: c.title = Tr::tr("Mean rank (1 = most preferred)"); break;
    case QuestionType::Numeric: c.title = Tr::tr("Distribution of answers"); break;
    case QuestionType::YesNo: c.title = Tr::tr("Respondents per answer"); break;
    case QuestionType::Open: c.title = Tr::tr("Respondents per label"); break;
    }
    ChartSeries series;
    series.colour = QString::fromLatin1(kBarColour);
    c.yAxis.integer = true;
    switch (q.question.type) {
    case QuestionType::Ranking:
        c.kind = Chart::Kind::Bar;
        series.name = Tr::tr("Mean rank");
        for (const RankingScore &r : q.ranking) {
            c.categories.append(r.option);
            series.values.append(std::isnan(r.meanRank) ? 0 : r.meanRank);
        }
        c.yAxis.title = Tr::tr("Mean rank");
        c.yAxis.integer = false;
        c.yAxis.hasMin = c.yAxis.hasMax = true;
        c.yAxis.min = 0;
        c.yAxis.max = std::max<double>(1, q.question.options.size());
        c.showValues = true;
        break;
    case QuestionType::Numeric:
        if (q.binEdges.size() < 2)
            return std::nullopt;
        c.kind = Chart::Kind::Histogram;
        c.x = q.binEdges;
        for (const CategoryCount &b : q.categories)
            series.values.append(b.count);
        series.name = Tr::tr("Respondents");
        c.xAxis.title = q.question.unit;
        c.yAxis.title = Tr::tr("Respondents");
        break;
    case QuestionType::Open:
        if (!q.labelled)
            return std::nullopt;
        [[fallthrough]];
    default:
        c.kind = Chart::Kind::Bar;
        for (const CategoryCount &cat : q.categories) {
            c.categories.append(cat.label);
            series.values.append(cat.count);
        }
        series.name = Tr::tr("Respondents");
        c.yAxis.title = Tr::tr("Respondents");
        c.showValues = true;
        // multi: shares of respondents (they do not add up to 100%), so counts alone
        c.showPercent = q.question.type != QuestionType::Multi;
        c.horizontal = std::any_of(c.categories.begin(), c.categories.end(), [](const QString &l) { return l.size() > kLongLabel; });
        break;
    }
    c.series.append(series);
    c.caption = questionFigures(q);
    return c;
}

QString questionFigures(const QuestionSummary &q)
{
    QStringList parts;
    parts.append(Tr::tr("%n answered", nullptr, q.answered));
    if (q.missing > 0)
        parts.append(Tr::tr("%n missing", nullptr, q.missing));
    if (q.notAsked > 0)
        parts.append(Tr::tr("%n not asked", nullptr, q.notAsked));
    const bool numeric = q.question.type == QuestionType::Likert || q.question.type == QuestionType::Numeric;
    if (numeric && q.values.n > 0)
        parts.append(Tr::tr("mean %1 (95% CI %2)").arg(number(q.values.mean), interval(q.values.ci, 2)));
    if (q.question.type == QuestionType::Numeric && q.values.n > 0)
        parts.append(Tr::tr("median %1").arg(number(q.values.median)));
    if (q.topTwoBox)
        parts.append(Tr::tr("top-2 box %1 (95% CI %2)").arg(percent(q.topTwoBox->estimate), interval(q.topTwoBox->ci, 0, true)));
    if (q.question.type == QuestionType::Open && !q.labelled)
        parts.append(Tr::tr("answers not labelled yet"));
    return parts.join(QStringLiteral(" · "));
}

Table questionTable(const QuestionSummary &q)
{
    Table t;
    if (q.question.type == QuestionType::Ranking) {
        t.columns = {TableColumn(Tr::tr("Option")), TableColumn(Tr::tr("Mean rank"), Align::Right),
                     TableColumn(Tr::tr("Borda score"), Align::Right, Tr::tr("options ranked below it, summed over respondents")),
                     TableColumn(Tr::tr("First choice"), Align::Right)};
        for (const RankingScore &r : q.ranking)
            t.rows.append({{r.option, number(r.meanRank), QString::number(r.borda), QString::number(r.firstChoices)}});
        return t;
    }
    const QString what = q.question.type == QuestionType::Numeric ? Tr::tr("Range")
                         : q.question.type == QuestionType::Open  ? Tr::tr("Label")
                         : q.question.type == QuestionType::Likert ? Tr::tr("Point")
                                                                   : Tr::tr("Option");
    t.columns = {TableColumn(what), TableColumn(Tr::tr("n"), Align::Right), TableColumn(Tr::tr("Share"), Align::Right),
                 TableColumn(Tr::tr("95% CI"), Align::Right, Tr::tr("Wilson score interval"))};
    for (const CategoryCount &c : q.categories)
        t.rows.append({{c.label, QString::number(c.count), percent(c.share.estimate), interval(c.share.ci, 0, true)}});
    if (q.question.type == QuestionType::Multi)
        t.note = Tr::tr("Shares are of respondents who answered; one may choose several options.");
    return t;
}

Table crosstabTable(const StudyCrosstab &x)
{
    Table t;
    t.caption = Tr::tr("%1 by %2").arg(x.questionId, x.attribute);
    t.rowHeaders = true;
    t.columns.append(TableColumn(x.attribute));
    for (const QString &c : x.categories)
        t.columns.append(TableColumn(c, Align::Right));
    t.columns.append(TableColumn(Tr::tr("n"), Align::Right));
    for (size_t g = 0; g < x.counts.size(); ++g) {
        TableRow row;
        row.cells.append(x.groups[qsizetype(g)]);
        for (int n : x.counts[g])
            row.cells.append(QString::number(n));
        row.cells.append(QString::number(x.groupTotals[g]));
        t.rows.append(row);
    }
    return t;
}

ReportDocument studyReport(const StudySummary &s, const Study *study, const RunSummary &run, const RunEvents &events,
                           const StudyReportOptions &options)
{
    ReportDocument doc;
    doc.title = s.studyName.isEmpty() ? Tr::tr("Study run %1").arg(s.runId) : s.studyName;
    doc.subtitle = Tr::tr("Study report");
    doc.generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc();
    doc.metadata = {{Tr::tr("Run"), QStringLiteral("#%1").arg(s.runId)},
                    {Tr::tr("Respondents"), QString::number(s.respondents)},
                    {Tr::tr("Engine"), run.provider + (run.model.isEmpty() ? QString() : QStringLiteral(" · ") + run.model)},
                    {Tr::tr("Generated"), doc.generated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))}};
    if (study)
        doc.metadata.insert(1, {Tr::tr("Mode"), studyModeName(study->mode)});
    doc.note(syntheticRespondentsCaveat());
    // The run report's first caveat says the same as the one above: only the engine's follows.
    for (const QString &caveat : runCaveats(run).mid(1))
        doc.note(caveat);

    doc.heading(Tr::tr("Study design"));
    if (study) {
        if (!study->description.isEmpty())
            doc.paragraph(study->description);
        doc.paragraph(Tr::tr("Mode: %1. %2").arg(studyModeName(study->mode),
                                                 study->mode == StudyMode::Survey ? Tr::tr("Each respondent answered alone.")
                                                 : study->mode == StudyMode::Interview
                                                     ? Tr::tr("An interviewer asked the questions one respondent at a time.")
                                                     : Tr::tr("The questions were asked during a group discussion.")));
        if (study->population)
            doc.paragraph(Tr::tr("Respondents were drawn from the population \"%1\"%2.")
                              .arg(study->population->name,
                                   study->population->sample ? Tr::tr(" (a sample of %1)").arg(*study->population->sample) : QString()));
        for (const StudyMaterial &m : study->material) {
            doc.heading(Tr::tr("Material: %1").arg(m.name), 2);
            doc.paragraph(m.text);
        }
    }
    doc.heading(Tr::tr("Questionnaire"), 2);
    Table questionnaire;
    questionnaire.columns = {TableColumn(Tr::tr("Id")), TableColumn(Tr::tr("Question")), TableColumn(Tr::tr("Type")),
                             TableColumn(Tr::tr("Answers"))};
    for (const QuestionSummary &q : s.questions)
        questionnaire.rows.append({{q.question.id, q.question.text, typeText(q.question), answersText(q.question)}});
    doc.add(questionnaire);

    doc.heading(Tr::tr("Respondents"));
    doc.paragraph(Tr::tr("%n respondents.", nullptr, s.respondents));
    for (const QString &attribute : s.attributes) {
        // Free text (names of employers, long descriptions) would give one row per person.
        Table t = attributeTable(s, attribute);
        if (!t.rows.isEmpty() && t.rows.size() <= std::max(12, s.respondents / 2))
            doc.add(t);
    }

    doc.heading(Tr::tr("Results"));
    for (const QuestionSummary &q : s.questions) {
        doc.heading(questionTitle(q.question), 2);
        if (auto chart = questionChart(q))
            doc.add(*chart);
        else
            doc.paragraph(questionFigures(q), Paragraph::Style::Muted);
        if (!q.categories.isEmpty() || !q.ranking.isEmpty())
            doc.add(questionTable(q));
        if (!q.missingReasons.isEmpty()) {
            Table m;
            m.caption = Tr::tr("Missing answers");
            m.columns = {TableColumn(Tr::tr("Reason")), TableColumn(Tr::tr("n"), Align::Right)};
            for (const auto &[reason, n] : q.missingReasons)
                m.rows.append({{reason, QString::number(n)}});
            doc.add(m);
        }
    }

    doc.heading(Tr::tr("Selected quotes"));
    QHash<qint64, int> stepOf;
    for (const RunEvent &e : events)
        stepOf.insert(e.seq, e.step);
    bool anyQuote = false;
    for (const QuestionSummary &q : s.questions) {
        if (q.quotes.isEmpty())
            continue;
        doc.heading(questionTitle(q.question), 2);
        for (int i = 0; i < std::min<int>(options.quotesPerQuestion, int(q.quotes.size())); ++i) {
            const StudyQuote &sq = q.quotes[i];
            Quote quote;
            quote.speaker = q.question.type == QuestionType::Open ? sq.agent : QStringLiteral("%1 (%2)").arg(sq.agent, sq.value);
            quote.text = sq.text;
            if (sq.eventSeq) {
                quote.eventSeq = *sq.eventSeq;
                quote.step = stepOf.value(*sq.eventSeq, 0);
                quote.citation = stepOf.contains(*sq.eventSeq) ? Tr::tr("step %1, event %2").arg(quote.step).arg(quote.eventSeq)
                                                              : Tr::tr("event %1").arg(quote.eventSeq);
            }
            doc.add(quote);
            anyQuote = true;
        }
    }
    if (!anyQuote)
        doc.paragraph(Tr::tr("No answer has a justification to quote."), Paragraph::Style::Muted);

    doc.heading(Tr::tr("Engine and cost"));
    doc.add(runFiguresTable(run));
    if (options.transcript) {
        doc.heading(Tr::tr("Transcript"));
        doc.add(runTranscript(run, events));
    }
    return doc;
}

Result<ReportDocument> storedStudyReport(const StudyStore &studies, const RunStore &runs, qint64 runId,
                                         const StudyReportOptions &options)
{
    using R = Result<ReportDocument>;
    auto record = studies.studyRun(runId);
    if (!record)
        return R::failure(record.error());
    auto summary = summarizeStudyRun(studies, runId);
    if (!summary)
        return R::failure(summary.error());
    auto run = summarizeRun(runs, runId);
    if (!run)
        return R::failure(run.error());
    auto events = runs.events(runId);
    if (!events)
        return R::failure(events.error());
    const auto study = StudyFile::fromDefinition(record.value().definition, record.value().studyName);
    return studyReport(summary.value(), study.study ? &*study.study : nullptr, run.value(), events.value(), options);
}

} // namespace troupe::report
