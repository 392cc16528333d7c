package dev.coachradar.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coachradar.app.ProcessingMonitor;
import dev.coachradar.avro.Article;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.schema.Topics;
import dev.coachradar.topology.CoachRadarTopology;
import dev.coachradar.topology.TestModels;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Shared steps of the serving tests: publish stand-in articles, wait, ask the HTTP API. */
public final class ServeFixtures {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServeFixtures() {}

  /** An HTTP answer. */
  public record Answer(int status, String servedBy, JsonNode body) {}

  /** GET a JSON resource. */
  public static Answer get(final String url) throws IOException, InterruptedException {
    final HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(
        r.statusCode(),
        r.headers().firstValue(HttpServer.SERVED_BY).orElse(null),
        JSON.readTree(r.body()));
  }

  /**
   * Publishes articles given as {@code {id, day, body}} triples; bodies are {@code
   * coach|team|RELATION} lines for the stand-in extractor, titles are "Title of ID".
   */
  public static void publish(final EmbeddedKafka kafka, final String[]... articles) {
    final Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      for (final String[] a : articles) {
        final Instant t = Instant.parse(a[1] + "T10:00:00Z");
        final Article article =
            Article.newBuilder()
                .setId(a[0])
                .setPublishedAt(t)
                .setTitle("Title of " + a[0])
                .setBody(a[2])
                .build();
        producer.send(
            new ProducerRecord<>(
                Topics.ARTICLES.name(),
                null,
                t.toEpochMilli(),
                a[0],
                Topics.ARTICLES
                    .valueSerde()
                    .serializer()
                    .serialize(Topics.ARTICLES.name(), article)));
      }
      producer.flush();
    }
  }

  /**
   * Starts an instance of application {@code appId} with the stand-in extractor; {@code httpPort} 0
   * for a free port, -1 for none.
   */
  public static ServedStreams instance(
      final EmbeddedKafka kafka, final String appId, final Path stateDir, final int httpPort)
      throws Exception {
    return ServedStreams.start(
        AppConfig.defaults(
            Map.of(
                "bootstrap.servers",
                kafka.bootstrapServers(),
                "application.id",
                appId,
                "state.dir",
                stateDir.toString(),
                ServedStreams.HTTP_PORT,
                String.valueOf(httpPort))),
        TestModels.EXTRACTOR,
        Duration.ofSeconds(60));
  }

  /** Waits until application {@code appId} has processed everything published so far. */
  public static void awaitProcessed(final EmbeddedKafka kafka, final String appId)
      throws Exception {
    try (Admin admin = kafka.admin()) {
      new ProcessingMonitor(admin, appId)
          .awaitCaughtUp(
              Set.of(Topics.ARTICLES.name()),
              Set.of(
                  Topics.SIGNALS.name(),
                  appId + "-" + CoachRadarTopology.BENCH_REPARTITION + "-repartition"),
              Duration.ofMillis(200),
              Duration.ofSeconds(60));
    }
  }
}
