#pragma once

#include <QtGlobal>

#include <vector>

namespace troupe {

/**
 * A small seeded generator (SplitMix64) whose sequence is the same on every platform and
 * standard library, so a plan drawn from a seed is the same everywhere (std::shuffle and
 * the std distributions are not specified bit for bit).
 */
class SeededRandom final
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}
    quint64 next();
    /** Uniform in [0, 1). */
    double uniform();
    /** Uniform in [0, n); n > 0. */
    quint64 below(quint64 n);
    /** Fisher–Yates shuffle of indices. */
    void shuffle(std::vector<int> &items);

private:
    quint64 m_state;
};

/** A seed for a sub-stream (a dimension, a person) from a base seed and a label. */
quint64 deriveSeed(quint64 seed, const QByteArray &label);

} // namespace troupe
