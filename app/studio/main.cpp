// troupe-studio: the desktop studio. Argument parsing only; the window is in ui/.
#include "mainwindow.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("troupe-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Troupe Studio"));
    QApplication::setOrganizationName(QStringLiteral("Troupe Studio"));
    QApplication::setApplicationVersion(QStringLiteral(TROUPE_VERSION));
    troupe::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("Studio", "Troupe Studio: simulate people with language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption example(QStringLiteral("example"),
                                     QApplication::translate("Studio", "Open the bundled example project."));
    parser.addOption(example);
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("Studio", "A project file to open."),
                                 QStringLiteral("[project.troupe]"));
    parser.process(app);

    troupe::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    if (!positional.isEmpty())
        (void)window.openProject(positional.first());
    else if (parser.isSet(example) || recent.isEmpty() || !window.openProject(recent.first()).ok())
        (void)window.openExampleProject();
    return app.exec();
}
