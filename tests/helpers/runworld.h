#pragma once

#include "session/runrebuild.h"
#include "store/runstore.h"
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

/** A run row for a world driven by hand in a test. */
inline qint64 newRun(RunStore &store, const QString &name, quint64 seed, const nlohmann::ordered_json &scenario)
{
    RunStore::NewRun r;
    r.name = name;
    r.seed = seed;
    r.scenario = scenario;
    return store.createRun(r).value();
}

/** A stored run rebuilt as it was after its last stored step. */
inline std::unique_ptr<World> rebuild(const RunStore &store, qint64 runId, llm::CallScheduler *scheduler,
                                      const Scenario::BuildOptions &options)
{
    auto record = store.run(runId);
    if (!record)
        qFatal("%s", qPrintable(record.error()));
    auto world = rebuildRun(store, record.value(), scheduler, options);
    if (!world)
        qFatal("%s", qPrintable(world.error()));
    return std::move(world).value();
}

} // namespace troupe::test
