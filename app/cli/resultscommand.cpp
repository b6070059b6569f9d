#include "resultscommand.h"

#include "cliio.h"
#include "populationoptions.h"
#include "config/config.h"
#include "session/modelstack.h"
#include "store/projectfile.h"
#include "store/runstore.h"
#include "study/analysiscalls.h"
#include "study/extraction.h"
#include "study/normalisation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <memory>
#include <optional>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCommand)
};

using json = nlohmann::ordered_json;

/** Opens the project and resolves RUN ("last" or an id that exists); prints why not and sets *code. */
std::unique_ptr<ProjectFile> openRun(const QString &projectPath, const QString &which, const QString &verb, qint64 *runId, int *code)
{
    if (!QFileInfo::exists(projectPath)) {
        *code = fail(verb, Tr::tr("%1 does not exist").arg(projectPath));
        return nullptr;
    }
    auto opened = ProjectFile::open(projectPath);
    if (!opened) {
        *code = fail(verb, opened.error());
        return nullptr;
    }
    std::unique_ptr<ProjectFile> project = std::move(opened).value();
    RunStore store(*project);
    if (which == QLatin1String("last")) {
        auto latest = store.latestRun();
        if (!latest) {
            *code = fail(verb, latest.error());
            return nullptr;
        }
        if (latest.value() == 0) {
            *code = fail(verb, Tr::tr("%1 holds no runs").arg(projectPath));
            return nullptr;
        }
        *runId = latest.value();
    } else {
        bool ok = false;
        *runId = which.toLongLong(&ok);
        if (!ok || *runId <= 0) {
            *code = fail(verb, Tr::tr("expected \"last\" or a run id, got \"%1\"").arg(which), Usage);
            return nullptr;
        }
        if (!store.runInfo(*runId)) {
            *code = fail(verb, Tr::tr("%1 has no run %2").arg(projectPath).arg(*runId));
            return nullptr;
        }
    }
    return project;
}

/** The model stack the flags choose, prepared (a network provider may check its key first). */
std::unique_ptr<ModelStack> readyStack(ProjectFile *project, const QCommandLineParser &parser, const PopulationOptions &o,
                                       const Config &config, const QString &verb, int *code)
{
    const auto flags = endpointFlags(parser, o, config, verb, code);
    if (!flags)
        return nullptr;
    auto stack = ModelStack::create(project, *flags, config, parser.isSet(o.noCache));
    if (!stack) {
        *code = fail(verb, stack.error());
        return nullptr;
    }
    QString problem;
    bool ready = false;
    QEventLoop loop;
    stack.value()->provider().prepare([&](const QString &error) {
        problem = error;
        ready = true;
        loop.quit();
    });
    if (!ready)
        loop.exec();
    if (!problem.isEmpty()) {
        *code = fail(verb, problem);
        return nullptr;
    }
    return std::move(stack).value();
}

QString scalarText(const nlohmann::json &v)
{
    if (v.is_null())
        return Tr::tr("(not found)");
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return QString::fromStdString(v.dump());
}

/** The result with its fields in the order given (the store keeps keys sorted). */
json orderedResult(const nlohmann::json &result, const QList<ExtractionField> &fields)
{
    json o = json::object();
    for (const ExtractionField &f : fields) {
        const auto it = result.find(f.name.toStdString());
        o[f.name.toStdString()] = it == result.end() ? json() : json::parse(it->dump());
    }
    return o;
}

} // namespace

int runResultsExtract(const QStringList &args)
{
    const QString verb = QStringLiteral("results extract");
    QCommandLineParser parser;
    PopulationOptions o;
    const QCommandLineOption objective(QStringLiteral("objective"), Tr::tr("What to extract, in words."), Tr::tr("TEXT"));
    const QCommandLineOption field(QStringLiteral("field"), Tr::tr("A field of the result, with an optional hint (repeat the flag)."), Tr::tr("NAME[:HINT]"));
    const QCommandLineOption agent(QStringLiteral("agent"), Tr::tr("Only this agent (default: every agent of the run)."), Tr::tr("NAME"));
    const QCommandLineOption world(QStringLiteral("world"), Tr::tr("One result for the whole world instead of one per agent."));
    parser.addOptions({o.project, objective, field, agent, world, o.json});
    o.addModelOptions(parser);
    parser.addPositionalArgument(QStringLiteral("run"), Tr::tr("The run: its id, or \"last\"."), Tr::tr("RUN"));
    if (int code = parseVerb(parser, args, verb,
                             Tr::tr("Extracts fields from a stored run: one JSON object per agent (or for the whole world), each citing the events it used."), 1);
        code >= 0)
        return code;
    if (!parser.isSet(o.project))
        return fail(verb, Tr::tr("--project is needed: the file that holds the run"), Usage);
    if (!parser.isSet(objective) || parser.value(objective).trimmed().isEmpty())
        return fail(verb, Tr::tr("--objective is needed: what to extract, in words"), Usage);
    if (parser.isSet(agent) && parser.isSet(world))
        return fail(verb, Tr::tr("--agent and --world exclude each other"), Usage);
    QList<ExtractionField> fields;
    for (const QString &f : parser.values(field)) {
        auto parsed = parseExtractionField(f);
        if (!parsed)
            return fail(verb, QStringLiteral("--field: ") + parsed.error(), Usage);
        fields.append(parsed.value());
    }
    if (Status s = checkExtractionFields(fields); !s)
        return fail(verb, QStringLiteral("--field: ") + s.error(), Usage);

    int code = Ok;
    qint64 runId = 0;
    auto project = openRun(parser.value(o.project), parser.positionalArguments().constFirst(), verb, &runId, &code);
    if (!project)
        return code;
    auto job = prepareExtraction(*project, runId, parser.value(objective), fields, parser.value(agent), parser.isSet(world));
    if (!job)
        return fail(verb, job.error());
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    auto stack = readyStack(project.get(), parser, o, config.value(), verb, &code);
    if (!stack)
        return code;

    std::optional<ExtractionOutcome> outcome;
    QEventLoop loop;
    QObject context;
    AnalysisCalls calls(&stack->provider()); // their cost counts into the run's
    runExtraction(stack->scheduler(), std::move(job).value(), stack->defaultModel(), &context, calls.recorder(),
                  [&](ExtractionOutcome result) {
                      outcome = std::move(result);
                      loop.quit();
                  });
    if (!outcome)
        loop.exec();
    if (Status s = calls.store(*project, runId); !s)
        return fail(verb, s.error());
    auto ids = storeExtraction(*project, *outcome);
    if (!ids)
        return fail(verb, ids.error());
    for (size_t i = 0; i < outcome->records.size(); ++i) {
        const ExtractionRecord &r = outcome->records.at(i);
        if (parser.isSet(o.json)) {
            json cited = json::array();
            for (qint64 s : r.citedSeqs)
                cited.push_back(s);
            json line = {{"id", ids.value().at(qsizetype(i))}, {"run", runId}, {"agent", r.agent.toStdString()},
                         {"result", orderedResult(r.result, fields)}, {"cited_events", cited}};
            out(QString::fromStdString(line.dump()));
            continue;
        }
        out(r.agent.isEmpty() ? Tr::tr("The world:") : Tr::tr("%1:").arg(r.agent));
        for (const ExtractionField &f : fields)
            out(QStringLiteral("  %1: %2").arg(f.name, scalarText(r.result.contains(f.name.toStdString()) ? r.result[f.name.toStdString()] : nlohmann::json())));
        QStringList seqs;
        for (qint64 s : r.citedSeqs)
            seqs.append(QString::number(s));
        out(Tr::tr("  cites events: %1").arg(seqs.isEmpty() ? Tr::tr("none") : seqs.join(QStringLiteral(", "))));
    }
    for (const QString &p : outcome->problems)
        err(Tr::tr("troupe %1: %2").arg(verb, p));
    if (!parser.isSet(o.json)) {
        out(Tr::tr("%n result(s) stored in %1 (engine: %2)", nullptr, int(outcome->records.size()))
                .arg(parser.value(o.project), stack->provider().label()));
        out(calls.summary(runId));
    } else {
        err(calls.summary(runId)); // stdout stays one JSON object per result
    }
    return outcome->problems.isEmpty() ? Ok : Failed;
}

int runResultsNormalise(const QStringList &args)
{
    const QString verb = QStringLiteral("results normalise");
    QCommandLineParser parser;
    PopulationOptions o;
    const QCommandLineOption question(QStringLiteral("question"), Tr::tr("The open question whose answers to group."), Tr::tr("QID"));
    const QCommandLineOption k(QStringLiteral("k"), Tr::tr("At most this many labels (default 5)."), Tr::tr("K"), QStringLiteral("5"));
    const QCommandLineOption method(QStringLiteral("method"), Tr::tr("model (ask the model; the offline engine clusters keywords) or keywords (no model)."),
                                    Tr::tr("METHOD"), QStringLiteral("model"));
    parser.addOptions({o.project, question, k, method, o.json});
    o.addModelOptions(parser);
    parser.addPositionalArgument(QStringLiteral("run"), Tr::tr("The run: its id, or \"last\"."), Tr::tr("RUN"));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Groups one question's open answers into at most k labels, each with a count and example quotes."), 1);
        code >= 0)
        return code;
    if (!parser.isSet(o.project))
        return fail(verb, Tr::tr("--project is needed: the file that holds the run"), Usage);
    if (!parser.isSet(question) || parser.value(question).trimmed().isEmpty())
        return fail(verb, Tr::tr("--question is needed: the id of an open question"), Usage);
    bool ok = false;
    const int labels = parser.value(k).toInt(&ok);
    if (!ok || labels < 1 || labels > 100)
        return fail(verb, Tr::tr("--k: expected a whole number from 1 to 100, got \"%1\"").arg(parser.value(k)), Usage);
    const QString how = parser.value(method);
    if (how != QLatin1String("model") && how != QLatin1String("keywords"))
        return fail(verb, Tr::tr("--method: expected model or keywords, got \"%1\"").arg(how), Usage);

    int code = Ok;
    qint64 runId = 0;
    auto project = openRun(parser.value(o.project), parser.positionalArguments().constFirst(), verb, &runId, &code);
    if (!project)
        return code;
    auto open = openAnswers(*project, runId, parser.value(question).trimmed());
    if (!open)
        return fail(verb, open.error());

    std::optional<Result<Normalisation>> result;
    std::optional<AnalysisCalls> calls;
    if (how == QLatin1String("keywords")) {
        result = keywordNormalisation(open.value(), labels);
    } else {
        auto config = Config::load();
        if (!config)
            return fail(verb, config.error());
        auto stack = readyStack(project.get(), parser, o, config.value(), verb, &code);
        if (!stack)
            return code;
        QEventLoop loop;
        QObject context;
        calls.emplace(&stack->provider());
        runNormalisation(stack->scheduler(), open.value(), labels, stack->defaultModel(), &context, calls->recorder(),
                         [&](Result<Normalisation> r) {
                             result = std::move(r);
                             loop.quit();
                         });
        if (!result)
            loop.exec();
        // Paid for whether or not the labels came out: the calls are the run's cost either way.
        if (Status s = calls->store(*project, runId); !s)
            return fail(verb, s.error());
    }
    if (!result->ok())
        return fail(verb, result->error());
    const Normalisation &n = result->value();
    if (Status s = storeNormalisation(*project, runId, n); !s)
        return fail(verb, s.error());
    if (parser.isSet(o.json)) {
        json list = json::array();
        for (const NormalisedLabel &l : n.labels) {
            json agents = json::array(), quotes = json::array();
            for (const QString &a : l.agents)
                agents.push_back(a.toStdString());
            for (const QString &q : l.quotes)
                quotes.push_back(q.toStdString());
            list.push_back({{"label", l.label.toStdString()}, {"count", l.count()}, {"agents", agents}, {"quotes", quotes}});
        }
        out(QString::fromStdString(json{{"run", runId}, {"question", n.questionId.toStdString()}, {"method", n.method.toStdString()},
                                        {"answers", open.value().answers.size()}, {"labels", list}}
                                       .dump()));
        if (calls)
            err(calls->summary(runId)); // stdout stays the one JSON object
        return Ok;
    }
    out(Tr::tr("%1 — %n answer(s), method %2", nullptr, int(open.value().answers.size())).arg(n.question, n.method));
    for (const NormalisedLabel &l : n.labels) {
        out(QStringLiteral("  %1 (%2)").arg(l.label).arg(l.count()));
        for (const QString &q : l.quotes)
            out(QStringLiteral("    \"%1\"").arg(q.simplified()));
    }
    if (calls)
        out(calls->summary(runId));
    return Ok;
}

} // namespace troupe::cli
