// MainWindow's project edits: import, export, new, duplicate and delete. Each edit is an
// undoable command through the ProjectController; runs are deleted after asking.
#include "mainwindow.h"

#include "personaeditor.h"
#include "projectcontroller.h"
#include "projectexplorer.h"
#include "conversationpanel.h"
#include "inspectorpanel.h"
#include "resultspanel.h"
#include "runpanel.h"
#include "experimentsession.h"
#include "scenarioeditor.h"
#include "studysession.h"
#include "persona/personaparser.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "store/scenariostore.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStatusBar>

namespace troupe {

Status MainWindow::importFiles(const QStringList &files)
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    QList<PersonaDocument> documents;
    QStringList scenarios;
    QStringList problems;
    for (const QString &file : files) {
        if (file.endsWith(QLatin1String(".scenario.json"))) {
            scenarios.append(file);
            continue;
        }
        auto outcome = PersonaParser::parseFile(file);
        if (outcome.document)
            documents << std::move(*outcome.document);
        for (const Diagnostic &d : outcome.diagnostics)
            problems << d.toString();
    }
    if (!problems.isEmpty()) {
        const QString text = tr("Nothing was imported:\n%1").arg(problems.join(u'\n'));
        reportError(text);
        return Status::failure(text);
    }
    PersonaStore store(*project());
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const auto before = store.load(documents[i].name(), documents[i].kind());
        m_project->editSpec(before ? std::optional<PersonaDocument>(before.value()) : std::nullopt, documents[i],
                            tr("Import %1").arg(documents[i].name()));
    }
    for (const QString &file : scenarios) {
        auto imported = ScenarioStore(*project()).importFile(file, store);
        if (!imported) {
            reportError(imported.error());
            return Status::failure(imported.error());
        }
        refresh();
        m_explorer->select(ProjectEntry::Kind::Scenario, imported.value());
    }
    if (!documents.isEmpty())
        m_explorer->select(documents.last().kind() == SpecKind::Agent ? ProjectEntry::Kind::Persona : ProjectEntry::Kind::Fragment,
                           documents.last().name());
    statusBar()->showMessage(tr("Imported %n file(s)", nullptr, int(files.size())), 5000);
    return {};
}

Status MainWindow::exportSelected(const QString &path)
{
    const auto &document = m_personaEditor->document();
    if (!project() || !document || m_centre->currentWidget() != m_personaEditor)
        return Status::failure(tr("select a persona or fragment first"));
    QSaveFile file(path);
    const QByteArray json = document->toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        const QString text = tr("Cannot write %1: %2").arg(path, file.errorString());
        reportError(text);
        return Status::failure(text);
    }
    statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
    return {};
}

QString MainWindow::uniqueName(ProjectEntry::Kind kind, const QString &base) const
{
    QString name = base;
    for (int n = 2; m_explorer->model()->find(kind, name).isValid(); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

Status MainWindow::newPersona()
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    const QString name = uniqueName(ProjectEntry::Kind::Persona, tr("New Persona"));
    OrderedJson doc = {{"type", "TinyPerson"},
                       {"persona",
                        {{"name", name.toStdString()},
                         {"age", 35},
                         {"gender", ""},
                         {"nationality", ""},
                         {"residence", ""},
                         {"occupation", {{"title", ""}, {"organization", ""}, {"description", ""}}},
                         {"personality",
                          {{"traits", OrderedJson::array()},
                           {"big_five",
                            {{"openness", "Medium."}, {"conscientiousness", "Medium."}, {"extraversion", "Medium."},
                             {"agreeableness", "Medium."}, {"neuroticism", "Medium."}}}}},
                         {"preferences", {{"interests", OrderedJson::array()}, {"likes", OrderedJson::array()}, {"dislikes", OrderedJson::array()}}},
                         {"beliefs", OrderedJson::array()}}}};
    m_project->editSpec(std::nullopt, PersonaDocument(SpecKind::Agent, doc, name), tr("New persona %1").arg(name));
    return {};
}

Status MainWindow::newScenario()
{
    if (!project())
        return Status::failure(tr("open or create a project first"));
    const QString name = uniqueName(ProjectEntry::Kind::Scenario, tr("New Scenario"));
    OrderedJson design = {{"name", name.toStdString()},
                          {"world", {{"start", QDateTime(QDate::currentDate(), QTime(10, 0)).toString(Qt::ISODate).toStdString()},
                                     {"step_minutes", 5}, {"steps", 6}, {"seed", 1}}},
                          {"agents", OrderedJson::array()},
                          {"everyone_accessible", true}};
    m_project->editScenario(std::nullopt, design, tr("New scenario %1").arg(name));
    return {};
}

Status MainWindow::duplicateSelected()
{
    const ProjectEntry *e = m_explorer->current();
    if (!project() || !e)
        return Status::failure(tr("select something to duplicate"));
    if (e->kind == ProjectEntry::Kind::Scenario) {
        auto design = ScenarioStore(*project()).load(e->name);
        if (!design)
            return Status::failure(design.error());
        OrderedJson copy = design.value();
        const QString name = uniqueName(ProjectEntry::Kind::Scenario, tr("%1 (copy)").arg(e->name));
        copy["name"] = name.toStdString();
        m_project->editScenario(std::nullopt, copy, tr("Duplicate %1").arg(e->name));
        return {};
    }
    if (e->kind == ProjectEntry::Kind::Run)
        return Status::failure(tr("runs cannot be duplicated; run the scenario again"));
    if (e->kind == ProjectEntry::Kind::Population)
        return Status::failure(tr("populations cannot be duplicated; make a new one"));
    if (e->kind == ProjectEntry::Kind::Experiment)
        return duplicateExperiment(e->name);
    const SpecKind kind = e->kind == ProjectEntry::Kind::Persona ? SpecKind::Agent : SpecKind::Fragment;
    auto doc = PersonaStore(*project()).load(e->name, kind);
    if (!doc)
        return Status::failure(doc.error());
    const QString name = uniqueName(e->kind, tr("%1 (copy)").arg(e->name));
    OrderedJson copy = doc.value().document();
    if (kind == SpecKind::Agent)
        copy["persona"]["name"] = name.toStdString();
    m_project->editSpec(std::nullopt, PersonaDocument(kind, copy, name), tr("Duplicate %1").arg(e->name));
    return {};
}

Status MainWindow::deleteSelected()
{
    const ProjectEntry *e = m_explorer->current();
    if (!project() || !e)
        return Status::failure(tr("select something to delete"));
    const ProjectEntry entry = *e;
    switch (entry.kind) {
    case ProjectEntry::Kind::Persona:
    case ProjectEntry::Kind::Fragment: {
        const SpecKind kind = entry.kind == ProjectEntry::Kind::Persona ? SpecKind::Agent : SpecKind::Fragment;
        auto doc = PersonaStore(*project()).load(entry.name, kind);
        if (!doc)
            return Status::failure(doc.error());
        m_personaEditor->clear();
        m_centre->setCurrentWidget(m_welcome);
        m_project->editSpec(doc.value(), std::nullopt, tr("Delete %1").arg(entry.name));
        return {};
    }
    case ProjectEntry::Kind::Scenario: {
        auto design = ScenarioStore(*project()).load(entry.name);
        if (!design)
            return Status::failure(design.error());
        m_scenarioEditor->clear();
        m_centre->setCurrentWidget(m_welcome);
        m_project->editScenario(design.value(), std::nullopt, tr("Delete %1").arg(entry.name));
        return {};
    }
    case ProjectEntry::Kind::Run: {
        if (m_session && m_session->runId() == entry.id && m_session->state() == RunSession::State::Running)
            return Status::failure(tr("stop the run before deleting it"));
        if ((m_studySession && m_studySession->isRunning() && m_studySession->runId() == entry.id)
            || (m_experimentSession && m_experimentSession->isRunning()))
            return Status::failure(tr("stop the study or experiment that is running before deleting a run"));
        if (!m_errorHandler
            && QMessageBox::question(this, tr("Delete Run"),
                                     tr("Delete run %1 with its events, memories and model calls? This cannot be undone.").arg(entry.id))
                != QMessageBox::Yes)
            return {};
        if (m_session && m_session->runId() == entry.id) {
            delete m_session;
            m_runPanel->setSession(nullptr);
        }
        if (Status s = RunStore(*project()).removeRun(entry.id); !s) {
            reportError(s.error());
            return s;
        }
        if (m_shownRun == entry.id) {
            m_shownRun = 0;
            m_conversation->clear();
            m_inspector->clear();
            (void)m_results->showRun(0);
        }
        refresh();
        return {};
    }
    case ProjectEntry::Kind::Population:
        runCommand(QStringLiteral("delete-population"), entry);
        return {};
    case ProjectEntry::Kind::Experiment:
        return deleteExperiment(entry.name);
    }
    return {};
}

} // namespace troupe
