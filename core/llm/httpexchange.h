#pragma once

#include "httptransport.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <random>

namespace troupe::llm {

class Clock;
class RateLimiter;

/** How one exchange behaves when the server is slow or failing. */
struct HttpSettings
{
    int connectTimeoutMs = 10000;
    int requestTimeoutMs = 60000;
    int maxAttempts = 5;
    double backoffFactor = 5.0;
    qint64 longestServerWaitMs = 600000; // a Retry-After longer than this fails instead
};

/** How an exchange ended. */
struct HttpOutcome
{
    bool ok = false; // a 2xx reply arrived
    int status = 0;  // HTTP status; 0 when none arrived
    QNetworkReply::NetworkError network = QNetworkReply::NoError;
    QString networkText;
    HeaderList headers;
    QByteArray body;
    bool timedOut = false;
    bool cancelled = false;
    int attempts = 0;
    qint64 latencyMs = 0; // the last attempt, send to end
    qint64 waitedMs = 0;  // spent waiting for retries and rate limits
};

/**
 * One HTTP request with timeouts, retries and rate limits: connect and whole-request
 * timeouts; 408/409/429/5xx and network errors retried with exponential backoff and full
 * jitter, or as long as the server's Retry-After / rate-limit reset says; other replies
 * returned as they are. Streamed bytes are passed on as they arrive. Deletes itself after
 * calling `done`, which is called exactly once, also when cancelled.
 */
class HttpExchange final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(HttpOutcome)>;
    using Data = std::function<void(const QByteArray &bytes, int attempt)>;

    HttpExchange(HttpTransport *transport, Clock &clock, RateLimiter *limiter, std::mt19937_64 &rng,
                 HttpSettings settings, QObject *parent);
    ~HttpExchange() override;

    /** POSTs `body` (GET when it is null); `tokens` is the estimate for the rate limiter. */
    void start(QNetworkRequest request, QByteArray body, int tokens, Done done, Data onData = {});
    /** Aborts now; `done` gets `cancelled`. */
    void cancel();

private:
    void attempt();
    void send();
    void finished();
    void complete();

    HttpTransport *m_transport;
    Clock &m_clock;
    RateLimiter *m_limiter;
    std::mt19937_64 &m_rng;
    HttpSettings m_settings;
    QNetworkRequest m_request;
    QByteArray m_body;
    int m_tokens = 0;
    Done m_done;
    Data m_onData;
    QPointer<HttpCall> m_reply;
    QTimer m_connectTimer;
    QTimer m_requestTimer;
    QElapsedTimer m_latency;
    HttpOutcome m_outcome;
    bool m_timedOut = false;
    bool m_finished = false;
};

/** "Authorization: Bearer [redacted]"-style header text for debug logs. */
QString redactedHeaders(const QNetworkRequest &request);

} // namespace troupe::llm
