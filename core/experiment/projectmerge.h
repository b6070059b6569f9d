#pragma once

#include "util/result.h"

#include <QStringList>

namespace troupe {

struct MergeReport
{
    int projects = 0;
    int runs = 0;
    QStringList experiments;
};

/**
 * `troupe project merge A B ... -o OUT`: a new project with every run of the inputs (shards
 * of an experiment run on other machines), each with its events, model calls (and so its
 * engine, cost and cache), memories, states, study rows and answers. Run ids are renumbered,
 * forks keep their parent. Studies and experiments are taken once; projects whose
 * experiments of the same name have different definitions are refused before anything is
 * written. People and populations stay in their projects (the runs hold their own copies).
 */
Result<MergeReport> mergeProjects(const QStringList &inputs, const QString &output);

} // namespace troupe
