package dev.coachradar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coachradar.app.TopologyHarness;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.backtest.Backtest;
import dev.coachradar.backtest.BacktestChart;
import dev.coachradar.backtest.Outcome;
import dev.coachradar.backtest.Prediction;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.producer.io.ArticleReader;
import dev.coachradar.producer.io.Rejected;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Replays articles through the real topology and scores the likely-destination timeline against
 * real appointments: how early it pointed at the right team, how often it flipped, and how
 * calibrated its confidence is (text report, optional JSON, PNG chart).
 */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Replay articles and report, for each real appointment in --outcomes, from when the likely",
      "destination pointed at the right team, how many days before, and how often it flipped;",
      "plus a calibration table (confidence band -> share that came true) and a PNG chart."
    })
final class BacktestCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      description = "Articles: JSONL, seed .txt or a directory.")
  Path input;

  @Option(
      names = "--outcomes",
      required = true,
      description =
          "JSONL of real appointments: {\"coach\":..,\"team\":..,\"date\":\"YYYY-MM-DD\"}.")
  Path outcomesFile;

  @Option(
      names = "--chart",
      defaultValue = "backtest.png",
      description = "PNG chart to write (default: ${DEFAULT-VALUE}).")
  Path chart;

  @Option(
      names = "--window-days",
      defaultValue = "60",
      description = "Days before each appointment shown in the chart (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Option(names = "--json", description = "Also print the report as one JSON line, last.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final List<Outcome> outcomes = readOutcomes(outcomesFile);
    final List<Article> articles = new ArrayList<>();
    ArticleReader.read(
        input,
        p -> {
          if (p instanceof Accepted a) {
            articles.add(a.article());
          } else if (p instanceof Rejected r) {
            err.println("rejected " + r.location() + ": " + r.reason());
          }
        });
    articles.sort(TopologyHarness.REPLAY_ORDER);
    final List<Prediction> timeline = new ArrayList<>();
    try (TopologyHarness harness = TopologyHarness.production()) {
      for (final Article a : articles) {
        harness.publish(a);
      }
      for (final CoachStatus s : harness.drainStatuses()) {
        timeline.add(
            new Prediction(
                s.getCoach(),
                s.getUpdatedAt(),
                s.getLikelyDestination(),
                s.getConfidence(),
                s.getCurrentTeam()));
      }
    }
    final List<Backtest.OutcomeResult> results = Backtest.score(outcomes, timeline);
    final List<Backtest.Band> bands = Backtest.calibration(outcomes, timeline);

    out.printf(
        Locale.ROOT,
        "Backtest: %d articles replayed, %d appointments, %d status updates%n%n",
        articles.size(),
        outcomes.size(),
        timeline.size());
    out.printf(
        Locale.ROOT,
        "%-24s %-20s %-10s %-10s %11s %5s %10s%n",
        "COACH",
        "APPOINTED TO",
        "ON",
        "RIGHT FROM",
        "DAYS BEFORE",
        "FLIPS",
        "CONF. THEN");
    int pointed = 0;
    for (final Backtest.OutcomeResult r : results) {
      if (r.pointedSince() != null) {
        pointed++;
      }
      out.printf(
          Locale.ROOT,
          "%-24s %-20s %-10s %-10s %11s %5d %10.2f%n",
          r.outcome().coach(),
          r.outcome().team(),
          r.outcome().date(),
          r.pointedSince() == null ? "never" : r.pointedSince().toString().substring(0, 10),
          r.daysBefore() == null ? "-" : r.daysBefore().toString(),
          r.flips(),
          r.confidenceAtAppointment());
    }
    out.printf(
        Locale.ROOT,
        "%nPointed at the right team on the appointment day: %d of %d%n%n",
        pointed,
        results.size());
    out.println("Calibration (predictions resolved by the coach's next appointment):");
    out.printf(
        Locale.ROOT, "%-12s %11s %9s %7s%n", "CONFIDENCE", "PREDICTIONS", "CAME TRUE", "SHARE");
    for (final Backtest.Band b : bands) {
      out.printf(
          Locale.ROOT,
          "[%.2f,%.2f%s %11d %9d %7s%n",
          b.low(),
          b.high(),
          b.high() >= 1.0 ? "]" : ")",
          b.predictions(),
          b.cameTrue(),
          b.predictions() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", b.share()));
    }
    final List<List<double[]>> series = new ArrayList<>();
    for (final Outcome o : outcomes) {
      series.add(Backtest.confidenceSeries(o, timeline, windowDays));
    }
    BacktestChart.write(chart, bands, outcomes, series, windowDays);
    out.println();
    out.println("Chart written to " + chart.toAbsolutePath());
    if (json) {
      out.println(toJson(results, bands, articles.size()));
    }
    out.flush();
    err.flush();
    return 0;
  }

  static List<Outcome> readOutcomes(final Path file) throws IOException {
    final List<Outcome> outcomes = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          final JsonNode node = JSON.readTree(line);
          outcomes.add(
              new Outcome(
                  node.get("coach").asText(),
                  node.get("team").asText(),
                  LocalDate.parse(node.get("date").asText())));
        } catch (IOException | DateTimeParseException | NullPointerException e) {
          throw new IllegalArgumentException(
              file + ":" + n + ": not an outcome {coach, team, date YYYY-MM-DD}: " + e.getMessage(),
              e);
        }
      }
    }
    return outcomes;
  }

  private static String toJson(
      final List<Backtest.OutcomeResult> results, final List<Backtest.Band> bands, final int n) {
    final ObjectNode root = JSON.createObjectNode();
    root.put("articles", n);
    final var rs = root.putArray("outcomes");
    for (final Backtest.OutcomeResult r : results) {
      final ObjectNode o = rs.addObject();
      o.put("coach", r.outcome().coach());
      o.put("team", r.outcome().team());
      o.put("date", r.outcome().date().toString());
      o.put("right_from", r.pointedSince() == null ? null : r.pointedSince().toString());
      if (r.daysBefore() == null) {
        o.putNull("days_before");
      } else {
        o.put("days_before", r.daysBefore());
      }
      o.put("flips", r.flips());
      o.put("confidence_at_appointment", r.confidenceAtAppointment());
    }
    final var bs = root.putArray("calibration");
    for (final Backtest.Band b : bands) {
      final ObjectNode o = bs.addObject();
      o.put("low", b.low());
      o.put("high", b.high());
      o.put("predictions", b.predictions());
      o.put("came_true", b.cameTrue());
    }
    return root.toString();
  }
}
