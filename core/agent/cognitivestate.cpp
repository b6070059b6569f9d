#include "cognitivestate.h"

#include "util/simtime.h"

namespace troupe {

namespace {

QString text(const nlohmann::json &j)
{
    if (j.is_string())
        return QString::fromStdString(j.get<std::string>());
    if (j.is_array()) {
        QStringList parts;
        for (const auto &item : j)
            if (const QString t = text(item); !t.isEmpty())
                parts.append(t);
        return parts.join(QStringLiteral("; "));
    }
    if (j.is_null())
        return {};
    return QString::fromStdString(j.dump());
}

QStringList textList(const nlohmann::json &j)
{
    QStringList out;
    if (j.is_array()) {
        for (const auto &item : j)
            if (const QString t = text(item); !t.isEmpty())
                out.append(t);
    } else if (const QString t = text(j); !t.isEmpty()) {
        out.append(t);
    }
    return out;
}

} // namespace

bool CognitiveState::canReach(const QString &name) const
{
    for (const AccessibleAgent &a : accessible)
        if (a.name == name)
            return true;
    return false;
}

bool CognitiveState::makeAccessible(const QString &name, const QString &relation)
{
    for (AccessibleAgent &a : accessible) {
        if (a.name == name) {
            if (a.relation == relation)
                return false;
            a.relation = relation;
            return true;
        }
    }
    accessible.append({name, relation});
    return true;
}

nlohmann::json CognitiveState::toJson() const
{
    nlohmann::json contextJson = nlohmann::json::array();
    for (const QString &c : context)
        contextJson.push_back(c.toStdString());
    nlohmann::json accessibleJson = nlohmann::json::array();
    for (const AccessibleAgent &a : accessible)
        accessibleJson.push_back({{"name", a.name.toStdString()}, {"relation_description", a.relation.toStdString()}});
    return {{"datetime", simTimeText(datetime).toStdString()},
            {"location", location.toStdString()},
            {"context", std::move(contextJson)},
            {"goals", goals.toStdString()},
            {"attention", attention.toStdString()},
            {"emotions", emotions.toStdString()},
            {"accessible_agents", std::move(accessibleJson)}};
}

CognitiveState CognitiveState::fromJson(const nlohmann::json &json)
{
    CognitiveState s;
    if (!json.is_object())
        return s;
    s.datetime = parseSimTime(text(json.value("datetime", nlohmann::json())));
    s.location = text(json.value("location", nlohmann::json()));
    s.context = textList(json.value("context", nlohmann::json()));
    s.goals = text(json.value("goals", nlohmann::json()));
    s.attention = text(json.value("attention", nlohmann::json()));
    s.emotions = text(json.value("emotions", nlohmann::json()));
    for (const auto &a : json.value("accessible_agents", nlohmann::json::array()))
        if (a.is_object())
            s.accessible.append({text(a.value("name", nlohmann::json())),
                                 text(a.value("relation_description", nlohmann::json()))});
    return s;
}

QStringList CognitiveState::applyUpdate(const nlohmann::json &update)
{
    QStringList changed;
    if (!update.is_object())
        return changed;
    auto set = [&](const char *key, QString &field) {
        if (!update.contains(key) || update.at(key).is_null())
            return;
        const QString value = text(update.at(key)).trimmed();
        if (!value.isEmpty() && value != field) {
            field = value;
            changed.append(QString::fromLatin1(key));
        }
    };
    set("goals", goals);
    set("attention", attention);
    set("emotions", emotions);
    if (update.contains("context") && !update.at("context").is_null()) {
        const QStringList value = textList(update.at("context"));
        if (!value.isEmpty() && value != context) {
            context = value;
            changed.append(QStringLiteral("context"));
        }
    }
    return changed;
}

} // namespace troupe
