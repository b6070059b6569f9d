#include "semanticmemory.h"

#include <algorithm>
#include <cmath>

namespace troupe {

void SemanticMemory::encode(const float *v, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        m_codes.push_back(qint8(std::clamp(std::lround(v[i] * 127.0f), -127L, 127L)));
}

bool SemanticMemory::add(Engram engram, std::vector<float> embedding)
{
    if (embedding.empty())
        return false;
    if (m_dimensions == 0)
        m_dimensions = int(embedding.size());
    if (int(embedding.size()) != m_dimensions)
        return false;
    double norm = 0;
    for (float x : embedding)
        norm += double(x) * x;
    const float inv = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
    for (float x : embedding)
        m_vectors.push_back(x * inv);
    encode(m_vectors.data() + m_vectors.size() - embedding.size(), embedding.size());
    m_engrams.push_back(std::move(engram));
    return true;
}

bool SemanticMemory::addStored(Engram engram, const std::vector<float> &normalised)
{
    if (normalised.empty())
        return false;
    if (m_dimensions == 0)
        m_dimensions = int(normalised.size());
    if (int(normalised.size()) != m_dimensions)
        return false;
    m_vectors.insert(m_vectors.end(), normalised.begin(), normalised.end());
    encode(normalised.data(), normalised.size());
    m_engrams.push_back(std::move(engram));
    return true;
}

namespace {

constexpr int kLanes = 16;

/**
 * Dot product with sixteen running sums combined in a fixed order: the compiler turns the
 * lanes into vector registers of whatever width the CPU has (the clones below), and every
 * clone adds the same numbers in the same order, so scores are identical on every machine
 * and a resumed run ranks its memories exactly as before. Contraction into fused
 * multiply-adds is off for this file (CMake) for the same reason.
 */
__attribute__((target_clones("avx512f", "avx2", "default"))) float dot(const float *a, const float *b, size_t n)
{
    float lanes[kLanes] = {};
    size_t d = 0;
    for (; d + kLanes <= n; d += kLanes)
        for (int j = 0; j < kLanes; ++j)
            lanes[j] += a[d + size_t(j)] * b[d + size_t(j)];
    float tail = 0;
    for (; d < n; ++d)
        tail += a[d] * b[d];
    float sum = 0;
    for (int j = 0; j < kLanes; ++j)
        sum += lanes[j];
    return sum + tail;
}

/** The int8 codes' dot product, exact in 32-bit integers (|code| <= 127, so 2^17 components fit). */
__attribute__((target_clones("avx2", "default"))) qint32 dot8(const qint8 *a, const qint8 *b, size_t n)
{
    qint32 lanes[32] = {};
    size_t d = 0;
    for (; d + 32 <= n; d += 32)
        for (int j = 0; j < 32; ++j)
            lanes[j] += qint16(a[d + size_t(j)]) * qint16(b[d + size_t(j)]);
    qint32 sum = 0;
    for (; d < n; ++d)
        sum += qint16(a[d]) * qint16(b[d]);
    for (int j = 0; j < 32; ++j)
        sum += lanes[j];
    return sum;
}

bool better(const SemanticMemory::Hit &a, const SemanticMemory::Hit &b)
{
    return a.score != b.score ? a.score > b.score : a.index < b.index;
}

} // namespace

namespace {

/** The query's inverse norm; 0 when it cannot be compared. */
float inverseNorm(const std::vector<float> &query)
{
    double norm = 0;
    for (float x : query)
        norm += double(x) * x;
    return norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
}

/** Keeps `hits` the best `top` so far, sorted by `better`: one comparison per engram once full. */
template <typename H, typename Better>
void offer(std::vector<H> &hits, size_t top, const H &h, Better better)
{
    if (hits.size() == top && !better(h, hits.back()))
        return;
    hits.insert(std::upper_bound(hits.begin(), hits.end(), h, better), h);
    if (hits.size() > top)
        hits.pop_back();
}

struct Candidate
{
    qsizetype index;
    qint32 score;
};

bool betterCandidate(const Candidate &a, const Candidate &b)
{
    return a.score != b.score ? a.score > b.score : a.index < b.index;
}

} // namespace

std::vector<SemanticMemory::Hit> SemanticMemory::retrieveExhaustive(const std::vector<float> &query, int k) const
{
    std::vector<Hit> hits;
    if (k <= 0 || m_engrams.empty() || int(query.size()) != m_dimensions)
        return hits;
    const float inv = inverseNorm(query);
    if (inv <= 0)
        return hits;
    const size_t dim = size_t(m_dimensions);
    const size_t top = std::min(m_engrams.size(), size_t(k));
    hits.reserve(top + 1);
    const float *v = m_vectors.data();
    for (size_t i = 0; i < m_engrams.size(); ++i, v += dim)
        offer(hits, top, Hit{qsizetype(i), dot(v, query.data(), dim) * inv}, better);
    return hits;
}

std::vector<SemanticMemory::Hit> SemanticMemory::retrieve(const std::vector<float> &query, int k) const
{
    if (size() < kQuantisedFrom)
        return retrieveExhaustive(query, k);
    std::vector<Hit> hits;
    if (k <= 0 || int(query.size()) != m_dimensions)
        return hits;
    const float inv = inverseNorm(query);
    if (inv <= 0)
        return hits;
    const size_t dim = size_t(m_dimensions);
    // The query in the same int8 code as the vectors (normalised first, as they are).
    std::vector<qint8> code(dim);
    for (size_t d = 0; d < dim; ++d)
        code[d] = qint8(std::clamp(std::lround(query[d] * inv * 127.0f), -127L, 127L));
    // Candidates: far more than asked for, so the exact scores below decide the order.
    const size_t pool = std::min(m_engrams.size(), std::max<size_t>(256, size_t(k) * 32));
    std::vector<Candidate> candidates;
    candidates.reserve(pool + 1);
    const qint8 *c = m_codes.data();
    for (size_t i = 0; i < m_engrams.size(); ++i, c += dim)
        offer(candidates, pool, Candidate{qsizetype(i), dot8(c, code.data(), dim)}, betterCandidate);
    const size_t top = std::min(candidates.size(), size_t(k));
    hits.reserve(top + 1);
    for (const Candidate &cand : candidates)
        offer(hits, top, Hit{cand.index, dot(vector(cand.index), query.data(), dim) * inv}, better);
    return hits;
}

} // namespace troupe
