#include "speccommand.h"

#include "projectcontroller.h"

namespace troupe {

SpecCommand::SpecCommand(ProjectController *project, std::optional<PersonaDocument> before,
                         std::optional<PersonaDocument> after, const QString &text, int mergeId)
    : QUndoCommand(text), m_project(project), m_before(std::move(before)), m_after(std::move(after)), m_mergeId(mergeId)
{
}

void SpecCommand::undo()
{
    (void)m_project->putSpec(m_after, m_before);
}

void SpecCommand::redo()
{
    (void)m_project->putSpec(m_before, m_after);
}

bool SpecCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SpecCommand *>(other);
    if (!m_after || !next->m_before || next->m_before->name() != m_after->name())
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace troupe
