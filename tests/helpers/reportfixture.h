#pragma once

// A finished run to report on: the bundled focus group run by the real CLI on the offline
// engine into a project, read back as the summary and events every report starts from.
#include "analysis/runsummary.h"
#include "store/projectfile.h"
#include "store/runstore.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace troupe::test {

struct StoredRun
{
    QString project;
    qint64 runId = 0;
    RunSummary summary;
    RunEvents events;
    QString error;
};

/** `troupe run SCENARIO --project PROJECT [extra]`, then the run read back from the project. */
inline StoredRun runWithCli(const QString &cli, const QString &scenario, const QString &project, const QStringList &extra = {})
{
    StoredRun out;
    out.project = project;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cli, QStringList{QStringLiteral("run"), scenario, QStringLiteral("--project"), project, QStringLiteral("--no-color")} + extra);
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        out.error = QStringLiteral("troupe run failed: ") + QString::fromUtf8(p.readAll()).right(2000);
        return out;
    }
    auto file = ProjectFile::open(project);
    if (!file) {
        out.error = file.error();
        return out;
    }
    RunStore store(*file.value());
    out.runId = store.latestRun().value();
    auto summary = summarizeRun(store, out.runId);
    auto events = store.events(out.runId);
    if (!summary || !events) {
        out.error = summary.error() + events.error();
        return out;
    }
    out.summary = summary.value();
    out.events = events.value();
    return out;
}

} // namespace troupe::test
