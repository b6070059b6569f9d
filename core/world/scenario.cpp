#include "scenario.h"

#include "persona/fragmentmerge.h"
#include "persona/personaparser.h"
#include "util/jsonlocator.h"
#include "util/jsonreader.h"
#include "util/jsonvalue.h"
#include "util/simtime.h"
#include "util/textinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <map>
#include <QSet>

#include <algorithm>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

using OJson = nlohmann::ordered_json;

QString qs(const OJson &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

QString qs(const OJson &j, const char *key)
{
    const auto it = j.find(key);
    return it == j.end() ? QString() : qs(*it);
}

QStringList names(const OJson &j)
{
    QStringList out;
    if (j.is_string())
        out.append(qs(j));
    else if (j.is_array())
        for (const auto &n : j)
            out.append(qs(n));
    return out;
}

/** Collects problems with their place in the scenario text. */
struct Problems
{
    const QByteArray &text;
    QString label;
    Diagnostics list;
    qsizetype dropped = 0; // beyond kMax: each costs a scan of the text, so they are counted

    static constexpr qsizetype kMax = 50;

    bool isEmpty() const { return list.isEmpty(); }

    Diagnostics take() const
    {
        Diagnostics out = list;
        if (dropped > 0)
            out.append({label, 0, 0, {}, Tr::tr("and %1 more problems").arg(dropped)});
        return out;
    }

    void add(const std::vector<std::string> &path, const QString &message)
    {
        if (list.size() >= kMax) {
            ++dropped;
            return;
        }
        const TextPosition pos = positionAt(text, locateJsonValue(text, path));
        QString field;
        for (const std::string &p : path) {
            const bool index = !p.empty() && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
            field += index ? QStringLiteral("[%1]").arg(QString::fromStdString(p))
                           : (field.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromStdString(p);
        }
        list.append({label, pos.line, pos.column, field, message});
    }
};

/** `j[key]`, or null when `j` is not an object or lacks it: for reading stored snapshots. */
const OJson &member(const OJson &j, const char *key)
{
    static const OJson none;
    const OJson *v = jsonMember(j, key);
    return v ? *v : none;
}

std::vector<std::string> at(std::initializer_list<std::string> parts)
{
    return std::vector<std::string>(parts);
}

std::string idx(size_t i)
{
    return std::to_string(i);
}

std::optional<PersonaDocument> readSpec(const QString &path, SpecKind kind, Problems &problems,
                                        const std::vector<std::string> &where)
{
    if (!QFileInfo::exists(path)) {
        problems.add(where, Tr::tr("cannot find %1").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    PersonaParser::Outcome o = PersonaParser::parseFile(path);
    if (!o.document) {
        problems.list += o.diagnostics; // they name the persona file itself
        problems.add(where, Tr::tr("%1 could not be read (see above)").arg(QFileInfo(path).fileName()));
        return std::nullopt;
    }
    if (o.document->kind() != kind) {
        problems.add(where, kind == SpecKind::Agent ? Tr::tr("%1 is a fragment, not an agent").arg(QFileInfo(path).fileName())
                                                    : Tr::tr("%1 is an agent, not a fragment").arg(QFileInfo(path).fileName()));
        return std::nullopt;
    }
    return o.document;
}

/** Checks a script entry or effect and resolves its fragment file; false when it is unusable. */
bool resolveDoing(OJson &doing, const std::vector<std::string> &where, const QSet<QString> &agents,
                  const QString &baseDir, bool allowTo, Problems &problems)
{
    const QString what = qs(doing, "do");
    auto path = [&](const char *key) {
        auto p = where;
        p.push_back(key);
        return p;
    };
    bool ok = true;
    if (doing.contains("to")) {
        if (!allowTo) {
            problems.add(path("to"), Tr::tr("an intervention's effects go to its targets; use \"targets\" on the intervention"));
            ok = false;
        }
        size_t i = 0;
        for (const QString &n : names(doing.at("to"))) {
            if (!agents.contains(n)) {
                auto p = path("to");
                if (doing.at("to").is_array())
                    p.push_back(idx(i));
                problems.add(p, Tr::tr("there is no agent called \"%1\" in this scenario").arg(n));
                ok = false;
            }
            ++i;
        }
    }
    if (what == QLatin1String("ask")) {
        if (!allowTo) {
            problems.add(where, Tr::tr("questions are asked by the script, not by interventions"));
            return false;
        }
        QString problem;
        if (!Ask::fromEntry(doing, &problem)) {
            problems.add(path("question"), problem);
            return false;
        }
        return ok;
    }
    if (what == QLatin1String("fragment")) {
        if (doing.contains("file")) {
            const auto fragment = readSpec(QDir(baseDir).filePath(qs(doing, "file")), SpecKind::Fragment, problems, path("file"));
            if (!fragment)
                return false;
            doing["fragment"] = fragment->document();
            doing["fragment_name"] = fragment->name().toStdString();
            doing.erase("file");
        } else if (!doing.contains("fragment")) {
            problems.add(where, Tr::tr("a \"fragment\" step needs \"file\" (a .fragment.json) or an inline \"fragment\""));
            ok = false;
        }
        return ok;
    }
    const auto content = doing.find("content");
    if (content == doing.end() || (content->is_string() && content->get<std::string>().empty())) {
        problems.add(where, Tr::tr("\"%1\" needs a \"content\"").arg(what));
        return false;
    }
    if (what == QLatin1String("context") ? !content->is_array() && !content->is_string() : !content->is_string()) {
        problems.add(path("content"), Tr::tr("expected text"));
        return false;
    }
    return ok;
}

InterventionEffect toEffect(const OJson &doing)
{
    InterventionEffect e;
    const QString what = qs(doing, "do");
    e.content = qs(doing, "content");
    e.source = qs(doing, "source");
    if (what == QLatin1String("show"))
        e.stimulus = StimulusType::Visual;
    else if (what == QLatin1String("think"))
        e.stimulus = StimulusType::Thought;
    else if (what == QLatin1String("goal"))
        e.stimulus = StimulusType::InternalGoalFormulation;
    else if (what == QLatin1String("context")) {
        e.kind = InterventionEffect::Kind::Context;
        e.context = names(member(doing, "content"));
    } else if (what == QLatin1String("location")) {
        e.kind = InterventionEffect::Kind::Location;
        e.location = e.content;
    } else if (what == QLatin1String("fragment")) {
        e.kind = InterventionEffect::Kind::Fragment;
        const QString name = qs(doing, "fragment_name");
        e.fragment = PersonaDocument(SpecKind::Fragment, jsonObject(doing, "fragment"), name.isEmpty() ? QStringLiteral("fragment") : name);
    }
    return e;
}

} // namespace

QStringList Scenario::bundledNames()
{
    QStringList out;
    for (const QString &f : QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.scenario.json")}, QDir::Files, QDir::Name))
        out.append(f.chopped(int(qstrlen(".scenario.json"))));
    return out;
}

Scenario::Outcome Scenario::loadFile(const QString &pathOrBundledName, const PopulationResolver &populations)
{
    QString path = pathOrBundledName;
    if (!QFileInfo::exists(path) && bundledNames().contains(path))
        path = QStringLiteral(":/scenarios/%1.scenario.json").arg(path);
    Diagnostic problem;
    const std::optional<QByteArray> text = readUserTextFile(path, &problem);
    if (!text)
        return {std::nullopt, {problem}};
    return load(*text, pathOrBundledName, QFileInfo(path).absolutePath(), populations);
}

Scenario::Outcome Scenario::load(QByteArray text, const QString &label, const QString &baseDir, const PopulationResolver &populations)
{
    JsonReadOutcome read = readJson(text, label, builtinSchema(QStringLiteral(":/schemas/scenario.schema.json")));
    if (!read.document)
        return {std::nullopt, read.diagnostics};
    OJson doc = std::move(*read.document);
    Problems problems{text, label, {}};

    // Agents: resolve files and fragments into inline specs.
    QSet<QString> agentNames;
    OJson &agents = doc["agents"];
    std::map<size_t, QList<PersonaDocument>> fromPopulation; // entry index → its people
    for (size_t i = 0; i < agents.size(); ++i) {
        OJson &entry = agents[i];
        if (entry.contains("population")) {
            if (entry.contains("file") || entry.contains("spec") || entry.contains("fragments")) {
                problems.add(at({"agents", idx(i)}), Tr::tr("a population entry takes no \"file\", \"spec\" or \"fragments\""));
                continue;
            }
            const QString name = qs(entry, "population");
            if (!populations) {
                problems.add(at({"agents", idx(i), "population"}),
                             Tr::tr("population \"%1\" lives in a project: run the scenario with --project").arg(name));
                continue;
            }
            std::optional<int> sample;
            if (entry.contains("sample"))
                sample = entry.at("sample").get<int>();
            auto people = populations(name, sample, entry.value("seed", quint64(1)));
            if (!people) {
                problems.add(at({"agents", idx(i), sample ? "sample" : "population"}), people.error());
                continue;
            }
            for (const PersonaDocument &p : people.value()) {
                if (agentNames.contains(p.name()))
                    problems.add(at({"agents", idx(i)}), Tr::tr("%1 appears twice; agent names must be unique").arg(p.name()));
                agentNames.insert(p.name());
            }
            fromPopulation[i] = people.value();
            continue;
        }
        const bool hasFile = entry.contains("file"), hasSpec = entry.contains("spec");
        if (hasFile == hasSpec) {
            problems.add(at({"agents", idx(i)}), Tr::tr("give either \"file\" (an .agent.json) or an inline \"spec\""));
            continue;
        }
        std::optional<PersonaDocument> spec;
        if (hasFile) {
            spec = readSpec(QDir(baseDir).filePath(qs(entry, "file")), SpecKind::Agent, problems, at({"agents", idx(i), "file"}));
        } else {
            PersonaParser::Outcome o = PersonaParser::parse(QByteArray::fromStdString(entry.at("spec").dump()),
                                                            QStringLiteral("%1: agents[%2].spec").arg(label).arg(i));
            if (o.document && o.document->kind() == SpecKind::Agent)
                spec = o.document;
            else if (o.document)
                problems.add(at({"agents", idx(i), "spec"}), Tr::tr("this is a fragment, not an agent"));
            else
                for (const Diagnostic &d : o.diagnostics)
                    problems.add(at({"agents", idx(i), "spec"}), d.field.isEmpty() ? d.message : d.field + QStringLiteral(": ") + d.message);
        }
        if (!spec)
            continue;
        const auto fragments = entry.value("fragments", OJson::array());
        OJson applied = OJson::array();
        for (size_t f = 0; f < fragments.size() && spec; ++f) {
            const auto fragment = readSpec(QDir(baseDir).filePath(qs(fragments[f])), SpecKind::Fragment, problems,
                                           at({"agents", idx(i), "fragments", idx(f)}));
            if (!fragment) {
                spec.reset();
                break;
            }
            auto merged = applyFragment(*spec, *fragment);
            if (!merged) {
                problems.add(at({"agents", idx(i), "fragments", idx(f)}),
                             Tr::tr("fragment %1 does not fit %2: %3").arg(fragment->name(), spec->name(), merged.error()));
                spec.reset();
                break;
            }
            spec = std::move(merged).value();
            applied.push_back(fragment->name().toStdString());
        }
        if (!spec)
            continue;
        if (agentNames.contains(spec->name())) {
            problems.add(at({"agents", idx(i)}), Tr::tr("%1 appears twice; agent names must be unique").arg(spec->name()));
            continue;
        }
        agentNames.insert(spec->name());
        if (hasFile)
            entry["source_file"] = entry.at("file");
        entry.erase("file");
        entry.erase("fragments");
        entry["spec"] = spec->document();
        if (!applied.empty())
            entry["fragments_applied"] = applied;
    }
    if (!problems.isEmpty())
        return {std::nullopt, problems.take()};
    if (!fromPopulation.empty()) {
        // Each person becomes an inline agent with the entry's settings (model, goals...).
        OJson expanded = OJson::array();
        for (size_t i = 0; i < agents.size(); ++i) {
            const auto found = fromPopulation.find(i);
            if (found == fromPopulation.end()) {
                expanded.push_back(agents[i]);
                continue;
            }
            for (const PersonaDocument &p : found->second) {
                OJson one = agents[i];
                for (const char *k : {"population", "sample", "seed"})
                    one.erase(k);
                one["spec"] = p.document();
                one["population"] = agents[i].at("population");
                expanded.push_back(std::move(one));
            }
        }
        agents = std::move(expanded);
    }

    if (doc.contains("world") && doc["world"].contains("start")
        && !parseSimTime(qs(doc["world"], "start")).isValid())
        problems.add(at({"world", "start"}), Tr::tr("expected a date and time like 2026-03-02T18:00:00"));
    if (doc.value("everyone_accessible", false) && doc.contains("relations"))
        problems.add(at({"relations"}), Tr::tr("use either \"everyone_accessible\" or \"relations\", not both"));

    const auto relations = doc.value("relations", OJson::array());
    for (size_t r = 0; r < relations.size(); ++r) {
        const auto between = relations[r].at("between");
        for (size_t k = 0; k < between.size(); ++k)
            if (!agentNames.contains(qs(between[k])))
                problems.add(at({"relations", idx(r), "between", idx(k)}),
                             Tr::tr("there is no agent called \"%1\" in this scenario").arg(qs(between[k])));
    }
    if (doc.contains("script"))
        for (size_t s = 0; s < doc["script"].size(); ++s)
            resolveDoing(doc["script"][s], at({"script", idx(s)}), agentNames, baseDir, true, problems);
    if (doc.contains("interventions")) {
        for (size_t v = 0; v < doc["interventions"].size(); ++v) {
            OJson &iv = doc["interventions"][v];
            if (iv.contains("targets")) {
                size_t k = 0;
                for (const QString &n : names(iv.at("targets"))) {
                    if (!agentNames.contains(n)) {
                        auto p = at({"interventions", idx(v), "targets"});
                        if (iv.at("targets").is_array())
                            p.push_back(idx(k));
                        problems.add(p, Tr::tr("there is no agent called \"%1\" in this scenario").arg(n));
                    }
                    ++k;
                }
            }
            for (size_t e = 0; e < iv["effects"].size(); ++e)
                resolveDoing(iv["effects"][e], at({"interventions", idx(v), "effects", idx(e)}), agentNames, baseDir, false,
                             problems);
        }
    }
    if (!problems.isEmpty())
        return {std::nullopt, problems.take()};
    return {std::move(doc), {}};
}

// build(), steps() and seed() also read snapshots stored in a project, which no schema
// checked on the way back: every read here tolerates a missing or misshapen value.

int Scenario::steps(const OJson &resolved)
{
    return jsonInt(jsonObject(resolved, "world"), "steps", 6);
}

quint64 Scenario::seed(const OJson &resolved)
{
    const OJson *seed = jsonMember(jsonObject(resolved, "world"), "seed");
    if (seed && seed->is_number_unsigned())
        return seed->get<quint64>();
    return quint64(jsonInteger(jsonObject(resolved, "world"), "seed", 1, 0));
}

std::unique_ptr<World> Scenario::build(const OJson &resolved, llm::CallScheduler *scheduler,
                                       const BuildOptions &options, QObject *parent)
{
    const OJson &w = jsonObject(resolved, "world");
    auto world = std::make_unique<World>(w.contains("name") ? qs(w, "name") : qs(resolved, "name"), scheduler, parent);
    if (w.contains("start"))
        world->setStart(parseSimTime(qs(w, "start")));
    // Seconds as a whole number; a duration beyond a century is someone's typo, not a plan.
    world->setStepDuration(qint64(std::clamp(jsonNumber(w, "step_minutes", 1.0), 0.0, 100.0 * 366 * 24 * 60) * 60.0));
    world->setSeed(options.seed.value_or(seed(resolved)));
    world->setBroadcastIfNoTarget(jsonBool(w, "broadcast_if_no_target", true));
    if (!options.defaultModel.isEmpty())
        world->setDefaultModel(options.defaultModel);

    const QString location = qs(w, "location");
    const QStringList context = names(member(w, "context"));
    for (const auto &entry : jsonArray(resolved, "agents")) {
        const OJson &spec = jsonObject(entry, "spec");
        auto agent = std::make_unique<Agent>(
            PersonaDocument(SpecKind::Agent, spec, qs(member(spec, "persona"), "name")), options.settings);
        if (entry.contains("model"))
            agent->setModel(qs(entry, "model"));
        if (const auto t = jsonNumber(member(entry, "temperature")))
            agent->setTemperature(*t);
        for (const auto &f : jsonArray(entry, "faculties"))
            if (qs(f) == QLatin1String("recall"))
                agent->addFaculty(std::make_shared<RecallFaculty>());
        CognitiveState &s = agent->state();
        s.location = entry.contains("location") ? qs(entry, "location") : location;
        s.context = entry.contains("context") ? names(member(entry, "context")) : context;
        s.goals = qs(entry, "goals");
        world->addAgent(std::move(agent));
    }
    if (jsonBool(resolved, "everyone_accessible", false))
        world->makeEveryoneAccessible();
    if (resolved.contains("relations")) {
        SocialNetwork network;
        for (const auto &r : jsonArray(resolved, "relations")) {
            const QStringList between = names(member(r, "between"));
            for (qsizetype i = 0; i < between.size(); ++i)
                for (qsizetype j = i + 1; j < between.size(); ++j)
                    network.addRelation(qs(r, "name"), between[i], between[j]);
        }
        world->setNetwork(std::move(network));
    }
    for (const auto &doing : jsonArray(resolved, "script")) {
        if (qs(doing, "do") == QLatin1String("ask")) {
            QString problem;
            if (auto a = Ask::fromEntry(doing, &problem))
                world->scheduleAt(jsonInt(doing, "step", 1), [a = *a](World &world) { world.ask(a); });
            continue;
        }
        const InterventionEffect effect = toEffect(doing);
        const QStringList to = names(member(doing, "to"));
        const bool broadcastToAll = qs(doing, "do") == QLatin1String("broadcast") && to.isEmpty();
        world->scheduleAt(jsonInt(doing, "step", 1), [effect, to, broadcastToAll](World &world) {
            if (broadcastToAll && effect.kind == InterventionEffect::Kind::Stimulus
                && effect.stimulus == StimulusType::Conversation)
                world.broadcast(effect.content, effect.source);
            else
                world.apply(effect, to);
        });
    }
    for (const auto &iv : jsonArray(resolved, "interventions")) {
        Intervention intervention;
        intervention.name = qs(iv, "name");
        intervention.targets = names(member(iv, "targets"));
        intervention.once = jsonBool(iv, "once", true);
        const OJson &when = jsonObject(iv, "when");
        intervention.firstStep = jsonInt(when, "step", 1);
        if (when.contains("mentioned")) {
            const QString phrase = qs(when, "mentioned");
            intervention.precondition = [phrase](const World &world) { return world.mentioned(phrase); };
        }
        intervention.textualCondition = qs(when, "condition");
        for (const auto &effect : jsonArray(iv, "effects"))
            intervention.effects.push_back(toEffect(effect));
        world->addIntervention(std::move(intervention));
    }
    return world;
}

} // namespace troupe
