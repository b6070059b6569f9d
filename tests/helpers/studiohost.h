#pragma once

// The studio's main window as GUI tests drive it: errors collected instead of shown in
// message boxes, dialogs collected and shown (not run modally), the window active, the
// project open. Null when the window could not be activated or the project not opened.

#include "mainwindow.h"

#include <QDialog>
#include <QTest>

#include <memory>

namespace troupe::test {

inline std::unique_ptr<MainWindow> openStudio(const QString &projectPath, QStringList *errors, QList<QDialog *> *dialogs)
{
    auto window = std::make_unique<MainWindow>();
    window->setErrorHandler([errors](const QString &text) { *errors << text; });
    window->setDialogHook([dialogs](QDialog *d) {
        *dialogs << d;
        d->show();
    });
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()) || !window->openProject(projectPath).ok())
        return nullptr;
    return window;
}

} // namespace troupe::test
