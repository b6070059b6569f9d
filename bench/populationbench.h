#pragma once

/**
 * Person generation over real HTTP: the fake server on its own thread with a fixed latency,
 * N people through OpenAiProvider, the call scheduler and PersonFactory (schema checks,
 * sample checks, batched storage in a project file) at a concurrency limit. Prints wall time
 * against ceil(N / concurrency) × latency; the target is a ratio of at most 1.1.
 */
int runPopulationBench(int people, int concurrency, int latencyMs);
