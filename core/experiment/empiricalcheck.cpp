#include "empiricalcheck.h"

#include "store/runstore.h"
#include "store/studystore.h"

#include <QCoreApplication>

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
                                                       const QString &questionId)
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
            if (a.value->is_number())
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

Result<EmpiricalReport> runEmpiricalCheck(ProjectFile &project, const EmpiricalCheck &check)
{
    using R = Result<EmpiricalReport>;
    auto runs = studyRunsNamed(project, check.which);
    if (!runs)
        return R::failure(runs.error());
    auto simulated = simulatedObservations(project, runs.value(), check.questionId);
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
    std::vector<Observation> real;
    switch (mapping.question.kind) {
    case SurveyValueKind::Numeric:
    case SurveyValueKind::Choice:
        real = data.value().observations();
        break;
    case SurveyValueKind::Ranking:
        real = data.value().topChoices(); // compared with each simulated ranking's first choice
        break;
    case SurveyValueKind::Multi:
        return R::failure(Tr::tr("%1: a multi-value column is compared option by option; that is not available here yet").arg(check.column));
    }
    const bool numericScale = mapping.question.kind == SurveyValueKind::Numeric;
    if (numericScale && !numeric)
        return R::failure(Tr::tr("\"%1\" is numeric in %2 but the simulated answers to \"%3\" are not numbers")
                              .arg(check.column, check.csvPath, check.questionId));
    return compareEmpirical(check.questionId, numericScale ? Scale::Numeric : Scale::Categorical, simulated.value(), real,
                            check.matches);
}

} // namespace troupe
