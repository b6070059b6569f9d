#include "config.h"

#include "configkeys.h"
#include "inifile.h"
#include "util/textinput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Config)
};

QString slot(const QString &section, const QString &key)
{
    return (section + u'/' + key).toLower();
}

QString joined(const Diagnostics &problems)
{
    QStringList lines;
    for (const Diagnostic &d : problems)
        lines.append(d.toString());
    return lines.join(u'\n');
}

} // namespace

Config Config::defaults()
{
    static const Config built = [] {
        Config c;
        QFile file(QStringLiteral(":/config.ini"));
        Diagnostics problems;
        if (!file.open(QIODevice::ReadOnly) || !c.merge(file.readAll(), QStringLiteral("config.ini"), &problems))
            qWarning("the built-in config.ini has problems: %s", qPrintable(joined(problems))); // a packaging defect; tst_config checks
        c.m_notices.clear();
        c.m_source = Tr::tr("built-in defaults");
        return c;
    }();
    return built;
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
    const QFileInfo info(path);
    if (!info.exists())
        return Result<Config>::failure(Tr::tr("%1: no such configuration file").arg(path));
    if (!info.isFile())
        return Result<Config>::failure(Tr::tr("%1: not a file").arg(path));
    if (info.size() > kMaxInputFileBytes)
        return Result<Config>::failure(Tr::tr("%1: file is too large to be a config.ini").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Config>::failure(Tr::tr("%1: cannot read the file (%2)").arg(path, file.errorString()));
    return withUserText(file.readAll(), path);
}

Result<Config> Config::fromText(const QByteArray &text, const QString &label)
{
    return withUserText(text, label);
}

Result<Config> Config::withUserText(const QByteArray &text, const QString &label)
{
    Config c = defaults();
    Diagnostics problems;
    if (!c.merge(text, label, &problems))
        return Result<Config>::failure(joined(problems));
    c.m_source = label;
    return c;
}

bool Config::merge(const QByteArray &text, const QString &label, Diagnostics *problems)
{
    const IniParse ini = parseIni(text, label);
    *problems += ini.problems;
    QHash<QString, int> seen; // slot -> line, for keys given twice in one file
    QHash<QString, QString> values;
    int minEpisodeLine = 0, maxEpisodeLine = 0;
    for (const IniEntry &e : ini.entries) {
        const QString key = slot(e.section, e.key);
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            problems->append(Diagnostic{label, e.line, 0, configFieldName(e.section, e.key),
                                        Tr::tr("set twice (also on line %1)").arg(*it)});
            continue;
        }
        seen.insert(key, e.line);
        const ConfigCheck check = checkConfigEntry(e, label);
        if (check.problem) {
            if (!problems->contains(*check.problem)) // an unknown section is said once, at its header
                problems->append(*check.problem);
            continue;
        }
        if (check.notice)
            m_notices.append(check.notice->toString());
        values.insert(key, e.value);
        if (key == QLatin1String("cognition/min_episode_length"))
            minEpisodeLine = e.line;
        if (key == QLatin1String("cognition/max_episode_length"))
            maxEpisodeLine = e.line;
    }
    if (!problems->isEmpty())
        return false;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_values.insert(it.key(), it.value());

    // The one rule that spans two keys: an episode cannot be shorter than its minimum.
    const int minEpisode = m_values.value(QStringLiteral("cognition/min_episode_length")).toInt();
    const int maxEpisode = m_values.value(QStringLiteral("cognition/max_episode_length")).toInt();
    if ((minEpisodeLine || maxEpisodeLine) && maxEpisode < minEpisode) {
        problems->append(Diagnostic{label, maxEpisodeLine ? maxEpisodeLine : minEpisodeLine, 0,
                                    configFieldName(QStringLiteral("Cognition"), QStringLiteral("MAX_EPISODE_LENGTH")),
                                    Tr::tr("must be at least MIN_EPISODE_LENGTH (%1), found %2").arg(minEpisode).arg(maxEpisode)});
        return false;
    }
    return true;
}

QVariant Config::value(const QString &section, const QString &key, const QVariant &fallback) const
{
    const auto it = m_values.constFind(slot(section, key));
    return it == m_values.cend() ? fallback : QVariant(*it);
}

bool Config::flag(const QString &section, const QString &key, bool fallback) const
{
    const auto it = m_values.constFind(slot(section, key));
    if (it == m_values.cend())
        return fallback;
    return parseConfigBoolean(*it).value_or(fallback);
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
