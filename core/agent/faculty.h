#pragma once

#include "action.h"

#include <QString>
#include <QStringList>

namespace troupe {

class Agent;

/**
 * A capability an agent can be given: it adds action types and their definitions and
 * constraints to the prompt, and handles those actions when the agent takes them.
 */
class Faculty
{
public:
    virtual ~Faculty();
    virtual QString name() const = 0;
    /** Action types this faculty handles, e.g. {"RECALL"}. */
    virtual QStringList actionTypes() const = 0;
    /** Prompt lines defining the actions, in the style "- RECALL: ...". */
    virtual QString actionDefinitions() const = 0;
    /** Extra rules for the prompt, one per entry. */
    virtual QStringList constraints() const = 0;
    /** Handles one of its actions during the turn's application. */
    virtual void handle(const Action &action, Agent &agent, int step) = 0;
};

/**
 * RECALL: the agent searches its semantic memory. The query is answered before its next
 * turn (the search may need an embedding call), as a THOUGHT listing what came to mind.
 */
class RecallFaculty final : public Faculty
{
public:
    QString name() const override;
    QStringList actionTypes() const override;
    QString actionDefinitions() const override;
    QStringList constraints() const override;
    void handle(const Action &action, Agent &agent, int step) override;
};

} // namespace troupe
