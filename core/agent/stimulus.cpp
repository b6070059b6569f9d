#include "stimulus.h"

#include <array>

namespace troupe {

namespace {
constexpr std::array<std::pair<StimulusType, const char *>, 6> kNames = {{
    {StimulusType::Conversation, "CONVERSATION"},
    {StimulusType::Social, "SOCIAL"},
    {StimulusType::Visual, "VISUAL"},
    {StimulusType::Thought, "THOUGHT"},
    {StimulusType::InternalGoalFormulation, "INTERNAL_GOAL_FORMULATION"},
    {StimulusType::Location, "LOCATION"},
}};
} // namespace

QString stimulusTypeName(StimulusType type)
{
    for (const auto &[t, name] : kNames)
        if (t == type)
            return QString::fromLatin1(name);
    return {};
}

std::optional<StimulusType> stimulusTypeFromName(const QString &name)
{
    for (const auto &[t, n] : kNames)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

} // namespace troupe
