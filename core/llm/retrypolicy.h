#pragma once

#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QPair>

#include <optional>
#include <random>

namespace troupe::llm {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/** Whether a failed call is worth repeating: network trouble, 408, 409, 429 and 5xx are. */
bool isRetryable(int httpStatus, QNetworkReply::NetworkError error);

/**
 * Exponential backoff with full jitter: a uniform wait in [0, factor·2^(attempt-1)] seconds,
 * capped at `capMs` (attempt 1 is the first retry).
 */
qint64 backoffMs(int attempt, double factorSeconds, std::mt19937_64 &rng, qint64 capMs = 120000);

/**
 * How long the server asks us to wait, from `retry-after-ms`, `Retry-After` (seconds or an
 * HTTP date) or, when a budget is spent, `x-ratelimit-reset-requests`/`-tokens` ("6m0s",
 * "20ms"). Nothing when the headers do not say.
 */
std::optional<qint64> serverWaitMs(const HeaderList &headers, const QDateTime &utcNow);

/** "1s", "6m0s", "1h2m3.5s", "20ms" → milliseconds. */
std::optional<qint64> parseResetDuration(const QByteArray &text);

} // namespace troupe::llm
