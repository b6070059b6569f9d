#pragma once

#include "persona/personadocument.h"
#include "util/result.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace troupe {

class ProjectFile;

/**
 * The open project for the window: owns the file and the undo stack, and is the one place
 * edits are written (every edit is saved at once, so nothing is lost if the app dies).
 * Undo commands call put*() with the before and after values; views listen to changed().
 */
class ProjectController final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectController(QObject *parent = nullptr);
    ~ProjectController() override;

    void adopt(std::unique_ptr<ProjectFile> file);
    ProjectFile *file() const { return m_file.get(); }
    QUndoStack *undoStack() const { return m_undo; }

    /** Replaces `before` (when set) by `after` (when set): add, edit, rename or delete. */
    Status putSpec(const std::optional<PersonaDocument> &before, const std::optional<PersonaDocument> &after);
    Status putScenario(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after);
    /**
     * An experiment's resolved definition (ExperimentStore). A new name that is taken, or a
     * changed or renamed experiment that has runs, is refused with the reason.
     */
    Status putExperiment(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after);

    // Edits as undoable commands.
    void editSpec(const std::optional<PersonaDocument> &before, const std::optional<PersonaDocument> &after,
                  const QString &text, int mergeId = -1);
    void editScenario(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after,
                      const QString &text, int mergeId = -1);
    /** Checks the edit first (putExperiment's rules), then pushes it; a refused edit is not pushed. */
    Status editExperiment(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after,
                          const QString &text, int mergeId = -1);

Q_SIGNALS:
    /** Something in the project changed (the explorer reloads). */
    void changed();
    void specChanged(troupe::SpecKind kind, const QString &name);
    /** A persona or fragment is gone (deleted, renamed, or an add undone); sent after specChanged. */
    void specRemoved(troupe::SpecKind kind, const QString &name);
    void scenarioChanged(const QString &name);
    void scenarioRemoved(const QString &name);
    void experimentChanged(const QString &name);
    void experimentRemoved(const QString &name);
    void error(const QString &text);

private:
    Status checkExperiment(const std::optional<OrderedJson> &before, const std::optional<OrderedJson> &after) const;

    std::unique_ptr<ProjectFile> m_file;
    QUndoStack *m_undo;
};

} // namespace troupe
