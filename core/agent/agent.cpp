#include "agent.h"

#include "util/jsonvalue.h"
#include "util/promptrenderer.h"
#include "util/words.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Agent)
};

std::string s(const QString &q)
{
    return q.toStdString();
}

QString q(const nlohmann::json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

Agent::Agent(PersonaDocument persona, AgentSettings settings)
    : m_persona(std::move(persona)), m_settings(settings)
{
}

void Agent::setPersona(PersonaDocument persona)
{
    m_persona = std::move(persona);
    m_personaSaved = false;
    std::lock_guard lock(m_promptMutex);
    m_promptHead.clear();
}

void Agent::addFaculty(std::shared_ptr<Faculty> faculty)
{
    m_faculties.push_back(std::move(faculty));
    std::lock_guard lock(m_promptMutex);
    m_promptHead.clear();
}

QStringList Agent::actionTypes() const
{
    QStringList types{actions::talk(), actions::think(), actions::reachOut(), actions::done()};
    for (const auto &f : m_faculties)
        types += f->actionTypes();
    return types;
}

void Agent::remember(MemoryItem item)
{
    item.time = m_state.datetime;
    m_episodic.append(std::move(item));
}

void Agent::perceive(const Stimulus &stimulus, int step)
{
    MemoryItem item;
    item.role = MemoryItem::Role::Stimulus;
    item.type = stimulusTypeName(stimulus.type);
    item.source = stimulus.source;
    item.content = stimulus.content;
    item.step = step;
    remember(std::move(item));
    ++m_newStimuli;
}

void Agent::listen(const QString &speech, const QString &source, int step)
{
    perceive({StimulusType::Conversation, speech, source}, step);
}

void Agent::socialize(const QString &message, const QString &source, int step)
{
    perceive({StimulusType::Social, message, source}, step);
}

void Agent::see(const QString &description, const QString &source, int step)
{
    perceive({StimulusType::Visual, description, source}, step);
}

void Agent::think(const QString &thought, int step)
{
    perceive({StimulusType::Thought, thought, QString()}, step);
}

void Agent::internalizeGoal(const QString &goal, int step)
{
    m_state.goals = goal;
    perceive({StimulusType::InternalGoalFormulation, goal, QString()}, step);
}

void Agent::moveTo(const QString &location, const QStringList &context, int step)
{
    QStringList parts;
    if (!location.isEmpty()) {
        m_state.location = location;
        parts.append(Tr::tr("You are now at: %1").arg(location));
    }
    if (!context.isEmpty()) {
        m_state.context = context;
        parts.append(Tr::tr("Situation: %1").arg(context.join(QStringLiteral("; "))));
    }
    perceive({StimulusType::Location, parts.join(QStringLiteral(". ")), QString()}, step);
}

void Agent::note(const QString &feedback, int step)
{
    MemoryItem item;
    item.role = MemoryItem::Role::Feedback;
    item.type = QStringLiteral("NOTE");
    item.content = feedback;
    item.step = step;
    remember(std::move(item));
}

QStringList Agent::takeRecallQueries()
{
    QStringList out;
    out.swap(m_recallQueries);
    return out;
}

QString Agent::contextQuery() const
{
    QStringList parts{m_state.goals, m_state.attention, m_state.context.join(QLatin1Char(' '))};
    const auto &items = m_episodic.items();
    int taken = 0;
    for (auto it = items.rbegin(); it != items.rend() && taken < 3; ++it) {
        if (it->role == MemoryItem::Role::Stimulus) {
            parts.append(it->content);
            ++taken;
        }
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

nlohmann::json Agent::systemPromptIdentity() const
{
    nlohmann::json faculties = nlohmann::json::array();
    nlohmann::json constraints = nlohmann::json::array();
    for (const auto &f : m_faculties) {
        faculties.push_back({{"definitions", s(f->actionDefinitions().trimmed())}});
        for (const QString &c : f->constraints())
            constraints.push_back(s(c));
    }
    return {
        {"name", s(name())},
        {"faculties", faculties},
        {"constraints", constraints},
        {"harmful_content_prevention", m_settings.harmfulContentPrevention},
        {"copyright_infringement_prevention", m_settings.copyrightInfringementPrevention},
        {"persona", m_persona.persona().dump()},
    };
}

QString Agent::systemPrompt() const
{
    // The first part (who the agent is: rules, faculties, persona) is rendered once; only
    // "# Now" onwards changes from turn to turn.
    static const std::string now = "# Now";
    QString prompt;
    {
        std::lock_guard lock(m_promptMutex); // turns and answers are made on worker threads
        if (m_promptHead.isEmpty())
            m_promptHead = renderPromptPart(QStringLiteral("agent_system"), now, true, systemPromptIdentity());
        prompt = m_promptHead;
    }
    nlohmann::json accessible = nlohmann::json::array();
    for (const AccessibleAgent &a : m_state.accessible)
        accessible.push_back({{"name", s(a.name)}, {"relation", s(a.relation)}});
    nlohmann::json working = nlohmann::json::array();
    for (const QString &w : m_workingMemory)
        working.push_back(s(w.left(m_settings.maxContentLength)));
    auto orDash = [](const QString &v) { return v.isEmpty() ? std::string("-") : v.toStdString(); };
    const nlohmann::json context = {
        {"datetime", orDash(m_state.datetime.toString(QStringLiteral("dddd yyyy-MM-dd HH:mm")))},
        {"location", orDash(m_state.location)},
        {"context", orDash(m_state.context.join(QStringLiteral("; ")))},
        {"goals", orDash(m_state.goals)},
        {"attention", orDash(m_state.attention)},
        {"emotions", orDash(m_state.emotions)},
        {"accessible", accessible},
        {"has_working_memory", !m_workingMemory.isEmpty()},
        {"working_memory", working},
    };
    return prompt + renderPromptPart(QStringLiteral("agent_system"), now, false, context);
}

llm::ChatRequest Agent::buildTurnRequest(int step, quint64 seed, const QString &defaultModel, bool hints) const
{
    llm::ChatRequest r;
    r.purpose = QStringLiteral("turn");
    r.agent = name();
    r.model = m_model.isEmpty() ? defaultModel : m_model;
    r.temperature = m_temperature.value_or(m_settings.temperature);
    r.maxTokens = m_settings.maxTokens;
    r.seed = seed;
    r.schemaName = QStringLiteral("agent_turn");
    r.responseSchema = turnSchema();

    nlohmann::json memory = nlohmann::json::array();
    for (const QString &line :
         m_episodic.renderWindow(m_settings.fixedPrefixLength, m_settings.lookbackLength, m_settings.maxContentLength))
        memory.push_back(s(line));
    r.messages.push_back({QStringLiteral("system"), systemPrompt()});
    r.messages.push_back({QStringLiteral("user"), renderPrompt(QStringLiteral("agent_turn"), {{"memory", memory}})});
    if (!hints)
        return r;

    // The same inputs, structured, for the offline engine.
    nlohmann::json fresh = nlohmann::json::array();
    nlohmann::json seen = nlohmann::json::array();
    nlohmann::json myTalk = nlohmann::json::array();
    int talkCount = 0;
    std::string topic; // the latest thing said or shown by someone outside the agent's circle
    const auto &items = m_episodic.items();
    int newLeft = m_newStimuli;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (it->role == MemoryItem::Role::Stimulus && newLeft > 0) {
            nlohmann::json stimulus = {{"type", s(it->type)}, {"source", s(it->source)}, {"content", s(it->content)}};
            fresh.insert(fresh.begin(), std::move(stimulus));
            --newLeft;
        }
        if (it->role == MemoryItem::Role::Stimulus && topic.empty() && !it->source.isEmpty()
            && !m_state.canReach(it->source) && (it->type == QLatin1String("CONVERSATION") || it->type == QLatin1String("VISUAL")))
            topic = s(it->content);
        if (it->role == MemoryItem::Role::Stimulus && it->type == QLatin1String("VISUAL") && seen.size() < 12)
            seen.insert(seen.begin(), s(it->content));
        if (it->role == MemoryItem::Role::Action && it->type == actions::talk()) {
            ++talkCount;
            if (myTalk.size() < 6)
                myTalk.insert(myTalk.begin(), s(it->content));
        }
    }
    nlohmann::json working = nlohmann::json::array();
    for (const QString &w : m_workingMemory)
        working.push_back(s(w));
    r.hints = {{"name", s(name())},
               {"persona", nlohmann::json(m_persona.persona())},
               {"state", m_state.toJson()},
               {"new_stimuli", fresh},
               {"seen", seen},
               {"my_talk", myTalk},
               {"talk_count", talkCount},
               {"topic", topic},
               {"working_memory", working},
               {"step", step}};
    return r;
}

llm::ChatRequest Agent::buildAnswerRequest(const Ask &ask, const std::vector<AskAnswer> &earlier, const std::vector<Ask> &asks,
                                           int step, quint64 seed, const QString &defaultModel, bool hints) const
{
    llm::ChatRequest r;
    r.purpose = QStringLiteral("answer");
    r.agent = name();
    r.model = m_model.isEmpty() ? defaultModel : m_model;
    r.temperature = m_temperature.value_or(m_settings.temperature);
    r.maxTokens = m_settings.maxTokens;
    r.seed = seed;
    r.schemaName = QStringLiteral("answer");
    r.responseSchema = ask.schema;
    const QString source = ask.source.isEmpty() ? QStringLiteral("The researcher") : ask.source;
    nlohmann::json memory = nlohmann::json::array();
    for (const QString &line :
         m_episodic.renderWindow(m_settings.fixedPrefixLength, m_settings.lookbackLength, m_settings.maxContentLength))
        memory.push_back(s(line));
    nlohmann::json before = nlohmann::json::array();
    for (const AskAnswer &a : earlier) {
        const auto q = std::find_if(asks.begin(), asks.end(), [&](const Ask &x) { return x.id == a.askId; });
        if (q != asks.end())
            before.push_back({{"source", s(q->source.isEmpty() ? source : q->source)}, {"question", s(q->text)}, {"answer", s(a.line())}});
    }
    r.messages.push_back({QStringLiteral("system"), systemPrompt()});
    r.messages.push_back({QStringLiteral("user"),
                          renderPrompt(QStringLiteral("agent_answer"),
                                       {{"memory", memory}, {"earlier", before}, {"source", s(source)}, {"question", s(ask.text)}})});
    if (!hints)
        return r;
    nlohmann::json seen = nlohmann::json::array();
    for (const MemoryItem &m : m_episodic.items())
        if (m.role == MemoryItem::Role::Stimulus && (m.type == QLatin1String("VISUAL") || m.type == QLatin1String("CONVERSATION")))
            seen.push_back(s(m.content));
    while (seen.size() > 12)
        seen.erase(seen.begin());
    r.hints = {{"name", s(name())},
               {"persona", nlohmann::json(m_persona.persona())},
               {"state", m_state.toJson()},
               {"question", {{"id", s(ask.id)}, {"text", s(ask.text)}, {"schema", ask.schema}}},
               {"seen", seen},
               {"step", step}};
    return r;
}

void Agent::rememberAnswer(const Ask &ask, const AskAnswer &answer, int step)
{
    perceive({StimulusType::Conversation, ask.text, ask.source}, step);
    MemoryItem item;
    item.role = MemoryItem::Role::Action;
    item.type = actions::talk();
    item.target = ask.source;
    item.content = answer.line();
    item.step = step;
    remember(std::move(item));
    m_newStimuli = std::max(0, m_newStimuli - 1); // the question is answered; anything else heard stays new
}

nlohmann::json Agent::turnSchema() const
{
    static const nlohmann::json base = [] {
        QFile file(QStringLiteral(":/schemas/turn.schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("turn schema is missing from the resources");
        return nlohmann::json::parse(file.readAll().toStdString());
    }();
    nlohmann::json schema = base;
    nlohmann::json types = nlohmann::json::array();
    for (const QString &t : actionTypes())
        types.push_back(s(t));
    schema["properties"]["actions"]["items"]["properties"]["type"]["enum"] = types;
    return schema;
}

TurnResult Agent::applyTurn(const nlohmann::json &reply, int step)
{
    TurnResult result;
    m_newStimuli = 0;
    const nlohmann::json &list = reply.at("actions");
    const int cap = m_settings.maxActionsPerTurn;
    if (int(list.size()) > cap)
        result.feedback.append(Tr::tr("You tried %1 actions in one turn; only the first %2 were kept. "
                                      "Take fewer, more considered actions.")
                                   .arg(list.size())
                                   .arg(cap));
    for (const auto &a : list) {
        if (int(result.actions.size()) >= cap)
            break;
        Action action{q(a, "type").toUpper(), q(a, "content").trimmed(), q(a, "target").trimmed()};
        if (action.type == actions::done())
            break;
        if ((action.type == actions::talk() || action.type == actions::reachOut()) && action.target == name()) {
            result.feedback.append(Tr::tr("You tried to %1 yourself; that does nothing. Address someone else.")
                                       .arg(action.type == actions::talk() ? Tr::tr("talk to") : Tr::tr("reach out to")));
            continue;
        }
        if (m_lastAction && m_lastAction->type == action.type && m_lastAction->target == action.target
            && jaccardSimilarity(m_lastAction->content, action.content) > m_settings.repetitionThreshold) {
            result.feedback.append(Tr::tr("You were about to repeat your previous %1 (\"%2\"). "
                                          "Your turn ended there: say something new next time, or nothing.")
                                       .arg(action.type, action.content.left(120)));
            break;
        }
        result.actions.push_back(action);
        m_lastAction = action;
    }
    result.actions.push_back({actions::done(), QString(), QString()});
    if (reply.contains("cognitive_state"))
        result.changedState = m_state.applyUpdate(reply.at("cognitive_state"));

    for (const Action &a : result.actions) {
        MemoryItem item;
        item.role = MemoryItem::Role::Action;
        item.type = a.type;
        item.target = a.target;
        item.content = a.content;
        item.step = step;
        remember(std::move(item));
        for (const auto &f : m_faculties)
            if (f->actionTypes().contains(a.type))
                f->handle(a, *this, step);
    }
    for (const QString &f : result.feedback)
        note(f, step);
    return result;
}

struct Agent::SavedState
{
    CognitiveState state;
    int newStimuli = 0;
    qsizetype consolidatedUpTo = 0;
    QStringList recallQueries;
    QStringList workingMemory;
    std::optional<Action> lastAction;
    QString model;
    std::optional<double> temperature;

    nlohmann::json toJson() const
    {
        nlohmann::json j = {{"cognitive_state", state.toJson()}, {"new_stimuli", newStimuli}, {"consolidated_up_to", consolidatedUpTo}};
        nlohmann::json recall = nlohmann::json::array();
        for (const QString &r : recallQueries)
            recall.push_back(s(r));
        j["recall_queries"] = recall;
        nlohmann::json working = nlohmann::json::array();
        for (const QString &w : workingMemory)
            working.push_back(s(w));
        j["working_memory"] = working;
        if (lastAction)
            j["last_action"] = {{"type", s(lastAction->type)}, {"content", s(lastAction->content)}, {"target", s(lastAction->target)}};
        if (!model.isEmpty())
            j["model"] = s(model);
        if (temperature)
            j["temperature"] = *temperature;
        return j;
    }
};

Agent::SavedState Agent::savedState() const
{
    return {m_state, m_newStimuli, m_episodic.consolidatedUpTo(), m_recallQueries, m_workingMemory, m_lastAction, m_model, m_temperature};
}

nlohmann::json Agent::saveState() const
{
    return savedState().toJson();
}

void Agent::restoreState(const nlohmann::json &j)
{
    // A stored state is read back from the project without a schema: take what has the
    // expected shape and leave the rest at its default rather than throw.
    m_state = CognitiveState::fromJson(jsonObject(j, "cognitive_state"));
    m_newStimuli = jsonInt(j, "new_stimuli", 0);
    m_episodic.setConsolidatedUpTo(qsizetype(jsonInteger(j, "consolidated_up_to", 0, 0)));
    m_recallQueries.clear();
    for (const auto &r : jsonArray(j, "recall_queries"))
        if (r.is_string())
            m_recallQueries.append(jsonString(r));
    m_workingMemory.clear();
    for (const auto &w : jsonArray(j, "working_memory"))
        if (w.is_string())
            m_workingMemory.append(jsonString(w));
    m_lastAction.reset();
    if (const nlohmann::json *a = jsonMember(j, "last_action"); a && a->is_object())
        m_lastAction = Action{q(*a, "type"), q(*a, "content"), q(*a, "target")};
    m_model = q(j, "model");
    m_temperature.reset();
    if (const nlohmann::json *t = jsonMember(j, "temperature"))
        if (const auto d = jsonNumber(*t))
            m_temperature = *d;
}

AgentSnapshot Agent::snapshot() const
{
    AgentSnapshot snap;
    snap.name = name();
    if (!m_personaSaved)
        snap.persona = m_persona.persona();
    const auto &items = m_episodic.items();
    std::vector<std::pair<qsizetype, MemoryItem>> fresh;
    for (qsizetype i = m_episodic.savedUpTo(); i < m_episodic.size(); ++i)
        fresh.emplace_back(i, items[size_t(i)]);
    // The state as plain JSON, not an ordered_json: written the same, its keys sorted either way.
    snap.deferred = [saved = savedState(), fresh = std::move(fresh)](nlohmann::json &state,
                                                                       std::vector<std::pair<qsizetype, nlohmann::json>> &episodic) {
        state = saved.toJson();
        for (const auto &[seq, item] : fresh)
            episodic.emplace_back(seq, item.toJson());
    };
    for (qsizetype i = m_semantic.savedUpTo(); i < m_semantic.size(); ++i) {
        const Engram &g = m_semantic.engram(i);
        const float *v = m_semantic.vector(i);
        snap.engrams.push_back({i, g.kind, g.text, g.step, std::vector<float>(v, v + m_semantic.dimensions())});
    }
    return snap;
}

void Agent::markSaved()
{
    m_episodic.setSavedUpTo(m_episodic.size());
    m_semantic.setSavedUpTo(m_semantic.size());
    m_personaSaved = true;
}

Status Agent::restore(const nlohmann::ordered_json &state, const std::vector<nlohmann::json> &episodic,
                      const std::vector<StoredEngram> &engrams)
{
    if (!state.is_object())
        return Status::failure(Tr::tr("the stored state of %1 is not an object").arg(name()));
    if (const auto p = state.find("persona"); p != state.end() && p->is_object()) {
        nlohmann::ordered_json doc = m_persona.document();
        doc["persona"] = *p;
        setPersona(PersonaDocument(SpecKind::Agent, std::move(doc), name()));
    }
    nlohmann::json plain = nlohmann::json(state);
    plain.erase("persona");
    restoreState(plain);
    for (const nlohmann::json &item : episodic)
        m_episodic.append(MemoryItem::fromJson(item));
    for (const StoredEngram &g : engrams)
        if (!m_semantic.addStored({g.kind, g.text, g.step}, g.vector))
            return Status::failure(Tr::tr("a stored memory of %1 has an embedding of the wrong size").arg(name()));
    markSaved();
    // Restored into another run (a fork) or not, the persona is written once with the next
    // step: a run's stored states never depend on another run's rows.
    m_personaSaved = false;
    return {};
}

Faculty::~Faculty() = default;

QString RecallFaculty::name() const
{
    return QStringLiteral("recall");
}

QStringList RecallFaculty::actionTypes() const
{
    return {QStringLiteral("RECALL")};
}

QString RecallFaculty::actionDefinitions() const
{
    return QStringLiteral("- RECALL: search your long-term memory. content: what to recall (a few keywords). "
                          "What comes to mind arrives as a THOUGHT before your next turn.");
}

QStringList RecallFaculty::constraints() const
{
    return {QStringLiteral("RECALL when you need something from earlier that is not in your recent memory.")};
}

void RecallFaculty::handle(const Action &action, Agent &agent, int)
{
    if (!action.content.isEmpty())
        agent.queueRecall(action.content);
}

} // namespace troupe
