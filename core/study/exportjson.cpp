#include "export.h"
#include "exportlayout.h"

namespace troupe {

namespace {

using OJson = nlohmann::ordered_json;

std::string str(const QString &s)
{
    return s.toStdString();
}

OJson orNull(const QString &s)
{
    return s.isEmpty() ? OJson() : OJson(str(s));
}

} // namespace

Status writeResultsJson(const ResultTable &table, const QString &path)
{
    OJson doc;
    doc["study"] = str(table.studyName());
    OJson questions = OJson::array();
    for (const Question &q : table.questions())
        questions.push_back(q.toJson());
    doc["questions"] = std::move(questions);

    OJson respondents = OJson::array(), answers = OJson::array();
    for (int row = 0; row < int(table.respondents().size()); ++row) {
        const Respondent &r = table.respondents()[row];
        OJson attributes = OJson::object();
        for (const auto &[name, value] : r.attributes)
            attributes[str(name)] = value;
        OJson who = {{"run", r.runId}, {"agent", str(r.agent)}, {"arm", orNull(r.arm)},
                     {"replicate", r.replicate ? OJson(*r.replicate) : OJson()}, {"attributes", std::move(attributes)}};
        respondents.push_back(std::move(who));
        for (int qi = 0; qi < int(table.questions().size()); ++qi) {
            const Question &q = table.questions()[qi];
            const ResultAnswer &a = table.answer(row, qi);
            const char *state = a.state == ResultAnswer::State::Answered ? "answered"
                              : a.state == ResultAnswer::State::Missing  ? "missing"
                                                                         : "not_asked";
            OJson answer = {{"run", r.runId},
                            {"agent", str(r.agent)},
                            {"question", str(q.id)},
                            {"type", str(questionTypeName(q.type))},
                            {"state", state},
                            {"value", a.answered() ? OJson(a.value) : OJson()},
                            {"justification", orNull(a.justification)},
                            {"event_seq", a.eventSeq ? OJson(*a.eventSeq) : OJson()},
                            {"missing_reason", a.state == ResultAnswer::State::NotAsked ? OJson(kNotAskedReason) : orNull(a.missingReason)},
                            {"arm", orNull(r.arm)},
                            {"replicate", r.replicate ? OJson(*r.replicate) : OJson()},
                            {"ssr", a.ssr ? OJson(*a.ssr) : OJson()}};
            answers.push_back(std::move(answer));
        }
    }
    doc["respondents"] = std::move(respondents);
    doc["answers"] = std::move(answers);
    return saveBytes(path, QByteArray::fromStdString(doc.dump(2, ' ', false, OJson::error_handler_t::replace)) + '\n');
}

} // namespace troupe
