package dev.coachradar.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.Article;
import dev.coachradar.producer.generate.ArticleGenerator;
import dev.coachradar.producer.generate.GeneratorOptions;
import dev.coachradar.producer.replay.TimeWindow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replays files to an in-process broker: order, window, resume. Each test has its own topic. */
class ArticleReplayerIT {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleReplayerIT.class);

  @RegisterExtension static final TestBroker BROKER = new TestBroker();

  @TempDir Path dir;

  private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
  private final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);

  private Map<String, Object> config() {
    return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.cluster().bootstrapServers());
  }

  private ReplayOptions options(final String topic) {
    return ReplayOptions.defaults()
        .withPublish(
            PublishOptions.defaults()
                .withTopic(topic)
                .withDeadLetterFile(dir.resolve("rejected.jsonl"))
                .withCreateTopic(true));
  }

  private static String line(final String id, final String publishedAt) {
    return "{\"id\": \""
        + id
        + "\", \"published_at\": "
        + (publishedAt == null ? "null" : "\"" + publishedAt + "\"")
        + ", \"title\": \"t\", \"body\": \"Conte al Napoli.\"}";
  }

  private Path generated(final String name, final long seed, final int count) throws IOException {
    final Path file = dir.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ArticleGenerator.writeJsonl(seed, GeneratorOptions.of(count), out);
    }
    return file;
  }

  @Test
  void publishesTheWindowInEventTimeOrderAndReportsBadLines() throws Exception {
    // configure: dates out of file order, a tie, undated articles, a bad line, two files
    final Path input = dir.resolve("in");
    Files.createDirectories(input);
    Files.writeString(
        input.resolve("a.jsonl"),
        String.join(
            "\n",
            line("late", "2024-12-31T23:00:00Z"),
            line("tie-b", "2024-06-01T12:00:00Z"),
            line("before", "2024-05-31T23:59:59Z"),
            "{\"id\": \"bad\", \"published_at\": \"soon\", \"body\": \"x\"}",
            line("undated", null),
            ""),
        StandardCharsets.UTF_8);
    Files.writeString(
        input.resolve("b.jsonl"),
        String.join(
            "\n",
            line("tie-a", "2024-06-01T12:00:00Z"),
            line("first", "2024-06-01T00:00:00Z"),
            line("after", "2025-01-01T00:00:00Z"),
            ""),
        StandardCharsets.UTF_8);
    final ReplayOptions opts =
        options("replay.order")
            .withWindow(
                new TimeWindow(
                    TimeWindow.parseBound("2024-06-01", false),
                    TimeWindow.parseBound("2024-12-31", true)));

    // produce
    final ReplaySummary summary = ArticleReplayer.replay(config(), input, opts, progress);

    // verify
    assertThat(summary.read()).isEqualTo(8);
    assertThat(summary.inWindow()).isEqualTo(4);
    assertThat(summary.published()).isEqualTo(4);
    assertThat(summary.rejected()).isEqualTo(1);
    assertThat(summary.failed()).isZero();
    assertThat(progressBytes.toString(StandardCharsets.UTF_8))
        .contains("rejected " + input.resolve("a.jsonl") + ":4: id bad: unparsable published_at")
        .doesNotContain("ETA"); // a tiny unpaced run shows no progress
    assertThat(Files.readAllLines(dir.resolve("rejected.jsonl"))).hasSize(1);
    final List<ConsumerRecord<String, Article>> records = BROKER.consumeAll("replay.order", 4);
    assertThat(records.stream().map(ConsumerRecord::key))
        .containsExactly("first", "tie-a", "tie-b", "late");
    assertThat(records.get(0).timestamp())
        .isEqualTo(Instant.parse("2024-06-01T00:00:00Z").toEpochMilli());

    // without --from, undated articles come first
    final ReplaySummary all =
        ArticleReplayer.replay(
            config(),
            input,
            options("replay.order.all")
                .withWindow(new TimeWindow(null, TimeWindow.parseBound("2024-06-01", true))),
            progress);
    assertThat(all.published()).isEqualTo(5);
    assertThat(BROKER.consumeAll("replay.order.all", 5).stream().map(ConsumerRecord::key))
        .containsExactly("undated", "before", "first", "tie-a", "tie-b");
  }

  @Test
  void resumeSkipsArticlesAlreadyOnTheTopic() throws Exception {
    // configure: the first half of a generated file is already published
    final Path all = generated("all.jsonl", 5, 2_000);
    final List<String> lines = Files.readAllLines(all, StandardCharsets.UTF_8);
    final Path half = dir.resolve("half.jsonl");
    Files.write(half, lines.subList(0, 1_000), StandardCharsets.UTF_8);
    final ReplayOptions opts = options("replay.resume");
    ArticlePublisher.publish(config(), half, opts.publish(), progress);

    // produce
    final ReplaySummary summary =
        ArticleReplayer.replay(config(), all, opts.withResume(true), progress);

    // verify
    assertThat(summary.read()).isEqualTo(2_000);
    assertThat(summary.inWindow()).isEqualTo(2_000);
    assertThat(summary.skipped()).isEqualTo(1_000);
    assertThat(summary.published()).isEqualTo(1_000);
    assertThat(summary.clean()).isTrue();
    final List<ConsumerRecord<String, Article>> records = BROKER.consumeAll("replay.resume", 2_000);
    final Map<String, Long> perKey =
        records.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    assertThat(perKey).hasSize(2_000).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));

    // a second resume finds nothing left to do
    final ReplaySummary again =
        ArticleReplayer.replay(config(), all, opts.withResume(true), progress);
    assertThat(again.skipped()).isEqualTo(2_000);
    assertThat(again.published()).isZero();
  }

  @Test
  void replaysTwentyThousandGeneratedArticlesInOrder() throws Exception {
    final Path input = generated("20k.jsonl", 20_000, 20_000);
    // a small sort budget forces the sort through temporary files
    final ReplayOptions opts = options("replay.20k").withSortBufferBytes(8L << 20);

    // with the command line's producer settings (batching, lz4)
    final Map<String, Object> cliConfig =
        ProducerSettings.load(null, Map.of(), BROKER.cluster().bootstrapServers());
    final ReplaySummary summary = ArticleReplayer.replay(cliConfig, input, opts, progress);

    LOG.info(
        "replayed {} generated articles in {} ms ({} articles/s): {}",
        summary.published(),
        summary.elapsed().toMillis(),
        summary.published() * 1000 / Math.max(1, summary.elapsed().toMillis()),
        summary);
    assertThat(summary.published()).isEqualTo(20_000);
    assertThat(summary.clean()).isTrue();
    final List<ConsumerRecord<String, Article>> records = BROKER.consumeAll("replay.20k", 20_000);
    for (final int partition :
        records.stream().map(ConsumerRecord::partition).distinct().toList()) {
      final List<ConsumerRecord<String, Article>> inPartition =
          records.stream().filter(r -> r.partition() == partition).toList();
      assertThat(inPartition)
          .isSortedAccordingTo(
              Comparator.comparingLong((ConsumerRecord<String, Article> r) -> r.timestamp())
                  .thenComparing(ConsumerRecord::key));
    }
  }
}
