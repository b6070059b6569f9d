#pragma once

#include "agent/stimulus.h"
#include "persona/personadocument.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace troupe {

class World;

/** What an intervention does to its targets when it fires. */
struct InterventionEffect
{
    enum class Kind { Stimulus, Context, Location, Fragment };
    Kind kind = Kind::Stimulus;
    StimulusType stimulus = StimulusType::Conversation; // Kind::Stimulus
    QString content;                                    // Kind::Stimulus
    QString source;                                     // Kind::Stimulus
    QStringList context;                                // Kind::Context
    QString location;                                   // Kind::Location
    std::optional<PersonaDocument> fragment;            // Kind::Fragment
};

/**
 * A change to a running world: when its precondition holds (a function, and/or a textual
 * condition judged by the model against recent events), its effects are applied to its
 * targets, before agents act. Checked from `firstStep` on, every step until it fires (once)
 * or every step it holds (repeating).
 */
struct Intervention
{
    QString name;
    QStringList targets; // agent names; empty: everyone
    int firstStep = 1;
    bool once = true;
    std::function<bool(const World &)> precondition;
    QString textualCondition;
    std::vector<InterventionEffect> effects;
};

} // namespace troupe
