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
    hits.reserve(m_engrams.size());
    const float *v = m_vectors.data();
    for (size_t i = 0; i < m_engrams.size(); ++i, v += dim) {
        float dot = 0;
        for (size_t d = 0; d < dim; ++d)
            dot += v[d] * query[d];
        hits.push_back({qsizetype(i), dot * inv});
    }
    const size_t top = std::min(hits.size(), size_t(k));
    std::partial_sort(hits.begin(), hits.begin() + ptrdiff_t(top), hits.end(), [](const Hit &a, const Hit &b) {
        return a.score != b.score ? a.score > b.score : a.index < b.index;
    });
    hits.resize(top);
    return hits;
}

} // namespace troupe
