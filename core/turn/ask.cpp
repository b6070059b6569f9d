#include "ask.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ask)
};

QString textOf(const nlohmann::ordered_json &j, const char *key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

/** Compiled schemas by their text: a questionnaire asks the same question of every respondent. */
std::shared_ptr<const JsonSchema> compiled(const nlohmann::json &schema, QString *problem)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const JsonSchema>> cache;
    const QString key = QString::fromStdString(schema.dump());
    QMutexLocker lock(&mutex);
    if (auto it = cache.find(key); it != cache.end())
        return *it;
    auto made = JsonSchema::fromJson(schema);
    if (!made) {
        *problem = made.error();
        return nullptr;
    }
    auto shared = std::make_shared<const JsonSchema>(std::move(made).value());
    cache.insert(key, shared);
    return shared;
}

} // namespace

bool AskAnswer::mentions(const QString &phrase) const
{
    return value && QString::fromStdString(value->dump()).contains(phrase, Qt::CaseInsensitive);
}

QString AskAnswer::line() const
{
    if (!value)
        return QStringLiteral("(no valid answer)");
    const nlohmann::json &v = value->contains("value") ? value->at("value") : nlohmann::json();
    QString shown;
    if (v.is_string())
        shown = QString::fromStdString(v.get<std::string>());
    else if (v.is_array()) {
        QStringList items;
        for (const auto &item : v)
            items.append(item.is_string() ? QString::fromStdString(item.get<std::string>()) : QString::fromStdString(item.dump()));
        shown = items.join(QStringLiteral(", "));
    } else if (!v.is_null())
        shown = QString::fromStdString(v.dump());
    const auto why = value->find("justification");
    if (why != value->end() && why->is_string() && !why->get<std::string>().empty())
        return shown + QStringLiteral(" — ") + QString::fromStdString(why->get<std::string>());
    return shown;
}

std::optional<Ask> Ask::fromEntry(const nlohmann::ordered_json &entry, QString *problem)
{
    const auto q = entry.find("question");
    if (q == entry.end() || !q->is_object()) {
        *problem = Tr::tr("an \"ask\" needs a \"question\" object");
        return std::nullopt;
    }
    Ask a;
    a.id = textOf(*q, "id");
    a.text = textOf(*q, "text");
    a.source = textOf(entry, "source");
    if (const auto to = entry.find("to"); to != entry.end()) {
        if (to->is_string())
            a.targets.append(QString::fromStdString(to->get<std::string>()));
        else if (to->is_array())
            for (const auto &n : *to)
                if (n.is_string())
                    a.targets.append(QString::fromStdString(n.get<std::string>()));
    }
    const auto schema = q->find("schema");
    if (a.id.isEmpty() || a.text.isEmpty() || schema == q->end() || !schema->is_object()) {
        *problem = Tr::tr("a question needs \"id\", \"text\" and a \"schema\" object");
        return std::nullopt;
    }
    a.schema = nlohmann::json(*schema);
    const auto check = q->find("check");
    a.check = compiled(check != q->end() && check->is_object() ? nlohmann::json(*check) : a.schema, problem);
    if (!a.check)
        return std::nullopt;
    if (const auto when = entry.find("if_mentioned"); when != entry.end() && when->is_object()) {
        a.afterQuestion = textOf(*when, "question");
        a.mentions = textOf(*when, "phrase");
        if (a.afterQuestion.isEmpty() || a.mentions.isEmpty()) {
            *problem = Tr::tr("\"if_mentioned\" needs a \"question\" and a \"phrase\"");
            return std::nullopt;
        }
    }
    a.entry = entry;
    return a;
}

} // namespace troupe
