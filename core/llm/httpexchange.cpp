#include "httpexchange.h"

#include "clock.h"
#include "ratelimiter.h"
#include "secretstore.h"

#include <QLoggingCategory>

namespace troupe::llm {

Q_LOGGING_CATEGORY(lcHttp, "troupe.http", QtWarningMsg)
// One line per finished attempt, for the log file (LOGLEVEL); off on stderr by default.
Q_LOGGING_CATEGORY(lcCalls, "troupe.http.calls", QtCriticalMsg)

QString redactedHeaders(const QNetworkRequest &request)
{
    QStringList lines;
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        const bool secret = lower == "authorization" || lower == "api-key" || lower.contains("key") || lower.contains("token");
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ")
                     + (secret ? QStringLiteral("[redacted]") : QString::fromLatin1(request.rawHeader(name))));
    }
    return lines.join(QStringLiteral("; "));
}

HttpExchange::HttpExchange(HttpTransport *transport, Clock &clock, RateLimiter *limiter, std::mt19937_64 &rng,
                           HttpSettings settings, QObject *parent)
    : QObject(parent), m_transport(transport), m_clock(clock), m_limiter(limiter), m_rng(rng), m_settings(settings)
{
    m_connectTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
    auto expire = [this] {
        if (!m_reply)
            return;
        m_timedOut = true;
        m_reply->abort();
    };
    connect(&m_connectTimer, &QTimer::timeout, this, expire);
    connect(&m_requestTimer, &QTimer::timeout, this, expire);
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        delete m_reply; // aborts it
    }
}

void HttpExchange::start(QNetworkRequest request, QByteArray body, int tokens, Done done, Data onData)
{
    m_request = std::move(request);
    m_body = std::move(body);
    m_tokens = tokens;
    m_done = std::move(done);
    m_onData = std::move(onData);
    attempt();
}

void HttpExchange::cancel()
{
    if (m_finished)
        return;
    m_outcome.cancelled = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows and completes
        return;
    }
    complete(); // waiting between attempts
}

void HttpExchange::attempt()
{
    if (m_finished || m_outcome.cancelled)
        return;
    const qint64 wait = m_limiter ? m_limiter->reserve(m_clock.nowMs(), m_tokens) : 0;
    if (wait <= 0) {
        send();
        return;
    }
    m_outcome.waitedMs += wait;
    qCDebug(lcHttp) << "rate limit: waiting" << wait << "ms before" << m_request.url().toString(QUrl::RemoveQuery);
    m_clock.after(wait, this, [this] { send(); });
}

void HttpExchange::send()
{
    if (m_finished || m_outcome.cancelled)
        return;
    ++m_outcome.attempts;
    m_timedOut = false;
    qCDebug(lcHttp).noquote() << (m_body.isNull() ? "GET" : "POST") << m_request.url().toString(QUrl::RemoveQuery)
                              << "attempt" << m_outcome.attempts << "headers:" << redactedHeaders(m_request);
    m_latency.start();
    m_reply = m_transport->send(m_request, m_body);
    m_reply->setParent(this); // goes with the exchange at the latest
    m_connectTimer.start(m_settings.connectTimeoutMs);
    m_requestTimer.start(m_settings.requestTimeoutMs);
    connect(m_reply, &HttpCall::sent, this, [this] { m_connectTimer.stop(); });
    const int attemptNo = m_outcome.attempts;
    connect(m_reply, &HttpCall::readyRead, this, [this, attemptNo] {
        m_connectTimer.stop();
        const int status = m_reply->status();
        if (!m_onData || status < 200 || status >= 300)
            return; // error bodies are read whole at the end
        const QByteArray bytes = m_reply->readAll();
        m_outcome.body += bytes;
        m_onData(bytes, attemptNo);
    });
    connect(m_reply, &HttpCall::finished, this, &HttpExchange::finished);
}

void HttpExchange::finished()
{
    m_connectTimer.stop();
    m_requestTimer.stop();
    HttpCall *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_outcome.latencyMs = m_latency.elapsed();
    m_outcome.status = reply->status();
    m_outcome.network = reply->error();
    m_outcome.networkText = reply->errorString();
    m_outcome.headers = reply->headers();
    m_outcome.networkText = redactSecrets(m_outcome.networkText);
    const bool streamed = m_onData && m_outcome.status >= 200 && m_outcome.status < 300;
    if (!streamed)
        m_outcome.body.clear();
    const QByteArray rest = reply->readAll();
    m_outcome.body += rest;
    if (streamed && !rest.isEmpty())
        m_onData(rest, m_outcome.attempts);
    m_outcome.timedOut = m_timedOut;
    qCDebug(lcHttp) << "status" << m_outcome.status << "network" << m_outcome.network << "in" << m_outcome.latencyMs << "ms";
    const QString where = m_request.url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (!m_timedOut && m_outcome.network == QNetworkReply::NoError && m_outcome.status >= 200 && m_outcome.status < 300)
        qCInfo(lcCalls).noquote() << where << "status" << m_outcome.status << "in" << m_outcome.latencyMs << "ms, attempt"
                                  << m_outcome.attempts;
    else if (!m_outcome.cancelled) // the server's own words help most; the log file redacts them
        qCWarning(lcCalls).noquote() << where << "attempt" << m_outcome.attempts << "failed: status" << m_outcome.status
                                     << (m_timedOut ? QStringLiteral("(timed out)") : m_outcome.networkText) << "body:"
                                     << QString::fromUtf8(m_outcome.body.left(300)).simplified();

    if (m_outcome.cancelled) {
        complete();
        return;
    }
    m_outcome.ok = !m_timedOut && m_outcome.network == QNetworkReply::NoError && m_outcome.status >= 200 && m_outcome.status < 300;
    const bool retry = !m_outcome.ok && (m_timedOut || isRetryable(m_outcome.status, m_outcome.network));
    if (!retry || m_outcome.attempts >= m_settings.maxAttempts) {
        complete();
        return;
    }
    std::optional<qint64> wait;
    if (m_outcome.status == 429 || m_outcome.status == 503)
        wait = serverWaitMs(m_outcome.headers, m_clock.utcNow());
    if (wait && *wait > m_settings.longestServerWaitMs) {
        complete(); // the caller reports the server's wait; we do not hang for it
        return;
    }
    const qint64 delay = wait ? *wait : backoffMs(m_outcome.attempts, m_settings.backoffFactor, m_rng);
    m_outcome.waitedMs += delay;
    qCDebug(lcHttp) << "retrying in" << delay << "ms" << (wait ? "(server asked)" : "(backoff)");
    m_clock.after(delay, this, [this] { attempt(); });
}

void HttpExchange::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_requestTimer.stop();
    Done done = std::move(m_done);
    HttpOutcome outcome = std::move(m_outcome);
    deleteLater();
    if (done)
        done(std::move(outcome));
}

} // namespace troupe::llm
