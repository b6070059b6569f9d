#pragma once

#include "util/result.h"
#include "world/runevent.h"

#include <QStringList>

#include <map>
#include <vector>

namespace troupe {

class RunStore;

/** What a run did, for the results panel and reports. */
struct RunSummary
{
    qint64 runId = 0;
    QString name;
    QString status;
    QString provider;
    QString model;
    int steps = 0;
    QStringList agents;                                   // in order of appearance
    QStringList actionTypes;                              // sorted
    std::map<QString, std::map<QString, int>> actions;    // agent -> type -> count
    std::map<QString, std::map<QString, int>> talk;       // speaker -> listener ("everyone" when untargeted) -> count
    std::vector<int> actionsPerStep;                      // index 0 = step 1
    std::vector<qint64> tokensPerStep;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    int calls = 0;
    int cacheHits = 0;
    double cost = 0;
    bool costComplete = true;
    bool tokensEstimated = false;                         // the offline engine counts, it does not bill
    qint64 durationSeconds = -1;                          // -1: not known (never started)

    int actionCount(const QString &agent, const QString &type) const;
    int talkCount(const QString &from, const QString &to) const;
};

/** Reads a run's events and call log into a summary. */
Result<RunSummary> summarizeRun(const RunStore &store, qint64 runId);
/** The summary of events already in memory (usage left at zero). */
RunSummary summarizeEvents(const RunEvents &events);

} // namespace troupe
