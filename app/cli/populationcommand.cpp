#include "populationcommand.h"

#include "cliio.h"
#include "populationoptions.h"
#include "config/config.h"
#include "factory/populationexport.h"
#include "factory/populationprofile.h"
#include "factory/samplingplan.h"
#include "store/populationstore.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PopulationCommand)
};

QString usage()
{
    return Tr::tr("Usage: troupe population <verb> ...\n\n"
                  "  dimensions DESCRIPTION [--extra TEXT_OR_FILE] [provider flags] [--json]\n"
                  "  plan DESCRIPTION --count N [--dimensions FILE] [--seed S] [provider flags] [--json]\n"
                  "  generate DESCRIPTION --count N --project P [--name NAME] [--dimensions FILE] [--extra ...]\n"
                  "           [--seed S] [--concurrency C] [--budget USD] [provider flags] [--json]\n"
                  "  regenerate NAME --project P [--sample K]... [provider flags]\n"
                  "  list --project P [--json]\n"
                  "  profile NAME --project P [--json]\n"
                  "  export NAME --project P -o DIR [--format agents|csv]\n"
                  "  remove NAME --project P\n\n"
                  "DESCRIPTION is a population description file (TinyTroupe format), a bundled one\n"
                  "(us_adults, lagos_young_professionals, germany_remote_workers, japan_seniors), or a\n"
                  "context in words (\"adults in Lagos who commute by bus\").");
}

std::unique_ptr<ProjectFile> openProject(const QCommandLineParser &parser, const PopulationOptions &o, const QString &verb,
                                         bool create, int *exitCode)
{
    const QString path = parser.value(o.project);
    if (path.isEmpty()) {
        *exitCode = fail(verb, Tr::tr("--project is required"), Usage);
        return nullptr;
    }
    auto opened = create ? ProjectFile::openOrCreate(path) : ProjectFile::open(path);
    if (!opened) {
        *exitCode = fail(verb, opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

int dimensions(const QStringList &args)
{
    const QString verb = QStringLiteral("population dimensions");
    QCommandLineParser parser;
    PopulationOptions o;
    parser.addOptions({o.extra, o.json});
    o.addModelOptions(parser);
    parser.addPositionalArgument(QStringLiteral("description"), Tr::tr("A population description file, a bundled one, or a context in words."), Tr::tr("DESCRIPTION"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Asks the model for sampling dimensions and prints them (the offline engine reads the description's own figures)."), 1); code >= 0)
        return code;
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    int code = Ok;
    const auto flags = endpointFlags(parser, o, config.value(), verb, &code);
    if (!flags)
        return code;
    const auto input = populationInput(parser.positionalArguments().value(0), parser.value(o.extra), verb, &code);
    if (!input)
        return code;
    const auto dims = askDimensions(*input, *flags, parser.isSet(o.noCache), config.value(), verb, &code);
    if (!dims)
        return code;
    if (parser.isSet(o.json)) {
        out(QString::fromUtf8(dimensionsToText(*dims)).trimmed());
        return Ok;
    }
    for (const Dimension &d : *dims) {
        if (d.kind == Dimension::Kind::Numeric) {
            out(Tr::tr("%1 (numeric): %2 to %3, %4").arg(d.name).arg(d.min).arg(d.max).arg(Dimension::distributionName(d.distribution)));
            continue;
        }
        QStringList values;
        for (const DimensionValue &v : d.values)
            values << QStringLiteral("%1 %2%").arg(v.value).arg(d.share(v.value) * 100, 0, 'f', 1);
        out(QStringLiteral("%1: %2").arg(d.name, values.join(QStringLiteral(", "))));
    }
    return Ok;
}

int plan(const QStringList &args)
{
    const QString verb = QStringLiteral("population plan");
    QCommandLineParser parser;
    PopulationOptions o;
    parser.addOptions({o.count, o.dimensions, o.seed, o.extra, o.json});
    o.addModelOptions(parser);
    parser.addPositionalArgument(QStringLiteral("description"), Tr::tr("A population description file, a bundled one, or a context in words."), Tr::tr("DESCRIPTION"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Draws the sampling plan: exactly N samples whose categorical counts meet the weights."), 1); code >= 0)
        return code;
    int code = Ok;
    const auto count = peopleCount(parser, o, verb, &code);
    if (!count)
        return code;
    const auto seed = seedValue(parser, o, verb, &code);
    if (!seed)
        return code;
    std::optional<Dimensions> dims;
    if (parser.isSet(o.dimensions)) {
        dims = dimensionsFile(parser.value(o.dimensions), &code);
    } else {
        auto config = Config::load();
        if (!config)
            return fail(verb, config.error());
        const auto flags = endpointFlags(parser, o, config.value(), verb, &code);
        if (!flags)
            return code;
        const auto input = populationInput(parser.positionalArguments().value(0), parser.value(o.extra), verb, &code);
        if (!input)
            return code;
        dims = askDimensions(*input, *flags, parser.isSet(o.noCache), config.value(), verb, &code);
    }
    if (!dims)
        return code;
    auto drawn = SamplingPlan::draw(*dims, *count, *seed);
    if (!drawn)
        return fail(verb, drawn.error());
    if (parser.isSet(o.json)) {
        out(QString::fromStdString(drawn.value().toJson().dump(2)));
        return Ok;
    }
    out(Tr::tr("%1 samples, seed %2").arg(drawn.value().size()).arg(*seed));
    QString current;
    for (const Quota &q : drawn.value().quotas()) {
        if (q.dimension != current)
            out(q.dimension);
        current = q.dimension;
        out(QStringLiteral("  %1 %2 (%3% of %4 = %5)").arg(q.value, -34).arg(q.count, 5).arg(q.share * 100, 0, 'f', 1)
                .arg(drawn.value().size()).arg(q.exact, 0, 'f', 2));
    }
    for (int i = 0; i < drawn.value().size(); ++i)
        out(QStringLiteral("%1. %2").arg(i + 1).arg(sampleSummary(drawn.value().samples().at(size_t(i)))));
    return Ok;
}

int list(const QStringList &args)
{
    const QString verb = QStringLiteral("population list");
    QCommandLineParser parser;
    PopulationOptions o;
    parser.addOptions({o.project, o.json});
    if (int code = parseVerb(parser, args, verb, Tr::tr("Lists the populations of a project."), 0); code >= 0)
        return code;
    int code = Ok;
    auto project = openProject(parser, o, verb, false, &code);
    if (!project)
        return code;
    auto all = PopulationStore(*project).list();
    if (!all)
        return fail(verb, all.error());
    if (parser.isSet(o.json)) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const PopulationInfo &p : all.value())
            list.push_back({{"name", p.name.toStdString()}, {"count", p.generated}, {"planned", p.samples}, {"failed", p.failed},
                            {"description", p.title.toStdString()}, {"engine", p.engine.toStdString()}, {"cost", p.cost}});
        out(QString::fromStdString(list.dump(2)));
        return Ok;
    }
    if (all.value().isEmpty())
        out(Tr::tr("no populations in %1").arg(project->path()));
    for (const PopulationInfo &p : all.value())
        out(Tr::tr("%1  %2 of %3 people  %4  (%5)").arg(p.name).arg(p.generated).arg(p.samples).arg(p.title, p.engine));
    return Ok;
}

struct Loaded
{
    PopulationRecord record;
    SamplingPlan plan;
    QList<std::pair<int, PersonaDocument>> people;
};

std::optional<Loaded> loadPopulation(ProjectFile &project, const QString &name, const QString &verb, int *exitCode)
{
    PopulationStore store(project);
    auto record = store.load(name);
    if (!record) {
        *exitCode = fail(verb, record.error());
        return std::nullopt;
    }
    auto plan = SamplingPlan::fromJson(record.value().plan);
    auto people = store.indexedPeople(name);
    if (!plan || !people) {
        *exitCode = fail(verb, plan ? people.error() : plan.error());
        return std::nullopt;
    }
    return Loaded{record.value(), plan.value(), people.value()};
}

int profile(const QStringList &args)
{
    const QString verb = QStringLiteral("population profile");
    QCommandLineParser parser;
    PopulationOptions o;
    parser.addOptions({o.project, o.json});
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The population."), Tr::tr("NAME"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Requested against generated shares per dimension, ages and Big Five."), 1); code >= 0)
        return code;
    int code = Ok;
    auto project = openProject(parser, o, verb, false, &code);
    if (!project)
        return code;
    const auto loaded = loadPopulation(*project, parser.positionalArguments().value(0), verb, &code);
    if (!loaded)
        return code;
    const PopulationProfile p = profilePopulation(loaded->plan, loaded->people);
    if (parser.isSet(o.json)) {
        nlohmann::ordered_json j = p.toJson();
        j["name"] = loaded->record.info.name.toStdString();
        j["engine"] = loaded->record.info.engine.toStdString();
        out(QString::fromStdString(j.dump(2)));
        return Ok;
    }
    out(Tr::tr("%1 (%2)").arg(loaded->record.info.name, loaded->record.info.engine));
    out(p.toText());
    return Ok;
}

int exportPopulation(const QStringList &args)
{
    const QString verb = QStringLiteral("population export");
    QCommandLineParser parser;
    PopulationOptions o;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The folder to write into."), Tr::tr("DIR"));
    const QCommandLineOption format(QStringLiteral("format"), Tr::tr("agents (one .agent.json per person, default) or csv."), Tr::tr("FORMAT"), QStringLiteral("agents"));
    parser.addOptions({o.project, output, format});
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The population."), Tr::tr("NAME"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Writes a population's people as TinyTroupe agent files or a CSV of attributes."), 1); code >= 0)
        return code;
    if (!parser.isSet(output))
        return fail(verb, Tr::tr("-o DIR is required"), Usage);
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("agents") && fmt != QLatin1String("csv"))
        return fail(verb, Tr::tr("--format: expected agents or csv, got \"%1\"").arg(fmt), Usage);
    int code = Ok;
    auto project = openProject(parser, o, verb, false, &code);
    if (!project)
        return code;
    const auto loaded = loadPopulation(*project, parser.positionalArguments().value(0), verb, &code);
    if (!loaded)
        return code;
    const QString dir = parser.value(output);
    Result<int> written = Result<int>::failure({});
    QString where = dir;
    if (fmt == QLatin1String("agents")) {
        written = exportAgents(loaded->people, dir);
    } else {
        if (!QDir().mkpath(dir))
            return fail(verb, Tr::tr("cannot create %1").arg(dir));
        auto members = PopulationStore(*project).members(loaded->record.info.id);
        QMap<int, QString> bios;
        if (members)
            for (const PopulationMember &m : members.value())
                bios.insert(m.sampleIndex, m.bio);
        where = QDir(dir).filePath(loaded->record.info.name + QStringLiteral(".csv"));
        written = exportCsv(loaded->plan, loaded->people, bios, where);
    }
    if (!written)
        return fail(verb, written.error());
    out(Tr::tr("wrote %1 people to %2").arg(written.value()).arg(where));
    return Ok;
}

int remove(const QStringList &args)
{
    const QString verb = QStringLiteral("population remove");
    QCommandLineParser parser;
    PopulationOptions o;
    parser.addOptions({o.project});
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The population."), Tr::tr("NAME"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Deletes a population and the personas generated for it."), 1); code >= 0)
        return code;
    int code = Ok;
    auto project = openProject(parser, o, verb, false, &code);
    if (!project)
        return code;
    if (Status s = PopulationStore(*project).remove(parser.positionalArguments().value(0)); !s)
        return fail(verb, s.error());
    out(Tr::tr("removed population %1").arg(parser.positionalArguments().value(0)));
    return Ok;
}

} // namespace

int runPopulationCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("dimensions"))
        return dimensions(rest);
    if (sub == QLatin1String("plan"))
        return plan(rest);
    if (sub == QLatin1String("generate"))
        return populationGenerate(rest);
    if (sub == QLatin1String("regenerate"))
        return populationRegenerate(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("profile"))
        return profile(rest);
    if (sub == QLatin1String("export"))
        return exportPopulation(rest);
    if (sub == QLatin1String("remove"))
        return remove(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out(usage());
        return sub.isEmpty() ? Usage : Ok;
    }
    return fail(QStringLiteral("population"), Tr::tr("unknown verb \"%1\" (see troupe population --help)").arg(sub), Usage);
}

} // namespace troupe::cli
