#include "resulttable.h"

#include "store/studystore.h"

#include <QCoreApplication>
#include <QHash>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultTable)
};

using Json = nlohmann::json;

/** A scalar as it is; anything else as its JSON text, so a cell is always one value. */
Json scalar(const Json &v)
{
    if (v.is_primitive())
        return v;
    return v.dump();
}

} // namespace

const Json *Respondent::attribute(const QString &name) const
{
    for (const auto &[key, value] : attributes)
        if (key == name)
            return &value;
    return nullptr;
}

std::vector<std::pair<QString, Json>> Respondent::attributesOf(const Json &persona, const Json &dimensions)
{
    std::vector<std::pair<QString, Json>> out;
    if (persona.is_object()) {
        for (const char *key : {"age", "gender", "nationality", "residence", "occupation", "education"}) {
            const auto it = persona.find(key);
            if (it == persona.end() || it->is_null())
                continue;
            // TinyTroupe writes occupation as {title, organization, description}; the title is the attribute.
            if (std::string(key) == "occupation" && it->is_object())
                out.emplace_back(QString::fromLatin1(key), it->contains("title") ? scalar(it->at("title")) : scalar(*it));
            else
                out.emplace_back(QString::fromLatin1(key), scalar(*it));
        }
    }
    if (dimensions.is_object()) {
        for (auto it = dimensions.begin(); it != dimensions.end(); ++it) {
            QString name = QString::fromStdString(it.key());
            // A dimension may share a persona field's name ("age" as a range): keep both.
            if (std::any_of(out.begin(), out.end(), [&](const auto &p) { return p.first == name; }))
                name += QStringLiteral(" (sample)");
            out.emplace_back(name, scalar(it.value()));
        }
    }
    return out;
}

std::optional<double> ResultAnswer::ssrMean(const Question &q) const
{
    if (!ssr || !ssr->is_array() || int(ssr->size()) != q.scaleMax - q.scaleMin + 1)
        return std::nullopt;
    double total = 0, mean = 0;
    for (size_t i = 0; i < ssr->size(); ++i) {
        if (!(*ssr)[i].is_number())
            return std::nullopt;
        const double p = (*ssr)[i].get<double>();
        total += p;
        mean += p * (q.scaleMin + int(i));
    }
    if (total <= 0)
        return std::nullopt;
    return mean / total;
}

ResultTable::ResultTable(QString studyName, QList<Question> questions)
    : m_studyName(std::move(studyName)), m_questions(std::move(questions))
{
}

int ResultTable::questionIndex(const QString &id) const
{
    for (qsizetype i = 0; i < m_questions.size(); ++i)
        if (m_questions[i].id == id)
            return int(i);
    return -1;
}

const ResultAnswer &ResultTable::answer(int respondent, int question) const
{
    return m_cells.at(size_t(respondent)).at(size_t(question));
}

int ResultTable::addRespondent(Respondent respondent)
{
    m_respondents.append(std::move(respondent));
    m_cells.emplace_back(size_t(m_questions.size()));
    return int(m_respondents.size() - 1);
}

int ResultTable::respondentIndex(qint64 runId, const QString &agent) const
{
    for (qsizetype i = 0; i < m_respondents.size(); ++i)
        if (m_respondents[i].runId == runId && m_respondents[i].agent == agent)
            return int(i);
    return -1;
}

void ResultTable::setAnswer(int respondent, int question, ResultAnswer answer)
{
    m_cells.at(size_t(respondent)).at(size_t(question)) = std::move(answer);
}

bool ResultTable::hasArms() const
{
    return std::any_of(m_respondents.begin(), m_respondents.end(),
                       [](const Respondent &r) { return !r.arm.isEmpty() || r.replicate.has_value(); });
}

bool ResultTable::hasSsr() const
{
    for (const auto &row : m_cells)
        for (const ResultAnswer &a : row)
            if (a.ssr)
                return true;
    return false;
}

QStringList ResultTable::attributeNames() const
{
    QStringList out;
    for (const Respondent &r : m_respondents)
        for (const auto &[name, _] : r.attributes)
            if (!out.contains(name))
                out.append(name);
    return out;
}

Result<ResultTable> ResultTable::load(const StudyStore &store, const QList<qint64> &runIds)
{
    using R = Result<ResultTable>;
    QList<StudyRunRecord> runs;
    QList<Question> questions;
    QString studyName;
    for (qint64 runId : runIds) {
        auto run = store.studyRun(runId);
        if (!run)
            return R::failure(run.error());
        if (studyName.isEmpty())
            studyName = run.value().studyName;
        const auto &list = run.value().definition.value("questions", nlohmann::ordered_json::array());
        for (size_t i = 0; i < list.size(); ++i) {
            std::vector<FieldProblem> problems;
            const auto q = Question::parse(list[i], problems);
            if (!q)
                return R::failure(Tr::tr("run %1: question %2 of its study is damaged: %3")
                                      .arg(runId).arg(i + 1).arg(problems.empty() ? QString() : problems.front().message));
            const auto same = std::find_if(questions.begin(), questions.end(), [&](const Question &o) { return o.id == q->id; });
            if (same == questions.end())
                questions.append(*q);
            else if (same->type != q->type)
                return R::failure(Tr::tr("question \"%1\" is %2 in one run and %3 in run %4")
                                      .arg(q->id, questionTypeName(same->type), questionTypeName(q->type)).arg(runId));
        }
        runs.append(std::move(run).value());
    }

    ResultTable table(studyName, questions);
    QHash<QPair<qint64, QString>, int> rows;
    for (const StudyRunRecord &run : runs) {
        auto respondents = store.respondents(run.runId);
        if (!respondents)
            return R::failure(respondents.error());
        for (const RespondentRecord &rec : respondents.value()) {
            Respondent r{run.runId, rec.agent, rec.arm.isEmpty() ? run.arm : rec.arm, run.replicate,
                         Respondent::attributesOf(nlohmann::json(rec.persona), nlohmann::json(rec.attributes))};
            rows.insert({run.runId, rec.agent}, table.addRespondent(std::move(r)));
        }
        auto answers = store.answers(run.runId);
        if (!answers)
            return R::failure(answers.error());
        for (const AnswerRecord &a : answers.value()) {
            const int column = table.questionIndex(a.questionId);
            if (column < 0)
                return R::failure(Tr::tr("run %1 has an answer of %2 to \"%3\", which its study does not ask")
                                      .arg(run.runId).arg(a.agent, a.questionId));
            if (a.type != questionTypeName(table.m_questions[column].type))
                return R::failure(Tr::tr("run %1: the answer of %2 to \"%3\" is stored as %4, but the question is %5")
                                      .arg(run.runId).arg(a.agent, a.questionId, a.type, questionTypeName(table.m_questions[column].type)));
            auto row = rows.find({run.runId, a.agent});
            if (row == rows.end())
                row = rows.insert({run.runId, a.agent}, table.addRespondent(Respondent{run.runId, a.agent, run.arm, run.replicate, {}}));
            Respondent &r = table.m_respondents[*row];
            if (r.arm.isEmpty())
                r.arm = a.arm;
            if (!r.replicate)
                r.replicate = a.replicate;
            ResultAnswer cell;
            cell.state = a.value ? ResultAnswer::State::Answered : ResultAnswer::State::Missing;
            cell.value = a.value.value_or(Json());
            cell.justification = a.justification;
            cell.eventSeq = a.eventSeq;
            cell.missingReason = a.missingReason;
            cell.ssr = a.ssr;
            table.setAnswer(*row, column, std::move(cell));
        }
    }
    return table;
}

} // namespace troupe
