#include "secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace troupe::llm {

namespace {
constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
}

QString SecretStore::path()
{
    const QString env = qEnvironmentVariable("TROUPE_SECRETS_FILE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/TroupeStudio/secrets.ini");
}

QString SecretStore::key(const QString &preset)
{
    const QString file = path();
    if (!QFileInfo::exists(file))
        return {};
    QSettings ini(file, QSettings::IniFormat);
    return ini.value(QStringLiteral("keys/") + preset).toString().trimmed();
}

Status SecretStore::setKey(const QString &preset, const QString &value)
{
    const QString file = path();
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!QFileInfo::exists(file)) {
        // Create it owner-only before any secret is written into it.
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return Status::failure(QCoreApplication::translate("SecretStore", "%1: cannot create the key file (%2)").arg(file, f.errorString()));
        f.setPermissions(ownerOnly);
    }
    {
        QSettings ini(file, QSettings::IniFormat);
        if (value.trimmed().isEmpty())
            ini.remove(QStringLiteral("keys/") + preset);
        else
            ini.setValue(QStringLiteral("keys/") + preset, value.trimmed());
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return Status::failure(QCoreApplication::translate("SecretStore", "%1: cannot write the key file").arg(file));
    }
    QFile::setPermissions(file, ownerOnly); // QSettings rewrites the file; keep it private
    return {};
}

} // namespace troupe::llm
