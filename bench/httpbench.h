#pragma once

/**
 * The gateway over real HTTP: the fake OpenAI-compatible server on its own thread with a
 * fixed latency, N agents through OpenAiProvider at several concurrency limits. Prints step
 * wall time against ceil(N / concurrency) × latency and the gateway's CPU per call.
 */
int runHttpBench(bool quick, int latencyMs);
