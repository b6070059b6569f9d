#pragma once

#include "llm/clock.h"

#include <QList>
#include <QTimer>

namespace troupe::test {

/** A clock that records every wait asked of it and runs the callback at once. */
class FakeClock final : public llm::Clock
{
public:
    QList<qint64> waits;
    qint64 now = 0;
    qint64 nowMs() const override { return now; }
    QDateTime utcNow() const override { return QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC); }
    void after(qint64 ms, QObject *context, std::function<void()> fn) override
    {
        waits.append(ms);
        now += ms;
        QTimer::singleShot(0, context, std::move(fn));
    }
};

} // namespace troupe::test
