// troupe: the headless command-line tool. Argument dispatch only; the work is in core/.
#include "cliio.h"
#include "personacommands.h"
#include "llmcommand.h"
#include "reportcommand.h"
#include "runcommand.h"
#include "config/logsetup.h"
#include "populationcommand.h"
#include "resultsexport.h"
#include "studycommand.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace troupe;

static QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: troupe <command> [options]\n\n"
        "Commands:\n"
        "  persona validate FILE...            check TinyTroupe agent and fragment files\n"
        "  persona import FILE... --project P  import them into a project file\n"
        "  persona list --project P [--json]   list a project's agents and fragments\n"
        "  persona export NAME --project P -o OUT.agent.json\n"
        "  run SCENARIO [--steps N] [--seed S] [--project P] [--json]\n"
        "                                      run a scenario file or a bundled one\n"
        "                                      (focus_group, customer_interview, ad_evaluation)\n"
        "  run --resume last --project P       continue a stopped or paused run\n"
        "      [--provider P] [--base-url URL] [--model M] [--budget USD] [--no-cache]\n"
        "  population dimensions|plan|generate|regenerate|list|profile|export|remove ...\n"
        "                                      people from a population description (see\n"
        "                                      troupe population --help)\n"
        "  llm check [--provider P] [--base-url URL] [--model M]\n"
        "                                      one tiny request: model, latency, JSON mode\n"
        "  llm models [--provider P] [--base-url URL]\n"
        "                                      the models the server offers\n"
        "  report RUN --project P --format pdf|html|odt|md -o FILE\n"
        "                                      a run's report (RUN: an id or \"last\")\n"
        "  study run STUDY [--project P] [--json]\n"
        "                                      put a study's questions to its respondents\n"
        "                                      (bottled_gazpacho, ad_concepts, focus_group_closing)\n"
        "  results list|export RUN --project P  a study run's answers; export --format\n"
        "                                      csv|wide-csv|json|xlsx|sav -o FILE\n\n"
        "Options:\n"
        "  -h, --help      show help (also after any command)\n"
        "  -v, --version   show the version\n\n"
        "Exit status: 0 success, 1 failure (reason on stderr), 2 wrong usage.");
}

int main(int argc, char *argv[])
{
    // Reports lay out text and paint charts, which needs fonts and so a QGuiApplication; on
    // a machine without a display it runs on the offscreen platform. Other verbs stay GUI-free.
    const bool report = cli::isReportCommand(argc, argv);
    bool platformGiven = qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    for (int i = 1; i < argc; ++i)
        platformGiven = platformGiven || std::strcmp(argv[i], "-platform") == 0;
    if (report && !platformGiven)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application;
    if (report)
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("troupe"));
    QCoreApplication::setOrganizationName(QStringLiteral("Troupe Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TROUPE_VERSION));
    installTranslations();

    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        cli::out(QStringLiteral("troupe %1").arg(QCoreApplication::applicationVersion()));
        return cli::Ok;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        cli::out(usage());
        return command.isEmpty() ? cli::Usage : cli::Ok;
    }
    // config.ini is checked before anything runs: each problem is one line, naming the file
    // and line, and the command stops. Keys with no effect yet only get a notice.
    const bool needsConfig = command == QLatin1String("run") || command == QLatin1String("llm") || command == QLatin1String("study");
    const Result<Config> config = Config::load();
    if (!config && needsConfig) {
        for (const QString &line : config.error().split(u'\n'))
            cli::err(line);
        return cli::Failed;
    }
    (void)setupLogging(config ? config.value() : Config::defaults());
    if (config && needsConfig)
        for (const QString &notice : config.value().notices())
            cli::err(notice);

    if (command == QLatin1String("persona"))
        return cli::runPersonaCommand(args.mid(1));
    if (command == QLatin1String("run"))
        return cli::runScenarioCommand(args);
    if (command == QLatin1String("population"))
        return cli::runPopulationCommand(args);
    if (command == QLatin1String("llm"))
        return cli::runLlmCommand(args);
    if (command == QLatin1String("report"))
        return cli::runReportCommand(args);
    if (command == QLatin1String("study"))
        return cli::runStudyCommand(args);
    if (command == QLatin1String("results"))
        return cli::runResultsCommand(args);
    return cli::fail(command, QCoreApplication::translate("Cli", "unknown command (see troupe --help)"), cli::Usage);
}
