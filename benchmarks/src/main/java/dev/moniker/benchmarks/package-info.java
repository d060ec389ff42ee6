/**
 * JMH benchmarks of Moniker against plain Lucene ({@link dev.moniker.benchmarks.QueryBenchmark},
 * {@link dev.moniker.benchmarks.IndexingBenchmark}), run and reported by {@link
 * dev.moniker.benchmarks.BenchmarkMain}; the generated corpus and cached indexes are in {@code
 * corpus}. Measures only.
 */
package dev.moniker.benchmarks;
