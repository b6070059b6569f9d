// troupe: the headless command-line tool. Argument dispatch only; the work is in core/.
#include "cliio.h"
#include "experimentcommand.h"
#include "forkcommand.h"
#include "validatecommand.h"
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
        "  run --fork RUN --at-step K --project P [--apply CHANGE.json] [--steps N]\n"
        "                                      a new run from a stored run's step K\n"
        "  run show RUN --project P [--json]   a stored run as it was printed live\n"
        "  population dimensions|plan|generate|regenerate|list|profile|export|remove ...\n"
        "                                      people from a population description (see\n"
        "                                      troupe population --help)\n"
        "  llm check [--provider P] [--base-url URL] [--model M]\n"
        "                                      one tiny request: model, latency, JSON mode\n"
        "  llm models [--provider P] [--base-url URL]\n"
        "                                      the models the server offers\n"
        "  experiment run EXPERIMENT --project P [--shard I/N] [--provider P ...] [--json]\n"
        "                                      every arm and replicate of an experiment\n"
        "  experiment compare NAME --project P [--json]\n"
        "                                      arms side by side with the tests\n"
        "  project merge A.troupe B.troupe ... -o OUT.troupe\n"
        "                                      combine projects (shards of an experiment)\n"
        "  validate empirical RUN_OR_EXPERIMENT --project P --csv FILE --column COL\n"
        "      --question QID [--match \"Age Range=age\"]... [--json]\n"
        "                                      simulated answers against a real survey\n"
        "  report RUN --project P --format pdf|html|odt|md -o FILE\n"
        "                                      a run's report (RUN: an id or \"last\")\n"
        "  study run STUDY [--project P] [--json]\n"
        "                                      put a study's questions to its respondents\n"
        "                                      (bottled_gazpacho, ad_concepts, focus_group_closing)\n"
        "  results list|export RUN --project P  a study run's answers; export --format\n"
        "                                      csv|wide-csv|json|xlsx|sav -o FILE\n"
        "  results extract RUN --project P --objective TEXT --field NAME[:HINT]... [--agent NAME] [--json]\n"
        "                                      fields from a stored run, per agent, citing events\n"
        "  results normalise RUN --project P --question QID [--k 5] [--method model|keywords]\n"
        "                                      group a question's open answers into labels\n\n"
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
    const bool needsConfig = command == QLatin1String("run") || command == QLatin1String("llm") || command == QLatin1String("study")
                             || command == QLatin1String("experiment");
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
    if (command == QLatin1String("run") && args.value(1) == QLatin1String("show"))
        return cli::runShowCommand(args);
    if (command == QLatin1String("run") && args.contains(QStringLiteral("--fork")))
        return cli::runForkCommand(args);
    if (command == QLatin1String("run"))
        return cli::runScenarioCommand(args);
    if (command == QLatin1String("population"))
        return cli::runPopulationCommand(args);
    if (command == QLatin1String("llm"))
        return cli::runLlmCommand(args);
    if (command == QLatin1String("experiment"))
        return cli::runExperimentCommand(args);
    if (command == QLatin1String("project"))
        return cli::runProjectCommand(args);
    if (command == QLatin1String("validate"))
        return cli::runValidateCommand(args);
    if (command == QLatin1String("report"))
        return cli::runReportCommand(args);
    if (command == QLatin1String("study"))
        return cli::runStudyCommand(args);
    if (command == QLatin1String("results"))
        return cli::runResultsCommand(args);
    return cli::fail(command, QCoreApplication::translate("Cli", "unknown command (see troupe --help)"), cli::Usage);
}
