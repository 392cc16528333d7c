package dev.coachradar.cli;

import dev.coachradar.bench.Bench;
import dev.coachradar.bench.BenchReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures end-to-end throughput, latency and heap of the topology against a plain consumer and a
 * naive in-memory peer, on an in-process broker. See BENCHMARKS.md for the method.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Publish N generated articles to an in-process broker, then measure in one run: a plain",
      "consumer (the limit), a naive in-memory extract-and-fold loop, and the topology with",
      "exactly_once_v2 and with at_least_once. Progress on stderr."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--articles",
      defaultValue = "10000",
      description = "Articles to generate (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin PartitionsOption topics;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override a setting of coach-radar.properties for the topology runs.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(
      names = "--warmup",
      arity = "0..1",
      paramLabel = "N",
      defaultValue = "0",
      fallbackValue = "5000",
      description =
          "Before the measured phases, run the naive loop and the topology (exactly_once_v2)"
              + " over N other generated articles, untimed, so that every measured phase runs on"
              + " code the JIT has compiled (N: ${FALLBACK-VALUE} when omitted; default: no"
              + " warm-up). The topics are recreated afterwards; the report says whether a"
              + " warm-up ran.")
  long warmup;

  @Option(names = "--json", description = "End with one line of JSON holding every figure.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || topics.partitions < 1) {
      throw new IllegalArgumentException("--articles and --partitions must be positive");
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must not be negative");
    }
    final PrintWriter out = spec.commandLine().getOut();
    final BenchReport report =
        Bench.run(articles, topics.partitions, seed, warmup, settings, spec.commandLine().getErr());
    out.println(json ? report.toJson() : report.toTable());
    out.flush();
    return 0;
  }
}
