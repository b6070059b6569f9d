#include "fragmentmerge.h"

#include <QCoreApplication>

namespace troupe {
namespace {

QString shortValue(const OrderedJson &v)
{
    QString s = QString::fromStdString(v.dump());
    if (s.size() > 60)
        s = s.left(57) + QStringLiteral("...");
    return s;
}

Status mergeInto(OrderedJson &base, const OrderedJson &add, const QString &path)
{
    for (const auto &[key, value] : add.items()) {
        const QString field = path + u'.' + QString::fromStdString(key);
        if (!base.contains(key) || base[key].is_null()) {
            base[key] = value;
            continue;
        }
        OrderedJson &current = base[key];
        if (value.is_null() || current == value)
            continue;
        if (current.is_object() && value.is_object()) {
            if (Status s = mergeInto(current, value, field); !s)
                return s;
        } else if (current.is_array() && value.is_array()) {
            for (const OrderedJson &item : value)
                if (std::find(current.begin(), current.end(), item) == current.end())
                    current.push_back(item);
        } else {
            return Status::failure(
                QCoreApplication::translate("FragmentMerge", "%1: the fragment says %2 but the persona says %3")
                    .arg(field, shortValue(value), shortValue(current)));
        }
    }
    return {};
}

/** Takes out of `base` what `added` put there: list items, equal scalars, emptied objects. */
void removeFrom(OrderedJson &base, const OrderedJson &added)
{
    for (const auto &[key, value] : added.items()) {
        if (!base.contains(key))
            continue;
        OrderedJson &current = base[key];
        if (current.is_object() && value.is_object()) {
            removeFrom(current, value);
            if (current.empty())
                base.erase(key);
        } else if (current.is_array() && value.is_array()) {
            OrderedJson kept = OrderedJson::array();
            for (const OrderedJson &item : current)
                if (std::find(value.begin(), value.end(), item) == value.end())
                    kept.push_back(item);
            if (kept.empty())
                base.erase(key);
            else
                current = std::move(kept);
        } else if (current == value) {
            base.erase(key);
        }
    }
}

} // namespace

Result<OrderedJson> mergePersona(const OrderedJson &persona, const OrderedJson &fragment)
{
    OrderedJson merged = persona;
    if (Status s = mergeInto(merged, fragment, QStringLiteral("persona")); !s)
        return Result<OrderedJson>::failure(s.error());
    return merged;
}

Result<PersonaDocument> applyFragment(const PersonaDocument &agent, const PersonaDocument &fragment)
{
    auto merged = mergePersona(agent.persona(), fragment.persona());
    if (!merged)
        return Result<PersonaDocument>::failure(merged.error());
    OrderedJson doc = agent.document();
    doc["persona"] = std::move(merged).value();
    return PersonaDocument(SpecKind::Agent, std::move(doc), agent.name());
}

PersonaDocument removeFragment(const PersonaDocument &agent, const PersonaDocument &fragment)
{
    OrderedJson doc = agent.document();
    OrderedJson persona = agent.persona();
    OrderedJson added = fragment.persona();
    added.erase("name"); // an agent keeps its name whatever the fragment says
    removeFrom(persona, added);
    doc["persona"] = std::move(persona);
    return PersonaDocument(SpecKind::Agent, std::move(doc), agent.name());
}

} // namespace troupe
