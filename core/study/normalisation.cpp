#include "normalisation.h"

#include "llm/provider.h"
#include "util/jsonschema.h"
#include "util/jsonvalue.h"
#include "util/keywordclusters.h"
#include "util/promptrenderer.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Normalisation)
};

using json = nlohmann::json;

constexpr int kQuotes = 3;

NormalisedLabel makeLabel(const QString &label, const QList<int> &members, const OpenQuestion &q)
{
    NormalisedLabel l;
    l.label = label;
    for (int m : members) {
        l.agents.append(q.answers.at(m).agent);
        if (l.quotes.size() < kQuotes)
            l.quotes.append(q.answers.at(m).text);
    }
    return l;
}

void sortLabels(QList<NormalisedLabel> &labels)
{
    std::stable_sort(labels.begin(), labels.end(), [](const NormalisedLabel &a, const NormalisedLabel &b) { return a.count() > b.count(); });
}

const JsonSchema &compiledSchema()
{
    static const JsonSchema schema = [] {
        auto c = JsonSchema::fromJson(normalisationSchema());
        if (!c)
            qFatal("normalisation schema does not compile: %s", qPrintable(c.error()));
        return std::move(c).value();
    }();
    return schema;
}

} // namespace

Result<OpenQuestion> openAnswers(ProjectFile &project, qint64 runId, const QString &questionId)
{
    StudyStore store(project);
    auto answers = store.answers(runId, questionId);
    if (!answers)
        return Result<OpenQuestion>::failure(answers.error());
    OpenQuestion q;
    q.questionId = questionId;
    q.text = questionId;
    if (auto run = store.studyRun(runId); run) {
        // A stored definition was checked when the study ran, but read it without throwing all the same.
        const auto *questions = jsonMember(run.value().definition, "questions");
        if (questions && questions->is_array())
            for (const auto &item : *questions)
                if (jsonString(jsonMember(item, "id") ? *jsonMember(item, "id") : nlohmann::ordered_json()) == questionId) {
                    const auto *t = jsonMember(item, "text");
                    if (t && t->is_string())
                        q.text = jsonString(*t);
                }
    }
    bool other = false;
    for (const AnswerRecord &a : answers.value()) {
        if (a.type != QLatin1String("open")) {
            other = true;
            continue;
        }
        if (!a.value || !a.value->is_string())
            continue; // missing: counted elsewhere with its reason, not labelled
        q.answers.append({a.agent, QString::fromStdString(a.value->get<std::string>()), a.eventSeq});
    }
    if (q.answers.isEmpty())
        return Result<OpenQuestion>::failure(
            other ? Tr::tr("question \"%1\" of run %2 is not an open question: only open answers are normalised").arg(questionId).arg(runId)
                  : Tr::tr("run %1 has no answers to question \"%2\"").arg(runId).arg(questionId));
    return q;
}

Normalisation keywordNormalisation(const OpenQuestion &question, int k)
{
    Normalisation n;
    n.questionId = question.questionId;
    n.question = question.text;
    n.method = QStringLiteral("keywords");
    QStringList texts;
    for (const OpenAnswer &a : question.answers)
        texts.append(a.text);
    for (const KeywordCluster &c : keywordClusters(texts, k))
        n.labels.append(makeLabel(c.label, c.members, question));
    return n;
}

json normalisationSchema()
{
    return {{"type", "object"},
            {"required", {"labels"}},
            {"additionalProperties", false},
            {"properties",
             {{"labels",
               {{"type", "array"},
                {"items",
                 {{"type", "object"},
                  {"required", {"label", "answers"}},
                  {"additionalProperties", false},
                  {"properties", {{"label", {{"type", "string"}}}, {"answers", {{"type", "array"}, {"items", {{"type", "integer"}}}}}}}}}}}}}};
}

llm::ChatRequest normalisationRequest(const OpenQuestion &question, int k, const QString &model)
{
    json answers = json::array();
    json hinted = json::array();
    for (qsizetype i = 0; i < question.answers.size(); ++i) {
        const std::string text = question.answers.at(i).text.simplified().toStdString();
        answers.push_back({{"n", i + 1}, {"text", text}});
        hinted.push_back(text);
    }
    llm::ChatRequest r;
    r.purpose = QStringLiteral("normalisation");
    r.model = model;
    r.temperature = 0;
    r.messages.push_back({QStringLiteral("user"), renderPrompt(QStringLiteral("normalisation"),
                                                               {{"question", question.text.toStdString()}, {"k", k}, {"answers", answers}})});
    r.responseSchema = normalisationSchema();
    r.schemaName = QStringLiteral("normalisation");
    r.hints = {{"question", question.text.toStdString()}, {"k", k}, {"answers", hinted}};
    return r;
}

QString normalisationReplyProblem(const json &reply, int answerCount, int k)
{
    const auto labels = reply.is_object() ? reply.find("labels") : reply.end();
    if (!reply.is_object() || labels == reply.end() || !labels->is_array())
        return Tr::tr("labels: expected a list of labels");
    if (labels->empty() && answerCount > 0)
        return Tr::tr("labels: empty, but there are %1 answers to label").arg(answerCount);
    if (int(labels->size()) > k)
        return Tr::tr("labels: %1 labels, at most %2 allowed").arg(labels->size()).arg(k);
    QSet<QString> names;
    std::vector<int> seen(size_t(std::max(0, answerCount)) + 1, 0);
    for (size_t i = 0; i < labels->size(); ++i) {
        const json &l = (*labels)[i];
        if (!l.is_object() || !l.contains("label") || !l["label"].is_string() || !l.contains("answers") || !l["answers"].is_array())
            return Tr::tr("labels[%1]: expected {\"label\": text, \"answers\": [numbers]}").arg(i);
        const QString name = QString::fromStdString(l["label"].get<std::string>()).trimmed();
        if (name.isEmpty())
            return Tr::tr("labels[%1].label: empty").arg(i);
        if (names.contains(name.toLower()))
            return Tr::tr("labels[%1].label: \"%2\" is used twice").arg(i).arg(name);
        names.insert(name.toLower());
        for (size_t j = 0; j < l["answers"].size(); ++j) {
            const json &a = l["answers"][j];
            if (!a.is_number_integer())
                return Tr::tr("labels[%1].answers[%2]: expected an answer number").arg(i).arg(j);
            const qint64 n = a.get<qint64>();
            if (n < 1 || n > answerCount)
                return Tr::tr("labels[%1].answers[%2]: there is no answer %3 (answers are 1 to %4)").arg(i).arg(j).arg(n).arg(answerCount);
            if (seen[size_t(n)]++)
                return Tr::tr("labels[%1].answers[%2]: answer %3 has more than one label").arg(i).arg(j).arg(n);
        }
    }
    QStringList unlabelled;
    for (int n = 1; n <= answerCount; ++n)
        if (!seen[size_t(n)])
            unlabelled.append(QString::number(n));
    if (!unlabelled.isEmpty())
        return Tr::tr("answers without a label: %1").arg(unlabelled.mid(0, 20).join(QStringLiteral(", ")));
    return QString();
}

Normalisation normalisationFromReply(const OpenQuestion &question, const json &reply, const QString &method)
{
    Normalisation n;
    n.questionId = question.questionId;
    n.question = question.text;
    n.method = method;
    for (const auto &l : reply.at("labels")) {
        QList<int> members;
        for (const auto &a : l.at("answers"))
            members.append(int(a.get<qint64>() - 1));
        std::sort(members.begin(), members.end());
        n.labels.append(makeLabel(QString::fromStdString(l.at("label").get<std::string>()).trimmed(), members, question));
    }
    n.labels.erase(std::remove_if(n.labels.begin(), n.labels.end(), [](const NormalisedLabel &l) { return l.count() == 0; }), n.labels.end());
    sortLabels(n.labels);
    return n;
}

void runNormalisation(llm::CallScheduler &scheduler, OpenQuestion question, int k, const QString &model, QObject *context,
                      CallRecorder record, std::function<void(Result<Normalisation>)> done)
{
    k = std::max(1, k);
    if (!record)
        record = [](const llm::ChatRequest &, const llm::ChatReply &, bool) {};
    const llm::Provider *provider = scheduler.provider();
    const QString method = provider && !provider->isLanguageModel() ? QStringLiteral("keywords") : QStringLiteral("model");
    const QString engine = provider ? provider->label() : QString();
    StructuredCall call;
    call.request = normalisationRequest(question, k, model);
    call.schema = &compiledSchema();
    const int count = int(question.answers.size());
    call.check = [count, k](const json &reply) { return normalisationReplyProblem(reply, count, k); };
    call.maxAttempts = 2;
    runStructuredCall(scheduler, std::move(call), context, std::move(record),
                      [question = std::move(question), method, engine, done = std::move(done)](StructuredResult r) {
                          if (!r.value) {
                              done(Result<Normalisation>::failure(
                                  r.callFailed ? Tr::tr("the model call failed: %1").arg(r.problem)
                                               : Tr::tr("the labels were still invalid after %1 attempts: %2").arg(r.attempts).arg(r.problem)));
                              return;
                          }
                          Normalisation n = normalisationFromReply(question, *r.value, method);
                          n.engine = engine;
                          done(std::move(n));
                      });
}

Status storeNormalisation(ProjectFile &project, qint64 runId, const Normalisation &n)
{
    QList<AnswerLabelRecord> records;
    for (const NormalisedLabel &l : n.labels)
        records.append({l.label, l.agents, n.method});
    return StudyStore(project).saveLabels(runId, n.questionId, records);
}

} // namespace troupe
