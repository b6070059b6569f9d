#pragma once

#include "persona/personadocument.h"

#include <QUndoCommand>

#include <optional>

namespace troupe {

class ProjectController;

/** Adds, edits, renames or deletes a persona or fragment; undo puts the old one back. */
class SpecCommand final : public QUndoCommand
{
public:
    /** Consecutive edits with the same mergeId (>= 0) of the same spec become one step. */
    SpecCommand(ProjectController *project, std::optional<PersonaDocument> before, std::optional<PersonaDocument> after,
                const QString &text, int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectController *m_project;
    std::optional<PersonaDocument> m_before;
    std::optional<PersonaDocument> m_after;
    int m_mergeId;
};

} // namespace troupe
