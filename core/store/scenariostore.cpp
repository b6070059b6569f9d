#include "scenariostore.h"

#include "personastore.h"
#include "projectfile.h"
#include "persona/fragmentmerge.h"
#include "persona/personaparser.h"
#include "util/jsonreader.h"
#include "util/jsonvalue.h"
#include "util/textinput.h"
#include "world/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioStore)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString qs(const OrderedJson &j, const char *key)
{
    return jsonString(j, key);
}

Diagnostic problem(const QString &label, const QString &field, const QString &message)
{
    Diagnostic d;
    d.file = label;
    d.field = field;
    d.message = message;
    return d;
}

} // namespace

Status ScenarioStore::save(const OrderedJson &design)
{
    const QString name = qs(design, "name").trimmed();
    if (name.isEmpty())
        return Status::failure(Tr::tr("a scenario needs a name"));
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT INTO scenarios (name, spec, created_at, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET spec = excluded.spec, updated_at = excluded.updated_at"));
        const QString stamp = now();
        q.addBindValue(name);
        q.addBindValue(QString::fromStdString(design.dump(4)));
        q.addBindValue(stamp);
        q.addBindValue(stamp);
        if (!q.exec())
            return Status::failure(Tr::tr("cannot save scenario \"%1\": %2").arg(name, sqlError(q)));
        return {};
    });
}

Result<QList<StoredScenarioInfo>> ScenarioStore::list() const
{
    QSqlQuery q(m_project.database());
    if (!q.exec(QStringLiteral("SELECT id, name, updated_at FROM scenarios ORDER BY name COLLATE NOCASE")))
        return Result<QList<StoredScenarioInfo>>::failure(Tr::tr("cannot list scenarios: %1").arg(sqlError(q)));
    QList<StoredScenarioInfo> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)});
    return out;
}

Result<OrderedJson> ScenarioStore::load(const QString &name) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT spec FROM scenarios WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Result<OrderedJson>::failure(Tr::tr("cannot read scenario \"%1\": %2").arg(name, sqlError(q)));
    if (!q.next())
        return Result<OrderedJson>::failure(Tr::tr("there is no scenario called \"%1\" in this project").arg(name));
    auto design = parseStoredOrderedJson(q.value(0).toString(), Tr::tr("scenarios row \"%1\", spec").arg(name));
    if (!design)
        return design;
    if (!design.value().is_object())
        return Result<OrderedJson>::failure(
            Tr::tr("the project is damaged: scenarios row \"%1\", spec: expected an object").arg(name));
    return design;
}

Status ScenarioStore::remove(const QString &name)
{
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("DELETE FROM scenarios WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return Status::failure(Tr::tr("cannot delete scenario \"%1\": %2").arg(name, sqlError(q)));
        return {};
    });
}

Status ScenarioStore::rename(const QString &from, const QString &to)
{
    auto design = load(from);
    if (!design)
        return Status::failure(design.error());
    if (load(to))
        return Status::failure(Tr::tr("there is already a scenario called \"%1\"").arg(to));
    design.value()["name"] = to.toStdString();
    if (Status s = save(design.value()); !s)
        return s;
    return remove(from);
}

ScenarioStore::Resolved ScenarioStore::resolve(const OrderedJson &design, const PersonaStore &personas,
                                              const PopulationPeople &populations)
{
    const QString label = qs(design, "name");
    Resolved out;
    if (!design.is_object()) {
        out.diagnostics.append(problem(label, QString(), Tr::tr("a scenario is an object")));
        return out;
    }
    OrderedJson doc = design;
    doc.erase("run");
    if (!doc.contains("agents") || !doc["agents"].is_array() || doc["agents"].empty()) {
        out.diagnostics.append(problem(label, QStringLiteral("agents"), Tr::tr("add at least one persona to the scenario")));
        return out;
    }
    OrderedJson &agents = doc["agents"];
    for (size_t i = 0; i < agents.size(); ++i) {
        OrderedJson &entry = agents[i];
        const QString field = QStringLiteral("agents[%1]").arg(i);
        if (!entry.contains("persona"))
            continue; // already a file or an inline spec
        const QString name = qs(entry, "persona");
        auto persona = personas.load(name, SpecKind::Agent);
        if (!persona) {
            out.diagnostics.append(problem(label, field + QStringLiteral(".persona"),
                                           Tr::tr("there is no persona called \"%1\" in this project").arg(name)));
            continue;
        }
        PersonaDocument spec = persona.value();
        const OrderedJson &fragments = jsonArray(entry, "fragments");
        for (size_t f = 0; f < fragments.size(); ++f) {
            const QString fname = jsonString(fragments[f]);
            auto fragment = personas.load(fname, SpecKind::Fragment);
            if (!fragment) {
                out.diagnostics.append(problem(label, field + QStringLiteral(".fragments[%1]").arg(f),
                                               Tr::tr("there is no fragment called \"%1\" in this project").arg(fname)));
                continue;
            }
            auto merged = applyFragment(spec, fragment.value());
            if (!merged) {
                out.diagnostics.append(problem(label, field + QStringLiteral(".fragments[%1]").arg(f), merged.error()));
                continue;
            }
            spec = merged.value();
        }
        entry.erase("persona");
        entry.erase("fragments");
        entry["spec"] = spec.document();
    }
    if (!out.diagnostics.isEmpty())
        return out;
    const Scenario::Outcome loaded = Scenario::load(QByteArray::fromStdString(doc.dump(4)), label, QDir::currentPath(), populations);
    out.scenario = loaded.resolved;
    out.diagnostics = loaded.diagnostics;
    return out;
}

Result<QString> ScenarioStore::importFile(const QString &pathOrBundledName, PersonaStore &personas)
{
    using R = Result<QString>;
    const Scenario::Outcome checked = Scenario::loadFile(pathOrBundledName);
    if (!checked.resolved) {
        QStringList lines;
        for (const Diagnostic &d : checked.diagnostics)
            lines.append(d.toString());
        return R::failure(lines.join(u'\n'));
    }
    QString path = pathOrBundledName;
    if (!QFileInfo::exists(path))
        path = QStringLiteral(":/scenarios/%1.scenario.json").arg(pathOrBundledName);
    Diagnostic readProblem;
    const auto text = readUserTextFile(path, &readProblem);
    if (!text)
        return R::failure(readProblem.toString());
    // Checked above, but read again: the file may have changed in between.
    JsonSyntaxError syntax;
    auto reread = parseOrderedJson(std::string_view(text->constData(), size_t(text->size())), &syntax);
    if (!reread || !reread->is_object() || !reread->contains("agents") || !(*reread)["agents"].is_array())
        return R::failure(Tr::tr("%1 changed while it was being imported; import it again").arg(pathOrBundledName));
    OrderedJson design = std::move(*reread);
    const QDir base = QFileInfo(path).absoluteDir();

    // Stores a spec unless the project has one of that name; returns its name.
    auto adopt = [&](const QString &file, SpecKind kind) -> R {
        auto parsed = PersonaParser::parseFile(base.filePath(file));
        if (!parsed.document)
            return R::failure(parsed.diagnostics.value(0).toString());
        if (!personas.load(parsed.document->name(), kind)) {
            if (auto saved = personas.save(*parsed.document, QFileInfo(file).fileName()); !saved)
                return R::failure(saved.error());
        }
        return parsed.document->name();
    };
    for (auto &entry : design["agents"]) {
        if (entry.contains("file")) {
            auto name = adopt(qs(entry, "file"), SpecKind::Agent);
            if (!name)
                return name;
            entry.erase("file");
            entry["persona"] = name.value().toStdString();
        } else if (entry.contains("spec")) {
            auto parsed = PersonaParser::parse(QByteArray::fromStdString(entry["spec"].dump()), pathOrBundledName);
            if (!parsed.document)
                return R::failure(parsed.diagnostics.value(0).toString());
            if (!personas.load(parsed.document->name(), SpecKind::Agent))
                (void)personas.save(*parsed.document);
            entry.erase("spec");
            entry["persona"] = parsed.document->name().toStdString();
        }
        if (entry.contains("fragments")) {
            OrderedJson names = OrderedJson::array();
            for (const auto &f : entry["fragments"]) {
                auto name = adopt(jsonString(f), SpecKind::Fragment);
                if (!name)
                    return name;
                names.push_back(name.value().toStdString());
            }
            entry["fragments"] = names;
        }
    }
    // Fragment files named by the script and interventions go inline.
    auto inlineFragment = [&](OrderedJson &doing) -> Status {
        if (qs(doing, "do") != QLatin1String("fragment") || !doing.contains("file"))
            return {};
        auto parsed = PersonaParser::parseFile(base.filePath(qs(doing, "file")));
        if (!parsed.document)
            return Status::failure(parsed.diagnostics.value(0).toString());
        doing["fragment"] = parsed.document->document();
        doing.erase("file");
        return {};
    };
    if (design.contains("script"))
        for (auto &doing : design["script"])
            if (Status s = inlineFragment(doing); !s)
                return R::failure(s.error());
    if (design.contains("interventions"))
        for (auto &iv : design["interventions"])
            for (auto &doing : iv.is_object() ? iv["effects"] : iv)
                if (Status s = inlineFragment(doing); !s)
                    return R::failure(s.error());
    if (Status s = save(design); !s)
        return R::failure(s.error());
    return qs(design, "name");
}

} // namespace troupe
