#include "logsetup.h"

#include "util/logfile.h"

#include <QLoggingCategory>

namespace troupe {

Q_LOGGING_CATEGORY(lcConfig, "troupe.config", QtWarningMsg)

QString setupLogging(const Config &config)
{
    const QString level = config.value(QStringLiteral("Logging"), QStringLiteral("LOGLEVEL"), QStringLiteral("ERROR"))
                              .toString().trimmed().toUpper();
    if (level == QLatin1String("NONE")) {
        removeLogFile();
        return {};
    }
    const QtMsgType threshold = level == QLatin1String("DEBUG")     ? QtDebugMsg
                              : level == QLatin1String("INFO")      ? QtInfoMsg
                              : level == QLatin1String("WARNING")   ? QtWarningMsg
                              : level == QLatin1String("CRITICAL")  ? QtFatalMsg
                                                                     : QtCriticalMsg; // ERROR, the default
    const QString path = defaultLogFilePath();
    installLogFile(path, threshold);
    qCInfo(lcConfig).noquote() << "settings from" << config.sourceFile() << "; log level" << level;
    for (const QString &notice : config.notices())
        qCInfo(lcConfig).noquote() << notice;
    return path;
}

} // namespace troupe
