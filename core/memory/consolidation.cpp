#include "consolidation.h"

#include "util/simtime.h"

// What the model reads stays in English whatever the studio's language: a run must send the
// same requests wherever it is resumed.

namespace troupe {

namespace {

bool worthRetelling(const MemoryItem &m)
{
    return m.type == QLatin1String("TALK") || m.type == QLatin1String("CONVERSATION") || m.type == QLatin1String("VISUAL");
}

} // namespace

std::optional<ConsolidationJob> planConsolidation(const EpisodicMemory &memory, const ConsolidationSettings &s,
                                                  const QString &place, int step)
{
    const qsizetype from = memory.consolidatedUpTo();
    if (!s.enabled || memory.size() - from < s.minEpisodeLength)
        return std::nullopt;
    ConsolidationJob job;
    job.from = from;
    job.to = memory.size();
    const int episode = std::max(1, s.maxEpisodeLength);
    for (qsizetype begin = from; begin < job.to; begin += episode) {
        const qsizetype end = std::min<qsizetype>(job.to, begin + episode);
        QStringList digest;
        for (qsizetype k = begin; k < end; ++k) {
            const MemoryItem &m = memory.items()[size_t(k)];
            if (m.content.isEmpty())
                continue;
            const QString line = m.render(s.maxContentLength);
            const bool mine = m.role == MemoryItem::Role::Action;
            job.texts.append(line);
            job.engrams.push_back({mine ? QStringLiteral("action") : QStringLiteral("stimulus"), line, m.step});
            if (worthRetelling(m))
                digest.append((mine ? QStringLiteral("I said") : m.source.isEmpty() ? m.type : m.source) + QStringLiteral(": ")
                              + m.content.left(160));
        }
        if (!digest.isEmpty()) {
            const MemoryItem &first = memory.items()[size_t(begin)];
            const QString text = QStringLiteral("Episode at %1 (%2): %3")
                                     .arg(simTimeText(first.time, true), place,
                                          digest.join(QStringLiteral(" / ")));
            job.texts.append(text);
            job.engrams.push_back({QStringLiteral("episode"), text, step});
        }
    }
    return job;
}

bool finishConsolidation(EpisodicMemory &episodic, SemanticMemory &semantic, const ConsolidationJob &job,
                         const std::vector<std::vector<float>> &vectors)
{
    if (vectors.size() != job.engrams.size())
        return false;
    for (size_t k = 0; k < job.engrams.size(); ++k)
        semantic.add(job.engrams[k], vectors[k]);
    episodic.setConsolidatedUpTo(job.to);
    return true;
}

} // namespace troupe
