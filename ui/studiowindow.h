#pragma once

#include "mainwindow.h"

namespace troupe {

/**
 * Opens a studio window on `project` (the example project when empty or unusable) and
 * shows `view` in it. When the user picks another language the window is rebuilt in that
 * language on the same project, with the same thing selected and shown.
 */
MainWindow *openStudioWindow(const QString &project, const MainWindow::ViewState &view = {});

} // namespace troupe
