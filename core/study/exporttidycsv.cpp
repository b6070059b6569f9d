#include "answer.h"
#include "csvwriter.h"
#include "export.h"
#include "exportlayout.h"
#include "resulttable.h"

namespace troupe {

namespace {

QString attributeText(const nlohmann::json *v)
{
    if (!v || v->is_null())
        return {};
    return v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString::fromStdString(v->dump());
}

QString ssrText(const std::optional<nlohmann::json> &ssr)
{
    if (!ssr || !ssr->is_array())
        return {};
    QStringList parts;
    for (const auto &p : *ssr)
        parts.append(p.is_number() ? QString::number(p.get<double>(), 'g', 6) : QString());
    return parts.join(QStringLiteral("; "));
}

} // namespace

Status writeTidyCsv(const ResultTable &table, const QString &path)
{
    const bool arms = table.hasArms(), ssr = table.hasSsr();
    const QStringList attributes = table.attributeNames();
    CsvWriter csv;
    QStringList header = {QStringLiteral("run"), QStringLiteral("agent"), QStringLiteral("question"), QStringLiteral("type"),
                          QStringLiteral("value"), QStringLiteral("justification"), QStringLiteral("event_seq"),
                          QStringLiteral("missing_reason")};
    if (arms)
        header << QStringLiteral("arm") << QStringLiteral("replicate");
    if (ssr)
        header << QStringLiteral("ssr_mean") << QStringLiteral("ssr");
    csv.record(uniqueNames(header + attributes));

    const auto &questions = table.questions();
    for (int row = 0; row < int(table.respondents().size()); ++row) {
        const Respondent &r = table.respondents()[row];
        QStringList attributeCells;
        for (const QString &name : attributes)
            attributeCells.append(attributeText(r.attribute(name)));
        for (int qi = 0; qi < int(questions.size()); ++qi) {
            const Question &q = questions[qi];
            const ResultAnswer &a = table.answer(row, qi);
            csv.field(QString::number(r.runId));
            csv.field(r.agent);
            csv.field(q.id);
            csv.field(questionTypeName(q.type));
            csv.field(a.answered() ? answerText(q, a.value) : QString());
            csv.field(a.justification);
            csv.field(a.eventSeq ? QString::number(*a.eventSeq) : QString());
            csv.field(a.state == ResultAnswer::State::NotAsked ? QString::fromLatin1(kNotAskedReason)
                      : a.state == ResultAnswer::State::Missing ? a.missingReason
                                                                : QString());
            if (arms) {
                csv.field(r.arm);
                csv.field(r.replicate ? QString::number(*r.replicate) : QString());
            }
            if (ssr) {
                const auto mean = a.ssrMean(q);
                csv.field(mean ? QString::number(*mean, 'g', 6) : QString());
                csv.field(ssrText(a.ssr));
            }
            for (const QString &cell : attributeCells)
                csv.field(cell);
            csv.endRecord();
        }
    }
    return saveBytes(path, csv.data());
}

} // namespace troupe
