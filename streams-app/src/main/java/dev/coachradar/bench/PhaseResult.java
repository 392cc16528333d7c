package dev.coachradar.bench;

/**
 * What one contender did over the bench's articles.
 *
 * @param name short name (limit, naive, eos, alo)
 * @param articles articles consumed
 * @param seconds wall time from the first articles consumed to caught up
 * @param p50Millis median latency in ms, NaN when it does not apply
 * @param p99Millis 99th percentile latency in ms, NaN when it does not apply
 * @param latencySamples how many latencies the percentiles come from
 * @param peakHeapMb highest heap use sampled during the phase (whole JVM, broker included)
 * @param peakLiveHeapMb highest heap use right after a collection during the phase
 * @param cpuSeconds CPU time the whole JVM (broker included) used during the phase, start-up and
 *     shutdown of the contender included; unlike wall time it hardly moves with the machine's load
 */
public record PhaseResult(
    String name,
    long articles,
    double seconds,
    double p50Millis,
    double p99Millis,
    long latencySamples,
    double peakHeapMb,
    double peakLiveHeapMb,
    double cpuSeconds) {

  /** Articles per second. */
  public double throughput() {
    return seconds > 0 ? articles / seconds : 0;
  }
}
