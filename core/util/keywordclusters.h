#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace troupe {

/** One group of texts that share a keyword. */
struct KeywordCluster
{
    QString label;        // the shared keyword(s) as written ("price / fee"), or "other"
    QList<int> members;   // indices into the texts, ascending
    bool other = false;   // the group of texts that share no keyword with any group
};

/**
 * Groups texts into at most `k` clusters by shared keywords, deterministically (no model):
 *
 *  1. Each text becomes a set of keyword stems: its content words (util/words.h: lower case,
 *     no stop words, at least 3 letters), each cut by stem() so "prices" meets "price".
 *  2. Greedy grouping: a keyword is shared when at least 2 texts hold it. The shared stem
 *     found in the most texts not yet grouped (ties: in the most texts overall, then the
 *     stem's alphabetical order) seeds a cluster of every ungrouped text that holds it.
 *     Repeated until k clusters exist or no ungrouped text holds a shared stem.
 *  3. A text left over joins the cluster whose texts share most of its stems (ties: the
 *     larger cluster, then the earlier). Texts sharing nothing with any cluster go to an
 *     "other" cluster; if that would exceed k, the last (smallest-seeded) cluster is folded
 *     into "other" to make room.
 *  4. A label is the seed keyword as it was first written; a second keyword found in more
 *     than half of the cluster's texts, and in at least two, is added ("price / fee").
 *
 * Every text is in exactly one cluster; clusters are ordered by size, largest first (ties:
 * the earlier-seeded), "other" last. k below 1 counts as 1.
 */
QList<KeywordCluster> keywordClusters(const QStringList &texts, int k);

} // namespace troupe
