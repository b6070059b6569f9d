// troupe population generate / regenerate: plan, cost estimate, then people with progress.
#include "cliio.h"
#include "populationcommand.h"
#include "populationoptions.h"
#include "config/config.h"
#include "factory/costestimate.h"
#include "factory/factorymodels.h"
#include "factory/personfactory.h"
#include "factory/samplingplan.h"
#include "llm/pricing.h"
#include "session/modelstack.h"
#include "store/populationstore.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PopulationCommand)
};

struct Generation
{
    ProjectFile *project;
    qint64 populationId;
    PopulationInput input;
    SamplingPlan plan;
    QList<int> indices;
    llm::EndpointFlags flags;
    bool noCache = false;
    double budget = 0;
    bool json = false;
    QString name;
};

/** Runs the factory until done, printing progress; returns the exit code. */
int runGeneration(const Generation &g, const Config &config, const QString &verb)
{
    auto stack = ModelStack::create(g.project, g.flags, config, g.noCache);
    if (!stack)
        return fail(verb, stack.error());
    FactoryModels models(stack.value()->active(), stack.value()->scheduler());
    PersonFactory factory(*g.project, models.provider(), models.scheduler());
    GenerationOptions options;
    options.model = stack.value()->defaultModel();
    options.maxAttempts = std::max(1, config.value(QStringLiteral("ActionGenerator"), QStringLiteral("MAX_ATTEMPTS"), 2).toInt());
    options.temperature = config.value(QStringLiteral("OpenAI"), QStringLiteral("TEMPERATURE"), 1.0).toDouble();
    options.budgetUsd = g.budget;
    const QString parallel = config.value(QStringLiteral("Simulation"), QStringLiteral("PARALLEL_AGENT_GENERATION"), true).toString().toLower();
    if (parallel == QLatin1String("false") || parallel == QLatin1String("0") || parallel == QLatin1String("off"))
        options.parallel = 1; // [Simulation] PARALLEL_AGENT_GENERATION off: one person at a time
    auto note = [&](const QString &line) { g.json ? err(line) : out(line); };

    SamplingPlan subset = g.plan;
    const CostEstimate estimate = estimatePeopleCost(g.input, g.plan, options.model, llm::PriceTable::fromConfig(config),
                                                     models.isLanguageModel());
    const double share = g.plan.size() > 0 ? double(g.indices.isEmpty() ? g.plan.size() : g.indices.size()) / g.plan.size() : 1;
    CostEstimate scaled = estimate;
    scaled.people = int(std::lround(estimate.people * share));
    scaled.promptTokens = qint64(estimate.promptTokens * share);
    scaled.completionTokens = qint64(estimate.completionTokens * share);
    if (scaled.dollars)
        scaled.dollars = *scaled.dollars * share;
    note(Tr::tr("Estimate: %1").arg(scaled.toText()));
    if (g.budget > 0 && scaled.dollars && *scaled.dollars > g.budget)
        note(Tr::tr("The estimate is above the $%1 budget: generation stops once the budget is spent.").arg(QString::number(g.budget, 'f', 2)));

    const bool terminal = !g.json && ::isatty(fileno(stderr));
    QObject::connect(&factory, &PersonFactory::progress, &factory, [&](int done, int total) {
        if (terminal)
            std::fprintf(stderr, "\r%s", qPrintable(Tr::tr("%1 of %2 people").arg(done).arg(total)));
    });
    QObject::connect(&factory, &PersonFactory::personStored, &factory, [&](int index, const QString &name) {
        if (g.json)
            out(QString::fromStdString(nlohmann::json{{"sample", index + 1}, {"name", name.toStdString()}, {"status", "generated"}}.dump()));
    });
    QObject::connect(&factory, &PersonFactory::personFailed, &factory, [&](int index, const QString &problem) {
        if (g.json)
            out(QString::fromStdString(nlohmann::json{{"sample", index + 1}, {"status", "failed"}, {"problem", problem.toStdString()}}.dump()));
    });
    GenerationSummary summary;
    QEventLoop loop;
    QObject::connect(&factory, &PersonFactory::finished, &loop, [&](const GenerationSummary &s) {
        summary = s;
        loop.quit();
    });
    QString prepareError;
    bool started = false;
    stack.value()->provider().prepare([&](const QString &error) {
        if (!error.isEmpty()) {
            prepareError = error;
            loop.quit();
            return;
        }
        if (Status s = factory.generate(g.populationId, g.input, g.plan, g.indices, options); !s) {
            prepareError = s.error();
            loop.quit();
            return;
        }
        started = true;
    });
    if (prepareError.isEmpty())
        loop.exec();
    if (terminal)
        std::fputs("\n", stderr);
    if (!prepareError.isEmpty())
        return fail(verb, prepareError);

    for (const QString &f : summary.failures)
        err(Tr::tr("failed: %1").arg(f));
    note(Tr::tr("Population %1: %2 of %3 people generated, %4 failed%5.")
             .arg(g.name)
             .arg(summary.generated)
             .arg(summary.requested)
             .arg(summary.failed)
             .arg(summary.notStarted > 0 ? Tr::tr(", %1 not started (%2)").arg(summary.notStarted).arg(summary.stopReason) : QString()));
    QString cost = models.isLanguageModel() ? Tr::tr("$%1").arg(QString::number(summary.cost, 'f', 4))
                                            : Tr::tr("none (%1)").arg(models.provider().label());
    note(Tr::tr("Model calls: %1 · tokens: %2 prompt, %3 completion · cost: %4 · %5 s")
             .arg(summary.calls)
             .arg(summary.promptTokens)
             .arg(summary.completionTokens)
             .arg(cost)
             .arg(summary.elapsedMs / 1000.0, 0, 'f', 1));
    if (summary.failed > 0 || summary.notStarted > 0)
        note(Tr::tr("The rest are stored. Try the missing ones again with: troupe population regenerate %1 --project %2")
                 .arg(g.name, g.project->path()));
    return summary.failed > 0 ? Failed : Ok;
}

QString engineText(const llm::EndpointFlags &flags, const Config &config)
{
    auto stack = ModelStack::create(nullptr, flags, config, true);
    if (!stack)
        return {};
    const llm::Provider &p = stack.value()->provider();
    return p.isLanguageModel() ? QStringLiteral("%1 %2").arg(p.identity(), stack.value()->defaultModel())
                               : QStringLiteral("%1 (%2)").arg(p.label(), stack.value()->defaultModel());
}

std::optional<double> budgetValue(const QCommandLineParser &parser, const QCommandLineOption &budget, const QString &verb, int *code)
{
    if (!parser.isSet(budget))
        return 0.0;
    bool ok = false;
    const double b = parser.value(budget).toDouble(&ok);
    if (!ok || b < 0) {
        *code = fail(verb, Tr::tr("--budget: expected an amount in US dollars, got \"%1\"").arg(parser.value(budget)), Usage);
        return std::nullopt;
    }
    return b;
}

} // namespace

int populationGenerate(const QStringList &args)
{
    const QString verb = QStringLiteral("population generate");
    QCommandLineParser parser;
    PopulationOptions o;
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("Name of the population in the project (default: the description's file name)."), Tr::tr("NAME"));
    const QCommandLineOption budget(QStringLiteral("budget"), Tr::tr("Start no new person once the calls cost this many US dollars."), Tr::tr("USD"));
    parser.addOptions({o.count, o.project, name, o.dimensions, o.extra, o.seed, budget, o.json});
    o.addModelOptions(parser);
    parser.addPositionalArgument(QStringLiteral("description"), Tr::tr("A population description file, a bundled one, or a context in words."), Tr::tr("DESCRIPTION"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Generates a population into a project: dimensions, a seeded plan, then one person per sample."), 1); code >= 0)
        return code;
    int code = Ok;
    const auto count = peopleCount(parser, o, verb, &code);
    if (!count)
        return code;
    const auto seed = seedValue(parser, o, verb, &code);
    if (!seed)
        return code;
    const auto budgetUsd = budgetValue(parser, budget, verb, &code);
    if (!budgetUsd)
        return code;
    if (!parser.isSet(o.project))
        return fail(verb, Tr::tr("--project is required"), Usage);
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    const auto flags = endpointFlags(parser, o, config.value(), verb, &code);
    if (!flags)
        return code;
    const QString description = parser.positionalArguments().value(0);
    const auto input = populationInput(description, parser.value(o.extra), verb, &code);
    if (!input)
        return code;
    const QString populationName = parser.isSet(name) ? parser.value(name) : defaultPopulationName(description);
    auto opened = ProjectFile::openOrCreate(parser.value(o.project));
    if (!opened)
        return fail(verb, opened.error());
    std::unique_ptr<ProjectFile> project = std::move(opened).value();
    PopulationStore store(*project);
    if (store.load(populationName))
        return fail(verb, Tr::tr("the project already has a population called \"%1\"; choose another with --name").arg(populationName));

    std::optional<Dimensions> dims;
    if (parser.isSet(o.dimensions))
        dims = dimensionsFile(parser.value(o.dimensions), &code);
    else
        dims = askDimensions(*input, *flags, parser.isSet(o.noCache), config.value(), verb, &code);
    if (!dims)
        return code;
    auto plan = SamplingPlan::draw(*dims, *count, *seed);
    if (!plan)
        return fail(verb, plan.error());
    auto created = store.create(populationName, input->title(), engineText(*flags, config.value()), input->toJson(),
                                dimensionsToJson(*dims), plan.value().toJson(), *seed);
    if (!created)
        return fail(verb, created.error());
    Generation g{project.get(), created.value(), *input, plan.value(), {}, *flags, parser.isSet(o.noCache), *budgetUsd,
                 parser.isSet(o.json), populationName};
    return runGeneration(g, config.value(), verb);
}

int populationRegenerate(const QStringList &args)
{
    const QString verb = QStringLiteral("population regenerate");
    QCommandLineParser parser;
    PopulationOptions o;
    const QCommandLineOption sample(QStringLiteral("sample"), Tr::tr("Regenerate this sample (1-based; repeat the flag for more). Default: every sample without a person."), Tr::tr("K"));
    const QCommandLineOption budget(QStringLiteral("budget"), Tr::tr("Start no new person once the calls cost this many US dollars."), Tr::tr("USD"));
    parser.addOptions({o.project, sample, budget, o.json});
    o.addModelOptions(parser);
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The population."), Tr::tr("NAME"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Generates some of a population's people again; the others are kept."), 1); code >= 0)
        return code;
    int code = Ok;
    const auto budgetUsd = budgetValue(parser, budget, verb, &code);
    if (!budgetUsd)
        return code;
    if (!parser.isSet(o.project))
        return fail(verb, Tr::tr("--project is required"), Usage);
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    const auto flags = endpointFlags(parser, o, config.value(), verb, &code);
    if (!flags)
        return code;
    auto opened = ProjectFile::open(parser.value(o.project));
    if (!opened)
        return fail(verb, opened.error());
    std::unique_ptr<ProjectFile> project = std::move(opened).value();
    PopulationStore store(*project);
    const QString populationName = parser.positionalArguments().value(0);
    auto record = store.load(populationName);
    if (!record)
        return fail(verb, record.error());
    auto plan = SamplingPlan::fromJson(record.value().plan);
    if (!plan)
        return fail(verb, plan.error());
    auto members = store.members(record.value().info.id);
    if (!members)
        return fail(verb, members.error());
    QList<int> indices;
    for (const QString &k : parser.values(sample)) {
        bool ok = false;
        const int i = k.toInt(&ok) - 1;
        if (!ok || i < 0 || i >= plan.value().size())
            return fail(verb, Tr::tr("--sample: expected a number from 1 to %1, got \"%2\"").arg(plan.value().size()).arg(k), Usage);
        indices.append(i);
    }
    if (indices.isEmpty()) {
        QSet<int> done;
        for (const PopulationMember &m : members.value())
            if (m.status == QLatin1String("generated"))
                done.insert(m.sampleIndex);
        for (int i = 0; i < plan.value().size(); ++i)
            if (!done.contains(i))
                indices.append(i);
        if (indices.isEmpty()) {
            out(Tr::tr("every sample of %1 has its person; name one with --sample K to make it again").arg(populationName));
            return Ok;
        }
    }
    for (int i : indices)
        if (Status s = store.clearMember(record.value().info.id, i); !s)
            return fail(verb, s.error());
    Generation g{project.get(), record.value().info.id, PopulationInput::fromJson(record.value().input), plan.value(), indices,
                 *flags, parser.isSet(o.noCache), *budgetUsd, parser.isSet(o.json), populationName};
    return runGeneration(g, config.value(), verb);
}

} // namespace troupe::cli
