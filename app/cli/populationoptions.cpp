#include "populationoptions.h"

#include "cliio.h"
#include "config/config.h"
#include "factory/factorymodels.h"
#include "factory/personfactory.h"
#include "factory/samplingplan.h"
#include "llm/providers.h"
#include "session/modelstack.h"
#include "store/projectfile.h"
#include "util/textinput.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PopulationCommand)
};

} // namespace

PopulationOptions::PopulationOptions()
    : provider(QStringLiteral("provider"), Tr::tr("Model provider: %1 (default: config.ini API_TYPE).").arg(llm::availableProviders().join(QLatin1Char('|'))), Tr::tr("NAME")),
      baseUrl(QStringLiteral("base-url"), Tr::tr("Server URL for OpenAI-compatible providers."), Tr::tr("URL")),
      model(QStringLiteral("model"), Tr::tr("Model to ask."), Tr::tr("M")),
      concurrency(QStringLiteral("concurrency"), Tr::tr("Model calls in flight at once (default: config.ini MAX_CONCURRENT_MODEL_CALLS)."), Tr::tr("C")),
      timeout(QStringLiteral("timeout"), Tr::tr("Seconds a model call may take (default: config.ini TIMEOUT)."), Tr::tr("S")),
      noCache(QStringLiteral("no-cache"), Tr::tr("Do not answer repeated calls from the project's cache.")),
      noStream(QStringLiteral("no-stream"), Tr::tr("Do not ask the server to stream replies.")),
      extra(QStringLiteral("extra"), Tr::tr("Extra dimensions, as text or a file (\"culinary tastes: from traditional to modern, from spicy to mild\")."), Tr::tr("TEXT_OR_FILE")),
      dimensions(QStringLiteral("dimensions"), Tr::tr("Read the dimensions from this file (as `population dimensions --json` prints them) instead of asking the model."), Tr::tr("FILE")),
      seed(QStringLiteral("seed"), Tr::tr("Seed of the sampling plan (default: 1)."), Tr::tr("S")),
      count(QStringLiteral("count"), Tr::tr("How many people (1 to %1).").arg(SamplingPlan::kMaxPeople), Tr::tr("N")),
      json(QStringLiteral("json"), Tr::tr("Print JSON.")),
      project({QStringLiteral("p"), QStringLiteral("project")}, Tr::tr("The project file (*.troupe)."), Tr::tr("P.troupe"))
{
}

void PopulationOptions::addModelOptions(QCommandLineParser &parser) const
{
    parser.addOptions({provider, baseUrl, model, concurrency, timeout, noCache, noStream});
}

std::optional<llm::EndpointFlags> endpointFlags(const QCommandLineParser &parser, const PopulationOptions &o, const Config &config,
                                                const QString &verb, int *exitCode)
{
    llm::EndpointFlags flags;
    flags.provider = parser.value(o.provider);
    flags.baseUrl = parser.value(o.baseUrl);
    flags.model = parser.value(o.model);
    flags.noStream = parser.isSet(o.noStream);
    for (const auto &[option, target] : {std::pair{&o.concurrency, &flags.concurrency}, std::pair{&o.timeout, &flags.timeoutSeconds}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target <= 0) {
            *exitCode = fail(verb, Tr::tr("--%1: expected a whole number above 0, got \"%2\"").arg(option->names().constLast(), parser.value(*option)), Usage);
            return std::nullopt;
        }
    }
    const QString chosen = llm::chosenProvider(flags.provider, config);
    if (parser.isSet(o.baseUrl) && chosen == QLatin1String("offline")) {
        *exitCode = fail(verb, Tr::tr("--base-url applies to network providers, not to the offline engine; add --provider openai (or another: %1)")
                                   .arg(llm::endpointPresets().join(QStringLiteral(", "))), Usage);
        return std::nullopt;
    }
    if (!llm::availableProviders().contains(chosen)) {
        *exitCode = fail(verb, Tr::tr("provider \"%1\" is not known (available: %2)").arg(chosen, llm::availableProviders().join(QStringLiteral(", "))), Usage);
        return std::nullopt;
    }
    return flags;
}

std::optional<PopulationInput> populationInput(const QString &description, const QString &extra, const QString &verb, int *exitCode)
{
    PopulationInput in;
    QString path = description;
    const QString bundled = QStringLiteral(":/examples/populations/%1.json").arg(description);
    if (!QFileInfo::exists(path) && QFileInfo::exists(bundled))
        path = bundled;
    if (QFileInfo::exists(path)) {
        PopulationOutcome parsed = parsePopulationFile(path);
        if (!parsed.description) {
            for (const Diagnostic &d : parsed.diagnostics)
                err(d.toString());
            *exitCode = fail(verb, Tr::tr("the population description has errors"));
            return std::nullopt;
        }
        in.description = std::move(parsed.description);
    } else if (description.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || description.trimmed().isEmpty()) {
        *exitCode = fail(verb, Tr::tr("%1: no such file (give a population description file, a bundled one, or a context in words)").arg(description));
        return std::nullopt;
    } else {
        in.context = description;
    }
    if (!extra.isEmpty()) {
        if (QFileInfo::exists(extra)) {
            Diagnostic problem;
            const auto text = readUserTextFile(extra, &problem);
            if (!text) {
                *exitCode = fail(verb, problem.toString());
                return std::nullopt;
            }
            in.extra = QString::fromUtf8(*text).trimmed();
        } else {
            in.extra = extra;
        }
    }
    return in;
}

std::optional<Dimensions> dimensionsFile(const QString &path, int *exitCode)
{
    DimensionsOutcome read = parseDimensionsFile(path);
    if (!read.dimensions) {
        for (const Diagnostic &d : read.diagnostics)
            err(d.toString());
        *exitCode = Failed;
        return std::nullopt;
    }
    return read.dimensions;
}

std::optional<int> peopleCount(const QCommandLineParser &parser, const PopulationOptions &o, const QString &verb, int *exitCode)
{
    if (!parser.isSet(o.count)) {
        *exitCode = fail(verb, Tr::tr("--count N is required"), Usage);
        return std::nullopt;
    }
    bool ok = false;
    const int n = parser.value(o.count).toInt(&ok);
    if (!ok || n <= 0 || n > SamplingPlan::kMaxPeople) {
        *exitCode = fail(verb, Tr::tr("--count: expected a whole number from 1 to %1, got \"%2\"").arg(SamplingPlan::kMaxPeople).arg(parser.value(o.count)), Usage);
        return std::nullopt;
    }
    return n;
}

std::optional<quint64> seedValue(const QCommandLineParser &parser, const PopulationOptions &o, const QString &verb, int *exitCode)
{
    if (!parser.isSet(o.seed))
        return quint64(1);
    bool ok = false;
    const quint64 s = parser.value(o.seed).toULongLong(&ok);
    if (!ok) {
        *exitCode = fail(verb, Tr::tr("--seed: expected a whole number, got \"%1\"").arg(parser.value(o.seed)), Usage);
        return std::nullopt;
    }
    return s;
}

QString defaultPopulationName(const QString &description)
{
    if (QFileInfo::exists(description) || description.endsWith(QLatin1String(".json")))
        return QFileInfo(description).completeBaseName();
    if (QFileInfo::exists(QStringLiteral(":/examples/populations/%1.json").arg(description)))
        return description;
    QStringList words = description.toLower().split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    return words.mid(0, 4).join(QLatin1Char('_'));
}

std::optional<Dimensions> askDimensions(const PopulationInput &input, const llm::EndpointFlags &flags, bool noCache,
                                        const Config &config, const QString &verb, int *exitCode)
{
    auto stack = ModelStack::create(nullptr, flags, config, noCache);
    if (!stack) {
        *exitCode = fail(verb, stack.error());
        return std::nullopt;
    }
    FactoryModels models(stack.value()->active(), stack.value()->scheduler());
    QTemporaryDir scratch;
    auto project = ProjectFile::create(scratch.filePath(QStringLiteral("dims.troupe")));
    if (!project) {
        *exitCode = fail(verb, project.error());
        return std::nullopt;
    }
    PersonFactory factory(*project.value(), models.provider(), models.scheduler());
    std::optional<Dimensions> result;
    QString problem;
    QEventLoop loop;
    QObject::connect(&factory, &PersonFactory::dimensionsReady, &loop, [&](const Dimensions &d) { result = d; loop.quit(); });
    QObject::connect(&factory, &PersonFactory::dimensionsFailed, &loop, [&](const QString &p) { problem = p; loop.quit(); });
    const int attempts = config.value(QStringLiteral("ActionGenerator"), QStringLiteral("MAX_ATTEMPTS"), 2).toInt();
    stack.value()->provider().prepare([&](const QString &error) {
        if (!error.isEmpty()) {
            problem = error;
            loop.quit();
            return;
        }
        factory.requestDimensions(input, stack.value()->defaultModel(), std::max(2, attempts));
    });
    if (!result && problem.isEmpty())
        loop.exec();
    if (!result) {
        *exitCode = fail(verb, problem);
        return std::nullopt;
    }
    return result;
}

} // namespace troupe::cli
