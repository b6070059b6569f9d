#pragma once

// Shared by the fuzz harnesses: what "it went wrong" means besides a sanitizer report.

#include <QByteArray>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace troupe::fuzz {

/** Stops the run with a message libFuzzer records as a crash, with the input saved. */
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

inline void check(bool condition, const char *what)
{
    if (!condition)
        fail(what);
}

/**
 * An input for a reader fed in pieces: its first byte says how many of the next bytes are
 * piece sizes (each plus one); the rest is what is read.
 */
struct Pieces
{
    const uint8_t *sizes = nullptr;
    size_t count = 0;
    QByteArray bytes;

    Pieces(const uint8_t *data, size_t size)
    {
        count = size ? std::min<size_t>(data[0] % 16, size - 1) : 0;
        sizes = size ? data + 1 : nullptr;
        const size_t head = size ? 1 + count : 0;
        bytes = QByteArray(reinterpret_cast<const char *>(data + head), qsizetype(size - head));
    }
    /** The size of the k-th piece; the whole input when there are no sizes. */
    qsizetype piece(size_t k) const { return count ? qsizetype(sizes[k % count]) + 1 : bytes.size(); }
};

} // namespace troupe::fuzz
