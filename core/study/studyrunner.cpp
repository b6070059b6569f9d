#include "studyrunner.h"

#include "answer.h"
#include "studyfile.h"

#include "persona/fragmentmerge.h"
#include "session/runengine.h"
#include "store/populationstore.h"
#include "store/projectfile.h"
#include "util/jsonvalue.h"
#include "world/scenario.h"

#include <QCoreApplication>
#include <QPointer>

#include <cmath>
#include <limits>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StudyRun)
};

using OJson = nlohmann::ordered_json;

std::string str(const QString &s)
{
    return s.toStdString();
}

/** What the respondent reads besides the question: the form of the answer (prompt text: not translated). */
QString answerForm(const Question &q)
{
    switch (q.type) {
    case QuestionType::Likert: {
        QStringList labels;
        for (const auto &[point, label] : q.labels)
            labels.append(QStringLiteral("%1 = %2").arg(point).arg(label));
        return QStringLiteral("Answer with a whole number from %1 to %2%3.")
            .arg(q.scaleMin)
            .arg(q.scaleMax)
            .arg(labels.isEmpty() ? QString() : QStringLiteral(" (") + labels.join(QStringLiteral("; ")) + u')');
    }
    case QuestionType::Choice:
        return QStringLiteral("Choose one of: %1.").arg(q.options.join(QStringLiteral(" | ")));
    case QuestionType::Multi:
        return QStringLiteral("Choose from %1 to %2 of: %3.").arg(q.minCount).arg(q.maxCount > 0 ? q.maxCount : q.options.size()).arg(q.options.join(QStringLiteral(" | ")));
    case QuestionType::Ranking:
        return QStringLiteral("Put all of these in order, the one you prefer most first: %1.").arg(q.options.join(QStringLiteral(" | ")));
    case QuestionType::Numeric: {
        QString range;
        if (q.minimum && q.maximum)
            range = QStringLiteral(" from %1 to %2").arg(*q.minimum).arg(*q.maximum);
        else if (q.minimum)
            range = QStringLiteral(" of at least %1").arg(*q.minimum);
        else if (q.maximum)
            range = QStringLiteral(" of at most %1").arg(*q.maximum);
        return QStringLiteral("Answer with a %1%2%3.")
            .arg(q.integer ? QStringLiteral("whole number") : QStringLiteral("number"), range,
                 q.unit.isEmpty() ? QString() : QStringLiteral(", in %1").arg(q.unit));
    }
    case QuestionType::YesNo:
        return QStringLiteral("Answer \"yes\" or \"no\".");
    case QuestionType::Open:
        return QStringLiteral("Answer in your own words.");
    }
    return {};
}

/** The schema an answer must pass: the strict one plus what strict mode cannot say. */
OJson checkSchema(const Question &q)
{
    OJson s = answerSchema(q);
    if (q.type == QuestionType::Multi || q.type == QuestionType::Ranking)
        s["properties"]["value"]["uniqueItems"] = true;
    return s;
}

OJson askEntry(const Study &study, const Question &q, int step, const QString &source)
{
    QString text = q.text + u'\n' + answerForm(q);
    if (!study.instructions.isEmpty())
        text = study.instructions + u'\n' + text;
    OJson e;
    e["step"] = step;
    e["do"] = "ask";
    if (!source.isEmpty())
        e["source"] = str(source);
    e["question"] = {{"id", str(q.id)}, {"text", str(text)}, {"schema", answerSchema(q)}, {"check", checkSchema(q)}};
    return e;
}

OJson showEntry(const StudyMaterial &m, const QString &source)
{
    OJson e;
    e["step"] = 1;
    e["do"] = "show";
    e["source"] = str(source);
    e["content"] = str(m.name.isEmpty() ? m.text : m.name + QStringLiteral(": ") + m.text);
    return e;
}

/** An inline agent (the population it came from is kept with the respondents, not here). */
OJson agentEntry(const StudyRespondent &r)
{
    return OJson{{"spec", r.persona.document()}};
}

/** The respondents a run asks: the subset the options name (in the study's order), with their fragments applied. */
Result<QList<StudyRespondent>> arrangeRespondents(const QList<StudyRespondent> &all, const StudyRun::Options &options)
{
    using R = Result<QList<StudyRespondent>>;
    QList<StudyRespondent> out;
    const QSet<QString> wanted(options.respondents.begin(), options.respondents.end());
    for (const StudyRespondent &r : all)
        if (wanted.isEmpty() || wanted.contains(r.persona.name()))
            out.append(r);
    if (!wanted.isEmpty() && out.isEmpty())
        return R::failure(Tr::tr("none of the respondents this run should ask is among the study's"));
    for (StudyRespondent &r : out)
        for (size_t i = 0; i < options.fragments.size(); ++i) {
            auto merged = applyFragment(r.persona, PersonaDocument(SpecKind::Fragment, options.fragments[i], QString()));
            if (!merged)
                return R::failure(Tr::tr("fragment %1 does not fit %2: %3").arg(i + 1).arg(r.persona.name(), merged.error()));
            r.persona = std::move(merged).value();
        }
    return out;
}

/**
 * The scenario's agents as the respondents are: only those asked, each with its persona as
 * the fragments made it, and the temperature of the run (a study over a scenario lists the
 * scenario's own agent entries, which keep their other keys).
 */
void applyToAgents(OJson &scenario, const QList<StudyRespondent> &people, const StudyRun::Options &options)
{
    if (options.respondents.isEmpty() && options.fragments.empty() && !options.temperature)
        return;
    std::map<QString, const StudyRespondent *> byName;
    for (const StudyRespondent &r : people)
        byName[r.persona.name()] = &r;
    OJson agents = OJson::array();
    for (const auto &entry : jsonArray(scenario, "agents")) {
        const QString name = jsonString(jsonObject(jsonObject(entry, "spec"), "persona"), "name");
        const auto it = byName.find(name);
        if (it == byName.end())
            continue;
        OJson a = entry;
        a["spec"] = it->second->persona.document();
        if (options.temperature)
            a["temperature"] = *options.temperature;
        agents.push_back(std::move(a));
    }
    scenario["agents"] = std::move(agents);
}

} // namespace

Result<QList<StudyRespondent>> studyRespondents(ProjectFile &project, const Study &study)
{
    using R = Result<QList<StudyRespondent>>;
    QList<StudyRespondent> out;
    if (study.population) {
        const StudyPopulation &p = *study.population;
        PopulationStore store(project);
        auto record = store.load(p.name);
        if (!record)
            return R::failure(Tr::tr("the study \"%1\" asks for the population \"%2\", which %3 does not have (%4); "
                                     "generate it first (troupe population generate)")
                                  .arg(study.name, p.name, project.path(), record.error()));
        auto people = store.pick(p.name, p.sample, p.seed.value_or(record.value().seed));
        if (!people)
            return R::failure(people.error());
        if (p.sample && people.value().size() < *p.sample)
            return R::failure(Tr::tr("the study \"%1\" asks for %2 people of \"%3\", which has only %4 generated")
                                  .arg(study.name)
                                  .arg(*p.sample)
                                  .arg(p.name)
                                  .arg(people.value().size()));
        // Each person's sample: the attributes it was drawn with.
        std::map<QString, OJson> attributes;
        if (auto members = store.members(record.value().info.id)) {
            const OJson &samples = record.value().plan.is_object() ? jsonArray(record.value().plan, "samples") : OJson::array();
            for (const PopulationMember &m : members.value())
                if (!m.persona.isEmpty() && m.sampleIndex >= 0 && size_t(m.sampleIndex) < samples.size())
                    attributes[m.persona] = jsonObject(samples[size_t(m.sampleIndex)], "attributes");
        }
        for (const PersonaDocument &d : people.value()) {
            StudyRespondent r{d, OJson()};
            if (auto it = attributes.find(d.name()); it != attributes.end())
                r.attributes = it->second;
            out.append(std::move(r));
        }
        return out;
    }
    if (!study.scenario)
        return R::failure(Tr::tr("the study \"%1\" has neither a population nor a scenario with agents").arg(study.name));
    for (const auto &a : jsonArray(*study.scenario, "agents")) {
        const OJson &spec = jsonObject(a, "spec");
        const QString name = jsonString(jsonObject(spec, "persona"), "name");
        if (name.isEmpty())
            continue;
        out.append({PersonaDocument(SpecKind::Agent, spec, name), OJson()});
    }
    if (out.isEmpty())
        return R::failure(Tr::tr("the scenario of the study \"%1\" has no agents").arg(study.name));
    return out;
}

Result<OJson> studyScenario(const Study &study, const QList<StudyRespondent> &respondents)
{
    using R = Result<OJson>;
    if (respondents.isEmpty())
        return R::failure(Tr::tr("the study \"%1\" has no respondents").arg(study.name));
    const OJson base = study.scenario.value_or(OJson::object());
    OJson s;
    s["name"] = str(study.name);
    if (!study.description.isEmpty())
        s["description"] = str(study.description);
    OJson world = jsonObject(base, "world").is_object() ? jsonObject(base, "world") : OJson::object();
    if (world.is_null())
        world = OJson::object();
    OJson script = OJson::array();
    const QString researcher = QStringLiteral("Researcher"); // in the prompt: never translated

    if (study.mode == StudyMode::Discussion) {
        s = base;
        s["name"] = str(study.name);
        if (study.population) {
            OJson agents = OJson::array();
            for (const StudyRespondent &r : respondents)
                agents.push_back(agentEntry(r));
            s["agents"] = agents;
        }
        for (const StudyMaterial &m : study.material)
            script.push_back(showEntry(m, researcher));
        for (const auto &e : jsonArray(base, "script"))
            script.push_back(e);
        int steps = Scenario::steps(base);
        int last = steps;
        QList<std::pair<int, const Question *>> asks;
        for (const Question &q : study.questions) {
            const std::optional<int> after = study.askStep(q);
            const int at = after ? *after + 1 : steps + 1;
            asks.append({at, &q});
            last = std::max(last, at);
        }
        for (const auto &[at, q] : asks)
            script.push_back(askEntry(study, *q, at, researcher));
        world["steps"] = last;
        s["world"] = world;
        s["script"] = script;
        return s;
    }

    // Survey and interview: every respondent alone with the researcher.
    if (world.empty()) {
        world["name"] = str(study.name);
        world["step_minutes"] = 5;
    }
    world["broadcast_if_no_target"] = false;
    OJson agents = OJson::array();
    if (study.population) {
        for (const StudyRespondent &r : respondents)
            agents.push_back(agentEntry(r));
    } else {
        agents = jsonArray(base, "agents");
    }
    s["agents"] = agents;
    if (study.mode == StudyMode::Survey) {
        for (const StudyMaterial &m : study.material)
            script.push_back(showEntry(m, researcher));
        for (const Question &q : study.questions)
            script.push_back(askEntry(study, q, 1, researcher));
        world["steps"] = 1;
    } else {
        const QString interviewer = study.interviewer;
        if (!study.interviewerIntro.isEmpty())
            script.push_back(OJson{{"step", 1}, {"do", "broadcast"}, {"source", str(interviewer)}, {"content", str(study.interviewerIntro)}});
        for (const StudyMaterial &m : study.material)
            script.push_back(showEntry(m, interviewer));
        int step = 0;
        for (const Question &q : study.questions) {
            ++step;
            script.push_back(askEntry(study, q, step, interviewer));
            if (q.followUp) {
                Question f;
                f.id = q.id + QStringLiteral("_followup");
                f.type = QuestionType::Open;
                f.text = q.followUp->text;
                OJson e = askEntry(study, f, step, interviewer);
                if (!q.followUp->mentioned.isEmpty())
                    e["if_mentioned"] = {{"question", str(q.id)}, {"phrase", str(q.followUp->mentioned)}};
                script.push_back(std::move(e));
            }
        }
        world["steps"] = std::max(1, step);
    }
    s["world"] = world;
    s["script"] = script;
    return s;
}

std::optional<AnswerRecord> answerFromEvent(const Study &study, qint64 runId, const RunEvent &event)
{
    if (event.kind != QLatin1String("answer"))
        return std::nullopt;
    const Question *q = study.question(event.type);
    if (!q)
        return std::nullopt;
    AnswerRecord a;
    a.runId = runId;
    a.agent = event.agent;
    a.questionId = q->id;
    a.type = questionTypeName(q->type);
    a.eventSeq = event.seq;
    a.justification = jsonString(event.payload, "justification");
    const QString reason = jsonString(event.payload, "missing_reason");
    const nlohmann::json *value = jsonMember(event.payload, "value");
    if (!reason.isEmpty() || !value || value->is_null()) {
        a.missingReason = reason.isEmpty() ? Tr::tr("no answer in the event") : reason;
        return a;
    }
    auto checked = validateAnswer(*q, nlohmann::json{{"value", *value}, {"justification", a.justification.toStdString()}});
    if (!checked) {
        a.missingReason = Tr::tr("the answer does not fit the question: %1").arg(checked.error());
        return a;
    }
    a.value = checked.value().value;
    return a;
}

std::vector<double> ssrDistribution(const std::vector<float> &answer, const std::vector<std::vector<std::vector<float>>> &anchors)
{
    const auto cosine = [](const std::vector<float> &a, const std::vector<float> &b) {
        double dot = 0, na = 0, nb = 0;
        for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
            dot += double(a[i]) * b[i];
            na += double(a[i]) * a[i];
            nb += double(b[i]) * b[i];
        }
        return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
    };
    std::vector<double> sims;
    for (const auto &point : anchors) {
        double sum = 0;
        for (const auto &statement : point)
            sum += cosine(answer, statement);
        sims.push_back(point.empty() ? 0.0 : sum / double(point.size()));
    }
    if (sims.empty())
        return {};
    const double low = *std::min_element(sims.begin(), sims.end());
    double total = 0;
    for (double &s : sims)
        total += (s -= low);
    if (total <= 0)
        return {};
    for (double &s : sims)
        s /= total;
    return sims;
}

StudyRun::StudyRun(ProjectFile &project, Config config, QObject *parent)
    : QObject(parent), m_project(project), m_config(std::move(config)), m_engine(std::make_unique<RunEngine>(m_project, m_config))
{
}

StudyRun::~StudyRun() = default;

qint64 StudyRun::runId() const
{
    return m_engine->runId();
}

void StudyRun::connectEngine()
{
    connect(m_engine.get(), &RunEngine::ready, this, [this] {
        // Not when it was stopped while the provider got ready: a stopped run stays stopped.
        if (m_engine->status() == RunStatus::Created)
            m_engine->run();
    });
    connect(m_engine.get(), &RunEngine::stepFinished, this, [this] { collect(); });
    connect(m_engine.get(), &RunEngine::failed, this, &StudyRun::failed);
    connect(m_engine.get(), &RunEngine::statusChanged, this, [this](RunStatus status, const QString &reason) {
        if (status == RunStatus::Running || status == RunStatus::Created)
            return;
        collect();
        m_ended = true;
        m_endStatus = status;
        m_endReason = reason;
        finishIfDone();
    });
}

Status StudyRun::start(const Study &study, const Options &options)
{
    m_study = study;
    m_options = options;
    auto respondents = studyRespondents(m_project, study);
    if (!respondents)
        return Status::failure(respondents.error());
    auto people = arrangeRespondents(respondents.value(), options);
    if (!people)
        return Status::failure(people.error());
    auto scenario = studyScenario(study, people.value());
    if (!scenario)
        return Status::failure(scenario.error());
    applyToAgents(scenario.value(), people.value(), options);
    // Through the scenario reader: the same checks and resolution as a scenario file.
    const Scenario::Outcome resolved = Scenario::load(QByteArray::fromStdString(scenario.value().dump()), study.name, QString());
    if (!resolved.resolved)
        return Status::failure(Tr::tr("the study \"%1\" does not make a valid scenario: %2")
                                   .arg(study.name, resolved.diagnostics.isEmpty() ? QString() : resolved.diagnostics.first().toString()));
    m_engine->setFlags(options.flags, options.noCache);
    connectEngine();
    RunEngine::NewRun run;
    run.scenario = *resolved.resolved;
    run.seed = options.seed;
    run.budgetUsd = options.budgetUsd;
    run.name = options.name.isEmpty() ? study.name : options.name;
    if (const Status s = m_engine->start(run); !s)
        return s;
    StudyStore store(m_project);
    if (const Status s = store.saveStudy(study.name, study.definition); !s)
        return s;
    StudyRunRecord record;
    record.runId = m_engine->runId();
    record.studyName = study.name;
    record.definition = study.definition;
    record.experiment = options.experiment;
    record.arm = options.arm;
    record.replicate = options.replicate;
    if (const Status s = store.saveStudyRun(record); !s)
        return s;
    QList<RespondentRecord> rows;
    for (const StudyRespondent &r : people.value())
        rows.append({r.persona.name(), jsonObject(r.persona.document(), "persona"), r.attributes, options.arm});
    return store.saveRespondents(record.runId, rows);
}

Status StudyRun::resume(qint64 runId, const llm::EndpointFlags &overrides)
{
    StudyStore store(m_project);
    auto record = store.studyRun(runId);
    if (!record)
        return Status::failure(record.error());
    const StudyFile::Outcome study = StudyFile::fromDefinition(record.value().definition, record.value().studyName);
    if (!study.study)
        return Status::failure(study.diagnostics.isEmpty() ? Tr::tr("the stored study cannot be read") : study.diagnostics.first().toString());
    m_study = *study.study;
    m_options.experiment = record.value().experiment;
    m_options.arm = record.value().arm;
    m_options.replicate = record.value().replicate;
    if (auto stored = store.answers(runId))
        for (const AnswerRecord &a : stored.value()) {
            m_answers.append(a);
            m_stored.insert(a.agent + u'\n' + a.questionId);
        }
    m_engine->setFlags(overrides, false);
    connectEngine();
    RunEngine::Continue c;
    c.runId = runId;
    return m_engine->resume(c);
}

void StudyRun::collect()
{
    const qint64 runId = m_engine->runId();
    auto events = m_engine->store().events(runId, m_lastSeq + 1, std::numeric_limits<qint64>::max());
    if (!events)
        return;
    QList<AnswerRecord> fresh;
    for (const RunEvent &e : events.value()) {
        m_lastSeq = std::max(m_lastSeq, e.seq);
        auto a = answerFromEvent(m_study, runId, e);
        if (!a || m_stored.contains(a->agent + u'\n' + a->questionId))
            continue;
        a->arm = m_options.arm;
        a->replicate = m_options.replicate;
        fresh.append(std::move(*a));
    }
    if (fresh.isEmpty())
        return;
    if (!StudyStore(m_project).saveAnswers(fresh))
        return; // kept in the event log: the next collect (or a resume) stores them
    for (const AnswerRecord &a : fresh) {
        m_stored.insert(a.agent + u'\n' + a.questionId);
        m_answers.append(a);
        emit answerStored(a);
    }
    rateSimilarity(fresh);
}

void StudyRun::rateSimilarity(QList<AnswerRecord> answers)
{
    ModelStack *models = m_engine->models();
    if (!models)
        return;
    for (const AnswerRecord &a : answers) {
        const Question *q = m_study.question(a.questionId);
        if (!q || !q->ssr || q->anchors.empty() || !a.value || a.justification.isEmpty())
            continue;
        QStringList texts{a.justification};
        std::vector<int> counts;
        for (int point = q->scaleMin; point <= q->scaleMax; ++point) {
            const auto it = q->anchors.find(point);
            const QStringList statements = it == q->anchors.end() ? QStringList() : it->second;
            texts += statements;
            counts.push_back(int(statements.size()));
        }
        QPointer<StudyRun> self(this);
        ++m_pendingRatings;
        models->scheduler().embed(texts, [self, this, a, counts](llm::EmbeddingReply reply) {
            if (!self)
                return;
            --m_pendingRatings;
            rated(a, counts, reply);
            finishIfDone();
        });
    }
}

void StudyRun::finishIfDone()
{
    if (m_ended && m_pendingRatings == 0) {
        m_ended = false;
        emit ended(m_endStatus, m_endReason);
    }
}

void StudyRun::rated(const AnswerRecord &a, const std::vector<int> &counts, const llm::EmbeddingReply &reply)
{
    {
        {
            if (!reply.ok || reply.vectors.empty())
                return;
            std::vector<std::vector<std::vector<float>>> anchors;
            size_t next = 1;
            for (int n : counts) {
                anchors.emplace_back();
                for (int i = 0; i < n && next < reply.vectors.size(); ++i)
                    anchors.back().push_back(reply.vectors[next++]);
            }
            const std::vector<double> p = ssrDistribution(reply.vectors.front(), anchors);
            if (p.empty())
                return;
            AnswerRecord rated = a;
            rated.ssr = nlohmann::json(p);
            if (StudyStore(m_project).saveAnswers({rated}))
                for (AnswerRecord &mine : m_answers)
                    if (mine.agent == a.agent && mine.questionId == a.questionId)
                        mine.ssr = rated.ssr;
        }
    }
}

} // namespace troupe
