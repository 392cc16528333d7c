package dev.coachradar.producer;

import dev.coachradar.producer.generate.ArticleGenerator;
import dev.coachradar.producer.generate.GeneratorOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes reproducible synthetic articles as JSONL, for tests and benchmarks. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes N synthetic transfer-news articles as JSONL (the corpus format), Italian and English,"
          + " built from templates and the knowledge base's coaches and clubs.",
      "The same --count, --seed and options always give byte-identical output. Ids are"
          + " gen-SEED-000001...; publication times rise through the period with some jitter."
    })
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--count", required = true, paramLabel = "N", description = "Articles to write.")
  private long count;

  @Option(
      names = "--seed",
      required = true,
      paramLabel = "S",
      description = "Random seed; the output depends on nothing else.")
  private long seed;

  @Option(
      names = "--output",
      paramLabel = "FILE|-",
      description = "Where to write; - for standard output (default: ${DEFAULT-VALUE}).")
  private String output = "-";

  @Option(
      names = "--start",
      paramLabel = "YYYY-MM-DD",
      description = "First day of the period, UTC (default: ${DEFAULT-VALUE}).")
  private LocalDate start = LocalDate.of(2024, 1, 1);

  @Option(
      names = "--days",
      paramLabel = "D",
      description = "Length of the period in days (default: ${DEFAULT-VALUE}).")
  private int days = 730;

  @Option(
      names = "--lang-mix",
      paramLabel = "LANG=SHARE,...",
      description = "Share of each language (default: ${DEFAULT-VALUE}).")
  private String langMix = "it=0.8,en=0.2";

  @Option(
      names = "--with-gold",
      description = "Add the intended signals under gold.signals (for evaluation corpora).")
  private boolean withGold;

  @Override
  public Integer call() throws IOException {
    final GeneratorOptions opts;
    try {
      final Map<String, Double> mix = GeneratorOptions.parseLangMix(langMix);
      opts = new GeneratorOptions(count, start, days, mix, withGold);
      ArticleGenerator.standard().check(opts); // before an output file is created
    } catch (IllegalArgumentException e) {
      return usageError(e);
    }
    if ("-".equals(output)) {
      final Writer out =
          new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
      ArticleGenerator.writeJsonl(seed, opts, out);
      out.flush();
      return 0;
    }
    final long started = System.nanoTime();
    final long written;
    try (Writer out = Files.newBufferedWriter(Path.of(output), StandardCharsets.UTF_8)) {
      written = ArticleGenerator.writeJsonl(seed, opts, out);
    } catch (IOException e) {
      spec.commandLine().getErr().println("error: cannot write " + output + ": " + e);
      return ProducerMain.EXIT_ERROR;
    }
    final double seconds = (System.nanoTime() - started) / 1e9;
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "generated %d articles to %s in %s (%.0f/s)%n",
            written,
            output,
            ReplayCommand.elapsed(seconds),
            written / Math.max(seconds, 1e-9));
    return 0;
  }

  private int usageError(final IllegalArgumentException e) {
    spec.commandLine().getErr().println("error: " + e.getMessage());
    return CommandLine.ExitCode.USAGE;
  }
}
