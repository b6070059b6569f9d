#include "socialnetwork.h"

namespace troupe {

void SocialNetwork::addRelation(const QString &name, const QString &a, const QString &b)
{
    if (a == b || related(a, b))
        return;
    m_relations.append({name, a, b});
}

bool SocialNetwork::related(const QString &a, const QString &b) const
{
    return !relation(a, b).isNull();
}

QString SocialNetwork::relation(const QString &a, const QString &b) const
{
    for (const Relation &r : m_relations)
        if ((r.a == a && r.b == b) || (r.a == b && r.b == a))
            return r.name.isNull() ? QStringLiteral("") : r.name;
    return {};
}

QList<AccessibleAgent> SocialNetwork::relationsOf(const QString &name) const
{
    QList<AccessibleAgent> out;
    for (const Relation &r : m_relations) {
        if (r.a == name)
            out.append({r.b, r.name});
        else if (r.b == name)
            out.append({r.a, r.name});
    }
    return out;
}

} // namespace troupe
