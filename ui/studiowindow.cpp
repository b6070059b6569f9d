#include "studiowindow.h"

#include "store/projectfile.h"
#include "util/translations.h"

#include <QApplication>
#include <QTimer>

namespace troupe {

MainWindow *openStudioWindow(const QString &project, const MainWindow::ViewState &view)
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (project.isEmpty() || !window->openProject(project).ok())
        (void)window->openExampleProject();
    window->restoreView(view);
    QObject::connect(window, &MainWindow::languageChangeRequested, window, [window](const QString &language) {
        const QString path = window->project() ? window->project()->path() : QString();
        const MainWindow::ViewState state = window->viewState();
        installTranslations(language.isEmpty() ? QLocale() : QLocale(language));
        // The new window is made once this one has closed (and saved its layout).
        QTimer::singleShot(0, qApp, [path, state] { openStudioWindow(path, state); });
        window->close();
    });
    return window;
}

} // namespace troupe
