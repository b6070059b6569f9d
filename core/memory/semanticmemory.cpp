#include "semanticmemory.h"

#include <algorithm>
#include <cmath>

namespace troupe {

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

bool better(const SemanticMemory::Hit &a, const SemanticMemory::Hit &b)
{
    return a.score != b.score ? a.score > b.score : a.index < b.index;
}

} // namespace

std::vector<SemanticMemory::Hit> SemanticMemory::retrieve(const std::vector<float> &query, int k) const
{
    std::vector<Hit> hits;
    if (k <= 0 || m_engrams.empty() || int(query.size()) != m_dimensions)
        return hits;
    double norm = 0;
    for (float x : query)
        norm += double(x) * x;
    if (norm <= 0)
        return hits;
    const float inv = float(1.0 / std::sqrt(norm));
    const size_t dim = size_t(m_dimensions);
    const size_t top = std::min(m_engrams.size(), size_t(k));
    hits.reserve(top + 1);
    // The best `top` so far, kept sorted: one comparison per engram once it is full.
    const float *v = m_vectors.data();
    for (size_t i = 0; i < m_engrams.size(); ++i, v += dim) {
        const Hit h{qsizetype(i), dot(v, query.data(), dim) * inv};
        if (hits.size() == top && !better(h, hits.back()))
            continue;
        hits.insert(std::upper_bound(hits.begin(), hits.end(), h, better), h);
        if (hits.size() > top)
            hits.pop_back();
    }
    return hits;
}

} // namespace troupe
