#pragma once

#include "persona/personadocument.h"
#include "util/result.h"

#include <QUndoCommand>

#include <optional>

namespace troupe {

class ProjectController;

/** What merges consecutive edits: the edited item's name. */
inline QString editedName(const PersonaDocument &d)
{
    return d.name();
}
inline QString editedName(const OrderedJson &scenario)
{
    return QString::fromStdString(scenario.value("name", std::string()));
}

/**
 * Adds, edits, renames or deletes one stored item (a persona or fragment, a scenario):
 * redo puts `after` in place of `before`, undo puts `before` back. Consecutive edits with
 * the same mergeId (>= 0) of the same item become one undo step.
 */
template <typename Value>
class EditCommand final : public QUndoCommand
{
public:
    using Put = Status (ProjectController::*)(const std::optional<Value> &, const std::optional<Value> &);

    EditCommand(ProjectController *project, Put put, std::optional<Value> before, std::optional<Value> after, const QString &text,
                int mergeId = -1)
        : QUndoCommand(text), m_project(project), m_put(put), m_before(std::move(before)), m_after(std::move(after)), m_mergeId(mergeId)
    {
    }

    void undo() override { (void)(m_project->*m_put)(m_after, m_before); }
    void redo() override { (void)(m_project->*m_put)(m_before, m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditCommand *>(other);
        if (!m_after || !next->m_before || editedName(*next->m_before) != editedName(*m_after))
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ProjectController *m_project;
    Put m_put;
    std::optional<Value> m_before;
    std::optional<Value> m_after;
    int m_mergeId;
};

} // namespace troupe
