#include "scenariocommand.h"

#include "projectcontroller.h"

namespace troupe {

ScenarioCommand::ScenarioCommand(ProjectController *project, std::optional<OrderedJson> before,
                                 std::optional<OrderedJson> after, const QString &text, int mergeId)
    : QUndoCommand(text), m_project(project), m_before(std::move(before)), m_after(std::move(after)), m_mergeId(mergeId)
{
}

void ScenarioCommand::undo()
{
    (void)m_project->putScenario(m_after, m_before);
}

void ScenarioCommand::redo()
{
    (void)m_project->putScenario(m_before, m_after);
}

bool ScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ScenarioCommand *>(other);
    if (!m_after || !next->m_before || next->m_before->value("name", std::string()) != m_after->value("name", std::string()))
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace troupe
