/**
 * The start-up benchmark: whole {@code ./moniker} processes timed against {@link
 * dev.moniker.benchmarks.startup.PlainSearch}, a minimal plain-Lucene command-line search, on the
 * same articles. Entry point: {@link dev.moniker.benchmarks.startup.StartupBenchmark#run}, run by
 * {@code benchmarks/run --startup}.
 */
package dev.moniker.benchmarks.startup;
