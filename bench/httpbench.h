#pragma once

#include <QList>
#include <QPair>

/**
 * Runs through the real gateway over HTTP to the fake server (its own process, answering
 * after a fixed latency): for each (agents, concurrency) case one step's wall time against
 * ceil(N / C) x latency without a project and through the run engine into a project file,
 * replay from the project's cache in events per second, CPU per agent-turn and peak memory.
 * Each case runs in a process of its own (runHttpCase), so the figures do not mix.
 */
int runHttpBench(const QList<QPair<int, int>> &cases, int latencyMs, int steps);
int runHttpCase(int agents, int concurrency, int latencyMs, int steps, const QString &only = {});
