package dev.coachradar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coachradar.extract.RuleExtractor;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction throughput on corpus-sized articles: the shared dev and seed corpora when {@code
 * ../shared/corpus} is reachable from the working directory, else the articles bundled with the
 * benchmark. Reports articles per second on one thread (one call = one article).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RuleExtractor extractor;
  private NewsArticle[] articles;
  private int next;

  /** Loads the KB and the articles once. */
  @Setup
  public void setUp() throws IOException {
    extractor = RuleExtractor.defaultExtractor();
    final List<NewsArticle> list = new ArrayList<>();
    final List<Path> read = new ArrayList<>();
    for (Path p :
        List.of(
            Path.of("../shared/corpus/dev.jsonl"),
            Path.of("../shared/corpus/seeds.jsonl"),
            Path.of("../../shared/corpus/dev.jsonl"),
            Path.of("../../shared/corpus/seeds.jsonl"))) {
      if (Files.isRegularFile(p)) {
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
          read(r, list);
        }
        read.add(p);
      }
    }
    if (list.isEmpty()) {
      try (InputStream in =
          ExtractionBenchmark.class.getClassLoader().getResourceAsStream("bench/articles.jsonl")) {
        read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), list);
      }
    }
    articles = list.toArray(new NewsArticle[0]);
    // the figure depends on which articles were found from the working directory: say so
    System.err.printf(
        "ExtractionBenchmark: %d articles from %s%n",
        articles.length, read.isEmpty() ? "the bundled bench/articles.jsonl" : read);
  }

  private static void read(BufferedReader r, List<NewsArticle> out) throws IOException {
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      final JsonNode n = JSON.readTree(line);
      out.add(
          new NewsArticle(
              n.path("id").asText(),
              null,
              null,
              n.path("lang").isNull() ? null : n.path("lang").asText(null),
              n.path("title").asText(""),
              n.path("body").asText("")));
    }
  }

  /** One article per call, cycling through the set. */
  @Benchmark
  public List<Signal> extractOneArticle() {
    final NewsArticle a = articles[next];
    next = next + 1 == articles.length ? 0 : next + 1;
    return extractor.extract(a);
  }
}
