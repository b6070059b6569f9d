#include "config.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace troupe {

Config Config::defaults()
{
    Config c;
    const Status s = c.mergeFile(QStringLiteral(":/config.ini"));
    Q_ASSERT(s.ok()); // built in: cannot be missing
    c.m_source = QCoreApplication::translate("Config", "built-in defaults");
    return c;
}

QString Config::locateUserFile()
{
    const QString env = qEnvironmentVariable("TROUPE_CONFIG");
    if (!env.isEmpty())
        return env;
    return QFileInfo::exists(QStringLiteral("config.ini")) ? QStringLiteral("config.ini") : QString();
}

Result<Config> Config::load()
{
    const QString path = locateUserFile();
    return path.isEmpty() ? Result<Config>(defaults()) : loadFile(path);
}

Result<Config> Config::loadFile(const QString &path)
{
    Config c = defaults();
    if (Status s = c.mergeFile(path); !s)
        return Result<Config>::failure(s.error());
    c.m_source = path;
    return c;
}

Status Config::mergeFile(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Status::failure(QCoreApplication::translate("Config", "%1: no such configuration file").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Status::failure(QCoreApplication::translate("Config", "%1: not a readable INI file").arg(path));
    for (const QString &key : ini.allKeys())
        m_values.insert(key.toLower(), ini.value(key));
    return {};
}

QVariant Config::value(const QString &section, const QString &key, const QVariant &fallback) const
{
    return m_values.value((section + u'/' + key).toLower(), fallback);
}

QStringList Config::keys(const QString &section) const
{
    const QString prefix = section.toLower() + u'/';
    QStringList found;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (it.key().startsWith(prefix))
            found.append(it.key().mid(prefix.size()));
    found.sort();
    return found;
}

} // namespace troupe
