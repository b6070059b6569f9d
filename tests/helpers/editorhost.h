#pragma once

// What a GUI test of one editor needs: a fresh copy of the example project in a temporary
// folder, the project controller the studio uses, and a window holding the editor with
// Undo and Redo as window actions (Ctrl+Z, Ctrl+Shift+Z), as the main window has them.
// One per test function (make it in init(), drop it in cleanup()), so no test depends on
// what another one did.

#include "projectcontroller.h"
#include "undorouter.h"
#include "store/exampleproject.h"
#include "store/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

namespace troupe::test {

class EditorHost final : public QWidget
{
public:
    /** The project is made in `folder` when given (to outlive the host), else in a folder of its own. */
    explicit EditorHost(const QString &folder = {})
    {
        m_path = folder.isEmpty() ? m_dir.filePath(QStringLiteral("study.troupe")) : folder + QStringLiteral("/study.troupe");
        auto opened = openExampleProject(m_path);
        if (!opened) {
            m_error = opened.error();
            return;
        }
        m_project.adopt(std::move(opened).value());
        QAction *undo = m_project.undoStack()->createUndoAction(this);
        undo->setShortcuts(undoKeys());
        QAction *redo = m_project.undoStack()->createRedoAction(this);
        redo->setShortcuts(redoKeys());
        addAction(undo);
        addAction(redo);
        new QVBoxLayout(this);
        resize(900, 760);
    }

    ~EditorHost() override
    {
        delete m_editor; // before the project it edits
    }

    /** Puts `editor` in the window, shows it and makes it the active window. */
    bool show(QWidget *editor)
    {
        m_editor = editor;
        layout()->addWidget(editor);
        QWidget::show();
        activateWindow();
        return QTest::qWaitForWindowActive(this);
    }

    /** Lets posted work run (layouts, deferred rebuilds), as the event loop does between a user's actions. */
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    ProjectController *project() { return &m_project; }
    ProjectFile *file() { return m_project.file(); }
    const QString &path() const { return m_path; }
    const QString &error() const { return m_error; }
    QUndoStack *undoStack() { return m_project.undoStack(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    ProjectController m_project;
    QWidget *m_editor = nullptr;
};

} // namespace troupe::test
