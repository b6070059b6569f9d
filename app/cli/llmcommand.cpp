#include "llmcommand.h"

#include "cliio.h"
#include "config/config.h"
#include "llm/openaiprovider.h"
#include "llm/providers.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace troupe::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LlmCommand)
};

struct Common
{
    QCommandLineOption provider{QStringLiteral("provider"), Tr::tr("Provider: %1 (default: config.ini API_TYPE).").arg(llm::availableProviders().join(QLatin1Char('|'))), Tr::tr("NAME")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"), Tr::tr("Server URL (OpenAI-compatible servers usually end in /v1)."), Tr::tr("URL")};
    QCommandLineOption model{QStringLiteral("model"), Tr::tr("Model to try (default: config.ini MODEL)."), Tr::tr("M")};
    QCommandLineOption timeout{QStringLiteral("timeout"), Tr::tr("Seconds to wait for the answer (default: config.ini TIMEOUT)."), Tr::tr("S")};
    QCommandLineOption json{QStringLiteral("json"), Tr::tr("Print the result as one JSON object.")};
};

/** The configured network provider, or an exit code with the reason printed. */
std::variant<std::unique_ptr<llm::OpenAiProvider>, int> networkProvider(const QString &verb, QCommandLineParser &parser, const Common &o)
{
    auto config = Config::load();
    if (!config)
        return fail(verb, config.error());
    llm::EndpointFlags flags;
    flags.provider = parser.value(o.provider);
    flags.baseUrl = parser.value(o.baseUrl);
    flags.model = parser.value(o.model);
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        flags.timeoutSeconds = parser.value(o.timeout).toInt(&ok);
        if (!ok || flags.timeoutSeconds <= 0)
            return fail(verb, Tr::tr("--timeout: expected a whole number of seconds, got \"%1\"").arg(parser.value(o.timeout)), Usage);
    }
    auto provider = llm::createProvider(flags, config.value());
    if (!provider)
        return fail(verb, provider.error());
    auto *network = qobject_cast<llm::OpenAiProvider *>(provider.value().get());
    if (!network) {
        out(Tr::tr("%1: nothing to check; it runs inside troupe. Choose a model server with --provider (%2) or API_TYPE in config.ini.")
                .arg(provider.value()->label(), llm::endpointPresets().join(QStringLiteral(", "))));
        return Ok;
    }
    provider.value().release();
    return std::unique_ptr<llm::OpenAiProvider>(network);
}

int check(const QStringList &args)
{
    const QString verb = QStringLiteral("llm check");
    QCommandLineParser parser;
    Common o;
    parser.addOptions({o.provider, o.baseUrl, o.model, o.timeout, o.json});
    if (int code = parseVerb(parser, args, verb,
                             Tr::tr("Sends one tiny request to the model server and reports the model, the latency and "
                                    "which structured-output mode works, or why it fails."),
                             0);
        code >= 0)
        return code;
    auto made = networkProvider(verb, parser, o);
    if (auto *code = std::get_if<int>(&made))
        return *code;
    auto provider = std::move(std::get<0>(made));
    const llm::Endpoint &e = provider->endpoint();

    llm::OpenAiProvider::ProbeResult result;
    QEventLoop loop;
    provider->probe(e.model, [&](llm::OpenAiProvider::ProbeResult r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();

    const QString where = e.baseUrl.toString(QUrl::RemoveUserInfo);
    const QString key = e.apiKey.isEmpty() ? Tr::tr("none") : Tr::tr("from %1").arg(e.keySource);
    if (parser.isSet(o.json)) {
        nlohmann::json notes = nlohmann::json::array();
        for (const QString &n : result.notes)
            notes.push_back(n.toStdString());
        nlohmann::json j = {{"ok", result.ok}, {"provider", e.preset.toStdString()}, {"base_url", where.toStdString()},
                            {"model", e.model.toStdString()}, {"key", key.toStdString()}, {"notes", notes}};
        if (result.ok) {
            j["server_model"] = result.model.toStdString();
            j["latency_ms"] = result.latencyMs;
            j["structured_output"] = llm::structuredModeName(result.mode).toStdString();
        } else {
            j["error"] = result.error.toStdString();
        }
        out(QString::fromStdString(j.dump()));
        return result.ok ? Ok : Failed;
    }
    out(Tr::tr("Provider:          %1 — %2").arg(e.label, where));
    out(Tr::tr("Model:             %1%2").arg(e.model, result.ok && result.model != e.model ? Tr::tr(" (the server calls it %1)").arg(result.model) : QString()));
    out(Tr::tr("API key:           %1").arg(key));
    if (!result.ok) {
        for (const QString &n : result.notes)
            out(Tr::tr("Note:              %1").arg(n));
        return fail(verb, result.error);
    }
    out(Tr::tr("Latency:           %1 ms").arg(result.latencyMs));
    out(Tr::tr("Structured output: %1").arg(llm::structuredModeName(result.mode)));
    for (const QString &n : result.notes)
        out(Tr::tr("Note:              %1").arg(n));
    out(Tr::tr("OK: ready for runs."));
    return Ok;
}

int models(const QStringList &args)
{
    const QString verb = QStringLiteral("llm models");
    QCommandLineParser parser;
    Common o;
    parser.addOptions({o.provider, o.baseUrl, o.model, o.timeout, o.json});
    if (int code = parseVerb(parser, args, verb, Tr::tr("Lists the models the server offers (GET /models)."), 0); code >= 0)
        return code;
    auto made = networkProvider(verb, parser, o);
    if (auto *code = std::get_if<int>(&made))
        return *code;
    auto provider = std::move(std::get<0>(made));
    QStringList names;
    QString error;
    QEventLoop loop;
    provider->listModels([&](QStringList m, QString e) {
        names = std::move(m);
        error = std::move(e);
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty())
        return fail(verb, error);
    if (parser.isSet(o.json)) {
        nlohmann::json list = nlohmann::json::array();
        for (const QString &n : names)
            list.push_back(n.toStdString());
        out(QString::fromStdString(list.dump()));
    } else {
        for (const QString &n : names)
            out(n);
    }
    return Ok;
}

} // namespace

int runLlmCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("check"))
        return check(args.mid(1));
    if (sub == QLatin1String("models"))
        return models(args.mid(1));
    return fail(QStringLiteral("llm"), Tr::tr("expected \"check\" or \"models\" (see troupe --help)"), Usage);
}

} // namespace troupe::cli
