// troupe-studio: the desktop studio. Argument parsing only; the window is in ui/.
#include "configproblems.h"
#include "config/logsetup.h"
#include "studiosettings.h"
#include "studiowindow.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

namespace {

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale() : QLocale(language);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("troupe-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Troupe Studio"));
    QApplication::setOrganizationName(QStringLiteral("Troupe Studio"));
    QApplication::setApplicationVersion(QStringLiteral(TROUPE_VERSION));
    troupe::installTranslations(localeFor(troupe::studioLanguage()));

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

    const QStringList positional = parser.positionalArguments();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    QString project;
    if (!positional.isEmpty())
        project = positional.first();
    else if (!parser.isSet(example) && !recent.isEmpty())
        project = recent.first();
    const troupe::Result<troupe::Config> config = troupe::Config::load();
    (void)troupe::setupLogging(config ? config.value() : troupe::Config::defaults());
    troupe::openStudioWindow(project);
    troupe::showConfigProblems(QApplication::activeWindow());
    return app.exec();
}
