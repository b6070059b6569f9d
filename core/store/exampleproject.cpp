#include "exampleproject.h"

#include "persona/personaparser.h"
#include "personastore.h"
#include "scenariostore.h"
#include "world/scenario.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace troupe {
namespace {

QStringList resourceFiles(const QString &folder, const QString &pattern)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

} // namespace

QStringList bundledExampleAgents()
{
    return resourceFiles(QStringLiteral(":/examples/personas"), QStringLiteral("*.agent.json"));
}

QStringList bundledExampleFragments()
{
    return resourceFiles(QStringLiteral(":/examples/fragments"), QStringLiteral("*.fragment.json"));
}

QStringList bundledExamplePopulations()
{
    return resourceFiles(QStringLiteral(":/examples/populations"), QStringLiteral("*.json"));
}

QString defaultExampleProjectPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/example.troupe");
}

Status addBundledScenarios(ProjectFile &project)
{
    ScenarioStore scenarios(project);
    const auto existing = scenarios.list();
    if (!existing)
        return Status::failure(existing.error());
    if (!existing.value().isEmpty())
        return {};
    PersonaStore personas(project);
    for (const QString &name : Scenario::bundledNames())
        if (auto imported = scenarios.importFile(name, personas); !imported)
            return Status::failure(imported.error());
    return {};
}

Result<std::unique_ptr<ProjectFile>> openExampleProject(const QString &path)
{
    using R = Result<std::unique_ptr<ProjectFile>>;
    if (QFileInfo::exists(path)) {
        auto opened = ProjectFile::open(path);
        if (opened)
            (void)addBundledScenarios(*opened.value()); // example projects made before scenarios were stored
        return opened;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto created = ProjectFile::create(path);
    if (!created)
        return created;
    PersonaStore store(*created.value());
    for (const QString &file : bundledExampleAgents() + bundledExampleFragments()) {
        auto parsed = PersonaParser::parseFile(file);
        if (!parsed.document) // bundled files are tested; this is a packaging defect
            return R::failure(parsed.diagnostics.value(0).toString());
        if (auto saved = store.save(*parsed.document, QFileInfo(file).fileName()); !saved)
            return R::failure(saved.error());
    }
    if (Status s = addBundledScenarios(*created.value()); !s)
        return R::failure(s.error());
    return created;
}

} // namespace troupe
