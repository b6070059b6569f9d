#include "retrypolicy.h"

#include "clock.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

namespace troupe::llm {

Clock::~Clock() = default;

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }
    void after(qint64 ms, QObject *context, std::function<void()> fn) override
    {
        QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(0, ms)), context, std::move(fn));
    }

private:
    QElapsedTimer m_timer;
};

QByteArray header(const HeaderList &headers, const char *name)
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    return {};
}

std::optional<QDateTime> parseHttpDate(const QByteArray &text)
{
    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT".
    QString s = QString::fromLatin1(text).trimmed();
    if (s.endsWith(QLatin1String(" GMT")) || s.endsWith(QLatin1String(" UTC")))
        s.chop(4);
    const QDateTime t = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!t.isValid())
        return std::nullopt;
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

} // namespace

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

bool isRetryable(int httpStatus, QNetworkReply::NetworkError error)
{
    if (httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500)
        return true;
    if (httpStatus > 0)
        return false;
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::OperationCanceledError: // we cancelled it on purpose
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        return true; // refused, reset, timeout, DNS hiccups, TLS renegotiation...
    }
}

qint64 backoffMs(int attempt, double factorSeconds, std::mt19937_64 &rng, qint64 capMs)
{
    const double ceiling = std::min(double(capMs), factorSeconds * 1000.0 * std::pow(2.0, std::max(0, attempt - 1)));
    if (ceiling <= 0)
        return 0;
    std::uniform_real_distribution<double> uniform(0.0, ceiling);
    return qint64(uniform(rng));
}

std::optional<qint64> parseResetDuration(const QByteArray &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    const QString s = QString::fromLatin1(text).trimmed();
    if (s.isEmpty())
        return std::nullopt;
    bool plain = false;
    const double seconds = s.toDouble(&plain);
    if (plain)
        return qint64(seconds * 1000);
    double ms = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() != consumed)
            return std::nullopt;
        consumed = m.capturedEnd();
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        ms += unit == QLatin1String("h") ? v * 3600000 : unit == QLatin1String("m") ? v * 60000 : unit == QLatin1String("s") ? v * 1000 : v;
    }
    if (consumed != s.size())
        return std::nullopt;
    return qint64(ms);
}

std::optional<qint64> serverWaitMs(const HeaderList &headers, const QDateTime &utcNow)
{
    if (const QByteArray ms = header(headers, "retry-after-ms"); !ms.isEmpty()) {
        bool ok = false;
        const double v = ms.toDouble(&ok);
        if (ok && v >= 0)
            return qint64(v);
    }
    if (const QByteArray ra = header(headers, "retry-after"); !ra.isEmpty()) {
        bool ok = false;
        const double seconds = ra.toDouble(&ok);
        if (ok && seconds >= 0)
            return qint64(seconds * 1000);
        if (auto when = parseHttpDate(ra))
            return std::max<qint64>(0, utcNow.msecsTo(*when));
    }
    // OpenAI-style budgets: wait for whichever spent budget resets.
    std::optional<qint64> wait;
    const std::pair<const char *, const char *> budgets[] = {
        {"x-ratelimit-remaining-requests", "x-ratelimit-reset-requests"},
        {"x-ratelimit-remaining-tokens", "x-ratelimit-reset-tokens"},
    };
    for (const auto &[remaining, reset] : budgets) {
        const QByteArray left = header(headers, remaining);
        if (left.isEmpty() || left.toLongLong() > 0)
            continue;
        if (auto d = parseResetDuration(header(headers, reset)))
            wait = std::max(wait.value_or(0), *d);
    }
    return wait;
}

} // namespace troupe::llm
