package dev.coachradar.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coachradar.app.Components;
import dev.coachradar.extract.ExtractionException;
import dev.coachradar.extract.Extractor;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.producer.io.ArticleReader;
import dev.coachradar.producer.io.ReadSummary;
import dev.coachradar.producer.io.Rejected;
import dev.coachradar.topology.AvroMapping;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the signals of each article as JSONL: one line per article with its signals. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print the signals extracted from each article as JSONL (no Kafka needed).")
final class ExtractCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      description = "JSONL file, seed .txt file or directory.")
  Path input;

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final Extractor extractor = Components.extractor();
    final int[] failed = {0};
    final ReadSummary summary =
        ArticleReader.read(
            input,
            parsed -> {
              if (parsed instanceof Accepted a) {
                final NewsArticle article = AvroMapping.toModel(a.article());
                try {
                  out.println(toJson(article, extractor.extract(article)));
                } catch (ExtractionException e) {
                  failed[0]++;
                  err.println("failed " + a.location() + ": " + e.getMessage());
                }
              } else if (parsed instanceof Rejected r) {
                err.println("rejected " + r.location() + ": " + r.reason());
              }
            });
    out.flush();
    err.println(
        "extract: "
            + summary.accepted()
            + " articles read, "
            + summary.rejected()
            + " rejected, "
            + failed[0]
            + " failed");
    err.flush();
    return summary.rejected() + failed[0] > 0 ? 3 : 0;
  }

  static String toJson(final NewsArticle article, final java.util.List<Signal> signals) {
    final ObjectNode line = JSON.createObjectNode();
    line.put("id", article.id());
    line.put(
        "published_at", article.publishedAt() == null ? null : article.publishedAt().toString());
    final var array = line.putArray("signals");
    for (final Signal s : signals) {
      final ObjectNode n = array.addObject();
      n.put("coach", s.coachId());
      n.put("coach_name", s.coachName());
      n.put("team", s.teamId());
      n.put("relation", s.relation() == null ? null : s.relation().name());
      n.put("employment", s.employment() == null ? null : s.employment().name());
      n.put("strength", s.strength());
      if (s.evidence() != null) {
        final ObjectNode ev = n.putObject("evidence");
        ev.put("sentence", s.evidence().sentence());
        ev.put("start", s.evidence().start());
        ev.put("end", s.evidence().end());
      }
    }
    return line.toString();
  }
}
