#include "projectcontroller.h"

#include "commands/editcommand.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/scenariostore.h"

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
