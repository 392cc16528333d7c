package dev.coachradar.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProducerSettingsTest {

  @TempDir Path dir;

  @Test
  void defaultsAreIdempotentAllAcksLz4AndLocalhost() {
    final Map<String, Object> defaults = ProducerSettings.defaults();

    assertThat(defaults)
        .containsEntry("bootstrap.servers", "localhost:9092")
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", "true")
        .containsEntry("compression.type", "lz4")
        .containsKey("linger.ms");
  }

  @Test
  void fileThenEnvironmentThenFlagOverride() throws IOException {
    final Path file = dir.resolve("p.properties");
    Files.writeString(file, "bootstrap.servers=from-file:9092\nlinger.ms=50\n");

    assertThat(ProducerSettings.load(file, Map.of(), null))
        .containsEntry("bootstrap.servers", "from-file:9092")
        .containsEntry("linger.ms", "50")
        .containsEntry("acks", "all");
    assertThat(
            ProducerSettings.load(
                file, Map.of(ProducerSettings.BOOTSTRAP_ENV, "from-env:9092"), null))
        .containsEntry("bootstrap.servers", "from-env:9092");
    assertThat(
            ProducerSettings.load(
                file, Map.of(ProducerSettings.BOOTSTRAP_ENV, "from-env:9092"), "from-flag:9092"))
        .containsEntry("bootstrap.servers", "from-flag:9092");
  }

  @Test
  void undatedArticlesGetTimestampZero() {
    final Article undated =
        Article.newBuilder().setId("a").setTitle("").setBody("b").setPublishedAt(null).build();
    final Article dated =
        Article.newBuilder(undated).setPublishedAt(Instant.parse("2025-02-01T00:00:00Z")).build();

    assertThat(ArticlePublisher.timestampOf(undated)).isZero();
    assertThat(ArticlePublisher.timestampOf(dated))
        .isEqualTo(Instant.parse("2025-02-01T00:00:00Z").toEpochMilli());
  }
}
