#pragma once

#include "persona/personadocument.h"
#include "util/result.h"

#include <QMainWindow>

#include <functional>
#include <optional>
#include <memory>

class QLabel;
class QMenu;

namespace troupe {

class PersonaView;
class ProjectExplorer;
class ProjectFile;

/** The studio's main window: owns the open project and lays out the panels around it. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens (or, with create, makes) a project; on failure the current one stays open. */
    Status openProject(const QString &path, bool create = false);
    Status openExampleProject();
    /** Imports agent/fragment files into the open project; all must be valid. */
    Status importFiles(const QStringList &files);
    Status exportSelected(const QString &path);

    ProjectFile *project() const { return m_project.get(); }
    ProjectExplorer *explorer() const { return m_explorer; }
    PersonaView *personaView() const { return m_personaView; }

    /** Replaces message boxes (tests use this so nothing blocks). */
    void setErrorHandler(std::function<void(const QString &)> handler) { m_errorHandler = std::move(handler); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    /** Makes `opened` the current project, or reports why it could not be opened. */
    Status adoptProject(Result<std::unique_ptr<ProjectFile>> opened, const QString &path);
    void refresh();
    void showSpec(SpecKind kind, const QString &name);
    void reportError(const QString &text);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void updateTitle();

    std::unique_ptr<ProjectFile> m_project;
    ProjectExplorer *m_explorer;
    PersonaView *m_personaView;
    QLabel *m_statusProject;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    std::optional<std::pair<SpecKind, QString>> m_selected;
    std::function<void(const QString &)> m_errorHandler;
};

} // namespace troupe
