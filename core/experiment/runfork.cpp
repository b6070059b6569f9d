#include "runfork.h"

#include "agent/agent.h"
#include "persona/personaparser.h"
#include "util/jsonlocator.h"
#include "util/jsonreader.h"
#include "util/jsonvalue.h"
#include "util/textinput.h"
#include "world/scenario.h"
#include "world/world.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunFork)
};

using OJson = nlohmann::ordered_json;

QString qs(const OJson &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

} // namespace

bool ForkChange::isEmpty() const
{
    return broadcasts.isEmpty() && material.empty() && fragments.empty() && !model && !temperature;
}

OJson ForkChange::toJson() const
{
    OJson j = OJson::object();
    if (!broadcasts.isEmpty()) {
        j["broadcast"] = OJson::array();
        for (const QString &b : broadcasts)
            j["broadcast"].push_back(b.toStdString());
    }
    if (!source.isEmpty())
        j["source"] = source.toStdString();
    if (!material.empty()) {
        j["material"] = OJson::array();
        for (const Material &m : material)
            j["material"].push_back({{"name", m.name.toStdString()}, {"text", m.text.toStdString()}});
    }
    if (!fragments.empty())
        j["fragments"] = fragments;
    if (!to.isEmpty()) {
        j["to"] = OJson::array();
        for (const QString &t : to)
            j["to"].push_back(t.toStdString());
    }
    if (model)
        j["model"] = model->toStdString();
    if (temperature)
        j["temperature"] = *temperature;
    return j;
}

ForkChange::Outcome ForkChange::loadFile(const QString &path)
{
    Diagnostic problem;
    const std::optional<QByteArray> text = readUserTextFile(path, &problem);
    if (!text)
        return {std::nullopt, {problem}};
    return load(*text, path, QFileInfo(path).absolutePath());
}

ForkChange::Outcome ForkChange::load(QByteArray text, const QString &label, const QString &baseDir)
{
    JsonReadOutcome read = readJson(text, label, builtinSchema(QStringLiteral(":/schemas/forkchange.schema.json")));
    if (!read.document)
        return {std::nullopt, read.diagnostics};
    const OJson &doc = *read.document;
    Diagnostics problems;
    auto add = [&](const std::vector<std::string> &path, const QString &field, const QString &message) {
        const TextPosition pos = positionAt(text, locateJsonValue(text, path));
        problems.append({label, pos.line, pos.column, field, message});
    };
    static const QStringList keys = {QStringLiteral("broadcast"), QStringLiteral("source"), QStringLiteral("material"),
                                     QStringLiteral("fragments"), QStringLiteral("to"), QStringLiteral("model"),
                                     QStringLiteral("temperature")};
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (!keys.contains(QString::fromStdString(it.key())))
            add({it.key()}, QString::fromStdString(it.key()),
                Tr::tr("unknown key in a change; expected one of: %1").arg(keys.join(QStringLiteral(", "))));
    const OJson material = doc.value("material", OJson::array());
    for (size_t i = 0; i < material.size(); ++i)
        for (auto it = material[i].begin(); it != material[i].end(); ++it)
            if (it.key() != "name" && it.key() != "text")
                add({"material", std::to_string(i), it.key()}, QStringLiteral("material[%1].%2").arg(i).arg(QString::fromStdString(it.key())),
                    Tr::tr("unknown key in material; expected name or text"));
    ForkChange c;
    if (const auto it = doc.find("broadcast"); it != doc.end()) {
        if (it->is_string())
            c.broadcasts.append(qs(*it));
        else
            for (const auto &b : *it)
                c.broadcasts.append(qs(b));
    }
    c.source = qs(doc.value("source", OJson()));
    for (const auto &m : doc.value("material", OJson::array()))
        c.material.push_back({qs(m.value("name", OJson())), qs(m.value("text", OJson()))});
    for (const auto &t : doc.value("to", OJson::array()))
        c.to.append(qs(t));
    if (doc.contains("model"))
        c.model = qs(doc.at("model"));
    if (doc.contains("temperature"))
        c.temperature = doc.at("temperature").get<double>();
    const OJson fragments = doc.value("fragments", OJson::array());
    for (size_t i = 0; i < fragments.size(); ++i) {
        const std::vector<std::string> where = {"fragments", std::to_string(i)};
        const QString field = QStringLiteral("fragments[%1]").arg(i);
        PersonaParser::Outcome parsed;
        if (fragments[i].is_string()) {
            const QString path = QDir(baseDir).filePath(qs(fragments[i]));
            if (!QFileInfo(path).isFile()) {
                add(where, field, Tr::tr("there is no fragment file \"%1\" next to the change file").arg(qs(fragments[i])));
                continue;
            }
            parsed = PersonaParser::parseFile(path);
        } else {
            parsed = PersonaParser::parse(QByteArray::fromStdString(fragments[i].dump()), field, QStringLiteral("fragment %1").arg(i + 1));
        }
        if (!parsed.document) {
            for (const Diagnostic &d : parsed.diagnostics)
                add(where, field, d.toString());
            continue;
        }
        if (parsed.document->kind() != SpecKind::Fragment) {
            add(where, field, Tr::tr("this is an agent, not a fragment"));
            continue;
        }
        c.fragments.push_back(parsed.document->document());
        c.fragmentNames.append(parsed.document->name());
    }
    if (c.isEmpty() && problems.isEmpty())
        add({}, QString(), Tr::tr("the change changes nothing; give \"broadcast\", \"material\", \"fragments\", \"model\" or \"temperature\""));
    if (!problems.isEmpty())
        return {std::nullopt, problems};
    return {std::move(c), {}};
}

Result<ForkPlan> planFork(const RunStore &store, qint64 parentId, int atStep, const ForkChange &change,
                          std::optional<int> stepsAfter, const llm::EndpointFlags &explicitFlags)
{
    using R = Result<ForkPlan>;
    auto record = store.run(parentId);
    if (!record)
        return R::failure(record.error());
    const RunStore::RunRecord &parent = record.value();
    if (!parent.scenario.is_object() || !parent.scenario.contains("agents"))
        return R::failure(Tr::tr("run %1 has no scenario stored; it cannot be forked").arg(parentId));
    if (atStep < 0 || atStep > parent.stepsDone)
        return R::failure(Tr::tr("run %1 has %2 stored steps; --at-step must be between 0 and %2, not %3")
                              .arg(parentId).arg(parent.stepsDone).arg(atStep));
    if (stepsAfter && *stepsAfter < 0)
        return R::failure(Tr::tr("the steps after the fork must be 0 or more"));
    if (!change.to.isEmpty()) {
        QStringList names;
        for (const auto &a : parent.scenario.at("agents"))
            names.append(qs(jsonObject(jsonObject(a, "spec"), "persona").value("name", OJson())));
        for (const QString &t : change.to)
            if (!names.contains(t))
                return R::failure(Tr::tr("the change names \"%1\", who is not in run %2 (agents: %3)")
                                      .arg(t).arg(parentId).arg(names.join(QStringLiteral(", "))));
    }

    ForkPlan plan;
    plan.forkStep = atStep;
    plan.change = change;
    EngineSpec engine;
    if (const auto it = parent.config.find("engine"); it != parent.config.end()) {
        auto spec = EngineSpec::fromJson(*it);
        if (!spec)
            return R::failure(Tr::tr("run %1: %2").arg(parentId).arg(spec.error()));
        engine = std::move(spec).value();
        plan.run.settings = engine.agentSettings;
    } else {
        engine.provider = qs(parent.config.value("provider", OJson("offline")));
        engine.model = qs(parent.config.value("model", OJson()));
    }
    std::vector<EngineOverride> overrides;
    plan.flags = applyOverrides(engine, explicitFlags, &overrides).flags();

    OJson scenario = parent.scenario;
    OJson script = scenario.contains("script") && scenario["script"].is_array() ? scenario["script"] : OJson::array();
    const int at = atStep + 1;
    OJson to = OJson::array();
    for (const QString &t : change.to)
        to.push_back(t.toStdString());
    auto entry = [&](const char *what) {
        OJson e = OJson::object();
        e["step"] = at;
        e["do"] = what;
        if (!to.empty())
            e["to"] = to;
        return e;
    };
    for (size_t i = 0; i < change.fragments.size(); ++i) {
        OJson e = entry("fragment");
        e["fragment"] = change.fragments[i];
        e["fragment_name"] = change.fragmentNames.value(qsizetype(i), QStringLiteral("fragment")).toStdString();
        script.push_back(e);
    }
    for (const ForkChange::Material &m : change.material) {
        OJson e = entry("show");
        e["content"] = (m.name.isEmpty() ? m.text : QStringLiteral("%1: %2").arg(m.name, m.text)).toStdString();
        if (!change.source.isEmpty())
            e["source"] = change.source.toStdString();
        script.push_back(e);
    }
    for (const QString &b : change.broadcasts) {
        OJson e = entry("broadcast");
        e["content"] = b.toStdString();
        if (!change.source.isEmpty())
            e["source"] = change.source.toStdString();
        script.push_back(e);
    }
    scenario["script"] = script;
    // What was changed travels with the snapshot, for people reading the run later.
    scenario["fork"] = {{"parent_run_id", parentId}, {"after_step", atStep}, {"change", change.toJson()}};

    const int parentLength = std::max(parent.stepsDone, int(parent.config.value("steps", parent.stepsDone)));
    plan.run.scenario = scenario;
    plan.run.seed = parent.seed;
    plan.run.steps = stepsAfter ? atStep + *stepsAfter : std::max(parentLength, atStep);
    plan.run.budgetUsd = parent.config.value("budget_usd", 0.0);
    plan.run.name = Tr::tr("%1 (fork of run %2 at step %3)").arg(parent.name).arg(parentId).arg(atStep);
    plan.run.parentRunId = parentId;
    plan.run.forkStep = atStep;
    return plan;
}

void applyAgentChange(World &world, const ForkChange &change)
{
    if (!change.model && !change.temperature)
        return;
    for (const auto &agent : world.agents()) {
        if (!change.to.isEmpty() && !change.to.contains(agent->name()))
            continue;
        if (change.model)
            agent->setModel(*change.model);
        if (change.temperature)
            agent->setTemperature(change.temperature);
    }
    QStringList what;
    if (change.model)
        what.append(Tr::tr("model %1").arg(*change.model));
    if (change.temperature)
        what.append(Tr::tr("temperature %1").arg(*change.temperature));
    world.logNotice(QStringLiteral("fork_change"), Tr::tr("from step %1 on: %2").arg(world.stepsDone() + 1).arg(what.join(QStringLiteral(", "))));
}

ForkDriver::ForkDriver(RunEngine &engine, ForkPlan plan, QObject *parent)
    : QObject(parent), m_engine(engine), m_plan(std::move(plan))
{
}

Status startFork(RunEngine &engine, const ForkPlan &plan, std::function<void()> applied)
{
    engine.setFlags(plan.flags, false);
    if (const Status s = engine.start(plan.run); !s)
        return s;
    // At the start of the step after the fork, so nothing of the first K steps differs.
    engine.world()->scheduleAt(plan.forkStep + 1, [change = plan.change, applied = std::move(applied)](World &world) {
        if (applied)
            applied();
        applyAgentChange(world, change);
    });
    return {};
}

ForkChange::Outcome forkChangeFromText(const QByteArray &text, const QString &label)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {ForkChange(), {}};
    // Only an object with no keys at all is "no change"; anything else is read as a change file.
    const nlohmann::ordered_json doc = nlohmann::ordered_json::parse(trimmed.constData(), trimmed.constData() + trimmed.size(), nullptr, false);
    if (doc.is_object() && doc.empty())
        return {ForkChange(), {}};
    return ForkChange::load(trimmed, label, QString());
}

Status ForkDriver::start()
{
    if (const Status s = startFork(m_engine, m_plan, [this] { m_applied = true; }); !s)
        return s;
    connect(&m_engine, &RunEngine::ready, this, [this] { m_engine.run(); });
    connect(&m_engine, &RunEngine::statusChanged, this, [this](RunStatus status) {
        if (status != RunStatus::Running)
            emit done(status);
    });
    return {};
}

} // namespace troupe
