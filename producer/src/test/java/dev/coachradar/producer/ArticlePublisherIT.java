package dev.coachradar.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coachradar.avro.Article;
import dev.coachradar.schema.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Publishes a small JSONL with one bad line to an in-process broker and reads the topic back. */
class ArticlePublisherIT {

  @RegisterExtension static final TestBroker BROKER = new TestBroker();

  @TempDir Path dir;

  @Test
  void publishesValidArticlesWithTheirDateAsTimestampAndReportsTheBadLine() throws Exception {
    // configure
    final Path input = dir.resolve("articles.jsonl");
    Files.writeString(
        input,
        String.join(
            "\n",
            "{\"id\": \"dev-0001\", \"published_at\": \"2024-05-07T08:45:00Z\", \"source\": \"s\","
                + " \"lang\": \"it\", \"title\": \"Conte\", \"body\": \"Conte al Napoli.\","
                + " \"gold\": {}}",
            "{\"id\": \"dev-0002\", \"published_at\": \"not a date\", \"title\": \"x\","
                + " \"body\": \"y\"}",
            "{\"id\": \"dev-0003\", \"published_at\": \"2024-12\", \"title\": \"Allegri\","
                + " \"body\": \"Allegri fermo.\"}",
            "{\"published_at\": null, \"title\": \"\", \"body\": \"Gasperini pronto all'addio.\"}",
            ""),
        StandardCharsets.UTF_8);
    final Path deadLetter = dir.resolve("rejected.jsonl");
    final Map<String, Object> config =
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.cluster().bootstrapServers());
    final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);
    final PublishOptions opts = PublishOptions.defaults().withDeadLetterFile(deadLetter);

    // a missing topic is an error unless creation is asked for
    assertThatThrownBy(() -> ArticlePublisher.publish(config, input, opts, progress))
        .isInstanceOf(PublishException.class)
        .hasMessageContaining("news.articles does not exist");

    // produce
    final PublishSummary summary =
        ArticlePublisher.publish(config, input, opts.withCreateTopic(true), progress);

    // verify
    assertThat(summary).isEqualTo(new PublishSummary(4, 3, 1, 0));
    assertThat(progressBytes.toString(StandardCharsets.UTF_8))
        .contains("rejected " + input + ":2: id dev-0002: unparsable published_at");
    final List<String> dead = Files.readAllLines(deadLetter, StandardCharsets.UTF_8);
    assertThat(dead).hasSize(1);
    final JsonNode entry = new ObjectMapper().readTree(dead.get(0));
    assertThat(entry.get("location").asText()).isEqualTo(input + ":2");
    assertThat(entry.get("reason").asText()).contains("unparsable published_at 'not a date'");
    assertThat(entry.get("raw").asText()).contains("dev-0002");

    final List<ConsumerRecord<String, Article>> records = consumeAll(3);
    final Map<String, ConsumerRecord<String, Article>> byKey =
        records.stream().collect(Collectors.toMap(ConsumerRecord::key, r -> r));
    final String derived = "a-" + sha256Prefix("\nGasperini pronto all'addio.");
    assertThat(byKey).containsOnlyKeys("dev-0001", "dev-0003", derived);
    assertThat(byKey.get("dev-0001").timestamp())
        .isEqualTo(Instant.parse("2024-05-07T08:45:00Z").toEpochMilli());
    assertThat(byKey.get("dev-0001").value().getBody()).isEqualTo("Conte al Napoli.");
    assertThat(byKey.get("dev-0001").value().getLang()).isEqualTo("it");
    assertThat(byKey.get("dev-0003").timestamp())
        .isEqualTo(Instant.parse("2024-12-01T00:00:00Z").toEpochMilli());
    assertThat(byKey.get("dev-0003").value().getPublishedAt())
        .isEqualTo(Instant.parse("2024-12-01T00:00:00Z"));
    assertThat(byKey.get(derived).timestamp()).isZero(); // undated: the oldest news
    assertThat(byKey.get(derived).value().getPublishedAt()).isNull();
    assertThat(byKey.get(derived).value().getId()).isEqualTo(derived);

    try (Admin admin = BROKER.cluster().admin()) {
      final ConfigResource topic =
          new ConfigResource(ConfigResource.Type.TOPIC, Topics.ARTICLES.name());
      final Config created = admin.describeConfigs(List.of(topic)).all().get().get(topic);
      assertThat(created.get("retention.ms").value()).isEqualTo("-1");
    }
  }

  private static List<ConsumerRecord<String, Article>> consumeAll(final int expected) {
    return BROKER.consumeAll(Topics.ARTICLES.name(), expected);
  }

  private static String sha256Prefix(final String text) throws Exception {
    final byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(hash, 0, 8);
  }
}
