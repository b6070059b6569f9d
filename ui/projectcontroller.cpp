#include "projectcontroller.h"

#include "commands/editcommand.h"
#include "store/experimentstore.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/scenariostore.h"
#include "store/studystore.h"

#include <QUndoStack>

namespace troupe {

ProjectController::ProjectController(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

ProjectController::~ProjectController() = default;

void ProjectController::adopt(std::unique_ptr<ProjectFile> file)
{
    m_undo->clear();
    m_file = std::move(file);
    emit changed();
}

Status ProjectController::putSpec(const std::optional<PersonaDocument> &before, const std::optional<PersonaDocument> &after)
{
    if (!m_file)
        return Status::failure(tr("no project is open"));
    PersonaStore store(*m_file);
    Status result = m_file->transaction([&]() -> Status {
        if (before && (!after || after->name() != before->name() || after->kind() != before->kind()))
            if (Status s = store.remove(before->kind(), before->name()); !s)
                return s;
        if (after)
            if (auto saved = store.save(*after); !saved)
                return Status::failure(saved.error());
        return {};
    });
    if (!result) {
        emit error(result.error());
        return result;
    }
    emit changed();
    if (after)
        emit specChanged(after->kind(), after->name());
    if (before && (!after || after->name() != before->name() || after->kind() != before->kind()))
        emit specRemoved(before->kind(), before->name());
    return {};
}

Status ProjectController::putScenario(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after)
{
    if (!m_file)
        return Status::failure(tr("no project is open"));
    ScenarioStore store(*m_file);
    auto nameOf = [](const OrderedJson &j) { return QString::fromStdString(j.value("name", std::string())); };
    Status result = m_file->transaction([&]() -> Status {
        if (before && (!after || nameOf(*after) != nameOf(*before)))
            if (Status s = store.remove(nameOf(*before)); !s)
                return s;
        if (after)
            return store.save(*after);
        return {};
    });
    if (!result) {
        emit error(result.error());
        return result;
    }
    emit changed();
    if (after)
        emit scenarioChanged(nameOf(*after));
    if (before && (!after || nameOf(*after) != nameOf(*before)))
        emit scenarioRemoved(nameOf(*before));
    return {};
}

namespace {
QString nameOf(const OrderedJson &j)
{
    return QString::fromStdString(j.value("name", std::string()));
}
} // namespace

Status ProjectController::checkExperiment(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after) const
{
    if (!m_file)
        return Status::failure(tr("no project is open"));
    ExperimentStore store(*m_file);
    const bool renamed = before && after && nameOf(*before) != nameOf(*after);
    if (after && (!before || renamed)) {
        auto stored = store.experiment(nameOf(*after));
        if (!stored)
            return Status::failure(stored.error());
        if (!stored.value().is_null())
            return Status::failure(tr("name: the project already has an experiment called \"%1\"").arg(nameOf(*after)));
        auto runs = StudyStore(*m_file).experimentRuns(nameOf(*after));
        if (runs && !runs.value().isEmpty())
            return Status::failure(tr("name: runs of an earlier experiment called \"%1\" are in the project; choose another name")
                                       .arg(nameOf(*after)));
    }
    if (before && (!after || *after != *before)) {
        auto runs = StudyStore(*m_file).experimentRuns(nameOf(*before));
        if (after && runs && !runs.value().isEmpty())
            return Status::failure(tr("the experiment \"%1\" has %n run(s), made from its definition as it is; edit a copy "
                                      "to change it", nullptr, int(runs.value().size())).arg(nameOf(*before)));
    }
    return {};
}

Status ProjectController::putExperiment(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after)
{
    if (!m_file)
        return Status::failure(tr("no project is open"));
    ExperimentStore store(*m_file);
    const bool gone = before && (!after || nameOf(*after) != nameOf(*before));
    Status result = m_file->transaction([&]() -> Status {
        if (gone)
            if (Status s = store.removeExperiment(nameOf(*before)); !s)
                return s;
        if (after)
            return store.replaceExperiment(nameOf(*after), *after);
        return {};
    });
    if (!result) {
        emit error(result.error());
        return result;
    }
    emit changed();
    if (after)
        emit experimentChanged(nameOf(*after));
    if (gone)
        emit experimentRemoved(nameOf(*before));
    return {};
}

Status ProjectController::editExperiment(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after,
                                         const QString &text, int mergeId)
{
    if (Status s = checkExperiment(before, after); !s)
        return s;
    m_undo->push(new EditCommand<OrderedJson>(this, &ProjectController::putExperiment, before, after, text, mergeId));
    return {};
}

void ProjectController::editSpec(const std::optional<PersonaDocument> &before, const std::optional<PersonaDocument> &after,
                                 const QString &text, int mergeId)
{
    m_undo->push(new EditCommand<PersonaDocument>(this, &ProjectController::putSpec, before, after, text, mergeId));
}

void ProjectController::editScenario(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after,
                                     const QString &text, int mergeId)
{
    m_undo->push(new EditCommand<OrderedJson>(this, &ProjectController::putScenario, before, after, text, mergeId));
}

} // namespace troupe
