#include "personrequest.h"

#include "util/jsonreader.h"
#include "util/promptrenderer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMutex>

#include <cmath>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonRequest)
};

QString qs(const nlohmann::json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key))
        return {};
    const auto &v = j.at(key);
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump());
}

const nlohmann::json &schemaJson(const QString &path)
{
    // Read once: a thousand person requests need the same schema.
    static QHash<QString, nlohmann::json> cache;
    static QMutex lock;
    QMutexLocker locked(&lock);
    auto it = cache.find(path);
    if (it == cache.end()) {
        QFile f(path);
        (void)f.open(QIODevice::ReadOnly);
        it = cache.insert(path, nlohmann::json::parse(f.readAll().toStdString(), nullptr, false));
    }
    return *it;
}

bool isGender(const Dimension &d)
{
    return d.name.contains(QLatin1String("gender"), Qt::CaseInsensitive) || d.name.compare(QLatin1String("sex"), Qt::CaseInsensitive) == 0;
}

bool isCountry(const Dimension &d)
{
    return d.name.compare(QLatin1String("Country"), Qt::CaseInsensitive) == 0
        || d.name.compare(QLatin1String("Nationality"), Qt::CaseInsensitive) == 0;
}

QString genderClass(QString g)
{
    g = g.trimmed().toLower();
    for (const char *w : {"female", "woman", "women", "girl", "f", "feminine", "mulher", "mujer", "frau"})
        if (g == QLatin1String(w) || g.startsWith(QLatin1String(w) + QLatin1Char(' ')))
            return QStringLiteral("female");
    for (const char *w : {"male", "man", "men", "boy", "m", "masculine", "homem", "hombre", "mann"})
        if (g == QLatin1String(w) || g.startsWith(QLatin1String(w) + QLatin1Char(' ')))
            return QStringLiteral("male");
    return g;
}

/** Words that name the country's people, so "American" matches "United States of America". */
QStringList countryWords(const QString &country)
{
    const QString c = country.toLower();
    QStringList words{c};
    struct Pair { const char *country; const char *words; };
    static const Pair table[] = {
        {"united states", "american|usa|u.s.|united states"}, {"usa", "american|usa|united states"},
        {"brazil", "brazil|brasil"}, {"spain", "spanish|spain|españa"}, {"germany", "german"},
        {"japan", "japan"}, {"nigeria", "nigeria"}, {"united kingdom", "british|uk|english|scottish|welsh"},
        {"france", "french|france"}, {"italy", "italian|italy"}, {"mexico", "mexican|mexico"},
        {"india", "india"}, {"china", "chinese|china"}, {"canada", "canadian|canada"},
    };
    for (const Pair &p : table)
        if (c.contains(QLatin1String(p.country)))
            words += QString::fromLatin1(p.words).split(QLatin1Char('|'));
    return words;
}

} // namespace

const JsonSchema &dimensionsReplySchema()
{
    return builtinSchema(QStringLiteral(":/schemas/population_dimensions.schema.json"));
}

const JsonSchema &personReplySchema()
{
    return builtinSchema(QStringLiteral(":/schemas/generated_person.schema.json"));
}

llm::ChatRequest dimensionsRequest(const PopulationInput &input, const QString &model)
{
    llm::ChatRequest r;
    r.purpose = QString::fromLatin1(kDimensionsPurpose);
    r.model = model;
    r.temperature = 0.2; // figures, not invention
    r.messages.push_back({QStringLiteral("user"),
                          renderPrompt(QStringLiteral("population_dimensions"),
                                       {{"description", input.promptText().toStdString()}, {"extra", input.extra.toStdString()}})});
    r.responseSchema = schemaJson(QStringLiteral(":/schemas/population_dimensions.schema.json"));
    r.schemaName = QStringLiteral("population_dimensions");
    r.hints = {{"input", input.toJson().dump()}}; // text: hints are unordered JSON, and the description's order matters
    return r;
}

nlohmann::json requiredAttributes(const Sample &sample, const Dimensions &dimensions)
{
    nlohmann::json out = nlohmann::json::object();
    for (const Dimension &d : dimensions) {
        const std::string key = d.name.toStdString();
        if (!sample.attributes.contains(key))
            continue;
        out[key] = sample.attributes.at(key);
    }
    return out;
}

llm::ChatRequest personRequest(const PopulationInput &input, const SamplingPlan &plan, int index, const QString &model,
                               double temperature, const std::string &inputText)
{
    const Sample &sample = plan.samples().at(size_t(index));
    const nlohmann::json attributes = requiredAttributes(sample, plan.dimensions());
    llm::ChatRequest r;
    r.purpose = QString::fromLatin1(kPersonPurpose);
    r.agent = QStringLiteral("sample %1").arg(index + 1);
    r.model = model;
    r.temperature = temperature;
    // The population text is the same for every person: it comes first so prefix caching applies.
    const QString population = input.description
        ? QStringLiteral("%1\n%2").arg(input.title(), QString::fromStdString(input.description->document().value("description", std::string())))
        : input.context.trimmed();
    r.messages.push_back({QStringLiteral("user"),
                          renderPrompt(QStringLiteral("population_person"),
                                       {{"population", population.toStdString()}, {"sample", attributes.dump()}})});
    r.responseSchema = schemaJson(QStringLiteral(":/schemas/generated_person.schema.json"));
    r.schemaName = QStringLiteral("population_person");
    r.seed = plan.seed() * 1000003ULL + quint64(index);
    r.hints = {{"input", inputText.empty() ? input.toJson().dump() : inputText}, {"sample", attributes}, {"index", index}, {"seed", plan.seed()}};
    return r;
}

QString personProblem(const nlohmann::json &reply, const Sample &sample, const Dimensions &dimensions, const QSet<QString> &taken)
{
    const nlohmann::json persona = reply.value("persona", nlohmann::json::object());
    const QString name = qs(persona, "name").trimmed();
    if (name.isEmpty())
        return Tr::tr("persona.name is empty");
    if (taken.contains(name.toLower()))
        return Tr::tr("persona.name: \"%1\" is already taken in this population or project; choose a different name").arg(name);
    const double age = persona.contains("age") && persona.at("age").is_number() ? persona.at("age").get<double>() : -1;
    for (const Dimension &d : dimensions) {
        const std::string key = d.name.toStdString();
        if (!sample.attributes.contains(key))
            continue;
        const auto &value = sample.attributes.at(key);
        if (d.isAge()) {
            if (d.kind == Dimension::Kind::Numeric && value.is_number()) {
                if (std::abs(age - value.get<double>()) > 1)
                    return Tr::tr("persona.age: %1 is not the sampled age %2").arg(age).arg(value.get<double>());
            } else if (value.is_string()) {
                if (const auto band = ageBand(QString::fromStdString(value.get<std::string>())); band && (age < band->first || age > band->second))
                    return Tr::tr("persona.age: %1 is outside the sampled range %2").arg(age).arg(QString::fromStdString(value.get<std::string>()));
            }
        } else if (isGender(d) && value.is_string()) {
            const QString wanted = QString::fromStdString(value.get<std::string>());
            if (genderClass(qs(persona, "gender")) != genderClass(wanted))
                return Tr::tr("persona.gender: \"%1\" is not the sampled gender \"%2\"").arg(qs(persona, "gender"), wanted);
        } else if (isCountry(d) && value.is_string()) {
            const QString wanted = QString::fromStdString(value.get<std::string>());
            const QString where = (qs(persona, "nationality") + QLatin1Char(' ') + qs(persona, "residence")).toLower();
            bool found = false;
            for (const QString &w : countryWords(wanted))
                found = found || where.contains(w);
            if (!found)
                return Tr::tr("persona.nationality: \"%1\" (living in \"%2\") does not fit the sampled country \"%3\"")
                    .arg(qs(persona, "nationality"), qs(persona, "residence"), wanted);
        }
    }
    return {};
}

nlohmann::ordered_json agentDocument(const nlohmann::json &reply)
{
    static const char *order[] = {"name", "age", "gender", "nationality", "residence", "education", "long_term_goals",
                                  "occupation", "style", "personality", "preferences", "skills", "beliefs", "behaviors",
                                  "health", "relationships", "other_facts"};
    const nlohmann::json persona = reply.value("persona", nlohmann::json::object());
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const char *k : order)
        if (persona.contains(k))
            out[k] = nlohmann::ordered_json::parse(persona.at(k).dump());
    for (auto it = persona.begin(); it != persona.end(); ++it)
        if (!out.contains(it.key()))
            out[it.key()] = nlohmann::ordered_json::parse(it.value().dump());
    return {{"type", "TinyPerson"}, {"persona", std::move(out)}};
}

} // namespace troupe
