#include "projectsettings.h"

#include "projectfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace troupe {

bool ProjectSettings::looksSecret(const QString &key)
{
    static const QRegularExpression secret(QStringLiteral("(api[_\\-. ]?key|secret|password|passwd|credential|bearer|token$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

Status ProjectSettings::set(const QString &key, const QString &value)
{
    if (looksSecret(key))
        return Status::failure(QCoreApplication::translate("ProjectSettings",
                                   "\"%1\" looks like a secret; secrets are kept in your user settings, never in a project file")
                                   .arg(key));
    return m_project.transaction([&]() -> Status {
        QSqlQuery q(m_project.database());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
        return q.exec() ? Status() : Status::failure(sqlError(q));
    });
}

std::optional<QString> ProjectSettings::value(const QString &key) const
{
    QSqlQuery q(m_project.database());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

} // namespace troupe
