#include "logfile.h"

#include "redact.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

#include <cstring>

namespace troupe {
namespace {

constexpr qint64 kRotateBytes = 10 * 1024 * 1024;

// Qt's levels in order of severity (the enum itself is not ordered: QtInfoMsg is 4).
int severity(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 4;
}

const char *levelName(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return "DEBUG";
    case QtInfoMsg: return "INFO";
    case QtWarningMsg: return "WARNING";
    case QtCriticalMsg: return "ERROR";
    case QtFatalMsg: return "CRITICAL";
    }
    return "?";
}

struct LogState
{
    QRecursiveMutex mutex; // Qt may log from inside the handler (a failing open)
    bool active = false;
    QString path;
    QtMsgType threshold = QtCriticalMsg;
    QFile file;
    QtMessageHandler previousHandler = nullptr;
    QLoggingCategory::CategoryFilter previousFilter = nullptr;
    // Per category, the levels Qt's own rules enabled before ours: only those go on to the
    // previous handler (stderr), so LOGLEVEL=DEBUG fills the file, not the terminal.
    QHash<QByteArray, int> shownBefore; // bit (1 << severity)
};

LogState &state()
{
    static LogState s;
    return s;
}

bool ours(const char *category)
{
    return category && std::strncmp(category, "troupe.", 7) == 0;
}

void filter(QLoggingCategory *category)
{
    LogState &s = state();
    if (s.previousFilter)
        s.previousFilter(category);
    int shown = 0;
    for (QtMsgType t : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
        if (category->isEnabled(t))
            shown |= 1 << severity(t);
    {
        QMutexLocker lock(&s.mutex);
        s.shownBefore.insert(QByteArray(category->categoryName()), shown);
    }
    if (s.active && ours(category->categoryName()))
        for (QtMsgType t : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            if (severity(t) >= severity(s.threshold))
                category->setEnabled(t, true);
}

void write(LogState &s, QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!s.file.isOpen()) {
        QDir().mkpath(QFileInfo(s.path).absolutePath());
        if (QFileInfo(s.path).size() > kRotateBytes) {
            QFile::remove(s.path + QStringLiteral(".1"));
            QFile::rename(s.path, s.path + QStringLiteral(".1"));
        }
        s.file.setFileName(s.path);
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            return;
    }
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
                       + QLatin1String(levelName(type)) + u' '
                       + QLatin1String(context.category ? context.category : "default") + QStringLiteral(": ")
                       + redactSecrets(message).replace(u'\n', QStringLiteral("\n    ")) + u'\n';
    s.file.write(line.toUtf8());
    s.file.flush(); // a crash right after keeps the line
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    bool forward = true;
    {
        QMutexLocker lock(&s.mutex);
        if (s.active && severity(type) >= severity(s.threshold))
            write(s, type, context, message);
        if (s.active && ours(context.category) && type != QtFatalMsg) {
            const auto it = s.shownBefore.constFind(QByteArray(context.category));
            forward = it == s.shownBefore.cend() || (*it & (1 << severity(type)));
        }
    }
    if (!forward)
        return;
    const QString shown = redactSecrets(message);
    if (s.previousHandler)
        s.previousHandler(type, context, shown);
    else
        qt_message_output(type, context, shown); // not reached: Qt always has a handler
}

} // namespace

QString defaultLogFilePath()
{
    const QString env = qEnvironmentVariable("TROUPE_LOG_FILE");
    if (!env.isEmpty())
        return env;
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/TroupeStudio/troupe.log");
}

void installLogFile(const QString &path, QtMsgType threshold)
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen())
            s.file.close();
        s.path = path;
        s.threshold = threshold;
        if (!s.active) {
            s.previousHandler = qInstallMessageHandler(handler);
            s.active = true;
        }
    }
    // Re-runs the filter over every category, ours included.
    QLoggingCategory::CategoryFilter previous = QLoggingCategory::installFilter(filter);
    if (previous != filter)
        s.previousFilter = previous;
}

void removeLogFile()
{
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (!s.active)
            return;
        s.active = false;
        s.file.close();
        qInstallMessageHandler(s.previousHandler);
    }
    QLoggingCategory::installFilter(s.previousFilter);
    s.previousFilter = nullptr;
}

} // namespace troupe
