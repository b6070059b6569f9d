#include "cliio.h"

#include <QCoreApplication>

#include <cstdio>

namespace troupe::cli {

void out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void err(const QString &line)
{
    std::fflush(stdout);
    std::fputs(line.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

int fail(const QString &verb, const QString &message, int code)
{
    err(QStringLiteral("troupe %1: %2").arg(verb, message));
    return code;
}

int parseVerb(QCommandLineParser &parser, const QStringList &args, const QString &verb,
              const QString &description, int minPositional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return fail(verb, parser.errorText(), Usage);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("troupe"));
        text.replace(QStringLiteral("Usage: troupe"), QStringLiteral("Usage: troupe ") + verb);
        std::fputs(text.toUtf8().constData(), stdout);
        return Ok;
    }
    if (parser.positionalArguments().size() < minPositional)
        return fail(verb, QCoreApplication::translate("Cli", "missing arguments (see troupe %1 --help)").arg(verb), Usage);
    return -1;
}

} // namespace troupe::cli
