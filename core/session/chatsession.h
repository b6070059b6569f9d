#pragma once

#include "llm/endpoint.h"
#include "persona/personadocument.h"
#include "world/runevent.h"
#include "util/result.h"

#include <QObject>

#include <memory>

namespace troupe {

class ModelStack;
class World;

/**
 * "Talk to this persona": a one-to-one interview through the configured engine. The
 * persona lives in a world of its own with no recorder, so nothing reaches the project's
 * runs; each question is one turn (TinyTroupe's listen_and_act).
 */
class ChatSession final : public QObject
{
    Q_OBJECT
public:
    ChatSession(PersonaDocument persona, llm::EndpointFlags endpoint, QObject *parent = nullptr);
    ~ChatSession() override;

    /** Sets up the engine; a network provider is probed once. ready() or failed() follows. */
    void start();
    /** Asks one question as `interviewer`; ignored while the previous answer is pending. */
    void ask(const QString &question, const QString &interviewer);
    bool busy() const { return m_busy; }
    QString engineLabel() const;

Q_SIGNALS:
    void ready();
    /** What the persona did in reply: THINK, TALK, ... (DONE left out). */
    void answered(const troupe::RunEvents &actions);
    void typing(const QString &textSoFar);
    void failed(const QString &error);

private:
    PersonaDocument m_persona;
    llm::EndpointFlags m_endpoint;
    std::unique_ptr<ModelStack> m_engine;
    std::unique_ptr<World> m_world;
    bool m_busy = false;
};

} // namespace troupe
