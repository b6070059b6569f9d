#include "agent.h"

#include "util/promptrenderer.h"
#include "util/words.h"

#include <QCoreApplication>
#include <QFile>

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
}

void Agent::addFaculty(std::shared_ptr<Faculty> faculty)
{
    m_faculties.push_back(std::move(faculty));
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

QString Agent::systemPrompt() const
{
    nlohmann::json faculties = nlohmann::json::array();
    nlohmann::json constraints = nlohmann::json::array();
    for (const auto &f : m_faculties) {
        faculties.push_back({{"definitions", s(f->actionDefinitions().trimmed())}});
        for (const QString &c : f->constraints())
            constraints.push_back(s(c));
    }
    nlohmann::json accessible = nlohmann::json::array();
    for (const AccessibleAgent &a : m_state.accessible)
        accessible.push_back({{"name", s(a.name)}, {"relation", s(a.relation)}});
    nlohmann::json working = nlohmann::json::array();
    for (const QString &w : m_workingMemory)
        working.push_back(s(w.left(m_settings.maxContentLength)));
    auto orDash = [](const QString &v) { return v.isEmpty() ? std::string("-") : v.toStdString(); };
    const nlohmann::json context = {
        {"name", s(name())},
        {"faculties", faculties},
        {"constraints", constraints},
        {"persona", m_persona.persona().dump()},
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
    return renderPrompt(QStringLiteral("agent_system"), context);
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
               {"persona", nlohmann::json::parse(m_persona.persona().dump())},
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

nlohmann::json Agent::saveState() const
{
    nlohmann::json j = {{"cognitive_state", m_state.toJson()}, {"new_stimuli", m_newStimuli},
                        {"consolidated_up_to", m_episodic.consolidatedUpTo()}};
    nlohmann::json recall = nlohmann::json::array();
    for (const QString &r : m_recallQueries)
        recall.push_back(s(r));
    j["recall_queries"] = recall;
    nlohmann::json working = nlohmann::json::array();
    for (const QString &w : m_workingMemory)
        working.push_back(s(w));
    j["working_memory"] = working;
    if (m_lastAction)
        j["last_action"] = {{"type", s(m_lastAction->type)}, {"content", s(m_lastAction->content)},
                            {"target", s(m_lastAction->target)}};
    if (!m_model.isEmpty())
        j["model"] = s(m_model);
    if (m_temperature)
        j["temperature"] = *m_temperature;
    return j;
}

void Agent::restoreState(const nlohmann::json &j)
{
    m_state = CognitiveState::fromJson(j.value("cognitive_state", nlohmann::json::object()));
    m_newStimuli = j.value("new_stimuli", 0);
    m_episodic.setConsolidatedUpTo(j.value("consolidated_up_to", qsizetype(0)));
    m_recallQueries.clear();
    for (const auto &r : j.value("recall_queries", nlohmann::json::array()))
        m_recallQueries.append(QString::fromStdString(r.get<std::string>()));
    m_workingMemory.clear();
    for (const auto &w : j.value("working_memory", nlohmann::json::array()))
        m_workingMemory.append(QString::fromStdString(w.get<std::string>()));
    m_lastAction.reset();
    if (j.contains("last_action")) {
        const auto &a = j.at("last_action");
        m_lastAction = Action{q(a, "type"), q(a, "content"), q(a, "target")};
    }
    m_model = q(j, "model");
    m_temperature.reset();
    if (j.contains("temperature") && j.at("temperature").is_number())
        m_temperature = j.at("temperature").get<double>();
}

AgentSnapshot Agent::snapshot() const
{
    AgentSnapshot snap;
    snap.name = name();
    snap.state = nlohmann::ordered_json(saveState());
    snap.state["persona"] = m_persona.persona();
    const auto &items = m_episodic.items();
    for (qsizetype i = m_episodic.savedUpTo(); i < m_episodic.size(); ++i)
        snap.episodic.emplace_back(i, items[size_t(i)].toJson());
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
