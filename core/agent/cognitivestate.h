#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace troupe {

struct AccessibleAgent
{
    QString name;
    QString relation; // how the agent relates to them ("colleague", "met in the focus group")
    bool operator==(const AccessibleAgent &) const = default;
};

/** An agent's current mental state: rendered into every prompt and updated by every turn. */
struct CognitiveState
{
    QDateTime datetime;
    QString location;
    QStringList context;
    QString goals;
    QString attention;
    QString emotions;
    QList<AccessibleAgent> accessible;

    bool canReach(const QString &name) const;
    /** Adds or updates `name`; returns true when something changed. */
    bool makeAccessible(const QString &name, const QString &relation);

    nlohmann::json toJson() const;
    static CognitiveState fromJson(const nlohmann::json &json);

    /**
     * Applies the `cognitive_state` object of a model reply: each of goals, attention,
     * emotions and context goes to its own field (TinyTroupe writes emotions into
     * attention); fields the reply leaves out keep their value. Returns the names of the
     * fields that changed.
     */
    QStringList applyUpdate(const nlohmann::json &update);
};

} // namespace troupe
