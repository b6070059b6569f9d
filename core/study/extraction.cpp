#include "extraction.h"

#include "store/runstore.h"
#include "util/jsonschema.h"
#include "util/jsonvalue.h"
#include "util/promptrenderer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Extraction)
};

using json = nlohmann::json;

std::string s(const QString &text)
{
    return text.toStdString();
}

bool isWorldEvent(const RunEvent &e)
{
    return e.kind == QLatin1String("action") || e.kind == QLatin1String("intervention") || e.kind == QLatin1String("world");
}

bool isAgentEvent(const RunEvent &e, const QString &agent)
{
    return e.agent == agent && (e.kind == QLatin1String("action") || e.kind == QLatin1String("stimulus")
                                || e.kind == QLatin1String("feedback") || e.kind == QLatin1String("intervention"));
}

} // namespace

Result<ExtractionField> parseExtractionField(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    ExtractionField f;
    f.name = (colon < 0 ? text : text.left(colon)).trimmed();
    f.hint = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
    if (f.name.isEmpty())
        return Result<ExtractionField>::failure(Tr::tr("field \"%1\": the name before the colon is missing (NAME or NAME:HINT)").arg(text));
    if (!name.match(f.name).hasMatch())
        return Result<ExtractionField>::failure(
            Tr::tr("field \"%1\": a name is letters, digits and _ (not starting with a digit, at most 64)").arg(f.name));
    if (f.name == QLatin1String("cited_events"))
        return Result<ExtractionField>::failure(Tr::tr("field \"cited_events\": that name is reserved for the events a result cites"));
    return f;
}

Status checkExtractionFields(const QList<ExtractionField> &fields)
{
    if (fields.isEmpty())
        return Status::failure(Tr::tr("no fields to extract: give at least one --field NAME[:HINT]"));
    QSet<QString> seen;
    for (const ExtractionField &f : fields) {
        if (seen.contains(f.name))
            return Status::failure(Tr::tr("field \"%1\" is given twice").arg(f.name));
        seen.insert(f.name);
    }
    return {};
}

Result<ExtractionJob> prepareExtraction(ProjectFile &project, qint64 runId, const QString &objective,
                                        const QList<ExtractionField> &fields, const QString &agent, bool wholeWorld)
{
    if (objective.trimmed().isEmpty())
        return Result<ExtractionJob>::failure(Tr::tr("the objective is empty: say what to extract"));
    if (Status s = checkExtractionFields(fields); !s)
        return Result<ExtractionJob>::failure(s.error());
    RunStore store(project);
    auto run = store.run(runId);
    if (!run)
        return Result<ExtractionJob>::failure(run.error());
    auto events = store.events(runId);
    if (!events)
        return Result<ExtractionJob>::failure(events.error());

    ExtractionJob job;
    job.runId = runId;
    job.objective = objective.trimmed();
    job.fields = fields;
    if (wholeWorld) {
        ExtractionSubject world;
        for (const RunEvent &e : events.value())
            if (isWorldEvent(e) && !e.content.trimmed().isEmpty())
                world.events.append(e);
        job.subjects.push_back(std::move(world));
        return job;
    }
    // Agents as the run stored them, then any that only appear in events.
    QStringList names;
    for (const auto &[name, state] : run.value().agentStates)
        names.append(name);
    for (const RunEvent &e : events.value())
        if (!e.agent.isEmpty() && !names.contains(e.agent) && e.kind != QLatin1String("world"))
            names.append(e.agent);
    if (!agent.isEmpty()) {
        if (!names.contains(agent))
            return Result<ExtractionJob>::failure(
                Tr::tr("run %1 has no agent \"%2\" (agents: %3)").arg(runId).arg(agent, names.join(QStringLiteral(", "))));
        names = QStringList{agent};
    }
    if (names.isEmpty())
        return Result<ExtractionJob>::failure(Tr::tr("run %1 has no agents yet: nothing to extract from").arg(runId));
    for (const QString &name : names) {
        ExtractionSubject subject;
        subject.agent = name;
        if (const auto it = run.value().agentStates.find(name); it != run.value().agentStates.end() && it->second.is_object()) {
            const auto p = it->second.find("persona");
            if (p != it->second.end() && p->is_object())
                subject.persona = json::parse(p->dump());
        }
        for (const RunEvent &e : events.value())
            if (isAgentEvent(e, name) && !e.content.trimmed().isEmpty())
                subject.events.append(e);
        job.subjects.push_back(std::move(subject));
    }
    return job;
}

json extractionSchema(const QList<ExtractionField> &fields)
{
    json properties = json::object();
    json required = json::array();
    for (const ExtractionField &f : fields) {
        json p = {{"type", {"string", "number", "boolean", "null"}}};
        if (!f.hint.isEmpty())
            p["description"] = s(f.hint);
        properties[s(f.name)] = p;
        required.push_back(s(f.name));
    }
    properties["cited_events"] = {{"type", "array"}, {"items", {{"type", "integer"}}}};
    required.push_back("cited_events");
    return {{"type", "object"}, {"properties", properties}, {"required", required}, {"additionalProperties", false}};
}

QString extractionEventLine(const RunEvent &e)
{
    QString who = e.kind == QLatin1String("stimulus")
                      ? Tr::tr("%1 got %2%3").arg(e.agent, e.type, e.source.isEmpty() ? QString() : Tr::tr(" from %1").arg(e.source))
                      : QStringLiteral("%1 %2%3").arg(e.agent.isEmpty() ? e.kind : e.agent, e.type,
                                                        e.target.isEmpty() ? QString() : Tr::tr(" to %1").arg(e.target));
    QString content = e.content.simplified();
    return QStringLiteral("[%1] step %2, %3: %4").arg(e.seq).arg(e.step).arg(who.trimmed(), content);
}

llm::ChatRequest extractionRequest(const ExtractionJob &job, const ExtractionSubject &subject, const QString &model)
{
    json fields = json::array();
    for (const ExtractionField &f : job.fields)
        fields.push_back({{"name", s(f.name)}, {"hint", s(f.hint)}});
    json lines = json::array();
    json events = json::array();
    for (const RunEvent &e : subject.events) {
        lines.push_back(s(extractionEventLine(e)));
        events.push_back({{"seq", e.seq}, {"step", e.step}, {"agent", s(e.agent)}, {"kind", s(e.kind)}, {"type", s(e.type)},
                          {"source", s(e.source)}, {"target", s(e.target)}, {"content", s(e.content)}});
    }
    const QString subjectName = subject.agent.isEmpty() ? Tr::tr("the whole simulation") : subject.agent;
    const json ctx = {{"objective", s(job.objective)}, {"fields", fields}, {"subject", s(subjectName)}, {"events", lines}};

    llm::ChatRequest r;
    r.purpose = QStringLiteral("extraction");
    r.agent = subject.agent;
    r.model = model;
    r.temperature = 0;
    r.messages.push_back({QStringLiteral("user"), renderPrompt(QStringLiteral("extraction"), ctx)});
    r.responseSchema = extractionSchema(job.fields);
    r.schemaName = QStringLiteral("extraction");
    r.hints = {{"objective", s(job.objective)}, {"fields", fields}, {"agent", s(subject.agent)},
               {"persona", subject.persona}, {"events", events}};
    return r;
}

QString extractionReplyProblem(const json &reply, const QSet<qint64> &seqs)
{
    if (!reply.is_object())
        return Tr::tr("the reply is not a JSON object");
    const auto cited = reply.find("cited_events");
    if (cited == reply.end() || !cited->is_array())
        return Tr::tr("cited_events: expected a list of event numbers");
    QSet<qint64> seen;
    for (size_t i = 0; i < cited->size(); ++i) {
        const json &c = (*cited)[i];
        if (!c.is_number_integer())
            return Tr::tr("cited_events[%1]: expected an event number").arg(i);
        const qint64 seq = c.get<qint64>();
        if (!seqs.contains(seq))
            return Tr::tr("cited_events[%1]: event %2 is not among the numbered events").arg(i).arg(seq);
        if (seen.contains(seq))
            return Tr::tr("cited_events[%1]: event %2 is cited twice").arg(i).arg(seq);
        seen.insert(seq);
    }
    return QString();
}

ExtractionRecord extractionFromReply(const ExtractionJob &job, const ExtractionSubject &subject, const json &reply)
{
    ExtractionRecord rec;
    rec.runId = job.runId;
    rec.objective = job.objective;
    rec.fields = json::array();
    for (const ExtractionField &f : job.fields)
        rec.fields.push_back({{"name", s(f.name)}, {"hint", s(f.hint)}});
    rec.agent = subject.agent;
    rec.result = json::object();
    for (const ExtractionField &f : job.fields) {
        const json *v = jsonMember(reply, s(f.name).c_str());
        rec.result[s(f.name)] = v ? *v : json();
    }
    if (const json *cited = jsonMember(reply, "cited_events"); cited && cited->is_array())
        for (const json &c : *cited)
            if (c.is_number_integer())
                rec.citedSeqs.append(c.get<qint64>());
    return rec;
}

void runExtraction(llm::CallScheduler &scheduler, ExtractionJob job, const QString &model, QObject *context,
                   CallRecorder record, std::function<void(ExtractionOutcome)> done)
{
    struct Shared
    {
        ExtractionJob job;
        std::vector<std::optional<ExtractionRecord>> records;
        std::vector<QString> problems;
        std::vector<JsonSchema> schemas;
        int outstanding = 0;
        int calls = 0;
        std::function<void(ExtractionOutcome)> done;
    };
    if (!record)
        record = [](const llm::ChatRequest &, const llm::ChatReply &, bool) {};
    auto shared = std::make_shared<Shared>();
    shared->job = std::move(job);
    shared->done = std::move(done);
    const size_t n = shared->job.subjects.size();
    shared->records.resize(n);
    shared->problems.resize(n);
    auto compiled = JsonSchema::fromJson(extractionSchema(shared->job.fields));
    auto finish = [shared] {
        ExtractionOutcome o;
        o.calls = shared->calls;
        for (size_t i = 0; i < shared->records.size(); ++i) {
            if (shared->records[i])
                o.records.push_back(*shared->records[i]);
            if (!shared->problems[i].isEmpty())
                o.problems.append(shared->problems[i]);
        }
        shared->done(std::move(o));
    };
    if (!compiled) {
        for (size_t i = 0; i < n; ++i)
            shared->problems[i] = Tr::tr("the fields make no valid schema: %1").arg(compiled.error());
        finish();
        return;
    }
    shared->schemas.push_back(std::move(compiled).value()); // one, shared by every call; never reallocated
    shared->outstanding = int(n) + 1;
    for (size_t i = 0; i < n; ++i) {
        const ExtractionSubject &subject = shared->job.subjects[i];
        QSet<qint64> seqs;
        for (const RunEvent &e : subject.events)
            seqs.insert(e.seq);
        StructuredCall call;
        call.request = extractionRequest(shared->job, subject, model);
        call.schema = &shared->schemas.front();
        call.check = [seqs](const json &reply) { return extractionReplyProblem(reply, seqs); };
        call.maxAttempts = 2; // repaired once, then an error that says why
        runStructuredCall(scheduler, std::move(call), context, record,
                          [shared, i, finish](StructuredResult r) {
                              shared->calls += r.attempts;
                              const ExtractionSubject &subject = shared->job.subjects[i];
                              const QString who = subject.agent.isEmpty() ? Tr::tr("the world") : subject.agent;
                              if (!r.value) {
                                  shared->problems[i] = r.callFailed
                                                            ? Tr::tr("%1: the model call failed: %2").arg(who, r.problem)
                                                            : Tr::tr("%1: the reply was still invalid after %2 attempts: %3")
                                                                  .arg(who).arg(r.attempts).arg(r.problem);
                              } else {
                                  shared->records[i] = extractionFromReply(shared->job, subject, *r.value);
                              }
                              if (--shared->outstanding == 0)
                                  finish();
                          });
    }
    if (--shared->outstanding == 0)
        finish();
}

Result<QList<qint64>> storeExtraction(ProjectFile &project, const ExtractionOutcome &outcome)
{
    StudyStore store(project);
    QList<qint64> ids;
    for (const ExtractionRecord &r : outcome.records) {
        auto id = store.saveExtraction(r);
        if (!id)
            return Result<QList<qint64>>::failure(id.error());
        ids.append(id.value());
    }
    return ids;
}

} // namespace troupe
