#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace troupe::cli {

/** Exit codes of `troupe`: documented in README and `troupe --help`. */
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

void out(const QString &line);
void err(const QString &line);
/** Prints "troupe <verb>: <message>" on stderr and returns `code`. */
int fail(const QString &verb, const QString &message, int code = Failed);

/**
 * Parses `args` (starting with the verb) with `parser`, handling --help and usage errors:
 * returns -1 to continue, otherwise the exit code to return.
 */
int parseVerb(QCommandLineParser &parser, const QStringList &args, const QString &verb,
              const QString &description, int minPositional);

} // namespace troupe::cli
