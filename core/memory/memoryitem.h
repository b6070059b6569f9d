#pragma once

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

namespace troupe {

/** One entry of an agent's episodic memory: something perceived, done, or a note to itself. */
struct MemoryItem
{
    enum class Role { Stimulus, Action, Feedback };

    Role role = Role::Stimulus;
    QString type;   // CONVERSATION, TALK, ... ; "NOTE" for feedback
    QString source; // for stimuli: who it came from
    QString target; // for actions: who it went to
    QString content;
    int step = 0;
    QDateTime time;

    /**
     * One line for the prompt, e.g. `[2026-03-02 10:05] CONVERSATION from Kenji: "..."`,
     * with the content cut to `maxContent` characters.
     */
    QString render(int maxContent) const;

    nlohmann::json toJson() const;
    static MemoryItem fromJson(const nlohmann::json &json);
    static QString roleName(Role role);
};

} // namespace troupe
