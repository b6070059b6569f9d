#pragma once

#include "world/world.h"

#include <QEventLoop>
#include <QTimer>

namespace troupe::test {

/** Runs `steps` and waits; returns the pause reason, or an empty string when it finished. */
inline QString runAndWait(World &world, int steps, int timeoutMs = 120000)
{
    QEventLoop loop;
    QString reason;
    QObject::connect(&world, &World::finished, &loop, &QEventLoop::quit);
    QObject::connect(&world, &World::paused, &loop, [&](const QString &r) {
        reason = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        reason = QStringLiteral("timed out");
        loop.quit();
    });
    world.run(steps);
    loop.exec();
    return reason;
}

/** Every event the world announces, in order. */
struct EventCollector
{
    RunEvents events;
    explicit EventCollector(World &world)
    {
        QObject::connect(&world, &World::eventsAppended, &world, [this](const RunEvents &batch) { events += batch; });
    }
    QStringList lines() const
    {
        QStringList out;
        for (const RunEvent &e : events)
            out.append(QString::fromStdString(e.toJson().dump()));
        return out;
    }
};

} // namespace troupe::test
