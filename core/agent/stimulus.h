#pragma once

#include <QString>

#include <optional>

namespace troupe {

/** What an agent can perceive (TinyTroupe's stimulus types). */
enum class StimulusType { Conversation, Social, Visual, Thought, InternalGoalFormulation, Location };

struct Stimulus
{
    StimulusType type = StimulusType::Conversation;
    QString content;
    QString source; // who or what it came from; empty for the world itself
};

/** "CONVERSATION", "SOCIAL", ... as they appear in prompts, logs and scenario files. */
QString stimulusTypeName(StimulusType type);
std::optional<StimulusType> stimulusTypeFromName(const QString &name);

} // namespace troupe
