package dev.coachradar.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coachradar.avro.Article;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.schema.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application on an SSL-only broker listener: {@code coach-radar run} in its own process gets
 * the truststore through its config file, creates its topics and processes an article; a status
 * change is read back over SSL. Its log, at INFO for every logger including Kafka's config dumps,
 * never shows the passwords or the SASL JAAS secret.
 */
class SslIT {
  private static final String STORE_PASSWORD = "store-Secret-4711";
  private static final String JAAS_SECRET = "jaas-Secret-0815";
  private static final String APP = "ssl-it";

  private static EmbeddedKafka kafka;
  private static Map<String, Object> clientSsl;

  @TempDir static Path dir;

  @BeforeAll
  static void startSslBroker() throws Exception {
    final Path keystore = dir.resolve("broker.p12");
    final Path truststore = dir.resolve("trust.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "broker",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "2",
        "-dname",
        "CN=localhost",
        "-ext",
        "SAN=dns:localhost,ip:127.0.0.1",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        STORE_PASSWORD,
        "-keypass",
        STORE_PASSWORD);
    final Path cert = dir.resolve("broker.crt");
    keytool(
        "-exportcert",
        "-alias",
        "broker",
        "-keystore",
        keystore.toString(),
        "-storepass",
        STORE_PASSWORD,
        "-file",
        cert.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "broker",
        "-file",
        cert.toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        truststore.toString(),
        "-storepass",
        STORE_PASSWORD);
    final Map<String, String> broker = new HashMap<>();
    broker.put("ssl.keystore.location", keystore.toString());
    broker.put("ssl.keystore.password", STORE_PASSWORD);
    broker.put("ssl.key.password", STORE_PASSWORD);
    broker.put("ssl.keystore.type", "PKCS12");
    broker.put("ssl.truststore.location", truststore.toString());
    broker.put("ssl.truststore.password", STORE_PASSWORD);
    broker.put("ssl.truststore.type", "PKCS12");
    // The test kit only sets up PLAINTEXT and SASL_PLAINTEXT listeners, but keeps a protocol map
    // given in the broker config: this makes its client listener (EXTERNAL) SSL.
    broker.put("listener.security.protocol.map", "EXTERNAL:SSL,CONTROLLER:PLAINTEXT");
    kafka = EmbeddedKafka.start(broker);
    clientSsl =
        Map.of(
            CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
            "SSL",
            "ssl.truststore.location",
            truststore.toString(),
            "ssl.truststore.password",
            STORE_PASSWORD,
            "ssl.truststore.type",
            "PKCS12");
    try (Admin admin = Admin.create(clientSsl)) {
      EmbeddedKafka.createTopics(admin, 1, (short) 1);
    }
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void theAppRunsOverSslAndNeverLogsItsSecrets() throws Exception {
    // configure: the app's settings come from a file, as an operator would write them
    final List<String> lines = new ArrayList<>();
    clientSsl.forEach((k, v) -> lines.add(k + "=" + v));
    lines.add("application.id=" + APP);
    lines.add("state.dir=" + dir.resolve("state"));
    // Not used over SSL, but a secret all the same: it must never reach the log either.
    lines.add(
        "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"coach\" password=\""
            + JAAS_SECRET
            + "\";");
    final Path config = Files.write(dir.resolve("ssl.properties"), lines);
    final Path log4j = dir.resolve("log4j2-info.xml");
    Files.writeString(
        log4j,
        "<Configuration><Appenders><Console name=\"err\" target=\"SYSTEM_ERR\">"
            + "<PatternLayout pattern=\"%level %c - %msg%n\"/></Console></Appenders>"
            + "<Loggers><Root level=\"INFO\"><AppenderRef ref=\"err\"/></Root></Loggers>"
            + "</Configuration>");

    try (AppProcess app =
        AppProcess.run(config, dir.resolve("ssl.log"), "-Dlog4j2.configurationFile=" + log4j)) {
      app.start();

      // produce
      try (KafkaProducer<String, Article> producer =
          new KafkaProducer<>(
              clientSsl,
              Topics.ARTICLES.keySerde().serializer(),
              Topics.ARTICLES.valueSerde().serializer())) {
        final Instant t = Instant.parse("2025-04-01T10:00:00Z");
        producer
            .send(
                new ProducerRecord<>(
                    Topics.ARTICLES.name(),
                    null,
                    t.toEpochMilli(),
                    "ssl-1",
                    Article.newBuilder()
                        .setId("ssl-1")
                        .setPublishedAt(t)
                        .setTitle("Il Milan esonera Fonseca")
                        .setBody("Il Milan ha esonerato Paulo Fonseca.")
                        .build()))
            .get(60, TimeUnit.SECONDS);
      }

      // verify: a committed status change caused by the article, read over SSL
      final List<StatusChange> changes = new ArrayList<>();
      final Map<String, Object> consumerConfig = new HashMap<>(clientSsl);
      consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      try (KafkaConsumer<String, StatusChange> consumer =
          new KafkaConsumer<>(
              consumerConfig,
              Topics.STATUS_CHANGES.keySerde().deserializer(),
              Topics.STATUS_CHANGES.valueSerde().deserializer())) {
        final TopicPartition tp = new TopicPartition(Topics.STATUS_CHANGES.name(), 0);
        consumer.assign(List.of(tp));
        consumer.seekToBeginning(List.of(tp));
        await("a status change over SSL")
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(10))
            .until(
                () -> {
                  consumer.poll(Duration.ofMillis(500)).forEach(r -> changes.add(r.value()));
                  return !changes.isEmpty() || !app.isAlive();
                });
      }
      assertThat(changes).as(app.log()).isNotEmpty();
      assertThat(changes.get(0).getCausedBy()).containsExactly("ssl-1");
      app.stop();

      final String log = app.log();
      assertThat(log).contains("REBALANCING -> RUNNING").contains("[hidden]");
      assertThat(log).doesNotContain(STORE_PASSWORD).doesNotContain(JAAS_SECRET);
    }
  }

  private static void keytool(final String... args) throws Exception {
    final List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    final String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as("keytool %s: %s", args[0], out).isZero();
  }
}
