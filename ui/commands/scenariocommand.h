#pragma once

#include "persona/personadocument.h"

#include <QUndoCommand>

#include <optional>

namespace troupe {

class ProjectController;

/** Adds, edits, renames or deletes a scenario; undo puts the old one back. */
class ScenarioCommand final : public QUndoCommand
{
public:
    ScenarioCommand(ProjectController *project, std::optional<OrderedJson> before, std::optional<OrderedJson> after,
                    const QString &text, int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectController *m_project;
    std::optional<OrderedJson> m_before;
    std::optional<OrderedJson> m_after;
    int m_mergeId;
};

} // namespace troupe
