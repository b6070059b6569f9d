#include "world.h"

#include "persona/fragmentmerge.h"
#include "util/jsonvalue.h"

#include <QCoreApplication>

#include <algorithm>

// What the world does to its agents (delivery, routing, interventions' effects), its event
// log bookkeeping, and saving/restoring its state. The step loop is in world.cpp.

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(World)
};

} // namespace

void World::log(RunEvent event)
{
    event.seq = m_nextSeq++;
    event.step = std::max(m_step, m_stepsDone);
    event.time = now();
    observe(event);
    m_pending.append(std::move(event));
}

void World::observe(const RunEvent &event)
{
    const bool talk = event.kind == QLatin1String("action") && event.type == actions::talk();
    if (talk) {
        m_allTalk.append(event.content.toLower());
        ++m_actionCounts[event.type];
    } else if (event.kind == QLatin1String("action")) {
        ++m_actionCounts[event.type];
    }
    const bool outsideVoice = event.kind == QLatin1String("stimulus") && !event.source.isEmpty()
                              && event.source != event.agent && !agent(event.source);
    if (talk || outsideVoice) {
        const QString line = (talk ? event.agent : event.source) + QStringLiteral(": ") + event.content;
        if (m_recent.isEmpty() || m_recent.last() != line)
            m_recent.append(line);
        if (m_recent.size() > 60)
            m_recent.removeFirst();
    }
}

void World::replayLog(const RunEvents &events)
{
    m_recent.clear();
    m_allTalk.clear();
    m_actionCounts.clear();
    for (const RunEvent &e : events) {
        observe(e);
        m_nextSeq = std::max(m_nextSeq, e.seq + 1);
    }
}

void World::logStimulus(const Agent &agent, const Stimulus &s)
{
    RunEvent e;
    e.agent = agent.name();
    e.kind = QStringLiteral("stimulus");
    e.type = stimulusTypeName(s.type);
    e.source = s.source;
    e.target = agent.name();
    e.content = s.content;
    log(std::move(e));
}

void World::logNote(const Agent &agent, const QString &text)
{
    RunEvent e;
    e.agent = agent.name();
    e.kind = QStringLiteral("feedback");
    e.type = QStringLiteral("NOTE");
    e.content = text;
    log(std::move(e));
}

bool World::deliver(const QString &agentName, const Stimulus &stimulus)
{
    Agent *a = agent(agentName);
    if (!a) {
        RunEvent e;
        e.kind = QStringLiteral("error");
        e.type = QStringLiteral("unknown_agent");
        e.target = agentName;
        e.content = Tr::tr("there is no agent called \"%1\" in %2").arg(agentName, m_name);
        log(std::move(e));
        return false;
    }
    a->state().datetime = now();
    a->perceive(stimulus, std::max(m_step, m_stepsDone));
    logStimulus(*a, stimulus);
    return true;
}

void World::broadcast(const QString &speech, const QString &source)
{
    for (auto &a : m_agents)
        if (a->name() != source)
            deliver(a->name(), {StimulusType::Conversation, speech, source});
}

void World::broadcastThought(const QString &thought)
{
    for (auto &a : m_agents)
        deliver(a->name(), {StimulusType::Thought, thought, QString()});
}

void World::broadcastVisual(const QString &description, const QString &source)
{
    for (auto &a : m_agents)
        deliver(a->name(), {StimulusType::Visual, description, source});
}

void World::broadcastInternalGoal(const QString &goal)
{
    for (auto &a : m_agents)
        setGoal(a->name(), goal);
}

bool World::setGoal(const QString &agentName, const QString &goal)
{
    Agent *a = agent(agentName);
    if (!a)
        return deliver(agentName, {});
    a->state().datetime = now();
    a->internalizeGoal(goal, std::max(m_step, m_stepsDone));
    logStimulus(*a, {StimulusType::InternalGoalFormulation, goal, QString()});
    return true;
}

void World::broadcastContextChange(const QStringList &context)
{
    for (auto &a : m_agents)
        moveAgent(a->name(), QString(), context);
}

bool World::moveAgent(const QString &agentName, const QString &location, const QStringList &context)
{
    Agent *a = agent(agentName);
    if (!a)
        return deliver(agentName, {});
    a->state().datetime = now();
    a->moveTo(location, context, std::max(m_step, m_stepsDone));
    const MemoryItem &item = a->episodic().items().back();
    logStimulus(*a, {StimulusType::Location, item.content, QString()});
    return true;
}

Status World::applyFragment(const QString &agentName, const PersonaDocument &fragment)
{
    Agent *a = agent(agentName);
    if (!a) {
        deliver(agentName, {});
        return Status::failure(Tr::tr("there is no agent called \"%1\"").arg(agentName));
    }
    auto merged = troupe::applyFragment(a->persona(), fragment);
    RunEvent e;
    e.agent = agentName;
    if (!merged) {
        e.kind = QStringLiteral("error");
        e.type = QStringLiteral("fragment");
        e.content = Tr::tr("fragment %1 not applied to %2: %3").arg(fragment.name(), agentName, merged.error());
        log(std::move(e));
        return Status::failure(merged.error());
    }
    a->setPersona(std::move(merged).value());
    e.kind = QStringLiteral("world");
    e.type = QStringLiteral("fragment");
    e.content = Tr::tr("fragment %1 applied to %2's persona").arg(fragment.name(), agentName);
    e.payload = nlohmann::json::parse(fragment.persona().dump());
    log(std::move(e));
    return {};
}

void World::makeEveryoneAccessible()
{
    m_everyoneAccessible = true;
    for (auto &a : m_agents)
        for (auto &b : m_agents)
            if (a != b && !a->state().canReach(b->name()))
                a->state().makeAccessible(b->name(), Tr::tr("also here in %1").arg(m_name));
}

void World::updateAccessibility()
{
    if (!m_network)
        return;
    for (auto &a : m_agents)
        for (const AccessibleAgent &r : m_network->relationsOf(a->name()))
            if (agent(r.name))
                a->state().makeAccessible(r.name, r.relation);
}

QStringList World::recentActivity(int count) const
{
    return m_recent.mid(std::max<qsizetype>(0, m_recent.size() - count));
}

bool World::mentioned(const QString &phrase) const
{
    const QString p = phrase.toLower();
    return std::any_of(m_allTalk.begin(), m_allTalk.end(), [&](const QString &t) { return t.contains(p); });
}

void World::fire(Intervention &iv)
{
    RunEvent e;
    e.kind = QStringLiteral("intervention");
    e.type = iv.name;
    e.content = Tr::tr("intervention %1 fired").arg(iv.name);
    log(std::move(e));
    for (const InterventionEffect &effect : iv.effects)
        apply(effect, iv.targets);
}

void World::apply(const InterventionEffect &effect, QStringList targets)
{
    if (targets.isEmpty())
        for (auto &a : m_agents)
            targets.append(a->name());
    for (const QString &t : targets) {
        switch (effect.kind) {
        case InterventionEffect::Kind::Stimulus:
            if (effect.stimulus == StimulusType::InternalGoalFormulation)
                setGoal(t, effect.content);
            else if (t != effect.source)
                deliver(t, {effect.stimulus, effect.content, effect.source});
            break;
        case InterventionEffect::Kind::Context:
            moveAgent(t, QString(), effect.context);
            break;
        case InterventionEffect::Kind::Location:
            moveAgent(t, effect.location, {});
            break;
        case InterventionEffect::Kind::Fragment:
            if (effect.fragment)
                (void)applyFragment(t, *effect.fragment);
            break;
        }
    }
}

void World::route(Agent &actor, const Action &action)
{
    auto feedback = [&](const QString &text) {
        actor.note(text, m_step);
        logNote(actor, text);
    };
    if (action.type == actions::talk()) {
        Agent *target = action.target.isEmpty() ? nullptr : agent(action.target);
        if (target && target != &actor) {
            if (m_network && !m_network->related(actor.name(), target->name()) && !actor.state().canReach(target->name()))
                feedback(Tr::tr("%1 could not hear you: you have no relation with them.").arg(target->name()));
            else
                deliver(target->name(), {StimulusType::Conversation, action.content, actor.name()});
        } else if (m_broadcastIfNoTarget) {
            for (auto &other : m_agents)
                if (other.get() != &actor && (!m_network || actor.state().canReach(other->name())))
                    deliver(other->name(), {StimulusType::Conversation, action.content, actor.name()});
        }
        // Otherwise the talk is addressed to someone outside the world (an interviewer, a
        // researcher): it is in the log, which is where they hear it.
    } else if (action.type == actions::reachOut()) {
        Agent *target = agent(action.target);
        if (!target || target == &actor) {
            deliver(actor.name(), {StimulusType::Social,
                                   Tr::tr("You could not reach out to %1: there is nobody by that name here.").arg(action.target),
                                   QString()});
        } else if (m_network && !m_network->related(actor.name(), target->name())) {
            deliver(actor.name(), {StimulusType::Social,
                                   Tr::tr("You could not reach out to %1: you have no relation with them.").arg(target->name()),
                                   QString()});
        } else {
            const QString relation = m_network ? m_network->relation(actor.name(), target->name()) : Tr::tr("reached out");
            actor.state().makeAccessible(target->name(), relation);
            target->state().makeAccessible(actor.name(), relation);
            deliver(target->name(), {StimulusType::Social,
                                     Tr::tr("%1 reached out to you and is now available to talk. %2").arg(actor.name(), action.content).trimmed(),
                                     actor.name()});
            deliver(actor.name(), {StimulusType::Social,
                                   Tr::tr("You reached out to %1, who is now available to talk.").arg(target->name()),
                                   target->name()});
        }
    }
}

nlohmann::json World::saveState() const
{
    nlohmann::json fired = nlohmann::json::array();
    for (size_t i = 0; i < m_fired.size(); ++i)
        if (m_fired[i])
            fired.push_back(i);
    // Questions of a step that paused before its answers were in are asked again on resume.
    nlohmann::json asks = nlohmann::json::array();
    if (m_preludeDone)
        for (const Ask &a : m_asks)
            asks.push_back(nlohmann::json(a.entry));
    return {{"steps_done", m_stepsDone},
            {"asks", asks},
            {"prelude_done", m_preludeDone},
            {"step_in_progress", m_preludeDone ? m_step : 0},
            {"skipped_seconds", m_skippedSeconds},
            {"next_seq", m_nextSeq},
            {"fired", fired},
            {"script_step", m_scriptStep},
            {"everyone_accessible", m_everyoneAccessible}};
}

void World::restoreState(const nlohmann::json &s)
{
    // Read back from the project without a schema: tolerate misshapen values.
    m_stepsDone = jsonInt(s, "steps_done", 0);
    m_preludeDone = jsonBool(s, "prelude_done", false);
    m_step = m_preludeDone ? jsonInt(s, "step_in_progress", 0) : m_stepsDone;
    m_skippedSeconds = jsonInteger(s, "skipped_seconds", 0);
    m_nextSeq = jsonInteger(s, "next_seq", 1);
    std::fill(m_fired.begin(), m_fired.end(), false);
    for (const auto &i : jsonArray(s, "fired"))
        if (const auto index = jsonInteger(i); index && *index >= 0 && size_t(*index) < m_fired.size())
            m_fired[size_t(*index)] = true;
    m_scriptStep = jsonInt(s, "script_step", 0);
    m_asks.clear();
    for (const auto &entry : jsonArray(s, "asks")) {
        QString problem;
        if (auto a = Ask::fromEntry(nlohmann::ordered_json(entry), &problem))
            m_asks.push_back(std::move(*a));
    }
    m_everyoneAccessible = jsonBool(s, "everyone_accessible", false);
}

} // namespace troupe
