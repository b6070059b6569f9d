#pragma once

#include <QDateTime>
#include <QObject>

#include <functional>

namespace troupe::llm {

/**
 * Time for retries and rate limits. The real one uses the system clock and QTimer; tests
 * pass their own to check waits without sleeping.
 */
class Clock
{
public:
    virtual ~Clock();
    virtual qint64 nowMs() const = 0;       // monotonic
    virtual QDateTime utcNow() const = 0;   // wall clock, for HTTP dates
    /** Runs `fn` after `ms` on `context`'s thread (not if `context` is gone). */
    virtual void after(qint64 ms, QObject *context, std::function<void()> fn) = 0;

    static Clock &system();
};

} // namespace troupe::llm
