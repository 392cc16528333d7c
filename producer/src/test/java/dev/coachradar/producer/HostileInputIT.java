package dev.coachradar.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coachradar.avro.Article;
import dev.coachradar.schema.Topics;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200,000-line file generated on the fly, with malformed JSON, Latin-1 and UTF-16 lines mixed in:
 * every bad line is reported with {@code file:line}, and every accepted article is on the topic
 * exactly once (accepted = published = records on the topic).
 */
class HostileInputIT {
  private static final int LINES = 200_000;

  @RegisterExtension static final TestBroker BROKER = new TestBroker();

  @TempDir Path dir;

  @Test
  void aHugeFileWithBadLinesLosesNothingItAccepts() throws Exception {
    // configure: line n is bad when n % 1000 is 1 (malformed), 2 (Latin-1) or 3 (UTF-16)
    final Path input = dir.resolve("huge.jsonl");
    final Set<Long> badLines = new HashSet<>();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input))) {
      for (long n = 1; n <= LINES; n++) {
        final String good =
            "{\"id\": \"h-"
                + n
                + "\", \"published_at\": \"2025-01-01T00:00:00Z\", \"title\": \"t\","
                + " \"body\": \"città "
                + n
                + "\"}\n";
        switch ((int) (n % 1000)) {
          case 1 ->
              out.write(
                  ("{\"id\": \"h-" + n + "\", \"body\": \n").getBytes(StandardCharsets.UTF_8));
          case 2 -> out.write(good.getBytes(StandardCharsets.ISO_8859_1));
          case 3 -> {
            // UTF-16BE without its newline: the newline stays one byte so numbering stays put
            out.write(good.strip().getBytes(StandardCharsets.UTF_16BE));
            out.write('\n');
          }
          default -> out.write(good.getBytes(StandardCharsets.UTF_8));
        }
        if (n % 1000 >= 1 && n % 1000 <= 3) {
          badLines.add(n);
        }
      }
    }
    final Path deadLetter = dir.resolve("rejected.jsonl");
    final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    // produce
    final PublishSummary summary =
        ArticlePublisher.publish(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.cluster().bootstrapServers()),
            input,
            PublishOptions.defaults().withDeadLetterFile(deadLetter).withCreateTopic(true),
            new PrintStream(progress, true, StandardCharsets.UTF_8));

    // verify
    final long bad = badLines.size();
    assertThat(summary).isEqualTo(new PublishSummary(LINES, LINES - bad, bad, 0));
    final String report = progress.toString(StandardCharsets.UTF_8);
    assertThat(report)
        .contains("rejected " + input + ":1: malformed JSON")
        .contains("rejected " + input + ":2: invalid UTF-8 at byte")
        .contains("rejected " + input + ":3: NUL byte at byte 1 of the line: UTF-16");
    final ObjectMapper json = new ObjectMapper();
    final Set<Long> reported = new HashSet<>();
    for (final String line : Files.readAllLines(deadLetter, StandardCharsets.UTF_8)) {
      final String location = json.readTree(line).get("location").asText();
      assertThat(location).startsWith(input + ":");
      reported.add(Long.parseLong(location.substring(location.lastIndexOf(':') + 1)));
    }
    assertThat(reported).isEqualTo(badLines);

    final List<ConsumerRecord<String, Article>> records =
        BROKER.consumeAll(Topics.ARTICLES.name(), (int) (LINES - bad));
    final Set<String> keys = new HashSet<>();
    records.forEach(r -> keys.add(r.key()));
    assertThat(keys).hasSize(records.size());
    assertThat(keys).contains("h-4", "h-" + LINES).doesNotContain("h-1001", "h-1002", "h-1003");
  }
}
