#pragma once

#include "agent/cognitivestate.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

namespace troupe {

/**
 * Named relations between pairs of agents ("colleagues", "neighbours"). In a world with a
 * network, who can reach whom follows the relations at every step, talk only reaches
 * related agents and REACH_OUT only succeeds inside a relation.
 */
class SocialNetwork final
{
public:
    struct Relation
    {
        QString name;
        QString a;
        QString b;
    };

    void addRelation(const QString &name, const QString &a, const QString &b);
    bool related(const QString &a, const QString &b) const;
    /** The relation's name ("colleagues"), empty when unrelated. */
    QString relation(const QString &a, const QString &b) const;
    /** Everyone `name` is related to, with the relation as the description. */
    QList<AccessibleAgent> relationsOf(const QString &name) const;
    const QList<Relation> &relations() const { return m_relations; }
    bool isEmpty() const { return m_relations.isEmpty(); }

private:
    QList<Relation> m_relations;
};

} // namespace troupe
