#include "seededrandom.h"

#include <QByteArray>

namespace troupe {

quint64 SeededRandom::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double SeededRandom::uniform()
{
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

quint64 SeededRandom::below(quint64 n)
{
    // Rejection keeps it unbiased: values past the last whole multiple of n are drawn again.
    const quint64 limit = ~quint64(0) - (~quint64(0) % n);
    quint64 x;
    do
        x = next();
    while (x >= limit);
    return x % n;
}

void SeededRandom::shuffle(std::vector<int> &items)
{
    for (size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[size_t(below(i))]);
}

quint64 deriveSeed(quint64 seed, const QByteArray &label)
{
    quint64 h = 1469598103934665603ULL ^ seed;
    for (char c : label) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    SeededRandom r(h);
    return r.next();
}

} // namespace troupe
