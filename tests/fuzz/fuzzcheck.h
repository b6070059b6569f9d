#pragma once

// Shared by the fuzz harnesses: what "it went wrong" means besides a sanitizer report.

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

} // namespace troupe::fuzz
