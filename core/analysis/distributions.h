#pragma once

namespace troupe::stats {

/**
 * Distribution functions for the statistics library. They are thin wrappers over
 * Boost.Math, which only distributions.cpp includes (the headers are heavy). Every function
 * returns NaN for arguments outside its domain instead of throwing.
 *
 * "sf" is the survival function, P(X > x), computed directly (not as 1 - cdf) so that small
 * p-values keep their digits.
 */

double normalCdf(double z);
double normalSf(double z);
double normalQuantile(double p);

double studentTCdf(double t, double df);
double studentTSf(double t, double df);
double studentTQuantile(double p, double df);

double chiSquaredSf(double x, double df);
double fisherFSf(double f, double df1, double df2);

/**
 * P(X = k) for X hypergeometric: `draws` items drawn without replacement from a population
 * of `population` items of which `successes` are successes.
 */
double hypergeometricPdf(long long k, long long successes, long long draws, long long population);

/**
 * Survival function of the Kolmogorov distribution (the limit of sqrt(n) D_n), i.e.
 * P(K > z). Boost.Math 1.74 has no Kolmogorov-Smirnov distribution (it arrived in 1.75), so
 * this one sums the classical series: 2 Σ (-1)^(k-1) exp(-2 k² z²) for z ≥ 1, and
 * 1 - sqrt(2π)/z Σ exp(-(2k-1)² π² / (8 z²)) below, where that series converges fast.
 */
double kolmogorovSf(double z);

/** ln(n choose k) through lgamma; -inf when k is outside 0..n. */
double logBinomial(double n, double k);

} // namespace troupe::stats
