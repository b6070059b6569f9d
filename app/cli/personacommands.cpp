#include "personacommands.h"

#include "cliio.h"
#include "persona/personaparser.h"
#include "store/personastore.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace troupe::cli {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QCommandLineOption projectOption()
{
    return QCommandLineOption({QStringLiteral("p"), QStringLiteral("project")},
                              Tr::tr("The project file (*.troupe)."), Tr::tr("file"));
}

int validate(const QStringList &args)
{
    const QString verb = QStringLiteral("persona validate");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("files"), Tr::tr("Agent (.agent.json) or fragment (.fragment.json) files."),
                                 Tr::tr("FILE..."));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Checks agent and fragment files; prints one line per problem."), 1);
        code >= 0)
        return code;
    int bad = 0;
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files) {
        const auto outcome = PersonaParser::parseFile(file);
        if (!outcome.document) {
            ++bad;
            for (const Diagnostic &d : outcome.diagnostics)
                err(d.toString());
            continue;
        }
        out(Tr::tr("%1: valid %2 \"%3\"").arg(file, PersonaDocument::kindName(outcome.document->kind()),
                                           outcome.document->name()));
    }
    if (files.size() > 1)
        out(Tr::tr("%1 valid, %2 invalid").arg(files.size() - bad).arg(bad));
    return bad ? Failed : Ok;
}

// Opens the --project file (creating it when `create`); on failure prints why and sets *exitCode.
std::unique_ptr<ProjectFile> openProject(const QCommandLineParser &parser, const QString &verb, bool create, int *exitCode)
{
    const QString path = parser.value(QStringLiteral("project"));
    if (path.isEmpty()) {
        *exitCode = fail(verb, Tr::tr("--project is required"), Usage);
        return nullptr;
    }
    const bool creating = create && !QFileInfo::exists(path);
    auto opened = creating ? ProjectFile::create(path) : ProjectFile::open(path);
    if (!opened) {
        *exitCode = fail(verb, opened.error());
        return nullptr;
    }
    if (creating)
        out(Tr::tr("created project %1").arg(path));
    return std::move(opened).value();
}

int import(const QStringList &args)
{
    const QString verb = QStringLiteral("persona import");
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addPositionalArgument(QStringLiteral("files"), Tr::tr("Agent or fragment files to import."), Tr::tr("FILE..."));
    if (int code = parseVerb(parser, args, verb,
                             Tr::tr("Imports agents and fragments into a project (created when missing). Nothing is "
                                "imported unless every file is valid; a persona with the same name is replaced."), 1);
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("project")))
        return fail(verb, Tr::tr("--project is required"), Usage);

    QList<PersonaDocument> documents;
    QStringList sources;
    bool bad = false;
    for (const QString &file : parser.positionalArguments()) {
        auto outcome = PersonaParser::parseFile(file);
        if (!outcome.document) {
            bad = true;
            for (const Diagnostic &d : outcome.diagnostics)
                err(d.toString());
            continue;
        }
        documents << std::move(*outcome.document);
        sources << QFileInfo(file).fileName();
    }
    if (bad)
        return fail(verb, Tr::tr("nothing imported: fix the files above first"));

    int code = Ok;
    const auto project = openProject(parser, verb, true, &code);
    if (!project)
        return code;
    PersonaStore store(*project);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const auto saved = store.save(documents[i], sources[i]);
        if (!saved)
            return fail(verb, saved.error());
        out((saved.value() == PersonaStore::SaveOutcome::Added ? Tr::tr("imported %1 \"%2\"") : Tr::tr("replaced %1 \"%2\""))
                .arg(PersonaDocument::kindName(documents[i].kind()), documents[i].name()));
    }
    return Ok;
}

int list(const QStringList &args)
{
    const QString verb = QStringLiteral("persona list");
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print a JSON array for scripts.")));
    if (int code = parseVerb(parser, args, verb, Tr::tr("Lists the agents and fragments of a project."), 0); code >= 0)
        return code;
    int code = Ok;
    const auto project = openProject(parser, verb, false, &code);
    if (!project)
        return code;
    const auto rows = PersonaStore(*project).list();
    if (!rows)
        return fail(verb, rows.error());

    if (parser.isSet(QStringLiteral("json"))) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const StoredSpecInfo &r : rows.value())
            array.push_back({{"name", r.name.toStdString()},
                             {"kind", PersonaDocument::kindName(r.kind).toStdString()},
                             {"summary", r.summary.toStdString()},
                             {"source_file", r.sourceFile.toStdString()},
                             {"updated_at", r.updatedAt.toString(Qt::ISODateWithMs).toStdString()}});
        out(QString::fromStdString(array.dump(2)));
        return Ok;
    }
    qsizetype width = 4;
    for (const StoredSpecInfo &r : rows.value())
        width = std::max(width, r.name.size());
    out(Tr::tr("NAME").leftJustified(width + 2) + Tr::tr("KIND").leftJustified(10) + Tr::tr("SUMMARY"));
    for (const StoredSpecInfo &r : rows.value())
        out(r.name.leftJustified(width + 2) + PersonaDocument::kindName(r.kind).leftJustified(10) + r.summary);
    return Ok;
}

int exportSpec(const QStringList &args)
{
    const QString verb = QStringLiteral("persona export");
    QCommandLineParser parser;
    parser.addOption(projectOption());
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        Tr::tr("Where to write (default: standard output)."), Tr::tr("file")));
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The persona or fragment to export."), Tr::tr("NAME"));
    if (int code = parseVerb(parser, args, verb,
                             Tr::tr("Writes a persona as a TinyTroupe .agent.json (or a fragment as .fragment.json)."), 1);
        code >= 0)
        return code;
    int code = Ok;
    const auto project = openProject(parser, verb, false, &code);
    if (!project)
        return code;
    const auto document = PersonaStore(*project).load(parser.positionalArguments().first());
    if (!document)
        return fail(verb, document.error());
    const QByteArray json = document.value().toJson();
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return Ok;
    }
    QSaveFile file(output); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(verb, Tr::tr("cannot write %1: %2").arg(output, file.errorString()));
    out(Tr::tr("wrote %1").arg(output));
    return Ok;
}

} // namespace

int runPersonaCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("validate"))
        return validate(args);
    if (verb == QLatin1String("import"))
        return import(args);
    if (verb == QLatin1String("list"))
        return list(args);
    if (verb == QLatin1String("export"))
        return exportSpec(args);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        out(Tr::tr("Usage: troupe persona <validate|import|list|export> [options]\n\n"
               "  validate FILE...                      check agent and fragment files\n"
               "  import FILE... --project P.troupe     import them into a project\n"
               "  list --project P.troupe [--json]      list a project's agents and fragments\n"
               "  export NAME --project P.troupe [-o OUT.agent.json]\n"
               "                                        write one back as TinyTroupe JSON\n\n"
               "Run troupe persona <verb> --help for details."));
        return verb.isEmpty() ? Usage : Ok;
    }
    return fail(QStringLiteral("persona"), Tr::tr("unknown verb \"%1\" (validate, import, list, export)").arg(verb), Usage);
}

} // namespace troupe::cli
