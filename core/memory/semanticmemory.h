#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace troupe {

/** A piece of semantic memory: an action, a stimulus, an episode digest or a document. */
struct Engram
{
    QString kind; // "action", "stimulus", "episode", "document"
    QString text;
    int step = 0;
};

/**
 * Engrams with their embeddings, searched by cosine similarity. Vectors are normalised on
 * insertion and kept in one contiguous array. A query over a small memory is one pass of
 * dot products plus a partial sort. Over a large one, a first pass over int8 copies of the
 * vectors (a quarter of the bytes to read) picks candidates, many more than asked for, and
 * the candidates are scored exactly as the small-memory pass scores everything; measured
 * by `troupe-bench` at 100,000 engrams.
 */
class SemanticMemory final
{
public:
    struct Hit
    {
        qsizetype index;
        float score;
    };

    /** Adds an engram; the first one fixes the dimension, later mismatches are refused. */
    bool add(Engram engram, std::vector<float> embedding);
    /** Adds one as stored (already normalised): renormalising could move the last bits, and a resumed run must rank exactly as before. */
    bool addStored(Engram engram, const std::vector<float> &normalised);
    qsizetype size() const { return qsizetype(m_engrams.size()); }
    int dimensions() const { return m_dimensions; }
    const Engram &engram(qsizetype index) const { return m_engrams[size_t(index)]; }
    const float *vector(qsizetype index) const { return m_vectors.data() + size_t(index) * size_t(m_dimensions); }

    /** The `k` engrams most similar to `query`, best first (ties: the older first). */
    std::vector<Hit> retrieve(const std::vector<float> &query, int k) const;
    /** retrieve() scoring every engram exactly, whatever the size: what the fast path is checked against. */
    std::vector<Hit> retrieveExhaustive(const std::vector<float> &query, int k) const;

    /** From this many engrams on, retrieve() takes candidates from the int8 pass. */
    static constexpr qsizetype kQuantisedFrom = 4096;

    qsizetype savedUpTo() const { return m_saved; }
    void setSavedUpTo(qsizetype index) { m_saved = index; }

private:
    void encode(const float *normalised, size_t n);

    std::vector<Engram> m_engrams;
    std::vector<float> m_vectors;
    std::vector<qint8> m_codes; // round(127 x) of every vector component
    int m_dimensions = 0;
    qsizetype m_saved = 0;
};

} // namespace troupe
