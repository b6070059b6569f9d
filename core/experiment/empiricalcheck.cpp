#include "empiricalcheck.h"

#include "store/runstore.h"
#include "store/studystore.h"
#include "study/studyfile.h"

#include <QSet>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmpiricalCheck)
};

/** A scalar as text for grouping; objects and lists are left out. */
std::optional<QString> scalarText(const nlohmann::json &v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_number())
        return QString::number(v.get<double>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

void addFields(const nlohmann::ordered_json &object, std::map<QString, QString> &into)
{
    if (!object.is_object())
        return;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (const auto text = scalarText(nlohmann::json(it.value())))
            into[QString::fromStdString(it.key())] = *text;
}

} // namespace

Result<QList<qint64>> studyRunsNamed(ProjectFile &project, const QString &which)
{
    using R = Result<QList<qint64>>;
    StudyStore studies(project);
    bool isId = false;
    const qint64 id = which.toLongLong(&isId);
    if (which == QLatin1String("last")) {
        auto latest = RunStore(project).latestRun();
        if (!latest)
            return R::failure(latest.error());
        if (latest.value() == 0)
            return R::failure(Tr::tr("the project holds no runs"));
        return QList<qint64>{latest.value()};
    }
    if (isId && id > 0)
        return QList<qint64>{id};
    auto runs = studies.experimentRuns(which);
    if (!runs)
        return R::failure(runs.error());
    if (runs.value().isEmpty())
        return R::failure(Tr::tr("\"%1\" is neither a run id nor an experiment with runs in this project").arg(which));
    QList<qint64> ids;
    for (const StudyRunRecord &r : runs.value())
        ids.append(r.runId);
    return ids;
}

Result<std::vector<Observation>> simulatedObservations(ProjectFile &project, const QList<qint64> &runs,
                                                       const QString &questionId, SimulatedReading reading,
                                                       const QString &option)
{
    using R = Result<std::vector<Observation>>;
    StudyStore studies(project);
    std::vector<Observation> out;
    for (qint64 run : runs) {
        auto respondents = studies.respondents(run);
        if (!respondents)
            return R::failure(respondents.error());
        std::map<QString, std::map<QString, QString>> byAgent;
        for (const RespondentRecord &r : respondents.value()) {
            auto &fields = byAgent[r.agent];
            addFields(r.persona, fields);
            addFields(r.attributes, fields);
        }
        auto answers = studies.answers(run, questionId);
        if (!answers)
            return R::failure(answers.error());
        for (const AnswerRecord &a : answers.value()) {
            if (!a.value || a.value->is_null())
                continue;
            Observation o;
            if (reading != SimulatedReading::Value) {
                if (!a.value->is_array())
                    continue;
                int position = 0;
                for (size_t i = 0; i < a.value->size() && position == 0; ++i) {
                    const auto text = scalarText(a.value->at(i));
                    if (text && text->compare(option, Qt::CaseInsensitive) == 0)
                        position = int(i) + 1;
                }
                if (reading == SimulatedReading::Mention)
                    o.category = position > 0 ? QStringLiteral("yes") : QStringLiteral("no");
                else if (position > 0)
                    o.number = position;
                else
                    continue;
            } else if (a.value->is_number())
                o.number = a.value->get<double>();
            else if (const auto text = scalarText(*a.value))
                o.category = *text;
            else if (a.value->is_array() && !a.value->empty() && a.value->front().is_string())
                o.category = QString::fromStdString(a.value->front().get<std::string>()); // a ranking's first choice
            else
                continue;
            o.attributes = byAgent[a.agent];
            if (!a.arm.isEmpty())
                o.attributes[QStringLiteral("arm")] = a.arm;
            if (a.replicate)
                o.attributes[QStringLiteral("replicate")] = QString::number(*a.replicate);
            out.push_back(std::move(o));
        }
    }
    if (out.empty())
        return R::failure(Tr::tr("no simulated answers to \"%1\" in the run(s) given").arg(questionId));
    return out;
}

Result<EmpiricalSubject> empiricalSubject(ProjectFile &project, const QString &which)
{
    using R = Result<EmpiricalSubject>;
    auto runs = studyRunsNamed(project, which);
    if (!runs)
        return R::failure(runs.error());
    EmpiricalSubject out;
    out.runs = runs.value();
    StudyStore studies(project);
    auto first = studies.studyRun(out.runs.first());
    if (!first)
        return R::failure(first.error());
    const StudyFile::Outcome study = StudyFile::fromDefinition(first.value().definition, Tr::tr("run %1").arg(out.runs.first()));
    if (study.study) {
        for (const Question &q : study.study->questions) {
            if (q.type == QuestionType::Open)
                continue;
            out.questions.push_back({q.id, questionTypeName(q.type), q.text, q.options});
        }
    } else {
        // A run whose stored study no longer reads: its answers still name their questions.
        auto answers = studies.answers(out.runs.first());
        if (!answers)
            return R::failure(answers.error());
        for (const AnswerRecord &a : answers.value())
            if (a.type != QLatin1String("open")
                && std::none_of(out.questions.begin(), out.questions.end(), [&](const EmpiricalQuestion &q) { return q.id == a.questionId; }))
                out.questions.push_back({a.questionId, a.type, QString(), {}});
    }
    QSet<QString> attributes;
    for (qint64 run : out.runs) {
        auto respondents = studies.respondents(run);
        if (!respondents)
            return R::failure(respondents.error());
        for (const RespondentRecord &r : respondents.value()) {
            std::map<QString, QString> fields;
            addFields(r.persona, fields);
            addFields(r.attributes, fields);
            for (const auto &[k, v] : fields)
                attributes.insert(k);
        }
        auto record = studies.studyRun(run);
        if (record && !record.value().arm.isEmpty())
            attributes.insert(QStringLiteral("arm"));
        if (record && record.value().replicate)
            attributes.insert(QStringLiteral("replicate"));
    }
    out.attributes = QStringList(attributes.begin(), attributes.end());
    out.attributes.sort(Qt::CaseInsensitive);
    return out;
}

Result<EmpiricalReport> runEmpiricalCheck(ProjectFile &project, const EmpiricalCheck &check)
{
    auto outcome = runEmpiricalCheckWithData(project, check);
    if (!outcome)
        return Result<EmpiricalReport>::failure(outcome.error());
    return std::move(outcome.value().report);
}

Result<EmpiricalOutcome> runEmpiricalCheckWithData(ProjectFile &project, const EmpiricalCheck &check)
{
    using R = Result<EmpiricalOutcome>;
    auto runs = studyRunsNamed(project, check.which);
    if (!runs)
        return R::failure(runs.error());
    const bool byOption = (check.kind == SurveyValueKind::Ranking && !check.option.isEmpty()) || check.kind == SurveyValueKind::Multi;
    if (check.kind == SurveyValueKind::Multi && check.option.isEmpty())
        return R::failure(Tr::tr("%1: a multi-value column is compared option by option; choose the option").arg(check.column));
    const SimulatedReading reading = !byOption ? SimulatedReading::Value
                                     : check.kind == SurveyValueKind::Multi ? SimulatedReading::Mention
                                                                            : SimulatedReading::Position;
    auto simulated = simulatedObservations(project, runs.value(), check.questionId, reading, check.option);
    if (!simulated)
        return R::failure(simulated.error());
    bool numeric = true;
    for (const Observation &o : simulated.value())
        numeric = numeric && !std::isnan(o.number);
    SurveyMapping mapping;
    mapping.question.column = check.column;
    mapping.question.questionId = check.questionId;
    mapping.question.kind = check.kind.value_or(numeric ? SurveyValueKind::Numeric : SurveyValueKind::Choice);
    for (const AttributeMatch &m : check.matches)
        mapping.attributes.append(m.realColumn);
    auto data = readSurveyCsv(check.csvPath, mapping);
    if (!data)
        return R::failure(data.error());
    EmpiricalOutcome out;
    out.kind = mapping.question.kind;
    bool numericScale = mapping.question.kind == SurveyValueKind::Numeric;
    switch (mapping.question.kind) {
    case SurveyValueKind::Numeric:
    case SurveyValueKind::Choice:
        out.real = data.value().observations();
        break;
    case SurveyValueKind::Ranking:
        if (check.option.isEmpty()) {
            out.real = data.value().topChoices(); // compared with each simulated ranking's first choice
        } else {
            out.real = data.value().rankPositions(check.option);
            numericScale = true;
        }
        break;
    case SurveyValueKind::Multi:
        out.real = data.value().mentions(check.option);
        break;
    }
    if (numericScale && !numeric)
        return R::failure(Tr::tr("\"%1\" is numeric in %2 but the simulated answers to \"%3\" are not numbers")
                              .arg(check.column, check.csvPath, check.questionId));
    if (out.real.empty() && byOption)
        return R::failure(Tr::tr("%1: no respondent in %2 ranks or names \"%3\"").arg(check.column, check.csvPath, check.option));
    auto report = compareEmpirical(check.questionId, numericScale ? Scale::Numeric : Scale::Categorical, simulated.value(),
                                   out.real, check.matches);
    if (!report)
        return R::failure(report.error());
    out.report = std::move(report.value());
    out.simulated = std::move(simulated.value());
    return out;
}

} // namespace troupe
