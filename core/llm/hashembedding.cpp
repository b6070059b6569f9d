#include "hashembedding.h"

#include "util/fnvhash.h"
#include "util/words.h"

#include <cmath>

namespace troupe::llm {

namespace {

void add(std::vector<float> &v, const QString &feature, float weight)
{
    const quint64 h = fnv1aHash(feature);
    const size_t index = size_t(h % v.size());
    v[index] += ((h >> 63) ? -1.0f : 1.0f) * weight;
}

} // namespace

std::vector<float> hashEmbedding(const QString &text, int dimensions)
{
    std::vector<float> v(size_t(std::max(8, dimensions)), 0.0f);
    const QStringList ws = contentWords(text);
    QString previous;
    for (const QString &w : ws) {
        const QString s = stem(w);
        add(v, s, 1.0f);
        if (!previous.isEmpty())
            add(v, previous + QLatin1Char(' ') + s, 0.5f);
        previous = s;
    }
    double norm = 0;
    for (float x : v)
        norm += double(x) * x;
    if (norm > 0) {
        const float inv = float(1.0 / std::sqrt(norm));
        for (float &x : v)
            x *= inv;
    }
    return v;
}

} // namespace troupe::llm
