#pragma once

// Runs a bundled scenario of a project on the offline engine through RunSession, as the
// studio does, and waits for it: the stored run GUI tests inspect and replay.

#include "session/runsession.h"
#include "store/personastore.h"
#include "store/projectfile.h"
#include "store/scenariostore.h"

#include <QSignalSpy>
#include <QTest>

namespace troupe::test {

inline qint64 runOffline(const QString &projectPath, const QString &scenario, int steps)
{
    auto project = ProjectFile::open(projectPath);
    if (!project)
        return 0;
    auto design = ScenarioStore(*project.value()).load(scenario);
    if (!design)
        return 0;
    RunRequest request;
    request.projectPath = projectPath;
    request.scenario = ScenarioStore::resolve(design.value(), PersonaStore(*project.value())).scenario;
    request.endpoint.provider = QStringLiteral("offline");
    request.steps = steps;
    project.value().reset();
    RunSession session;
    QSignalSpy opened(&session, &RunSession::opened);
    session.open(request);
    if (!opened.wait(20000))
        return 0;
    session.run();
    if (!QTest::qWaitFor([&] { return session.state() == RunSession::State::Finished || session.state() == RunSession::State::Failed; }, 60000))
        return 0;
    return session.state() == RunSession::State::Finished ? session.runId() : 0;
}

} // namespace troupe::test
