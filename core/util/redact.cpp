#include "redact.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace troupe {
namespace {

QMutex &registryMutex()
{
    static QMutex m;
    return m;
}

QSet<QString> &registry()
{
    static QSet<QString> secrets;
    return secrets;
}

} // namespace

void registerSecret(const QString &secret)
{
    const QString s = secret.trimmed();
    if (s.size() < 4)
        return;
    QMutexLocker lock(&registryMutex());
    registry().insert(s);
}

QString redactSecrets(QString text, const QString &secret)
{
    static const QString redacted = QStringLiteral("[redacted]");
    if (secret.size() >= 4)
        text.replace(secret, redacted);
    {
        QMutexLocker lock(&registryMutex());
        for (const QString &s : std::as_const(registry()))
            text.replace(s, redacted);
    }
    // Key-shaped words: OpenAI/OpenRouter "sk-..." (also partially masked echoes like
    // "sk-abc***xyz"), and "Bearer <token>".
    static const QRegularExpression keyLike(QStringLiteral("\\bsk-[A-Za-z0-9_\\-\\*]{6,}"));
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)\\S+"), QRegularExpression::CaseInsensitiveOption);
    text.replace(keyLike, redacted);
    text.replace(bearer, QStringLiteral("\\1") + redacted);
    return text;
}

} // namespace troupe
