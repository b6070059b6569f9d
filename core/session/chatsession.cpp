#include "chatsession.h"

#include "modelstack.h"
#include "config/config.h"
#include "world/world.h"

#include <QCoreApplication>

namespace troupe {

ChatSession::ChatSession(PersonaDocument persona, llm::EndpointFlags endpoint, QObject *parent)
    : QObject(parent), m_persona(std::move(persona)), m_endpoint(std::move(endpoint))
{
}

ChatSession::~ChatSession()
{
    m_world.reset(); // before the engine whose scheduler it uses
    m_engine.reset();
}

QString ChatSession::engineLabel() const
{
    return m_engine ? m_engine->provider().label() : QString();
}

void ChatSession::start()
{
    auto config = Config::load();
    if (!config) {
        emit failed(config.error());
        return;
    }
    // No project: nothing of the chat reaches the user's project or its runs.
    auto engine = ModelStack::create(nullptr, m_endpoint, config.value(), true);
    if (!engine) {
        emit failed(engine.error());
        return;
    }
    m_engine = std::move(engine).value();
    m_world = std::make_unique<World>(QStringLiteral("Interview"), &m_engine->scheduler());
    m_world->setDefaultModel(m_engine->defaultModel());
    m_world->setStart(QDateTime::currentDateTime());
    Agent &agent = m_world->addAgent(std::make_unique<Agent>(m_persona, AgentSettings::fromConfig(config.value())));
    agent.state().location = QStringLiteral("An interview");
    connect(m_world.get(), &World::eventsAppended, this, [this](const RunEvents &events) {
        RunEvents actions;
        for (const RunEvent &e : events)
            if (e.kind == QLatin1String("action") && e.type != QLatin1String("DONE"))
                actions.append(e);
        if (!actions.isEmpty())
            emit answered(actions);
    });
    connect(m_world.get(), &World::finished, this, [this] { m_busy = false; });
    connect(m_world.get(), &World::paused, this, [this](const QString &reason) {
        m_busy = false;
        emit failed(reason);
    });
    connect(&m_engine->provider(), &llm::Provider::streamed, this,
            [this](const QString &, const QString &, const QString &text) { emit typing(text); });
    if (!m_engine->provider().isLanguageModel()) {
        emit ready();
        return;
    }
    m_engine->provider().prepare([this](const QString &error) {
        if (error.isEmpty())
            emit ready();
        else
            emit failed(error);
    });
}

void ChatSession::ask(const QString &question, const QString &interviewer)
{
    if (!m_world || m_busy || question.trimmed().isEmpty())
        return;
    m_busy = true;
    m_world->listenAndAct(m_persona.name(), question.trimmed(), interviewer);
}

} // namespace troupe
