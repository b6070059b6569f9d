#pragma once

#include <QtGlobal>

#include <deque>

namespace troupe::llm {

/**
 * Per-endpoint budgets: requests per minute, tokens per minute and a minimum spacing between
 * requests (WAITING_TIME). reserve() books a slot and says how long to wait for it; with no
 * budget set it never waits.
 */
class RateLimiter final
{
public:
    RateLimiter(int requestsPerMinute, int tokensPerMinute, qint64 minSpacingMs)
        : m_rpm(requestsPerMinute), m_tpm(tokensPerMinute), m_spacing(minSpacingMs) {}

    /** Milliseconds to wait from `nowMs` before sending a request of about `tokens`. */
    qint64 reserve(qint64 nowMs, int tokens);

private:
    struct Slot
    {
        qint64 at;
        int tokens;
    };
    int m_rpm;
    int m_tpm;
    qint64 m_spacing;
    std::deque<Slot> m_slots; // booked sends, in time order
    qint64 m_last = -1;
};

} // namespace troupe::llm
