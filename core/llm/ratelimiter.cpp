#include "ratelimiter.h"

#include <algorithm>

namespace troupe::llm {

qint64 RateLimiter::reserve(qint64 nowMs, int tokens)
{
    constexpr qint64 minute = 60000;
    if (m_rpm <= 0 && m_tpm <= 0 && m_spacing <= 0)
        return 0;
    qint64 at = nowMs;
    if (m_spacing > 0 && m_last >= 0)
        at = std::max(at, m_last + m_spacing);
    while (!m_slots.empty() && m_slots.front().at <= at - minute)
        m_slots.pop_front();
    if (m_rpm > 0 && qint64(m_slots.size()) >= m_rpm)
        at = std::max(at, m_slots[m_slots.size() - size_t(m_rpm)].at + minute);
    if (m_tpm > 0) {
        // Wait until the tokens booked in the minute before `at` leave room for this request.
        const int want = std::min(tokens, m_tpm);
        for (;;) {
            qint64 used = 0;
            for (const Slot &s : m_slots)
                if (s.at > at - minute)
                    used += s.tokens;
            if (used + want <= m_tpm)
                break;
            qint64 next = at;
            for (const Slot &s : m_slots)
                if (s.at > at - minute) {
                    next = s.at + minute;
                    break;
                }
            if (next <= at)
                break;
            at = next;
        }
    }
    m_slots.push_back({at, tokens});
    m_last = at;
    return at - nowMs;
}

} // namespace troupe::llm
