#include "keywordclusters.h"

#include "words.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace troupe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeywordClusters)
};

struct Group
{
    QString seed;
    QList<int> members;
    bool other = false;
};

int sharedStems(const QSet<QString> &text, const Group &group, const std::vector<QSet<QString>> &sets)
{
    QSet<QString> pooled;
    for (int m : group.members)
        pooled.unite(sets[size_t(m)]);
    int n = 0;
    for (const QString &s : text)
        n += pooled.contains(s) ? 1 : 0;
    return n;
}

} // namespace

QList<KeywordCluster> keywordClusters(const QStringList &texts, int k)
{
    k = std::max(1, k);
    std::vector<QSet<QString>> sets;
    QHash<QString, QString> written; // stem → the word as first written
    for (const QString &t : texts) {
        QSet<QString> s;
        for (const QString &w : contentWords(t)) {
            const QString st = stem(w);
            s.insert(st);
            if (!written.contains(st))
                written.insert(st, w);
        }
        sets.push_back(std::move(s));
    }

    std::vector<bool> grouped(sets.size(), false);
    std::vector<Group> groups;
    std::map<QString, int> df; // ordered: ties go to the alphabetically first stem
    for (const QSet<QString> &set : sets)
        for (const QString &st : set)
            ++df[st];
    while (int(groups.size()) < k) {
        std::map<QString, int> ungrouped;
        for (size_t i = 0; i < sets.size(); ++i)
            if (!grouped[i])
                for (const QString &st : sets[i])
                    ++ungrouped[st];
        QString best;
        std::pair<int, int> bestScore{0, 0};
        for (const auto &[st, n] : ungrouped) {
            const std::pair<int, int> score{n, df[st]};
            if (df[st] >= 2 && score > bestScore)
                best = st, bestScore = score;
        }
        if (best.isEmpty())
            break;
        Group g;
        g.seed = best;
        for (size_t i = 0; i < sets.size(); ++i)
            if (!grouped[i] && sets[i].contains(best))
                g.members.append(int(i)), grouped[i] = true;
        groups.push_back(std::move(g));
    }

    // Leftovers: the best-overlapping cluster, else "other".
    QList<int> unmatched;
    std::vector<std::pair<int, size_t>> joins;
    for (size_t i = 0; i < sets.size(); ++i) {
        if (grouped[i])
            continue;
        int bestShared = 0;
        size_t bestGroup = 0;
        for (size_t g = 0; g < groups.size(); ++g) {
            const int n = sharedStems(sets[i], groups[g], sets);
            if (n > bestShared || (n == bestShared && n > 0 && groups[g].members.size() > groups[bestGroup].members.size()))
                bestShared = n, bestGroup = g;
        }
        if (bestShared > 0)
            joins.emplace_back(int(i), bestGroup);
        else
            unmatched.append(int(i));
    }
    for (const auto &[i, g] : joins)
        groups[g].members.append(i);
    if (!unmatched.isEmpty()) {
        Group other;
        other.other = true;
        if (int(groups.size()) >= k) {
            other.members = groups.back().members;
            groups.pop_back();
        }
        other.members += unmatched;
        std::sort(other.members.begin(), other.members.end());
        groups.push_back(std::move(other));
    }
    for (Group &g : groups)
        std::sort(g.members.begin(), g.members.end());
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.other != b.other)
            return !a.other;
        return a.members.size() > b.members.size();
    });

    QList<KeywordCluster> out;
    for (const Group &g : groups) {
        KeywordCluster c;
        c.members = g.members;
        c.other = g.other;
        if (g.other) {
            c.label = Tr::tr("other");
        } else {
            c.label = written.value(g.seed, g.seed);
            std::map<QString, int> within;
            for (int m : g.members)
                for (const QString &s : sets[size_t(m)])
                    if (s != g.seed)
                        ++within[s];
            QString second;
            int secondCount = 0;
            for (const auto &[s, n] : within)
                if (n > secondCount)
                    second = s, secondCount = n;
            if (!second.isEmpty() && secondCount >= 2 && secondCount * 2 > int(g.members.size()))
                c.label += QStringLiteral(" / ") + written.value(second, second);
        }
        out.append(std::move(c));
    }
    return out;
}

} // namespace troupe
